import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../generated';

export const settingFields = graphql(`
  fragment SettingFields on Setting {
    key
    ruleId
    title
    kind
    unit
    value
    default
    min
    max
    step
    maxCount
  }
`);

/** The bureau's value of every rule setting (over the defaults), and the rules they belong to. */
export const bureauSettingsQuery = graphql(`
  query BureauSettings {
    me {
      settings {
        ...SettingFields
      }
    }
    complianceRules {
      id
      title
      description
      section
    }
  }
`);

/** Changes some settings; the API rebuilds the bureau's compliance facts in the same transaction. */
export const updateBureauSettingsMutation = graphql(`
  mutation UpdateBureauSettings($values: [SettingInput!]!) {
    updateBureauSettings(values: $values) {
      ...SettingFields
    }
  }
`);

export type BureauSetting = ResultOf<typeof settingFields>;
export type SettingsRule = NonNullable<ResultOf<typeof bureauSettingsQuery>>['complianceRules'][number];

/**
 * What a saved setting makes stale in urql's document cache, beyond the `Setting`s the mutation
 * returns (which already invalidate `me` and this page): every answer computed under the rules.
 * Active queries refetch at once; the others are dropped and fetched when next shown.
 */
export const RECOMPUTED_TYPENAMES = ['Me', 'ComplianceReport', 'SchoolRanking', 'SchoolScorecard'];
