import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { REPO_ROOT, WEB_DIST } from '../config/paths';
import { DEMO_PASSWORD } from '../db/seed/demo-data';
import { median } from './load';

/*
 * The browser part of the benchmark, in Debian's headless Chromium through playwright-core (the
 * web package's dependency, borrowed from there). Selectors follow packages/web/e2e/*.e2e.test.ts.
 */

// Minimal shapes of the playwright-core API used here (its types live in the web package).
interface Locator {
  first(): Locator;
  nth(i: number): Locator;
  locator(selector: string): Locator;
  waitFor(opts?: { state?: string; timeout?: number }): Promise<void>;
  fill(value: string): Promise<void>;
  click(): Promise<void>;
  getAttribute(name: string): Promise<string | null>;
  count(): Promise<number>;
}
interface Response {
  url(): string;
  status(): number;
  finished(): Promise<unknown>;
  request(): {
    resourceType(): string;
    postData(): string | null;
    sizes(): Promise<{ responseBodySize: number; responseHeadersSize: number }>;
  };
}
interface Page {
  goto(url: string, opts?: object): Promise<unknown>;
  getByLabel(label: string): Locator;
  getByTestId(id: string): Locator;
  locator(selector: string): Locator;
  on(event: 'response', fn: (r: Response) => void): void;
  waitForURL(fn: (url: URL) => boolean, opts?: object): Promise<void>;
  waitForLoadState(state: string, opts?: object): Promise<void>;
  setDefaultTimeout(ms: number): void;
}
interface Context {
  newPage(): Promise<Page>;
  storageState(): Promise<unknown>;
  close(): Promise<void>;
}
interface Browser {
  newContext(opts: object): Promise<Context>;
  close(): Promise<void>;
}

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Why the browser part cannot run, or null. */
export function webSkipReason(): string | null {
  if (!fs.existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  if (!fs.existsSync(path.join(WEB_DIST, 'index.html'))) return 'no web build (pnpm --filter @djt/web build)';
  return null;
}

async function launch(): Promise<Browser> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require(require.resolve('playwright-core', { paths: [path.join(REPO_ROOT, 'packages/web')] }));
  return chromium.launch({
    executablePath: CHROMIUM,
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

async function withPage<T>(browser: Browser, baseURL: string, fn: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', baseURL });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    return await fn(page);
  } finally {
    await context.close();
  }
}

async function fillLogin(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
}

export interface DashboardTimes {
  /** ms from pressing 登录 to the dashboard being usable, per load. */
  usable: number[];
  median: number;
  /** ms from pressing 登录 to the comparison's answer fully received, per load. */
  answered: number[];
  schools: number;
}

/**
 * Time from pressing 登录 as bureau_admin to the bureau dashboard being usable with every
 * school: the headline figures, the first table row and both completion charts drawn (what is
 * above the fold on a 1440×900 screen). A fresh browser context (no cache) each time.
 */
async function dashboardLoads(
  browser: Browser,
  baseURL: string,
  runs: number,
  schools: number,
): Promise<DashboardTimes> {
  const usable: number[] = [];
  const answered: number[] = [];
  let shown = 0;
  for (let i = 0; i < runs; i++) {
    await withPage(browser, baseURL, async (page) => {
      await fillLogin(page, 'bureau_admin');
      let start = 0;
      // When the comparison's answer has fully arrived (the rest is the browser's work).
      page.on('response', (r) => {
        if (!r.url().endsWith('/graphql') || !(r.request().postData() ?? '').includes('compliance(')) return;
        void r.finished().then(() => {
          if (answered.length === usable.length) answered.push(Date.now() - start);
        });
      });
      start = Date.now();
      await page.getByTestId('login-submit').click();
      await page.getByTestId('bureau-dashboard').waitFor();
      await page.locator('[data-testid="comparison-table"] .ant-table-row').first().waitFor();
      await page.locator('[data-testid="completion-bar-chart"] canvas').nth(1).waitFor();
      usable.push(Date.now() - start);
      shown = Number(await page.getByTestId('row-count').getAttribute('data-count'));
    });
  }
  if (shown < schools) throw new Error(`the dashboard shows ${shown} schools, expected ${schools}`);
  return { usable, median: median(usable), answered, schools: shown };
}

export interface AssetFile {
  name: string;
  /** Bytes on the wire (encoded body size as Chromium received it). */
  wire: number;
  /** The file gzipped (zlib, level 6): what a compressing server or proxy would send. */
  gzip: number;
}

export interface AssetBytes {
  /** JS and CSS files downloaded, in the order they arrived. */
  files: AssetFile[];
  wire: number;
  gzip: number;
}

const sum = (files: AssetFile[]): AssetBytes => ({
  files,
  wire: files.reduce((n, f) => n + f.wire, 0),
  gzip: files.reduce((n, f) => n + f.gzip, 0),
});

/** Records the JS and CSS responses of a page, with their sizes on the wire and gzipped. */
function recordAssets(page: Page): () => Promise<AssetFile[]> {
  const seen: Promise<AssetFile>[] = [];
  page.on('response', (r) => {
    const type = r.request().resourceType();
    const url = new URL(r.url());
    if (type !== 'script' && type !== 'stylesheet' && !/\.(js|css)$/.test(url.pathname)) return;
    seen.push(
      (async () => {
        const sizes = await r.request().sizes();
        const file = path.join(WEB_DIST, decodeURIComponent(url.pathname));
        const gzip = fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file)).length : NaN;
        return { name: url.pathname, wire: sizes.responseBodySize, gzip };
      })(),
    );
  });
  return () => Promise.all(seen);
}

