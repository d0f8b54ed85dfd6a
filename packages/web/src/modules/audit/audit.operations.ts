import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../generated';

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
/** The kinds of record the API writes to the trail today. */
export const AUDIT_ENTITIES = ['theory_class', 'bureau_settings'] as const;
