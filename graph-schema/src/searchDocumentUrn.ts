import { formatUrn, type Urn } from './urn.ts';

/**
 * The search document a node belongs to: a dataset is its own document, a field
 * lives inside its dataset's document; assets that are not searched have none.
 * This is how a change to one column refreshes the dataset that shows it.
 */
export function searchDocumentUrn(urn: Urn): string | undefined {
  switch (urn.type) {
    case 'dataset':
    case 'domain':
    case 'dataProduct':
    case 'glossaryTerm':
    case 'polyseme':
    case 'job':
      return formatUrn(urn.type, ...urn.parts);
    case 'field': {
      const dataset = urn.parts[0];
      return typeof dataset === 'object' ? searchDocumentUrn(dataset) : undefined;
    }
    default:
      return undefined;
  }
}