export interface SchoolPage {
  /** Opening /login, then pressing 登录, until the workspace is shown and the network is idle. */
  loginToWorkspace: AssetBytes;
  /** Of those, the files fetched before pressing 登录 (the login page). */
  loginPage: AssetBytes;
  /** A signed-in school user opening / with an empty cache (their next visit from a new browser). */
  signedIn: AssetBytes;
}

/**
 * Which JS and CSS files a school secretary's browser downloads (fresh context, empty cache):
 * from opening /login until the school workspace is shown and the network is idle, and, signed
 * in, when opening the site again with an empty cache. The API's static server does not
 * compress, so the gzip figure is what a compressing server or proxy would send.
 */
async function schoolFirstPage(browser: Browser, baseURL: string): Promise<SchoolPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', baseURL });
  let state: unknown;
  let loginToWorkspace: AssetBytes;
  let loginPage: AssetBytes;
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const assets = recordAssets(page);
    await fillLogin(page, 'school_secretary');
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    loginPage = sum(await assets());
    await page.getByTestId('login-submit').click();
    await page.getByTestId('school-workspace').waitFor();
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    loginToWorkspace = sum(await assets());
    state = await context.storageState();
  } finally {
    await context.close();
  }
  const again = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    baseURL,
    storageState: state,
  });
  try {
    const page = await again.newPage();
    page.setDefaultTimeout(30_000);
    const assets = recordAssets(page);
    await page.goto('/');
    await page.getByTestId('school-workspace').waitFor();
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    return { loginToWorkspace, loginPage, signedIn: sum(await assets()) };
  } finally {
    await again.close();
  }
}

/** Gzipped size of every JS/CSS file of the production build (what all views together need). */
export function buildSizes(): { files: number; gzip: number } | null {
  const assets = path.join(WEB_DIST, 'assets');
  if (!fs.existsSync(assets)) return null;
  const files = fs.readdirSync(assets).filter((f) => /\.(js|css)$/.test(f));
  const gzip = files.reduce((n, f) => n + zlib.gzipSync(fs.readFileSync(path.join(assets, f))).length, 0);
  return { files: files.length, gzip };
}

export interface WebFigures {
  dashboard: DashboardTimes;
  school: SchoolPage;
}

export async function measureWeb(opts: { port: number; runs: number; schools: number }): Promise<WebFigures> {
  const browser = await launch();
  const baseURL = `http://127.0.0.1:${opts.port}`;
  try {
    // One load first that is not counted: Chromium's own first start (profile, fonts) is not the app's.
    await dashboardLoads(browser, baseURL, 1, opts.schools);
    const dashboard = await dashboardLoads(browser, baseURL, opts.runs, opts.schools);
    const school = await schoolFirstPage(browser, baseURL);
    return { dashboard, school };
  } finally {
    await browser.close();
  }
}
