import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Helpers shared by the browser suites: one headless Chromium, one context per user. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const BASE_URL = process.env.DJT_TEST_API_URL ?? '';
export const SCREENSHOT_DIR = path.resolve(__dirname, '../test-results/screenshots');
export const DOWNLOAD_DIR = path.resolve(__dirname, '../test-results/downloads');
export const PASSWORD = 'Demo@2026';

/** Why the suite cannot run here, or null when it can. */
export function skipReason(): string | null {
  if (!fs.existsSync(CHROMIUM_PATH)) return `browser tests skipped: no Chromium at ${CHROMIUM_PATH}`;
  if (!BASE_URL) return 'browser tests skipped: DJT_TEST_API_URL is not set (the jest global setup starts the API)';
  return null;
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newUserPage(
  browser: Browser,
  viewport = { width: 1440, height: 900 },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', acceptDownloads: true, baseURL: BASE_URL });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return { context, page };
}

export async function login(page: Page, username: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Let canvas charts finish their first frame.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface A11yViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page and returns the violations of impact serious or critical (the ones
 * that stop a screen-reader or low-vision user), each with the elements it found.
 */
export async function seriousA11yViolations(page: Page): Promise<A11yViolation[]> {
  const injected = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  // Evaluated through the DevTools protocol, not added as an inline <script>: the server's
  // Content-Security-Policy (script-src 'self') blocks inline scripts, as it should.
  if (!injected) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
          }>;
        };
      }
    ).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        targets: v.nodes.slice(0, 5).map((n) => n.target.map(String).join(' ')),
      }));
  });
}

/** Fails with a readable list when axe finds a serious or critical violation on the page. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await seriousA11yViolations(page);
  if (violations.length)
    throw new Error(
      `axe: ${violations.length} serious/critical violation(s) on ${name}:\n${violations
        .map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    ${v.targets.join('\n    ')}`)
        .join('\n')}`,
    );
}

/** One h1 per page, and no serious or critical axe finding (toasts are let go first). */
export async function checkPage(page: Page, name: string): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  // A toast fading in or out is measured mid-animation; it is checked once it is gone.
  await page.locator('.ant-message-notice').last().waitFor({ state: 'detached' });
  // Likewise a colour still in transition (a button just enabled fades from grey).
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
  await expectAccessible(page, name);
}

/** Nothing spills the page sideways (at phone width, say). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // Right after a viewport change the layout may take a few frames to follow (antd's breakpoint
  // listeners re-render on the next frame): wait, boundedly, for it to settle before measuring.
  await page
    .waitForFunction(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth <= 1,
      undefined,
      {
        timeout: 3000,
      },
    )
    .catch(() => undefined);
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(1);
}

/**
 * One GraphQL operation against the API as a demo account (bearer token, no browser), for
 * arranging and restoring what a browser test changes. Throws on any error.
 */
export async function apiAs<T = Record<string, unknown>>(
  username: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const post = async (q: string, v: Record<string, unknown>, token?: string) => {
    const res = await fetch(`${BASE_URL}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: q, variables: v }),
    });
    const body = (await res.json()) as { data?: T | null; errors?: { message: string }[] };
    if (body.errors?.length || !body.data) throw new Error(`${q.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data;
  };
  const { login } = (await post('mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
    u: username,
    p: PASSWORD,
  })) as unknown as { login: { token: string } };
  return post(query, variables, login.token);
}

export const WEB_DIST = path.resolve(__dirname, '../dist');

/**
 * The JS and CSS this document has loaded from the build (`/assets/…`), each with its gzipped
 * size computed from the file in dist/: what the network would carry with compression on,
 * whether or not the browser served it from its cache this time.
 */
export async function loadedAssets(page: Page): Promise<{ file: string; gzip: number }[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
  const files = [...new Set(urls.filter((u) => /^\/assets\/.+\.(js|css)$/.test(u)))];
  return files.map((u) => ({
    file: u.slice('/assets/'.length),
    gzip: zlib.gzipSync(fs.readFileSync(path.join(WEB_DIST, u))).length,
  }));
}
