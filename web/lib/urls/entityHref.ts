import type { EntityType } from '../api';
import { parseFieldUrn } from '../urns/parseFieldUrn';

import { dataProductHref } from './dataProductHref';
import { datasetHref } from './datasetHref';
import { domainHref } from './domainHref';
import { glossaryTermHref, polysemeHref } from './glossaryHref';
import { jobHref } from './jobHref';

/**
 * Where the catalog shows an entity, or null when it has no page yet: a field
 * is shown as a row of its dataset; sources and jobs have no pages so far.
 */
export function entityHref(urn: string, type: EntityType): string | null {
  switch (type) {
    case 'DATASET':
      return datasetHref(urn);
    case 'FIELD': {
      const field = parseFieldUrn(urn);
      return field ? datasetHref(field.datasetUrn, field.fieldName) : null;
    }
    case 'GLOSSARY_TERM':
      return glossaryTermHref(urn);
    case 'POLYSEME':
      return polysemeHref(urn);
    case 'DOMAIN':
      return domainHref(urn);
    case 'DATA_PRODUCT':
      return dataProductHref(urn);
    case 'JOB':
      return jobHref(urn);
    default:
      return null;
  }
}

/** The entity type a URN names (`urn:polder:<type>:...`), for the types that have pages. */
const TYPE_BY_PREFIX: ReadonlyArray<[string, EntityType]> = [
  ['urn:polder:dataset:', 'DATASET'],
  ['urn:polder:field:', 'FIELD'],
  ['urn:polder:glossaryTerm:', 'GLOSSARY_TERM'],
  ['urn:polder:polyseme:', 'POLYSEME'],
  ['urn:polder:domain:', 'DOMAIN'],
  ['urn:polder:dataProduct:', 'DATA_PRODUCT'],
  ['urn:polder:job:', 'JOB'],
];

/**
 * Where the catalog shows the entity a bare URN names (trust evidence gives no
 * type), or null: checks, results, incidents and the rest are shown as text.
 */
export function urnHref(urn: string): string | null {
  const match = TYPE_BY_PREFIX.find(([prefix]) => urn.startsWith(prefix));
  return match ? entityHref(urn, match[1]) : null;
}
