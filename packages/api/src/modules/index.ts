/**
 * The record modules, listed once: adding a record type adds one line here (and its shared
 * folder to packages/shared/src/modules/index.ts). Everything else — schema, permission rules,
 * entities, migrations, compliance facts, demo data, cross-tenant tests — is derived from it.
 * See docs/adding-a-record-type.md.
 */
import { majorMattersModule } from './major-matters/major-matters.module';
import { meetingsModule } from './meetings/meetings.module';
import { personModule } from './person/person.module';
import { theoryClassModule } from './theory-class/theory-class.module';

export const RECORD_MODULES = [personModule, theoryClassModule, meetingsModule, majorMattersModule] as const;
