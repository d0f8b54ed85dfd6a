import type { Browser, Page } from 'playwright-core';
import { launch, login, newUserPage, skipReason } from './browser';

/**
 * The server's Content-Security-Policy is strict (own scripts only); the built client must run
 * under it with no violation on any page each role visits, exports and charts included.
 */
const reason = skipReason();
if (reason) console.log(reason);
const suite = reason ? describe.skip : describe;

suite('Content-Security-Policy', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  async function violationsOn(page: Page): Promise<string[]> {
    return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
  }

  test.each([
    ['school_secretary', /\/school\//],
    ['district_admin', /\/district\//],
    ['bureau_admin', /\/bureau\//],
  ])('%s: the pages run with no CSP violation', async (username, home) => {
    const { context, page } = await newUserPage(browser);
    // Record violations from the first script on, across navigations.
    await context.addInitScript(() => {
      const w = window as unknown as { __cspViolations: string[] };
      w.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        w.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) consoleErrors.push(m.text());
    });
    const res = await page.goto('/login');
    // expected: the policy is sent with the page
    expect(res!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res!.headers()['x-content-type-options']).toBe('nosniff');
    await login(page, username);
    await page.waitForURL(home);
    await page.waitForLoadState('networkidle');
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(500);
    expect([...(await violationsOn(page)), ...consoleErrors]).toEqual([]);
    await context.close();
  });
});
