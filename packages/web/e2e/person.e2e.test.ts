import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { apiAs, checkPage, DOWNLOAD_DIR, launch, login, newUserPage, screenshot, skipReason } from './browser';

/**
 * The people roster's Excel import in a real browser against the real API (issue 9, stage 1):
 * a 200-row file with one bad row shows the row and saves nothing; fixed, it saves 200 people
 * once; imported again it changes nothing. A formula cell is kept as text and exported quoted.
 * In the other bureau's school, which no other browser test touches.
 */
const reason = skipReason();
if (reason) console.warn(reason);
const suite = reason ? describe.skip : describe;

jest.setTimeout(120_000);

const USER = 'other_school_secretary';
const PREFIX = `E${randomUUID().slice(0, 6).toUpperCase()}`;
const FORMULA = 'HYPERLINK("http://evil.example","点我")';

async function download(page: Page, testId: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  fs.mkdirSync(DOWNLOAD_DIR, { recursive: true });
  const file = path.join(DOWNLOAD_DIR, `${PREFIX}-${d.suggestedFilename()}`);
  await d.saveAs(file);
  return file;
}

/** A roster file made from the downloaded template: 200 people, row `badRow` with an unknown gender. */
async function rosterFile(template: string, name: string, badRow: number | null): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.worksheets[0];
  for (let i = 0; i < 200; i++) {
    const n = i + 2;
    const member = i % 2 === 0;
    ws.getRow(n).values = [
      `${PREFIX}${String(i).padStart(3, '0')}`,
      `测试${i}`,
      n === badRow ? '未知' : i % 3 ? '女' : '男',
      '教师',
      member ? '正式党员' : '群众',
      member ? '2015-07-01' : '',
      '',
      '',
      member ? '第一党小组' : '',
      `1390000${String(i).padStart(4, '0')}`,
      '',
    ];
  }
  // A formula in a name cell: stored as its text, never run.
  ws.getCell('B10').value = { formula: FORMULA } as ExcelJS.CellFormulaValue;
  const file = path.join(DOWNLOAD_DIR, `${PREFIX}-${name}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

const countImported = async () =>
  (
    await apiAs<{ people: { total: number } }>(
      USER,
      `query($s: ID!, $q: String) { people(schoolId: $s, search: $q, limit: 1) { total } }`,
      { s: await schoolId(), q: PREFIX },
    )
  ).people.total;
let school = '';
const schoolId = async () =>
  (school ||= (
    await apiAs<{ me: { roles: { organisation: { id: string } }[] } }>(USER, '{ me { roles { organisation { id } } } }')
  ).me.roles[0].organisation.id);

suite('人员名册: Excel import end to end', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a 200-row file with one bad row saves nothing; fixed, it saves once; again, nothing changes', async () => {
    const { context, page } = await newUserPage(browser);
    try {
      await login(page, USER);
      await page.getByTestId('school-workspace').waitFor();
      await page.getByTestId('record-tab-person').click();
      await page.getByTestId('people-section').waitFor();
      await page.getByTestId('import-people').click();
      await page.getByTestId('import-drawer').waitFor();
      await checkPage(page, 'people import drawer');

      // The template names the columns in Chinese, required ones marked.
      const template = await download(page, 'import-template');
      const t = new ExcelJS.Workbook();
      await t.xlsx.readFile(template);
      expect(t.worksheets[0].getRow(1).getCell(1).value).toBe('工号 *');

      // Not an Excel workbook (by content, whatever the name): refused before reading.
      const fake = path.join(DOWNLOAD_DIR, `${PREFIX}-fake.xlsx`);
      fs.writeFileSync(fake, '工号,姓名\nT1,张三\n');
      await page.getByTestId('import-file').setInputFiles(fake);
      await page.getByTestId('import-failed').filter({ hasText: '不是 Excel' }).waitFor();

      // One bad row: the row and column are named, nothing is saved.
      await page.getByTestId('import-file').setInputFiles(await rosterFile(template, 'bad', 101));
      await page.getByTestId('import-problems').waitFor();
      const problems = page.getByTestId('import-problem');
      expect(await problems.count()).toBe(1);
      const cells = await problems.first().locator('td').allInnerTexts();
      expect(cells[0]).toBe('101');
      expect(cells[1]).toBe('性别');
      expect(cells[2]).toContain('未知');
      await screenshot(page, 'people-import-problems');
      const report = await download(page, 'import-error-report');
      const r = new ExcelJS.Workbook();
      await r.xlsx.readFile(report);
      expect(r.worksheets[0].getRow(2).getCell(1).value).toBe(101);
      expect(await countImported()).toBe(0);

      // Fixed: 200 saved, once.
      const good = await rosterFile(template, 'good', null);
      await page.getByTestId('import-file').setInputFiles(good);
      await page.getByTestId('import-done').filter({ hasText: '新增 200 人' }).waitFor();
      expect(await countImported()).toBe(200);
      await checkPage(page, 'people import done');

      // The same file again: nothing added, nothing changed.
      await page.getByTestId('import-file').setInputFiles(good);
      await page.getByTestId('import-done').filter({ hasText: '新增 0 人，更新 0 人，200 人无变化' }).waitFor();
      expect(await countImported()).toBe(200);

      // The roster shows them; the formula is text.
      await page.getByTestId('import-drawer').locator('.ant-drawer-close').click();
      await page.getByTestId('import-drawer').waitFor({ state: 'hidden' });
      await page.getByTestId('people-search').fill(PREFIX);
      await page.getByTestId('people-total').filter({ hasText: '共 200 人' }).waitFor();
      await page.getByTestId('people-search').fill(`${PREFIX}008`);
      await page
        .getByTestId('person-row')
        .filter({ hasText: `=${FORMULA}` })
        .waitFor();

      // Add one by hand (checked as typed), then record that they left, after confirmation.
      await page.getByTestId('add-person').click();
      await page.getByTestId('person-drawer').waitFor();
      await page.getByTestId('save-person').click();
      await page.getByTestId('person-drawer').getByText('请填写工号').waitFor();
      await page.getByTestId('field-staffNo').fill(`${PREFIX}X`);
      await page.getByTestId('field-name').fill('手工录入');
      await page.getByTestId('person-drawer').getByLabel('女').check();
      await page.getByTestId('field-phone').fill('=1+1');
      await page.getByTestId('person-drawer').getByText('电话号码应为').waitFor();
      await page.getByTestId('field-phone').fill('13900009999');
      await checkPage(page, 'person drawer');
      await page.getByTestId('save-person').click();
      await page.getByTestId('person-drawer').waitFor({ state: 'hidden' });
      await page.getByTestId('people-search').fill(`${PREFIX}X`);
      const row = page.getByTestId('person-row').filter({ hasText: '手工录入' });
      await row.waitFor();
      await row.getByRole('button', { name: /离\s*开/ }).click();
      await page.getByTestId('leave-reason').fill('调出本系统');
      await page.getByTestId('leave-modal').getByRole('button', { name: '确认离开' }).click();
      await page.getByTestId('people-total').filter({ hasText: '共 0 人' }).waitFor();
      await page.getByTestId('people-search').fill(`${PREFIX}008`);
      await page
        .getByTestId('person-row')
        .filter({ hasText: `=${FORMULA}` })
        .waitFor();

      // The export quotes it so Excel shows it as text.
      const exported = await download(page, 'export-people');
      const e = new ExcelJS.Workbook();
      await e.xlsx.readFile(exported);
      const values: string[] = [];
      e.worksheets[0].eachRow((row) => values.push(String(row.getCell(2).value)));
      expect(values).toContain(`'=${FORMULA}`);
    } finally {
      await context.close();
    }
  });
});
