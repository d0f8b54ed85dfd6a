import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../context';
import { actorBureau, allowIf, type FieldRules } from '../authz/rules';
import { SettingInput, SettingType } from './settings.types';
import { updateSettings } from './settings.service';

@Resolver()
export class SettingsResolver {
  @Mutation(() => [SettingType], {
    description: "Change some of the bureau's rule settings (bureau admins); its dashboards are recomputed at once",
  })
  async updateBureauSettings(
    @Arg('values', () => [SettingInput], { description: 'The settings to change; the others keep their values' })
    values: SettingInput[],
    @Ctx() ctx: RequestContext,
  ): Promise<SettingType[]> {
    const bureau = (await ctx.loaders.orgRef.load(ctx.user!.bureauId))!;
    return ctx.db((em) => updateSettings(em, ctx, bureau, values));
  }
}

export const settingsRules: FieldRules = {
  Mutation: { updateBureauSettings: allowIf('settings.configure', actorBureau) },
};
