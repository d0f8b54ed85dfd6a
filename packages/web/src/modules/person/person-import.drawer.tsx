import { useRef, useState } from 'react';
import { Alert, Button, Drawer, Grid, Progress, Space } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from 'urql';
import { useTranslation } from 'react-i18next';
import {
  errorMessage,
  PERSON_COLUMNS,
  PERSON_LIMITS,
  readPeopleSheet,
  type ErrorReason,
  type ImportProblem,
} from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { useLang } from '../../lib/use-lang';
import { downloadErrorReport, downloadTemplate, fileProblem, readSheet } from './person-excel';
import { commitPeopleImportMutation, stagePeopleImportMutation } from './person.operations';

type Problem = ImportProblem & { message: string };
type State =
  | { step: 'idle' }
  | { step: 'busy'; label: string; percent: number }
  | { step: 'problems'; problems: Problem[]; count: number }
  | { step: 'done'; created: number; updated: number; unchanged: number }
  | { step: 'failed'; message: string };

/**
 * Excel import of members and staff: the template, the file (checked by size and content), the
 * rows read and checked in the browser with the shared check (every problem by row and column,
 * shown here and downloadable), then — only when there is none — the rows staged in chunks with
 * a progress bar and committed all or nothing. The API checks every row again; its problems come
 * back in the same shape. Re-importing the same file changes nothing (rows match by staff number).
 */
export function PersonImportDrawer({
  schoolId,
  onClose,
  onImported,
}: {
  schoolId: string;
  onClose: () => void;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const { lang, l, errorText } = useLang();
  const { today } = useSession();
  const screens = Grid.useBreakpoint();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ step: 'idle' });
  const [, stage] = useMutation(stagePeopleImportMutation);
  const [, commit] = useMutation(commitPeopleImportMutation);
  const maxMb = PERSON_LIMITS.importFileBytesMax / 1024 / 1024;
  const withMessage = (p: ImportProblem): Problem => ({
    ...p,
    message: errorMessage(p.reason as ErrorReason, lang, p.params),
  });

  const run = async (file: File) => {
    setState({ step: 'busy', label: t('people.importDrawer.reading'), percent: 0 });
    const bad = await fileProblem(file);
    if (bad) {
      setState({ step: 'failed', message: errorMessage(bad.reason, lang, { maxMb }) });
      return;
    }
    setState({ step: 'busy', label: t('people.importDrawer.reading'), percent: 5 });
    let sheet;
    try {
      sheet = await readSheet(file);
    } catch {
      setState({ step: 'failed', message: errorMessage('IMPORT_NOT_XLSX', lang) });
      return;
    }
    setState({ step: 'busy', label: t('people.importDrawer.checking'), percent: 30 });
    const checked = readPeopleSheet(sheet.header, sheet.rows, { today });
    if (checked.problemCount) {
      setState({ step: 'problems', problems: checked.problems.map(withMessage), count: checked.problemCount });
      return;
    }
    const importId = crypto.randomUUID();
    const size = PERSON_LIMITS.importChunkRows;
    const total = checked.rows.length;
    for (let i = 0; i * size < total; i++) {
      const rows = checked.rows.slice(i * size, (i + 1) * size);
      setState({
        step: 'busy',
        label: t('people.importDrawer.uploading', { done: i * size, total }),
        percent: 30 + Math.round((60 * i * size) / total),
      });
      const r = await stage({ input: { schoolId, importId, chunk: i, rows } });
      if (r.error) {
        setState({ step: 'failed', message: errorText(r.error) });
        return;
      }
    }
    setState({ step: 'busy', label: t('people.importDrawer.committing'), percent: 92 });
    const r = await commit({ schoolId, importId });
    const result = r.data?.commitPeopleImport;
    if (!result) {
      setState({ step: 'failed', message: errorText(r.error) });
      return;
    }
    if (!result.committed) {
      const problems = result.problems.map((p) =>
        withMessage({ row: p.row, field: p.field ?? null, reason: p.reason as ImportProblem['reason'] }),
      );
      // The API's own words when its reason has parameters the client did not get.
      result.problems.forEach((p, i) => (problems[i].message = p.message || problems[i].message));
      setState({ step: 'problems', problems, count: result.problemCount });
      return;
    }
    setState({ step: 'done', created: result.created, updated: result.updated, unchanged: result.unchanged });
    onImported();
  };

  const columnLabel = (p: Problem) => (p.field ? l(PERSON_COLUMNS.find((c) => c.field === p.field)!.header) : '');
  const busy = state.step === 'busy';
  return (
    <Drawer
      open
      title={t('people.importDrawer.title')}
      width={screens.sm ? 720 : '100%'}
      onClose={onClose}
      maskClosable={!busy}
      closable={!busy}
      data-testid="import-drawer"
    >
      <p>{t('people.importDrawer.step1')}</p>
      <Button
        icon={<DownloadOutlined />}
        onClick={() => void downloadTemplate(lang, t('people.importDrawer.templateFile'))}
        data-testid="import-template"
      >
        {t('people.importDrawer.template')}
      </Button>
      <p style={{ marginTop: 16 }}>{t('people.importDrawer.step2', { maxMb, maxRows: PERSON_LIMITS.importRowsMax })}</p>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        hidden
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void run(file);
        }}
      />
      <Button
        type="primary"
        icon={<UploadOutlined />}
        disabled={busy}
        onClick={() => input.current?.click()}
        data-testid="import-pick"
      >
        {t('people.importDrawer.pick')}
      </Button>

      <div style={{ marginTop: 16 }} aria-live="polite">
        {state.step === 'busy' ? (
          <div data-testid="import-progress">
            <Progress percent={state.percent} status="active" />
            <span className="djt-muted">{state.label}</span>
          </div>
        ) : null}
        {state.step === 'failed' ? (
          <Alert type="error" showIcon role="alert" message={state.message} data-testid="import-failed" />
        ) : null}
        {state.step === 'done' ? (
          <Alert type="success" showIcon message={t('people.importDrawer.done', state)} data-testid="import-done" />
        ) : null}
        {state.step === 'problems' ? (
          <Space direction="vertical" style={{ width: '100%' }} data-testid="import-problems">
            <Alert
              type="error"
              showIcon
              role="alert"
              message={
                t('people.importDrawer.problemsTitle', { count: state.count }) +
                (state.count > state.problems.length
                  ? t('people.importDrawer.problemsMore', { shown: state.problems.length })
                  : '')
              }
            />
            <Button
              icon={<DownloadOutlined />}
              onClick={() =>
                void downloadErrorReport(
                  state.problems,
                  {
                    row: t('people.importDrawer.row'),
                    column: t('people.importDrawer.column'),
                    reason: t('people.importDrawer.reason'),
                    fileName: t('people.importDrawer.errorReportFile'),
                  },
                  lang,
                )
              }
              data-testid="import-error-report"
            >
              {t('people.importDrawer.errorReport')}
            </Button>
            <div className="djt-people-scroll" style={{ maxHeight: 420, overflowY: 'auto' }}>
              <table className="djt-people">
                <thead>
                  <tr>
                    <th scope="col">{t('people.importDrawer.row')}</th>
                    <th scope="col">{t('people.importDrawer.column')}</th>
                    <th scope="col">{t('people.importDrawer.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.problems.map((p, i) => (
                    <tr key={i} data-testid="import-problem">
                      <td>{p.row}</td>
                      <td>{columnLabel(p)}</td>
                      <td style={{ whiteSpace: 'normal' }}>{p.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Space>
        ) : null}
      </div>
    </Drawer>
  );
}
