/**
 * A search document Meilisearch refuses as too large (its payload limit: 100 MB for the Meilisearch
 * Polder runs, maybe less for another one). What makes a document that large is a dataset's columns:
 * thousands of them with long descriptions. The document is then indexed with less of its column text
 * rather than not at all: its columns' descriptions go first, then its "table column" pairs, then its
 * column names, then all but the start of its own description. Its name, qualified name, owners, terms
 * and everything search filters on stay.
 */
import type { SearchDocument } from './searchDocument.ts';

/** What is left of a description that is itself too large. */
export const TRIMMED_DESCRIPTION_CHARS = 2_000;

const TRIMMINGS: Array<{ what: string; trim: (document: SearchDocument) => SearchDocument; applies: (document: SearchDocument) => boolean }> = [
  { what: "its columns' descriptions", applies: (document) => document.fieldDescriptions.length > 0, trim: (document) => ({ ...document, fieldDescriptions: [] }) },
  { what: 'its table-and-column pairs', applies: (document) => document.tableColumns.length > 0, trim: (document) => ({ ...document, tableColumns: [] }) },
  { what: "its columns' names", applies: (document) => document.fieldNames.length > 0, trim: (document) => ({ ...document, fieldNames: [] }) },
  {
    what: `its description past ${TRIMMED_DESCRIPTION_CHARS.toLocaleString('en')} characters`,
    applies: (document) => (document.description?.length ?? 0) > TRIMMED_DESCRIPTION_CHARS,
    trim: (document) => ({ ...document, description: document.description!.slice(0, TRIMMED_DESCRIPTION_CHARS) }),
  },
];

/** The document with the next part of its text left out, and what that was; undefined when nothing is left to leave out. */
export function trimmedSearchDocument(document: SearchDocument): { document: SearchDocument; without: string } | undefined {
  const trimming = TRIMMINGS.find((candidate) => candidate.applies(document));
  return trimming && { document: trimming.trim(document), without: trimming.what };
}
