import { useEffect, useMemo, useState } from 'react';
import { Alert, App, Button, type ButtonProps } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { OrgRef } from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { orgPath } from '../../lib/actor';
import {
  changesOf,
  formatSettingValue,
  groupByRule,
  problemOf,
  sameValue,
  settingDefOf,
  settingKeyOfError,
  toInput,
  type SettingChange,
  type SettingInputValue,
} from '../../lib/settings-form';
import { useCan } from '../../lib/use-can';
import { useLang } from '../../lib/use-lang';
import { ErrorState, PageSkeleton } from '../../ui/page-states';
import { PageHead, Panel } from '../../ui/panel';
import { SettingField } from './setting-field';
import {
  bureauSettingsQuery,
  RECOMPUTED_TYPENAMES,
  updateBureauSettingsMutation,
  type BureauSetting,
} from './settings.operations';

const SAVE_MESSAGE = 'settings-save';
const NOT_FOUND = { graphQLErrors: [{ extensions: { code: 'NOT_FOUND' } }] };

/**
 * /bureau/:bureauId/settings — the bureau's compliance rule settings, grouped by rule. Every
 * bureau role may read them (they decide what the dashboards count as met); bureau admins
 * (`settings.configure`) change them: the shared `checkSetting` speaks at the field before
 * anything is sent, the change is confirmed, and on success the session's settings and every
 * cached dashboard are refreshed, since the API has recomputed them in the same transaction.
 */
