/**
 * A signed-in session of the web catalog: `(Session)-[:SESSION_OF]->(Account)`.
 * Kept in the graph rather than in one API process, so API replicas stay
 * stateless; like tokens, only the SHA-256 of the session secret is stored.
 */
export const SESSION_LABEL = 'Session';

export interface SessionProperties {
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
}
