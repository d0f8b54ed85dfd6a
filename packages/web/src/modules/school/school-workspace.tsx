import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Alert, Tag } from 'antd';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { LABELS, type SchoolType } from '@djt/shared';
import { useSession } from '../../app/session.provider';
import { formatRate } from '../../lib/status-colors';
import { useCan } from '../../lib/use-can';
import { useLang } from '../../lib/use-lang';
import { ErrorState, PageSkeleton } from '../../ui/page-states';
import { PageHead, Panel } from '../../ui/panel';
import { StatRow } from '../../ui/stats';
import { WEB_RECORD_MODULES } from '../index';
import { RecordSections } from './record-sections';
import { SchoolChecklist } from './school-checklist';
import { schoolScorecardQuery } from './school.operations';

export interface SchoolOrg {
  id: string;
  name: string;
  level: 'BUREAU' | 'DISTRICT' | 'SCHOOL';
  schoolType: SchoolType | null;
  bureauId: string;
  districtId: string | null;
  schoolId: string | null;
}

/**
 * A school's year: the score, the checklist of every rule (what is due now and by when), and
 * the records behind them, one section per record module (modules/index.ts). The same component
 * is the school's own workspace and the read-only drill-down of district and bureau users.
 */
export function SchoolWorkspace({ school }: { school: SchoolOrg }) {
  const { t } = useTranslation();
  const { l } = useLang();
  const { today } = useSession();
  const { can } = useCan();
  // Writable when the user may write any record module's records here.
  const writable = WEB_RECORD_MODULES.filter((m) => can(m.writePermission, school)).map((m) => m.name);
  const canWrite = writable.length > 0;
  const year = Number(today.slice(0, 4));
  const [{ data, fetching, error }, refetch] = useQuery({
    query: schoolScorecardQuery,
    variables: { schoolId: school.id, year },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const scorecard = data?.schoolScorecard;
  // The open section's chunk loads while the scorecard does (`?record=<name>`, else the first);
  // the other tabs' chunks load when pointed at or opened, so each module added does not weigh
  // on the school's first page.
  const [params] = useSearchParams();
  const openRecord = params.get('record');
  useEffect(
    () => (WEB_RECORD_MODULES.find((m) => m.name === openRecord) ?? WEB_RECORD_MODULES[0])?.preload(),
    [openRecord],
  );

  return (
    <div className="djt-school" data-testid="school-workspace">
      <PageHead
        title={
          <>
            {school.name}
            {school.schoolType ? (
              <Tag bordered={false} className="djt-title-tag">
                {l(LABELS.schoolType[school.schoolType])}
              </Tag>
            ) : null}
          </>
        }
        subtitle={t('school.subtitle', { year })}
      />
      {!canWrite ? (
        <Alert type="info" showIcon message={t('school.readOnly')} className="djt-gap" data-testid="read-only-notice" />
      ) : null}

      {!scorecard ? (
        fetching ? (
          <PageSkeleton />
        ) : (
          <ErrorState error={error ?? {}} onRetry={reload} />
        )
      ) : (
        <>
          {error ? <ErrorState error={error} onRetry={reload} /> : null}
          <Panel className="djt-gap">
            <StatRow
              items={[
                {
                  key: 'score',
                  title: t('school.score', { year: scorecard.year }),
                  value: formatRate(scorecard.score),
                  testId: 'school-score',
                },
                {
                  key: 'met',
                  title: t('school.rulesMet'),
                  value: scorecard.rules.filter((r) => r.current?.status === 'MET').length,
                },
                {
                  key: 'pending',
                  title: t('school.rulesPending'),
                  value: scorecard.rules.filter((r) => r.current?.status === 'PENDING').length,
                },
                {
                  key: 'missed',
                  title: t('school.periodsMissed'),
                  value: scorecard.rules.reduce((n, r) => n + r.missed, 0),
                  danger: scorecard.rules.some((r) => r.missed > 0),
                },
              ]}
            />
          </Panel>
          <SchoolChecklist scorecard={scorecard} />
          <RecordSections schoolId={school.id} scorecard={scorecard} writable={writable} onChanged={reload} />
        </>
      )}
    </div>
  );
}