export function BureauSettingsPage() {
  const { bureauId = '' } = useParams();
  const { t } = useTranslation();
  const { lang, errorText } = useLang();
  const { message, modal } = App.useApp();
  const { me } = useSession();
  const { can } = useCan();
  const navigate = useNavigate();
  const bureau: OrgRef = { id: bureauId, level: 'BUREAU', bureauId, districtId: null, schoolId: null };
  const canRead = can('settings.read', bureau);
  const canEdit = can('settings.configure', bureau);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: bureauSettingsQuery,
    requestPolicy: 'cache-and-network',
    pause: !canRead,
  });
  const [{ fetching: saving }, save] = useMutation(updateBureauSettingsMutation);
  const [drafts, setDrafts] = useState<Record<string, SettingInputValue>>({});
  const [serverError, setServerError] = useState<{ text: string; key: string | null } | null>(null);
  // What the save answered, shown until the refetch it causes brings the same values.
  const [saved, setSaved] = useState<{ over: unknown; settings: BureauSetting[] } | null>(null);

  const fetched = data?.me?.settings;
  const settings = useMemo(
    () => (saved && saved.over === fetched ? saved.settings : (fetched ?? [])),
    [saved, fetched],
  );
  const groups = useMemo(() => groupByRule(settings, data?.complianceRules ?? []), [settings, data]);
  const changes = useMemo(() => changesOf(settings, drafts), [settings, drafts]);
  const problems = useMemo(
    () =>
      Object.fromEntries(
        settings.map((s) => [s.key, s.key in drafts ? problemOf(settingDefOf(s), drafts[s.key]) : null]),
      ),
    [settings, drafts],
  );
  const invalid = Object.values(problems).some(Boolean);
  const dirty = changes.length > 0 || invalid;

  // Leaving the page (reload, closing the tab) with unsaved edits asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const bureauName = me?.roles.find((r) => r.organisation.id === bureauId)?.organisation.name ?? t('levels.BUREAU');
  const dashboardPath = orgPath({ id: bureauId, level: 'BUREAU' });
  const back = (
    <Button
      icon={<ArrowLeftOutlined />}
      href={dashboardPath}
      onClick={(e) => {
        e.preventDefault();
        navigate(dashboardPath);
      }}
      data-testid="settings-back"
    >
      {t('settings.backToDashboard')}
    </Button>
  );

  if (!canRead)
    return (
      <>
        <h1 className="djt-visually-hidden">{t('settings.title')}</h1>
        <ErrorState error={NOT_FOUND} />
      </>
    );
  if (!data && fetching) return <PageSkeleton label={t('settings.title')} />;
  if (!data)
    return (
      <>
        <PageHead title={t('settings.title')} actions={back} />
        <ErrorState error={error ?? {}} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </>
    );

  const onChange = (key: string, input: SettingInputValue) => {
    setDrafts((d) => ({ ...d, [key]: input }));
    if (serverError?.key === key) setServerError(null);
  };

  const submit = async (list: readonly SettingChange<BureauSetting>[]) => {
    setServerError(null);
    message.open({ key: SAVE_MESSAGE, type: 'loading', content: t('settings.saving'), duration: 0 });
    const res = await save(
      { values: list.map((c) => ({ key: c.setting.key, value: c.after })) },
      // The rules changed: every cached answer computed under them is stale, not only `me`.
      { additionalTypenames: RECOMPUTED_TYPENAMES },
    );
    if (res.data) {
      setSaved({ over: fetched, settings: res.data.updateBureauSettings });
      setDrafts({});
      message.open({ key: SAVE_MESSAGE, type: 'success', content: t('settings.saved') });
      return;
    }
    message.destroy(SAVE_MESSAGE);
    const params = res.error?.graphQLErrors[0]?.extensions?.params as Record<string, unknown> | undefined;
    setServerError({
      text: errorText(res.error),
      key: settingKeyOfError(
        params,
        settings.map((s) => s.key),
      ),
    });
  };

  const onSave = () => {
    if (!changes.length || invalid) return;
    const list = changes;
    modal.confirm({
      title: t('settings.confirmTitle'),
      content: (
        <>
          <p>{t('settings.confirmBody')}</p>
          <ul className="djt-settings__changes" data-testid="settings-confirm-changes">
            {list.map((c) => (
              <li key={c.setting.key}>
                {t('settings.confirmChange', {
                  title: c.setting.title,
                  before: formatSettingValue(c.def, c.before, lang),
                  after: formatSettingValue(c.def, c.after, lang),
                })}
              </li>
            ))}
          </ul>
        </>
      ),
      okText: t('settings.confirmOk'),
      cancelText: t('common.cancel'),
      okButtonProps: { 'data-testid': 'settings-confirm-ok' } as ButtonProps,
      // The OK button spins until the API has saved and recomputed.
      onOk: () => submit(list),
    });
  };

  return (
    <div data-testid="bureau-settings" data-editable={canEdit}>
      <PageHead title={t('settings.title')} subtitle={t('settings.subtitle', { bureau: bureauName })} actions={back} />
      {canEdit ? null : (
        <Alert type="info" showIcon message={t('settings.readOnly')} data-testid="settings-read-only" />
      )}
      {error ? <ErrorState error={error} onRetry={() => refetch({ requestPolicy: 'network-only' })} /> : null}

      {groups.map((g) => (
        <Panel
          key={g.ruleId}
          className="djt-gap"
          title={g.rule ? `${g.rule.title}（${g.rule.section}）` : t('settings.ruleOf', { id: g.ruleId })}
          data-testid="settings-rule"
          data-rule={g.ruleId}
        >
          {g.rule?.description ? <p className="djt-muted djt-settings__rule-desc">{g.rule.description}</p> : null}
          <div className="djt-settings__fields">
            {g.settings.map((s) => {
              const def = settingDefOf(s);
              const input = s.key in drafts ? drafts[s.key] : toInput(def, s.value);
              return (
                <SettingField
                  key={s.key}
                  setting={s}
                  def={def}
                  input={input}
                  changed={s.key in drafts && !sameValue(input, s.value)}
                  problem={problems[s.key] ?? null}
                  serverText={serverError?.key === s.key ? serverError.text : null}
                  editable={canEdit}
                  onChange={(v) => onChange(s.key, v)}
                />
              );
            })}
          </div>
        </Panel>
      ))}

      {canEdit ? (
        <div className="djt-settings__actions" data-testid="settings-actions">
          {serverError ? (
            <Alert
              type="error"
              showIcon
              message={serverError.text}
              className="djt-settings__error"
              data-testid="settings-error"
            />
          ) : null}
          <div className="djt-settings__bar">
            <span className="djt-muted" aria-live="polite" data-testid="settings-status">
              {invalid
                ? t('settings.fixProblems')
                : changes.length
                  ? t('settings.pending', { count: changes.length })
                  : t('settings.noChanges')}
            </span>
            <span className="djt-settings__buttons">
              <Button
                disabled={!Object.keys(drafts).length || saving}
                onClick={() => {
                  setDrafts({});
                  setServerError(null);
                }}
                data-testid="settings-discard"
              >
                {t('settings.discard')}
              </Button>
              <Button
                type="primary"
                disabled={!changes.length || invalid}
                loading={saving}
                onClick={onSave}
                data-testid="settings-save"
              >
                {t('common.save')}
              </Button>
            </span>
          </div>
        </div>
      ) : null}
    </div>
  );
}
