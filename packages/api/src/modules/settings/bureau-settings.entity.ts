import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { BureauSettingsPatch } from '@djt/shared';

/** The bureau's own rule settings, stored as a patch over the shared defaults. */
@Entity({ tableName: 'bureau_settings' })
export class BureauSettingsRow {
  [OptionalProps]?: 'updatedAt' | 'settings';
  @PrimaryKey({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'json' }) settings: BureauSettingsPatch = {};
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'uuid', nullable: true }) updatedBy!: string | null;
}
