/**
 * Names for the URNs an audit entry's values hold ("terms: urn:polder:glossaryTerm:(rentals,rental-order)"
 * reads "terms: Rental order"), looked up with the request's entity loader: one query for every entry of
 * a level. A URN that names nothing the caller may see (removed, or hidden: already masked by the audit
 * service) gets no name, and is shown as it is.
 */
import { decodeUrnPart, parseUrn } from '@polder/graph-schema';
import { EntityType, type Entity } from '../entity/entity.type.ts';
import { urnsInChangeValues } from './hiddenUrnsInChanges.ts';
import type { NamedUrn } from './namedUrn.type.ts';

export async function namesOfUrnsIn(texts: readonly string[], load: (urns: string[]) => Promise<Array<Entity | Error | null>>): Promise<NamedUrn[]> {
  const urns = urnsInChangeValues(texts);
  if (urns.length === 0) return [];
  const entities = await load(urns);
  return urns.flatMap((urn, index) => {
    const entity = entities[index];
    const name = entity && !(entity instanceof Error) ? displayNameOf(urn, entity) : null;
    return name ? [{ urn, name }] : [];
  });
}

/** A dataset by its qualified name, a column after its dataset's, anything else by its name. Pure. */
export function displayNameOf(urn: string, entity: Entity): string | null {
  const { name, qualifiedName } = entity as Entity & { name?: string | null; qualifiedName?: string | null };
  if (entity.type === EntityType.DATASET) return qualifiedName ?? name ?? null;
  if (entity.type === EntityType.FIELD && name) {
    const [dataset] = parseUrn(urn).parts;
    const datasetName = typeof dataset === 'object' ? dataset.parts.at(-1) : undefined;
    return typeof datasetName === 'string' ? `${decodeUrnPart(datasetName)}.${name}` : name;
  }
  return name ?? null;
}
