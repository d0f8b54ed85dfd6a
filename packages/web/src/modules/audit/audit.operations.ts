import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../generated';
import { RECORD_AUDIT_ENTITIES } from '../index';

/** One page of the audit trail of an organisation and everything below it, newest first. */
export const auditQuery = graphql(`
  query AuditTrail(
    $scopeId: ID!
    $entity: String
    $actorUserId: ID
    $from: LocalDate
    $to: LocalDate
    $offset: Int!
    $limit: Int!
  ) {
    audit(
      scopeId: $scopeId
      entity: $entity
      actorUserId: $actorUserId
      from: $from
      to: $to
      offset: $offset
      limit: $limit
    ) {
      total
      offset
      limit
      items {
        id
        at
        action
        actorUserId
        actorName
        orgId
        orgName
        entity
        entityId
        changes
      }
    }
  }
`);

/** An organisation out of the user's own roles (for the policy check), when the page is opened below them. */
export const auditOrgQuery = graphql(`
  query AuditOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      level
      bureauId
      districtId
      schoolId
    }
  }
`);

export type AuditRow = ResultOf<typeof auditQuery>['audit']['items'][number];

/** The API's largest page. */
export const AUDIT_MAX_LIMIT = 200;
/** The most rows one export writes. */
export const AUDIT_EXPORT_CAP = 10_000;
/** The core's record kinds in the trail, each labelled by `audit.entities.<kind>`. */
export const CORE_AUDIT_ENTITIES = ['bureau_settings'] as const;
/** Every kind of record the API writes to the trail: the record modules' first, then the core's. */
export const AUDIT_ENTITIES: readonly string[] = [...Object.keys(RECORD_AUDIT_ENTITIES), ...CORE_AUDIT_ENTITIES];
/** The i18n key of a record kind's label. */
export const auditEntityLabelKey = (entity: string): string =>
  Object.hasOwn(RECORD_AUDIT_ENTITIES, entity) ? RECORD_AUDIT_ENTITIES[entity] : `audit.entities.${entity}`;
