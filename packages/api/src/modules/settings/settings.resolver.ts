import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context';
import { actorBureau, allowIf, type FieldRules } from '../../core/authz/rules';
import { BureauSettingsInput, BureauSettingsType } from './settings.types';
import { updateSettings } from './settings.service';

@Resolver()
export class SettingsResolver {
  @Mutation(() => BureauSettingsType, { description: "Change the bureau's rule settings (bureau admins)" })
  updateBureauSettings(
    @Arg('input') input: BureauSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<BureauSettingsType> {
    return ctx.db(async (em) => updateSettings(em, ctx, (await ctx.loaders.orgRef.load(ctx.user!.bureauId))!, input));
  }
}

export const settingsRules: FieldRules = {
  Mutation: { updateBureauSettings: allowIf('settings.configure', actorBureau) },
};
