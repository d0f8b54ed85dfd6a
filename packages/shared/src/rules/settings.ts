/**
 * Every numeric rule in SPEC §3 is a bureau setting with a default, because the bureau's own
 * document decides. Settings are stored per bureau as a partial object merged over these defaults.
 */
export interface BureauSettings {
  theoryClass: {
    /** 思想政治课: minimum class-hours each month (§二.1). */
    minClassHoursPerMonth: number;
    /** Months (1-12) the bureau marks as exempt, e.g. the summer vacation. */
    exemptMonths: number[];
  };
  /** 党建月: the month of upward reporting (§二.1). */
  partyBuildingMonth: number;
  /** 重大事项: large expenditure threshold in yuan (§二.2). */
  largeExpenditureThreshold: number;
  /** Working days to answer a service request. */
  serviceRequestAnswerDays: number;
  /** Days to answer an opinion or suggestion. */
  opinionAnswerDays: number;
}

export const DEFAULT_SETTINGS: BureauSettings = {
  theoryClass: { minClassHoursPerMonth: 1, exemptMonths: [7, 8] },
  partyBuildingMonth: 7,
  largeExpenditureThreshold: 30000,
  serviceRequestAnswerDays: 10,
  opinionAnswerDays: 15,
};

export type BureauSettingsPatch = {
  [K in keyof BureauSettings]?: BureauSettings[K] extends object ? Partial<BureauSettings[K]> : BureauSettings[K];
};

export function resolveSettings(patch: BureauSettingsPatch | null | undefined): BureauSettings {
  const p = patch ?? {};
  return {
    ...DEFAULT_SETTINGS,
    ...p,
    theoryClass: { ...DEFAULT_SETTINGS.theoryClass, ...(p.theoryClass ?? {}) },
  } as BureauSettings;
}
