import { useCallback } from 'react';
import { can, canSomewhere, type Permission } from '@djt/shared';
import { useSession } from '../app/session.provider';
import { orgRefOf } from './actor';

type OrgLike = Parameters<typeof orgRefOf>[0];

/**
 * The web client's door to the shared policy: the same `can()` the API's shield rules call, so
 * a button is shown exactly when the API would accept the action.
 */
export function useCan() {
  const { actor } = useSession();
  const check = useCallback(
    (permission: Permission, org: OrgLike | null | undefined) => !!org && can(actor, permission, orgRefOf(org)),
    [actor],
  );
  const somewhere = useCallback((permission: Permission) => canSomewhere(actor, permission), [actor]);
  return { can: check, canSomewhere: somewhere };
}
