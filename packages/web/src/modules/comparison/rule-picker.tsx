import { useCallback } from 'react';
import { Segmented, Select } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { complianceRulesQuery, DEFAULT_RULE_ID } from './comparison.operations';

/**
 * The dashboard's chosen rule, kept in the URL (`?rule=<rule id>`) so a link or a
 * reload opens the same view; the registry's first rule when the URL names none.
 */
export function useRuleParam(): [string, (ruleId: string) => void] {
  const [params, setParams] = useSearchParams();
  const ruleId = params.get('rule') || DEFAULT_RULE_ID;
  const setRule = useCallback(
    (id: string) =>
      setParams(
        (p) => {
          const next = new URLSearchParams(p);
          if (id === DEFAULT_RULE_ID) next.delete('rule');
          else next.set('rule', id);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [ruleId, setRule];
}

/** A dashboard link that keeps the chosen rule (nothing added for the default one). */
export function withRule(path: string, ruleId: string): string {
  return ruleId === DEFAULT_RULE_ID ? path : `${path}?rule=${encodeURIComponent(ruleId)}`;
}

/** Picks the rule a dashboard compares: buttons for a few rules, a searchable list for many. */
export function RulePicker({ value, onChange }: { value: string; onChange: (ruleId: string) => void }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: complianceRulesQuery });
  const rules = data?.complianceRules ?? [];
  const options = rules.map((r) => ({ value: r.id, label: `${r.title}（${r.section}）`, title: r.description }));
  return (
    <div className="djt-rule-picker" data-testid="rule-picker" role="group" aria-labelledby="rule-picker-label">
      <span className="djt-muted" id="rule-picker-label">
        {t('dashboard.rule')}
      </span>
      {rules.length === 1 && rules[0].id === value ? (
        // One rule so far: named, nothing to pick.
        <strong data-testid="rule-name">{options[0]?.label}</strong>
      ) : rules.length <= 4 ? (
        <Segmented<string> value={value} onChange={onChange} options={options} />
      ) : (
        <Select<string>
          aria-labelledby="rule-picker-label"
          value={value}
          onChange={onChange}
          options={options}
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 280 }}
        />
      )}
    </div>
  );
}
