import type { Browser } from 'playwright-core';
import { apiAs, checkPage, launch, login, newUserPage, screenshot, skipReason } from './browser';

/**
 * 三会一课 in a real browser against the real API: the school secretary records a branch
 * committee meeting with attendance (the shared check speaks before anything is sent), attaches
 * its minutes (a file of the wrong type is refused by its content), and deletes it again. The
 * meeting is named uniquely and removed at the end, whatever happens, so other suites' figures
 * do not move.
 */
const reason = skipReason();
if (reason) console.warn(reason);
const suite = reason ? describe.skip : describe;

jest.setTimeout(90_000);

const TOPIC = `浏览器测试：研究党建工作 ${Date.now()}`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nendobj\ntrailer\n<< >>\n%%EOF\n', 'latin1');
const GIF = Buffer.from('R0lGODlhAQABAAAAACw=', 'base64');

suite('三会一课 end to end', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    // Whatever happened above: no test meeting is left behind.
    const me = await apiAs<{ me: { roles: { organisation: { id: string } }[] } }>(
      'school_secretary',
      '{ me { roles { organisation { id } } } }',
    );
    const schoolId = me.me.roles[0].organisation.id;
    const { meetings } = await apiAs<{ meetings: { items: { id: string; topic: string }[] } }>(
      'school_secretary',
      'query($s: ID!) { meetings(schoolId: $s, limit: 200) { items { id topic } } }',
      { s: schoolId },
    );
    for (const m of meetings.items.filter((x) => x.topic === TOPIC))
      await apiAs('school_secretary', 'mutation($id: ID!) { deleteMeeting(id: $id) }', { id: m.id });
    await browser?.close();
  });

  test('the secretary records a meeting with attendance and its minutes, then deletes it', async () => {
    const { context, page } = await newUserPage(browser);
    try {
      await login(page, 'school_secretary');
      await page.getByTestId('school-workspace').waitFor();
      await page.getByTestId('record-tab-meetings').click();
      const section = page.getByTestId('meetings-section');
      await section.waitFor();
      // Every meeting rule with its status now and the API's reason.
      await section.getByTestId('meeting-rule').first().waitFor();
      expect(await section.getByTestId('meeting-rule').count()).toBe(6);
      await section.getByTestId('meeting-item').first().waitFor();
      await checkPage(page, 'meetings section');

      await section.getByTestId('record-meeting').click();
      const drawer = page.getByTestId('meeting-drawer');
      await drawer.waitFor();
      await drawer.getByLabel('会议主题').fill(TOPIC);
      await drawer.getByTestId('add-all-members').click();
      const firstRow = drawer.locator('.djt-attendance .ant-table-tbody tr').first();
      await firstRow.getByText('请假', { exact: true }).click();
      // The shared check speaks on the row before anything is sent.
      await drawer.getByTestId('save-meeting').click();
      await firstRow.getByText('请假须填写事由').waitFor();
      await firstRow.getByPlaceholder('请假事由（必填）').fill('外出培训');
      await drawer.locator('.djt-attendance .ant-table-tbody tr').nth(1).getByText('缺席', { exact: true }).click();
      await checkPage(page, 'meeting drawer');
      await drawer.getByTestId('save-meeting').click();
      await drawer.waitFor({ state: 'detached' });

      const item = section.getByTestId('meeting-item').filter({ hasText: TOPIC });
      await item.waitFor();
      await expect(item.getByTestId('meeting-attendance').innerText()).resolves.toMatch(/请假 1 人，缺席 1 人/);

      // The minutes: a PDF is kept; a GIF called .png is refused by its content, before sending.
      const upload = async (name: string, mimeType: string, buffer: Buffer) => {
        const [chooser] = await Promise.all([
          page.waitForEvent('filechooser'),
          item.getByTestId('meeting-upload').click(),
        ]);
        await chooser.setFiles({ name, mimeType, buffer });
      };
      await upload('会议记录.pdf', 'application/pdf', PDF);
      await item.getByTestId('meeting-file').filter({ hasText: '会议记录.pdf' }).waitFor();
      await upload('photo.png', 'image/png', GIF);
      await page.getByText('只能上传 PDF、JPEG 或 PNG 文件（按文件内容判断）').waitFor();
      expect(await item.getByTestId('meeting-file').count()).toBe(1);
      await checkPage(page, 'meetings section with a new meeting');
      await screenshot(page, 'meetings-section-desktop');

      await item.getByRole('button', { name: `删除会议“${TOPIC}”` }).click();
      await page
        .locator('.ant-popconfirm')
        .getByRole('button', { name: /删\s*除/ })
        .click();
      await item.waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });
});
