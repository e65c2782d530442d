/**
 * Looks up entities of any type by URN, in one query for a whole batch.
 * The label decides the GraphQL type; kinds the API does not expose yet
 * resolve to null, like unknown URNs.
 */
import type { GraphReader } from '../../graph/GraphReader.ts';
import { toDataProduct, toDataset, toDomain, toField, toGlossaryTerm, toJob, toSource } from '../dataset/dataset.service.ts';
import type { Entity } from './entity.type.ts';
import { toPolyseme } from '../glossary/polyseme.service.ts';
import { toPerson, toTeam } from '../people/people.service.ts';
import { HIDDEN_DOMAINS_COLUMN, HIDDEN_DOMAINS_IN_QUERY, visibleAsset, visibleSource } from '../access/visibleInCypher.ts';

type Props = Record<string, unknown>;

const BY_LABEL: Record<string, (props: Props) => Entity> = {
  Dataset: toDataset,
  Field: toField,
  Domain: toDomain,
  Source: toSource,
  DataProduct: toDataProduct,
  Job: toJob,
  GlossaryTerm: toGlossaryTerm,
  Polyseme: (props) => toPolyseme(props) as unknown as Entity,
  Person: toPerson,
  Team: toTeam,
};

export class EntityService {
  constructor(private readonly graph: GraphReader) {}

  // Constraint: entity_urn.
  async entitiesByUrn(urns: readonly string[]): Promise<Array<Entity | null>> {
    const rows = await this.graph.read<{ key: string; labels: string[]; value: Props }>(
      // A hidden asset, or a source of a hidden domain, resolves to null, like an unknown URN (access/visibleInCypher.ts).
      // Usually a request's first query: it works out the hidden domains itself and hands them on (HIDDEN_DOMAINS_COLUMN).
      `${HIDDEN_DOMAINS_IN_QUERY}
       UNWIND $urns AS key MATCH (n:Entity {urn: key}) WHERE ${visibleAsset('n', 'visibilityHidden')} AND ${visibleSource('n', 'visibilityHidden')}
       RETURN key, labels(n) AS labels, properties(n) AS value, visibilityHidden AS ${HIDDEN_DOMAINS_COLUMN}`,
      { urns },
    );
    const found = new Map<string, Entity>();
    for (const row of rows) {
      const label = row.labels.find((name) => name in BY_LABEL);
      if (label) found.set(row.key, BY_LABEL[label]!(row.value));
    }
    return urns.map((urn) => found.get(urn) ?? null);
  }
}
