/**
 * What one search document holds. Meilisearch ids may only hold letters,
 * digits, `-` and `_`, so the id is a hash of the URN and the URN is a field.
 */
import { createHash } from 'node:crypto';

export interface SearchDocument {
  id: string;
  urn: string;
  /** GraphQL EntityType: DATASET, DOMAIN, ... */
  type: string;
  name: string;
  qualifiedName: string | null;
  /**
   * The dotted suffixes of the qualified name (`customer`, `public.customer`,
   * `rentals.public.customer`), so that typing any of them is an exact match.
   */
  identifiers: string[];
  /** The name with its words in the other number (`rental_order` → `rental orders`, ..., otherNumberForms.ts): "invoices" finds `invoice`. */
  nameForms: string[];
  description: string | null;
  subtype: string | null;
  platform: string | null;
  domainId: string | null;
  domain: string | null;
  source: string | null;
  fieldNames: string[];
  /**
   * A dataset's columns as people name them with their table, `customer email`: a query naming a
   * table and one of its columns then holds its two words side by side in this dataset's document,
   * as a view's `customer_email` column does in the view's. Empty for other kinds of asset.
   */
  tableColumns: string[];
  fieldDescriptions: string[];
  /** Tags of the asset, and of a dataset's active columns. */
  tags: string[];
  owners: string[];
  /** Names of the glossary terms on the asset or its columns. */
  terms: string[];
  /**
   * The other names of those terms (synonyms, acronyms): "renter" finds the table carrying
   * rentals' Customer term, in that term's sense only. Domain glossaries' synonyms are not index
   * synonyms (a domain's "customer" is not the mesh's, see loadGlossarySynonyms).
   */
  termWords: string[];
  /**
   * Those terms as senses: a domain glossary's term with its domain, `Customer (Rentals)`, an enterprise
   * term by its name. Rentals' and Delivery's "Customer" are two meanings, so the term facet counts,
   * and its filter finds, each apart.
   */
  termSenses: string[];
  certified: boolean;
  /**
   * True for a partition of a partitioned table (PARTITION_OF). Lists of what changed lately leave
   * partitions out: a table partitioned by day would fill them, and the table stands for them. Search
   * ranks them after the assets that match a query as well (searchIndexSettings.ts).
   */
  partition: boolean;
  /** Trust score 0–100; 0 until trust scores are computed. A tie-breaker in ranking. */
  trust: number;
  /** Usage signal; 0 until usage is collected. A tie-breaker in ranking. */
  popularity: number;
  /**
   * 1 for a deprecated asset (a dataset or product tagged `deprecated`, a deprecated glossary term),
   * else 0: a number, because Meilisearch's custom ranking rules sort numbers. Ranks it below
   * equally relevant live assets.
   */
  deprecated: number;
  /**
   * How many words the name holds (`customer` 1, `customer_rental_summary` 3): among equally
   * relevant hits, the one the query names most completely comes first. Without it, a typo
   * (`custmer`) leaves `customer` and every `customer_*` tied, in index order.
   */
  nameWords: number;
  status: string;
  updatedAt: string | null;
  /**
   * Who may see the document (access/assetVisibility.ts, `audiencesOf`): `mesh`, or `domain:<id>` for
   * the members of a private domain; empty for the council and admins only. Every search filters on it.
   */
  visibleTo: string[];
}

export function searchDocumentId(urn: string): string {
  return createHash('sha1').update(urn).digest('hex');
}

/** The words of a name as Meilisearch splits them: `customer_rental_summary` and `customerRentalSummary` hold 3. */
export function nameWordCount(name: string): number {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}

/** `rentals.public.customer` → [`customer`, `public.customer`, `rentals.public.customer`]. */
export function identifierSuffixes(qualifiedName: string | null): string[] {
  if (!qualifiedName) return [];
  const parts = qualifiedName.split('.');
  return parts.map((_, index) => parts.slice(parts.length - 1 - index).join('.'));
}

/** A dataset's columns each after its table's name: `customer` with `email` → `customer email`. */
export function tableColumns(type: string, name: string | null, fieldNames: string[]): string[] {
  return type === 'DATASET' && name ? fieldNames.map((field) => `${name} ${field}`) : [];
}
