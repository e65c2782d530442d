/**
 * A schema migration: an ordered, idempotent list of Cypher statements.
 * Released migrations are never edited; a change to the schema is a new one.
 * Neo4j cannot mix schema and data statements in one transaction, so each
 * statement runs on its own; `IF NOT EXISTS` makes a re-run after a partial
 * failure safe, and the migration is recorded only once all of them succeeded.
 */
export interface Migration {
  /** Sortable id: `NNN-short-name`. */
  id: string;
  description: string;
  statements: string[];
}
