import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import type { Page } from 'playwright-core';
import {
  DOWNLOAD_DIR,
  expectAccessible,
  launch,
  loadedAssets,
  login,
  newUserPage,
  screenshot,
  skipReason,
} from './browser';

/**
 * The monthly political-theory class across the three levels, in a real browser against the
 * real API: the school records a class, the district sees it (read-only), the bureau filters,
 * sorts and exports. The scenarios share state on purpose and run in order.
 */
const reason = skipReason();
if (reason) console.warn(reason);
const suite = reason ? describe.skip : describe;

jest.setTimeout(90_000);

/** One h1 per page, and no serious or critical axe finding. */
async function checkPage(page: Page, name: string): Promise<void> {
  expect(await page.locator('h1').count()).toBe(1);
  // A toast fading in or out is measured mid-animation; it is checked once it is gone.
  await page.locator('.ant-message-notice').last().waitFor({ state: 'detached' });
  await expectAccessible(page, name);
}

/** The budget of the school user's first page: JS and CSS, gzipped. */
const SCHOOL_FIRST_PAGE_BUDGET = 300 * 1024;

suite('思想政治课 end to end', () => {
  let browser: Browser;
  let schoolName = '';
  let recordedMonth = '';

  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('(a) the school secretary records a class with attendance and the month turns to met', async () => {
    const { context, page } = await newUserPage(browser);
    try {
      await page.goto('/login');
      await page.getByTestId('login-submit').waitFor();
      await checkPage(page, 'login');
      await login(page, 'school_secretary');
      await page.getByTestId('school-workspace').waitFor();
      await checkPage(page, 'school workspace');
      schoolName = (await page.getByTestId('header-org').locator('.djt-header__org-name').innerText()).trim();
      // The header names the school and the role.
      expect(schoolName).not.toBe('');
      await expect(page.getByTestId('header-role').innerText()).resolves.toContain('书记');

      // The checklist lists every rule with its status now and the API's reason; a rule still
      // due this period says by when.
      const items = page.getByTestId('checklist-item');
      // The workspace frame is drawn before the scorecard arrives: wait for the checklist itself.
      await items.first().waitFor();
      expect(await items.count()).toBeGreaterThan(0);
      for (const item of await items.all()) {
        expect((await item.getByTestId('checklist-reason').innerText()).trim()).not.toBe('');
        if (
          (await item.getByTestId('checklist-status').locator('[data-status]').getAttribute('data-status')) ===
          'PENDING'
        )
          await expect(item.getByTestId('checklist-reason').innerText()).resolves.toMatch(/截止/);
      }
      const classRule = page.locator('[data-testid="checklist-item"][data-rule="theory-class.monthly"]');
      await classRule.waitFor();

      // Pick the current month if it still needs a class, else the latest missed month.
      const tiles = await page.locator('[data-testid^="month-"][data-status]').evaluateAll((els) =>
        els.map((e) => ({
          month: (e.getAttribute('data-testid') ?? '').slice('month-'.length),
          status: e.getAttribute('data-status'),
          current: e.classList.contains('is-current'),
        })),
      );
      const currentIdx = tiles.findIndex((t) => t.current);
      const candidates = tiles.slice(0, currentIdx + 1).reverse();
      const target =
        candidates.find((t) => t.current && t.status === 'PENDING') ?? candidates.find((t) => t.status === 'MISSED');
      // The demo data leaves the school a month to fix.
      expect(target).toBeDefined();
      recordedMonth = target!.month;

      await page.getByTestId(`month-${recordedMonth}`).click();
      await page.getByTestId('record-class').click();
      const drawer = page.getByTestId('class-drawer');
      await drawer.waitFor();

      // Validation speaks before submit: an empty topic is flagged at the field.
      await drawer.getByLabel('课程主题').fill('x');
      await drawer.getByLabel('课程主题').fill('');
      await expect(drawer.getByText('请填写课程主题').first().waitFor()).resolves.toBeUndefined();

      await drawer.getByLabel('课程主题').fill('学习贯彻党的二十届四中全会精神');
      await drawer.getByLabel('主讲人').fill('王书记');
      await drawer.getByTestId('add-all-attendees').click();
      // Mark the first attendee on leave, with a reason.
      const firstRow = drawer.locator('.djt-attendance .ant-table-tbody tr').first();
      await firstRow.getByText('请假', { exact: true }).click();
      await firstRow.getByPlaceholder('请假事由（必填）').fill('外出培训');
      await drawer.getByTestId('save-class').click();
      await drawer.waitFor({ state: 'detached' });

      // The month is met now, and the class is listed with its attendance.
      await page.locator(`[data-testid="month-${recordedMonth}"][data-status="MET"]`).waitFor();
      if (tiles.find((t) => t.month === recordedMonth)?.current)
        await classRule.locator('[data-testid="checklist-status"] [data-status="MET"]').waitFor();
      await expect(page.getByTestId('month-panel-status').innerText()).resolves.toContain('已完成');
      await expect(page.getByTestId('class-item').first().innerText()).resolves.toContain(
        '学习贯彻党的二十届四中全会精神',
      );
      await checkPage(page, 'school workspace with a class');
      await screenshot(page, 'school-workspace-desktop');

      await page.setViewportSize({ width: 375, height: 812 });
      await page.getByTestId('school-workspace').waitFor();
      // Nothing spills sideways at phone width.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(1);
      await screenshot(page, 'school-workspace-phone');
    } finally {
      await context.close();
    }
  });

  test('(b) the district admin sees the month met and cannot edit the school', async () => {
    expect(recordedMonth).not.toBe('');
    const { context, page } = await newUserPage(browser);
    try {
      await login(page, 'district_admin');
      await page.getByTestId('district-summary').waitFor();
      const row = page.locator('[data-testid="comparison-table"] tr', {
        has: page.getByRole('button', { name: `查看${schoolName}` }),
      });
      await row.first().waitFor();
      await expect(row.first().locator(`[data-period="${recordedMonth}"]`).getAttribute('data-status')).resolves.toBe(
        'MET',
      );
      await page.getByTestId('status-heatmap').waitFor();
      await page.getByTestId('rule-picker').waitFor();
      await page.getByTestId('ranking-table').locator('.ant-table-row').first().waitFor();
      // The table opens worst first: sorted by completion, ascending.
      await page.locator('.ant-table-thead th[aria-sort="ascending"]', { hasText: '完成率' }).waitFor();
      await checkPage(page, 'district summary');
      await screenshot(page, 'district-summary-desktop');

      await row.first().getByTestId('open-school').click();
      await page.getByTestId('school-workspace').waitFor();
      await page.getByTestId(`month-${recordedMonth}`).click();
      await expect(page.getByTestId('month-panel-status').innerText()).resolves.toContain('已完成');
      // Read-only: the policy gives a district no write on a school's class.
      await page.getByTestId('read-only-notice').waitFor();
      await checkPage(page, 'school workspace, read-only');
      expect(await page.getByTestId('record-class').count()).toBe(0);
      expect(await page.getByTestId('edit-class').count()).toBe(0);
      expect(await page.getByRole('button', { name: /删除/ }).count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  test('(c) the bureau admin filters by district, sorts by completion and exports what is shown', async () => {
    const { context, page } = await newUserPage(browser);
    try {
      // The dashboard opens on the session's prefetch (same variables): one request for its
      // first page of rows (the 50 worst schools), not one for every school.
      const complianceRows: unknown[] = [];
      page.on('request', (r) => {
        const body = r.method() === 'POST' && r.url().endsWith('/graphql') ? (r.postData() ?? '') : '';
        if (body.includes('"operationName":"Compliance"')) complianceRows.push(JSON.parse(body).variables.rows);
      });
      await login(page, 'bureau_admin');
      await page.getByTestId('bureau-dashboard').waitFor();
      await page.getByTestId('comparison-table').locator('.ant-table-row').first().waitFor();
      expect(complianceRows).toEqual([{ limit: 50, order: 'ascend', sort: 'completionRate' }]);
      // The chosen rule lives in the URL: a link opens the same view.
      const home = new URL(page.url()).pathname;
      await page.goto(`${home}?rule=theory-class.monthly`);
      await page.getByTestId('bureau-dashboard').waitFor();
      await page
        .getByTestId('rule-picker')
        .getByText(/思想政治课/)
        .first()
        .waitFor();
      await page.getByTestId('comparison-table').locator('.ant-table-row').first().waitFor();
      await checkPage(page, 'bureau dashboard');
      const total = Number(await page.getByTestId('row-count').getAttribute('data-count'));

      // The headline "missed last month: N" is a filter: N schools, each with last month missed.
      // (Only a figure above 0 is a button: filtering to no school at all would help nobody.)
      const missedLast = Number((await page.getByTestId('missed-last').locator('dd').innerText()).trim());
      if (missedLast > 0) {
        await page.getByTestId('missed-last-button').click();
        await page.getByTestId('filter-missed-in').waitFor();
        await page.waitForFunction(
          (n) => Number(document.querySelector('[data-testid="row-count"]')?.getAttribute('data-count')) === n,
          missedLast,
        );
        await page.getByTestId('missed-last-button').click();
        await page.getByTestId('filter-missed-in').waitFor({ state: 'detached' });
      }

      // Every column sorts: by school name, then back to the default worst-first order.
      const th = (name: string) => page.locator('.ant-table-thead th', { hasText: name }).first();
      await expect(th('完成率').getAttribute('aria-sort')).resolves.toBe('ascending');
      for (const col of ['学校', '区县', '学段', '已完成', '未完成', '近12个月']) {
        await th(col).click();
        await page.locator('.ant-table-thead th[aria-sort="ascending"]', { hasText: col }).first().waitFor();
      }
      await th('完成率').click();
      await page.locator('.ant-table-thead th[aria-sort="ascending"]', { hasText: '完成率' }).waitFor();

      // Filter: the first district.
      await page.getByTestId('filter-district').click();
      const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option').first();
      const districtName = (await option.innerText()).trim();
      await option.click();
      await page.keyboard.press('Escape');
      // (antd's open option list marks its items aria-selected without a role; it is checked closed)
      await page.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
      await page.waitForFunction(
        (t) => Number(document.querySelector('[data-testid="row-count"]')?.getAttribute('data-count')) < t,
        total,
      );
      const shown = Number(await page.getByTestId('row-count').getAttribute('data-count'));
      expect(shown).toBeGreaterThan(0);

      // Sorted by completion, ascending (worst first).
      const firstNames = (await page.getByTestId('open-school').allInnerTexts()).slice(0, 5).map((s) => s.trim());
      await checkPage(page, 'bureau dashboard, filtered');
      await screenshot(page, 'bureau-dashboard-desktop');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
      fs.mkdirSync(DOWNLOAD_DIR, { recursive: true });
      const file = path.join(DOWNLOAD_DIR, download.suggestedFilename());
      await download.saveAs(file);
      expect(file.endsWith('.xlsx')).toBe(true);

      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      const ws = wb.worksheets[0];
      let header = 0;
      ws.eachRow((r, n) => {
        if (!header && r.getCell(1).value === '学校') header = n;
      });
      expect(header).toBeGreaterThan(0);
      const data: { school: string; district: string; rate: number | null }[] = [];
      for (let n = header + 1; n <= ws.rowCount; n++) {
        const r = ws.getRow(n);
        if (!r.getCell(1).value) continue;
        data.push({
          school: String(r.getCell(1).value),
          district: String(r.getCell(2).value),
          rate: (r.getCell(4).value as number | null) ?? null,
        });
      }
      // Exactly the rows shown, in the order shown.
      expect(data).toHaveLength(shown);
      expect(data.slice(0, firstNames.length).map((d) => d.school)).toEqual(firstNames);
      expect(new Set(data.map((d) => d.district))).toEqual(new Set([districtName]));
      const rates = data.map((d) => d.rate).filter((r): r is number => r != null);
      expect(rates).toEqual([...rates].sort((a, b) => a - b));

      // 创先争优: every school × every rule, best first; it sorts by any column and exports as shown.
      const ranking = page.getByTestId('ranking-table');
      await ranking.scrollIntoViewIfNeeded();
      await ranking.locator('.ant-table-row').first().waitFor();
      await ranking.locator('.ant-table-thead th[aria-sort="ascending"]', { hasText: '排名' }).waitFor();
      await ranking.locator('.ant-table-thead th', { hasText: '年度得分' }).click();
      await ranking.locator('.ant-table-thead th[aria-sort="ascending"]', { hasText: '年度得分' }).waitFor();
      const lowest = (await ranking.getByTestId('ranking-school').first().innerText()).trim();
      const [rankingDownload] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-ranking').click(),
      ]);
      const rankingFile = path.join(DOWNLOAD_DIR, rankingDownload.suggestedFilename());
      await rankingDownload.saveAs(rankingFile);
      const rwb = new ExcelJS.Workbook();
      await rwb.xlsx.readFile(rankingFile);
      const rws = rwb.worksheets[0];
      let rHeader = 0;
      rws.eachRow((r, n) => {
        if (!rHeader && r.getCell(1).value === '排名') rHeader = n;
      });
      expect(rHeader).toBeGreaterThan(0);
      expect(rws.getRow(rHeader).getCell(2).value).toBe('学校');
      expect(String(rws.getRow(rHeader + 1).getCell(2).value)).toBe(lowest);
      await checkPage(page, 'bureau dashboard with the ranking');
    } finally {
      await context.close();
    }
  });

  test('(d) English is one click away, including the server-explained reasons', async () => {
    const { context, page } = await newUserPage(browser);
    try {
      await login(page, 'member');
      await page.getByTestId('school-workspace').waitFor();
      // Chinese by default
      await expect(page.getByTestId('header-role').innerText()).resolves.toContain('党员');
      await page.getByTestId('language-switch').getByText('EN', { exact: true }).click();
      // expected: UI labels, the role, and the rule's reason (translated by the API) in English
      await page.getByTestId('header-role').getByText('Member / staff').waitFor();
      await page.getByTestId('read-only-notice').getByText(/read/i).waitFor();
      await page
        .getByTestId('month-reason')
        .getByText(/class-hour|month|Exempt/i)
        .waitFor();
      expect(await page.getByTestId('month-reason').innerText()).not.toMatch(/[\u4e00-\u9fff]/);
      for (const reason of await page.getByTestId('checklist-reason').allInnerTexts())
        expect(reason).not.toMatch(/[\u4e00-\u9fff]/);
      // and back
      await checkPage(page, 'school workspace in English');
      await page.getByTestId('language-switch').getByText('中文', { exact: true }).click();
      await page.getByTestId('header-role').getByText('党员/教职工').waitFor();
    } finally {
      await context.close();
    }
  });

  test('(e) on a phone the district and bureau tables keep school, completion and missed in view', async () => {
    for (const [user, testId] of [
      ['district_admin', 'district-summary'],
      ['bureau_admin', 'bureau-dashboard'],
    ] as const) {
      const { context, page } = await newUserPage(browser, { width: 390, height: 844 });
      try {
        await login(page, user);
        await page.getByTestId(testId).waitFor();
        const table = page.getByTestId('comparison-table');
        await table.locator('.ant-table-row').first().waitFor();
        await table.scrollIntoViewIfNeeded();
        // Nothing spills the page sideways; the table scrolls inside its box, and says so.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(1);
        await page.getByTestId('scroll-hint').waitFor();
        const inView = async (locator: ReturnType<Page['locator']>) => {
          const box = await locator.boundingBox();
          expect(box).not.toBeNull();
          expect(box!.width).toBeGreaterThan(20);
          expect(box!.x).toBeGreaterThanOrEqual(0);
          expect(box!.x + box!.width).toBeLessThanOrEqual(390);
        };
        for (const col of ['学校', '完成率', '未完成'])
          await inView(table.locator('.ant-table-thead th', { hasText: col }).first());
        const row = table.locator('.ant-table-row').first();
        await inView(row.getByTestId('open-school'));
        await inView(row.getByTestId('completion-rate'));
        expect((await row.getByTestId('completion-rate').innerText()).trim()).toMatch(/%|—/);
        // Scrolled sideways (a swipe; the bureau's virtual table has no native scroller), the pinned columns stay.
        const cell = await row.locator('.ant-table-cell').nth(4).boundingBox();
        await page.mouse.move(cell!.x + 10, cell!.y + 5);
        await page.mouse.wheel(400, 0);
        await page.waitForTimeout(200);
        await inView(row.getByTestId('open-school'));
        await inView(row.getByTestId('completion-rate'));
        await checkPage(page, `${testId} on a phone`);
        await screenshot(page, `${testId}-phone`);
      } finally {
        await context.close();
      }
    }
  });

  test("(f) the school user's first page downloads at most 300 KiB of gzipped JS and CSS", async () => {
    const { context, page } = await newUserPage(browser);
    const total = (assets: { gzip: number }[]) => assets.reduce((sum, a) => sum + a.gzip, 0);
    try {
      // Logging in and landing on the workspace, in one document...
      await login(page, 'school_secretary');
      await page.getByTestId('school-workspace').waitFor();
      await page.waitForLoadState('networkidle');
      const afterLogin = await loadedAssets(page);
      // ...and opening the workspace directly with a session.
      await page.reload();
      await page.getByTestId('school-workspace').waitFor();
      await page.waitForLoadState('networkidle');
      const direct = await loadedAssets(page);
      const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
      console.log(
        `school first page, gzipped JS+CSS: ${kib(total(direct))} opened directly (${direct
          .map((a) => `${a.file} ${kib(a.gzip)}`)
          .join(', ')}); ${kib(total(afterLogin))} including the login page`,
      );
      expect(direct.some((a) => a.file.startsWith('school-workspace'))).toBe(true);
      // The libraries only other pages or later clicks need stay out.
      expect(direct.filter((a) => /^(echarts|exceljs|Table|theory-class-form)/.test(a.file))).toEqual([]);
      expect(total(direct)).toBeLessThanOrEqual(SCHOOL_FIRST_PAGE_BUDGET);
      expect(total(afterLogin)).toBeLessThanOrEqual(SCHOOL_FIRST_PAGE_BUDGET);
    } finally {
      await context.close();
    }
  });
});
