import { OptionalProps, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { StoredSettings } from '@djt/shared';

/** The bureau's own rule settings: only the values it changed, by setting key (see the registry). */
@Entity({ tableName: 'bureau_settings' })
export class BureauSettingsRow {
  [OptionalProps]?: 'updatedAt' | 'settings';
  @PrimaryKey({ type: 'uuid' }) bureauId!: string;
  @Property({ type: 'json' }) settings: StoredSettings = {};
  @Property({ type: 'timestamptz', defaultRaw: 'now()', onUpdate: () => new Date() }) updatedAt: Date = new Date();
  @Property({ type: 'uuid', nullable: true }) updatedBy!: string | null;
}
