import type { Browser, Locator, Page } from 'playwright-core';
import { apiAs, checkPage, launch, login, newUserPage, screenshot, skipReason } from './browser';

/**
 * 重大事项 (三重一大) in a real browser against the real API.
 *
 * School: school C (西山区实验小学, `schoolc_secretary`, district `district2_admin`). It is the
 * one demo school where no other suite writes major matters: the major-matters API tests write in
 * the other bureau's school and school B (and a draft in school A), and the theory-class browser
 * test works in school A's current month. The meetings API tests do record meetings in school C,
 * in the current month/quarter and eight and nine months back, so the 支委会 here is held in the
 * previous month (the current month only in January, to stay in the matters' year) and does not
 * move the current month's branch-committee count they compare. Matters and meetings are titled
 * uniquely; a decided or executed matter (and the meeting it references) cannot be deleted, so
 * those stay, as a real school's would; the refused draft is deleted at the end.
 */
const reason = skipReason();
if (reason) console.warn(reason);
const suite = reason ? describe.skip : describe;

jest.setTimeout(120_000);

const SECRETARY = 'schoolc_secretary';
const DISTRICT = 'district2_admin';
const STAMP = Date.now();
const TOPIC = `浏览器测试：支委会研究重大事项 ${STAMP}`;
const MATTER = `浏览器测试：教学楼维修 ${STAMP}`;
const DRAFT = `浏览器测试：未决策事项 ${STAMP}`;

