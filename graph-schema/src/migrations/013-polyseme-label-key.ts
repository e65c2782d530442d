import type { Migration } from './Migration.ts';

/**
 * A polyseme's label is unique regardless of case. The service checks that before it writes, but two
 * renames to one label at the same moment both passed the check: nothing in the graph held the rule.
 * Each polyseme now keeps its label's key (`labelKey`, the lower-case label, as `nameKey` makes it), and a
 * constraint holds it unique, as `glossaryterm_name` does for terms; the service retries once when the
 * constraint fires (api/src/modules/glossary/uniquenessRace.ts).
 *
 * Should a graph already hold two polysemes with one key (only that race could make them), the oldest
 * keeps it and the others are left without one, so that the constraint can be created: the service's
 * check still refuses their label to anyone else, and renaming one of them gives it its key.
 */
export const polysemeLabelKey: Migration = {
  id: '013-polyseme-label-key',
  description: "Keeps each polyseme's lower-case label, unique by constraint.",
  statements: [
    `MATCH (p:Polyseme) WHERE p.label IS NOT NULL
     WITH toLower(trim(p.label)) AS key, p ORDER BY p.createdAt, p.urn
     WITH key, collect(p) AS sharing
     WITH key, head(sharing) AS oldest
     SET oldest.labelKey = key`,
    'CREATE CONSTRAINT polyseme_label IF NOT EXISTS FOR (p:Polyseme) REQUIRE p.labelKey IS UNIQUE',
  ],
};
