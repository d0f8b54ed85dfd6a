import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import {
  checkSetting,
  defaultOf,
  ruleById,
  ruleSettings,
  SETTINGS,
  settingByKey,
  type Lang,
  type OrgRef,
  type StoredSettings,
} from '@djt/shared';
import type { RequestContext } from '../context';
import { badInput } from '../errors';
import { recordAudit } from '../audit/audit.service';
import { BureauSettingsRow } from './bureau-settings.entity';
import type { SettingInput, SettingType } from './settings.types';

export async function getStoredSettings(em: EntityManager, bureauId: string): Promise<StoredSettings> {
  const row = await em.findOne(BureauSettingsRow, { bureauId });
  return row?.settings ?? {};
}

/** Every setting of every rule with the bureau's value (its own, else the default). */
export function settingsList(stored: StoredSettings, lang: Lang): SettingType[] {
  return SETTINGS.map(({ key, ruleId, name, def }) => ({
    key,
    ruleId,
    title: def.title[lang],
    kind: def.kind,
    unit: def.kind === 'NUMBER' ? def.unit[lang] : null,
    value: ruleSettings(ruleById(ruleId)!, stored)[name],
    default: defaultOf(def),
    min: def.kind === 'NUMBER' ? def.min : null,
    max: def.kind === 'NUMBER' ? def.max : null,
    step: def.kind === 'NUMBER' ? def.step : null,
    maxCount: def.kind === 'MONTHS' ? def.maxCount : null,
  }));
}

/** Checks every value against its definition (the shared one the settings form uses too). */
/** The new values, and the keys whose bureau value is removed (null: back to the default). */
function validate(values: readonly SettingInput[]): { patch: StoredSettings; removed: string[] } {
  const patch: StoredSettings = {};
  const removed: string[] = [];
  for (const { key, value } of values) {
    const entry = settingByKey(key);
    if (!entry) throw badInput('UNKNOWN_SETTING', { key: String(key).slice(0, 80) }, 'values');
    if (value === null || value === undefined) {
      removed.push(key);
      continue;
    }
    const check = checkSetting(entry.def, value);
    if (!check.ok) throw badInput('SETTINGS_RANGE', { detail: `${key}: ${check.detail}`, key }, 'values');
    patch[key] = check.value;
  }
  return { patch, removed };
}

/**
 * Saves the bureau's settings and, in the same transaction, rebuilds its compliance facts, so
 * every dashboard reflects the new rule at once (or, on failure, nothing changed).
 */
export async function updateSettings(
  em: EntityManager,
  ctx: RequestContext,
  bureau: OrgRef,
  values: readonly SettingInput[],
): Promise<SettingType[]> {
  const { patch, removed } = validate(values);
  // Create the row if it is missing, then lock it: two admins saving at once must not overwrite
  // each other's change (nor fail on the first save with a duplicate key).
  await em.execute('insert into bureau_settings (bureau_id) values (?) on conflict (bureau_id) do nothing', [
    bureau.id,
  ]);
  const row = await em.findOneOrFail(
    BureauSettingsRow,
    { bureauId: bureau.id },
    { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
  );
  const before = row.settings;
  const next: StoredSettings = { ...before, ...patch };
  for (const key of removed) delete next[key];
  row.settings = next;
  row.updatedBy = ctx.user?.userId ?? null;
  recordAudit(em, ctx, {
    org: bureau,
    action: 'update',
    entity: 'bureau_settings',
    entityId: bureau.id,
    changes: { before, after: row.settings },
  });
  await em.flush();
  await ctx.facts.rebuildBureau(em, bureau.id);
  return settingsList(row.settings, ctx.lang);
}
