import { useTranslation } from 'react-i18next';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { LABELS } from '@djt/shared';
import { formatDate } from '../../lib/format';
import { formatPeriod } from '../../lib/periods';
import { formatRate } from '../../lib/status-colors';
import { useLang } from '../../lib/use-lang';
import { Panel } from '../../ui/panel';
import { StatusTag } from '../../ui/status-cell';
import type { schoolScorecardQuery } from './school.operations';

export type Scorecard = ResultOf<typeof schoolScorecardQuery>['schoolScorecard'];
export type ScorecardRule = Scorecard['rules'][number];

/**
 * This period's and this year's checklist: every rule of the registry, its status now (this
 * month, term or year) with the API's reason — what is still due and by when — and the year so
 * far. A school sees in one place everything the bureau will count.
 */
export function SchoolChecklist({ scorecard }: { scorecard: Scorecard }) {
  const { t } = useTranslation();
  const { lang, l } = useLang();
  return (
    <Panel className="djt-gap" title={t('school.checklistTitle', { year: scorecard.year })} data-testid="checklist">
      <ul className="djt-checklist">
        {scorecard.rules.map((r) => {
          const c = r.current;
          return (
            <li key={r.rule.id} className="djt-checklist__item" data-testid="checklist-item" data-rule={r.rule.id}>
              <div className="djt-checklist__rule">
                <h3 className="djt-checklist__title">{r.rule.title}</h3>
                <span className="djt-muted">
                  {r.rule.section} · {l(LABELS.periodKind[r.rule.period])}
                </span>
              </div>
              <div className="djt-checklist__now">
                {c ? (
                  <>
                    <div>
                      <span className="djt-checklist__label">{formatPeriod(r.rule.period, c.period, lang)}</span>
                      <span data-testid="checklist-status">
                        <StatusTag status={c.status} />
                      </span>
                    </div>
                    <p className="djt-checklist__reason" data-testid="checklist-reason">
                      {c.reason}
                    </p>
                    {c.status === 'PENDING' ? (
                      <p className="djt-muted djt-checklist__due">
                        {t('school.dueOn', { date: formatDate(c.dueOn, lang) })}
                      </p>
                    ) : null}
                  </>
                ) : (
                  <span className="djt-muted">{t('school.noCurrentPeriod')}</span>
                )}
              </div>
              <dl className="djt-checklist__year">
                <div>
                  <dt>{t('school.yearRate', { year: scorecard.year })}</dt>
                  <dd data-testid="checklist-rate">{formatRate(r.completionRate)}</dd>
                </div>
                <div>
                  <dt>{t('school.yearCounts')}</dt>
                  <dd>{t('school.counts', { met: r.met, missed: r.missed, pending: r.pending })}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ul>
    </Panel>
  );
}