// The school's calendar (China, UTC+8): the previous month, or this one in January.
const local = new Date(Date.now() + 8 * 3600_000);
const year = local.getUTCFullYear();
const month = Math.max(1, local.getUTCMonth());
const day = (d: number) => `${year}-${String(month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const HELD_ON = day(15);
const COMMUNICATED_ON = day(10);

/** Types a date into an antd DatePicker found by its label, and confirms it. */
async function pickDate(page: Page, scope: Locator, label: string, date: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  // Leaving the field commits the typed date and closes its calendar (Enter would submit the
  // form, Escape would close the drawer).
  await input.press('Tab');
  await expect(input.inputValue()).resolves.toBe(date);
  await page.locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)').waitFor({ state: 'detached' });
}

async function openMatters(page: Page) {
  await page.getByTestId('school-workspace').waitFor();
  await page.getByTestId('record-tab-major-matters').click();
  const section = page.getByTestId('matters-section');
  await section.getByTestId('matter-rule').first().waitFor();
  return section;
}

suite('重大事项 end to end', () => {
  let browser: Browser;
  let schoolName = '';
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    // The refused draft is removed whatever happened; decided matters cannot be deleted.
    const me = await apiAs<{ me: { roles: { organisation: { id: string } }[] } }>(
      SECRETARY,
      '{ me { roles { organisation { id } } } }',
    );
    const { majorMatters } = await apiAs<{
      majorMatters: { items: { id: string; title: string; state: string; version: number }[] };
    }>(SECRETARY, 'query($s: ID!) { majorMatters(schoolId: $s, limit: 200) { items { id title state version } } }', {
      s: me.me.roles[0].organisation.id,
    });
    for (const m of majorMatters.items.filter((x) => x.title === DRAFT && x.state === 'DRAFT'))
      await apiAs(SECRETARY, 'mutation($id: ID!, $v: Int!) { deleteMajorMatter(id: $id, version: $v) }', {
        id: m.id,
        v: m.version,
      });
    await browser?.close();
  });

  test('the secretary records the meeting, the matter, its communication, vote and execution; the district sees the rule met', async () => {
    const { context, page } = await newUserPage(browser);
    try {
      await login(page, SECRETARY);
      await page.getByTestId('school-workspace').waitFor();
      schoolName = (await page.getByTestId('header-org').locator('.djt-header__org-name').innerText()).trim();

      // 1. The 支委会, held, with attendance: everyone present.
      await page.getByTestId('record-tab-meetings').click();
      const meetings = page.getByTestId('meetings-section');
      await meetings.getByTestId('record-meeting').click();
      const mDrawer = page.getByTestId('meeting-drawer');
      await mDrawer.waitFor();
      await expect(mDrawer.getByTestId('field-kind').innerText()).resolves.toContain('支委会');
      await mDrawer.getByLabel('会议主题').fill(TOPIC);
      await pickDate(page, mDrawer, '实际召开日期', HELD_ON);
      await mDrawer.getByTestId('add-all-members').click();
      await mDrawer.locator('.djt-attendance .ant-table-tbody tr').first().waitFor();
      await checkPage(page, 'meeting drawer (school C)');
      await mDrawer.getByTestId('save-meeting').click();
      await mDrawer.waitFor({ state: 'detached' });
      await meetings.getByTestId('meeting-item').filter({ hasText: TOPIC }).waitFor();

      // 2. The matter, with the secretary and principal's prior communication.
      const section = await openMatters(page);
      await checkPage(page, 'major matters section');
      await section.getByTestId('record-matter').first().click();
      let drawer = page.locator('.ant-drawer-content', { hasText: '登记重大事项' });
      await drawer.getByTestId('matter-title').fill(MATTER);
      await drawer.getByTestId('matter-amount').fill('50000');
      await pickDate(page, drawer, '会前沟通日期', COMMUNICATED_ON);
      await drawer.getByLabel('书记与校长会前沟通情况').fill('书记与校长会前当面沟通，意见一致');
      await checkPage(page, 'major matter drawer');
      await drawer.getByTestId('matter-save').click();
      await drawer.waitFor({ state: 'detached' });
      const item = section.getByTestId('matter-item').filter({ hasText: MATTER });
      await item.waitFor();
      await expect(item.getAttribute('data-state')).resolves.toBe('DRAFT');
      await expect(item.locator('[aria-current="step"]').innerText()).resolves.toBe('会前沟通');

      // 3. On the agenda.
      await item.getByTestId('matter-propose').click();
      await item.and(page.locator('[data-state="PROPOSED"]')).waitFor();
      await expect(item.locator('[aria-current="step"]').innerText()).resolves.toBe('提交会议');

      // 4. The vote at that meeting: quorum met (all present), a majority of those expected in favour.
      await item.getByTestId('matter-vote').click();
      drawer = page.locator('.ant-drawer-content', { hasText: `登记表决：${MATTER}` });
      await drawer.getByTestId('matter-meeting').click();
      const option = page.locator('.ant-select-item-option', { hasText: TOPIC });
      const label = await option.innerText();
      const expected = Number(/应到 (\d+)/.exec(label)![1]);
      expect(Number(/实到 (\d+)/.exec(label)![1])).toBe(expected);
      await option.click();
      await drawer.getByLabel('赞成', { exact: true }).fill(String(Math.floor(expected / 2) + 1));
      await checkPage(page, 'vote drawer');
      await drawer.getByTestId('matter-save').click();
      await drawer.waitFor({ state: 'detached' });
      await item.and(page.locator('[data-state="DECIDED"]')).waitFor();
      await expect(item.locator('[aria-current="step"]').innerText()).resolves.toBe('集体决策');
      await item.getByText('通过', { exact: true }).waitFor();
      await expect(item.innerText()).resolves.toContain(`应到 ${expected}，实到 ${expected}`);
      await checkPage(page, 'major matters section, decided');
      await screenshot(page, 'major-matters-decided');

      // 5. Executed after the decision: every step done, no violation.
      await item.getByTestId('matter-execute').click();
      drawer = page.locator('.ant-drawer-content', { hasText: `登记执行：${MATTER}` });
      await drawer.getByLabel('执行情况').fill('已按决议完成招标与施工');
      await drawer.getByTestId('matter-save').click();
      await drawer.waitFor({ state: 'detached' });
      await item.and(page.locator('[data-state="EXECUTED"]')).waitFor();
      expect(await item.locator('.djt-matter-steps__step--done').count()).toBe(5);
      expect(await item.getByTestId('matter-violation').count()).toBe(0);
      await expect(
        section
          .locator('[data-testid="matter-rule"][data-rule="major-matters.decided-first"] [data-status]')
          .getAttribute('data-status'),
      ).resolves.toBe('MET');
    } finally {
      await context.close();
    }

    // 6. The district drills down into the school: the matter executed, the rules met, read-only.
    const district = await newUserPage(browser);
    try {
      const dpage = district.page;
      await login(dpage, DISTRICT);
      await dpage.getByTestId('district-summary').waitFor();
      await checkPage(dpage, 'district summary (district 2)');
      const row = dpage.locator('[data-testid="comparison-table"] tr', {
        has: dpage.getByRole('button', { name: `查看${schoolName}` }),
      });
      await row.first().getByTestId('open-school').click();
      const section = await openMatters(dpage);
      const item = section.getByTestId('matter-item').filter({ hasText: MATTER });
      await item.waitFor();
      await expect(item.getAttribute('data-state')).resolves.toBe('EXECUTED');
      for (const rule of ['major-matters.decided-first', 'major-matters.communication'])
        await expect(
          section.locator(`[data-testid="matter-rule"][data-rule="${rule}"] [data-status]`).getAttribute('data-status'),
        ).resolves.toBe('MET');
      expect(await section.getByTestId('record-matter').count()).toBe(0);
      expect(await item.getByTestId('matter-execute').count()).toBe(0);
      await checkPage(dpage, 'major matters section, district read-only');
      await screenshot(dpage, 'major-matters-district');
    } finally {
      await district.context.close();
    }
  });

  test('executing an undecided matter is not offered, and the API refuses it with its translated reason', async () => {
    const { context, page } = await newUserPage(browser);
    try {
      await login(page, SECRETARY);
      let section = await openMatters(page);
      await section.getByTestId('record-matter').first().click();
      const drawer = page.locator('.ant-drawer-content', { hasText: '登记重大事项' });
      await drawer.getByTestId('matter-title').fill(DRAFT);
      await drawer.getByTestId('matter-save').click();
      await drawer.waitFor({ state: 'detached' });
      const item = section.getByTestId('matter-item').filter({ hasText: DRAFT });
      await item.waitFor();
      await expect(item.getAttribute('data-state')).resolves.toBe('DRAFT');

      // The UI offers 登记执行 only on an approved decision: for a draft it is not there at all.
      expect(await item.getByTestId('matter-execute').count()).toBe(0);
      expect(await item.getByRole('button', { name: /登记执行/ }).count()).toBe(0);

      // So the refusal is asked of the API itself, from the page with its session cookie (as the
      // web client calls it), in Chinese: a CONFLICT with the reason MATTER_EXECUTE_UNDECIDED.
      const refusal = await page.evaluate(async (title) => {
        const post = async (query: string, variables: Record<string, unknown>) =>
          (
            await fetch('/graphql', {
              method: 'POST',
              credentials: 'include',
              headers: { 'content-type': 'application/json', 'Accept-Language': 'zh-CN' },
              body: JSON.stringify({ query, variables }),
            })
          ).json();
        const me = await post('{ me { roles { organisation { id } } } }', {});
        const list = await post(
          'query($s: ID!) { majorMatters(schoolId: $s, limit: 200) { items { id title version } } }',
          {
            s: me.data.me.roles[0].organisation.id,
          },
        );
        const m = list.data.majorMatters.items.find((x: { title: string }) => x.title === title);
        const r = await post(
          'mutation($id: ID!, $in: MajorMatterExecutionInput!) { executeMajorMatter(id: $id, input: $in) { id state } }',
          { id: m.id, in: { executedOn: new Date().toISOString().slice(0, 10), version: m.version } },
        );
        return { data: r.data, error: r.errors?.[0] };
      }, DRAFT);
      expect(refusal.data?.executeMajorMatter ?? null).toBeNull();
      expect(refusal.error.extensions).toMatchObject({ code: 'CONFLICT', reason: 'MATTER_EXECUTE_UNDECIDED' });
      expect(refusal.error.message).toBe('该事项尚未经集体决策，不能登记执行');

      // Nothing was written: after a reload the matter is still a draft.
      await page.reload();
      section = await openMatters(page);
      const after = section.getByTestId('matter-item').filter({ hasText: DRAFT });
      await after.waitFor();
      await expect(after.getAttribute('data-state')).resolves.toBe('DRAFT');
      expect(await after.getByTestId('matter-execute').count()).toBe(0);
      await checkPage(page, 'major matters section, undecided draft');
      await screenshot(page, 'major-matters-refused');
    } finally {
      await context.close();
    }
  });
});
