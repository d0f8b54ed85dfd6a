/**
 * A tiny pub/sub between the GraphQL client (which sees an expired session on any request) and
 * the session provider (which owns navigation back to the login page). Kept outside React so the
 * client's exchange can publish without holding component state.
 */
export type SessionLostReason = 'SESSION_EXPIRED' | 'NOT_LOGGED_IN';
type Listener = (reason: SessionLostReason) => void;

const listeners = new Set<Listener>();

export function onSessionLost(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function publishSessionLost(reason: SessionLostReason): void {
  for (const l of listeners) l(reason);
}
