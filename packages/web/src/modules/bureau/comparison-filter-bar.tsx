import { Button, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { LABELS, LIMITS, SCHOOL_TYPES, type ComparisonFilter, type SchoolType } from '@djt/shared';
import { useLang } from '../../lib/use-lang';

export type RateBand = 'all' | 'lt60' | '60to90' | 'gte90';

export const RATE_BANDS: Record<RateBand, Pick<ComparisonFilter, 'minRate' | 'maxRate'>> = {
  all: { minRate: null, maxRate: null },
  lt60: { minRate: null, maxRate: 0.5999 },
  '60to90': { minRate: 0.6, maxRate: 0.8999 },
  gte90: { minRate: 0.9, maxRate: null },
};

export function rateBandOf(f: ComparisonFilter): RateBand {
  const hit = (Object.keys(RATE_BANDS) as RateBand[]).find(
    (b) =>
      (RATE_BANDS[b].minRate ?? null) === (f.minRate ?? null) &&
      (RATE_BANDS[b].maxRate ?? null) === (f.maxRate ?? null),
  );
  return hit ?? 'all';
}

/**
 * District, school type, completion band, months missed and name search over the bureau's schools.
 * The API applies them: the caller sends the filter with the next page request (the search once
 * typing pauses).
 */
export function ComparisonFilterBar({
  filter,
  onChange,
  districts,
}: {
  filter: ComparisonFilter;
  onChange: (f: ComparisonFilter) => void;
  districts: { id: string; name: string }[];
}) {
  const { t } = useTranslation();
  const { l } = useLang();
  return (
    <Space wrap size={[8, 8]} className="djt-filters" role="search" aria-label={t('dashboard.filters')}>
      <Input.Search
        allowClear
        placeholder={t('dashboard.searchSchool')}
        aria-label={t('dashboard.searchSchool')}
        value={filter.search ?? ''}
        maxLength={LIMITS.searchMax}
        onChange={(e) => onChange({ ...filter, search: e.target.value })}
        style={{ width: 200 }}
        data-testid="filter-search"
      />
      <Select<string[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('dashboard.allDistricts')}
        aria-label={t('dashboard.col.district')}
        value={[...(filter.districtIds ?? [])]}
        onChange={(v) => onChange({ ...filter, districtIds: v })}
        options={districts.map((d) => ({ value: d.id, label: d.name }))}
        optionFilterProp="label"
        style={{ minWidth: 200 }}
        data-testid="filter-district"
      />
      <Select<SchoolType[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        placeholder={t('dashboard.allSchoolTypes')}
        aria-label={t('dashboard.col.schoolType')}
        value={[...(filter.schoolTypes ?? [])]}
        onChange={(v) => onChange({ ...filter, schoolTypes: v })}
        options={SCHOOL_TYPES.map((s) => ({ value: s, label: l(LABELS.schoolType[s]) }))}
        style={{ minWidth: 180 }}
        data-testid="filter-type"
      />
      <Select<RateBand>
        aria-label={t('dashboard.col.completionRate')}
        value={rateBandOf(filter)}
        onChange={(b) => onChange({ ...filter, ...RATE_BANDS[b] })}
        options={(Object.keys(RATE_BANDS) as RateBand[]).map((b) => ({ value: b, label: t(`dashboard.band.${b}`) }))}
        style={{ width: 160 }}
        data-testid="filter-rate"
      />
      <Space.Compact>
        <Space.Addon>{t('dashboard.minMissed')}</Space.Addon>
        <InputNumber
          min={0}
          max={24}
          precision={0}
          aria-label={t('dashboard.minMissed')}
          value={filter.minMissed ?? null}
          onChange={(v) => onChange({ ...filter, minMissed: v })}
          style={{ width: 80 }}
          data-testid="filter-missed"
        />
      </Space.Compact>
      <Button onClick={() => onChange({})} data-testid="filter-reset">
        {t('dashboard.resetFilters')}
      </Button>
    </Space>
  );
}
