import { LockMode, type EntityManager } from '@mikro-orm/postgresql';
import { resolveSettings, type BureauSettings, type BureauSettingsPatch, type OrgRef } from '@djt/shared';
import type { RequestContext } from '../../core/context';
import { badInput } from '../../core/errors';
import { recordAudit } from '../audit/audit.service';
import { BureauSettingsRow } from './bureau-settings.entity';
import type { BureauSettingsInput } from './settings.types';

export async function getSettings(em: EntityManager, bureauId: string): Promise<BureauSettings> {
  const row = await em.findOne(BureauSettingsRow, { bureauId });
  return resolveSettings(row?.settings);
}

function validate(input: BureauSettingsInput): BureauSettingsPatch {
  const patch: BureauSettingsPatch = {};
  const tc = input.theoryClass;
  if (tc) {
    patch.theoryClass = {};
    if (tc.minClassHoursPerMonth != null) {
      const v = tc.minClassHoursPerMonth;
      if (!(v >= 0.5 && v <= 8 && Number.isInteger(v * 2)))
        throw badInput(
          'SETTINGS_RANGE',
          { detail: 'minClassHoursPerMonth 0.5–8' },
          'theoryClass.minClassHoursPerMonth',
        );
      patch.theoryClass.minClassHoursPerMonth = v;
    }
    if (tc.exemptMonths != null) {
      if (tc.exemptMonths.some((m) => !Number.isInteger(m) || m < 1 || m > 12) || tc.exemptMonths.length > 6)
        throw badInput('SETTINGS_RANGE', { detail: 'exemptMonths 1–12, at most 6' }, 'theoryClass.exemptMonths');
      patch.theoryClass.exemptMonths = [...new Set(tc.exemptMonths)].sort((a, b) => a - b);
    }
  }
  if (input.partyBuildingMonth != null) {
    if (!Number.isInteger(input.partyBuildingMonth) || input.partyBuildingMonth < 1 || input.partyBuildingMonth > 12)
      throw badInput('SETTINGS_RANGE', { detail: 'partyBuildingMonth 1–12' }, 'partyBuildingMonth');
    patch.partyBuildingMonth = input.partyBuildingMonth;
  }
  return patch;
}

export async function updateSettings(
  em: EntityManager,
  ctx: RequestContext,
  bureau: OrgRef,
  input: BureauSettingsInput,
): Promise<BureauSettings> {
  const patch = validate(input);
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
  row.settings = {
    ...before,
    ...patch,
    theoryClass: { ...(before.theoryClass ?? {}), ...(patch.theoryClass ?? {}) },
  };
  row.updatedBy = ctx.user?.userId ?? null;
  recordAudit(em, ctx, {
    org: bureau,
    action: 'update',
    entity: 'bureau_settings',
    entityId: bureau.id,
    changes: { before, after: row.settings },
  });
  await em.flush();
  return resolveSettings(row.settings);
}
