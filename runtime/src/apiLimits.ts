/**
 * How much one request to the API may ask for: the caps on lineage walks and glossary walks, and the
 * bounds on a GraphQL operation. polder.yaml's optional `api:` keys (every one has a default):
 *
 *   api:
 *     lineage: { maxDepth: 10, maxNodes: 1000 }    # hops and assets one lineage or impact walk may take
 *     glossary: { walkCap: 20 }                     # hops up a term hierarchy or an is-a chain
 *     operations: { maxDepth: 12, maxFields: 1000, maxAliases: 30, maxCost: 3000000 }
 *
 * A request asking for more is refused with BAD_USER_INPUT, never cut silently. The API answers these
 * values through `limits`, so tools and the web catalog ask for what they will be given.
 */
import { z } from 'zod';
import { wholeNumber } from './configValues.ts';

export interface LineageLimits {
  /** The most hops a lineage or impact walk may take. */
  maxDepth: number;
  /** The most assets one walk returns (nearest first; a cut walk says `isPartial`). */
  maxNodes: number;
}

export interface GlossaryLimits {
  /** The most hops a walk up the term hierarchy or along an is-a chain takes. */
  walkCap: number;
}

export interface OperationLimits {
  /** How deep one operation's selections may nest. */
  maxDepth: number;
  /** How many fields one operation may select (fragment spreads counted where they are used). */
  maxFields: number;
  /** How many aliases one operation may use: the classic way to ask for one expensive field many times. */
  maxAliases: number;
  /**
   * The most values an answer may hold, lists counted at their page sizes (api/src/limits/operationCost.ts).
   * The web's dataset page asks for about 135,000 (its 1,000-column page, each column with its terms, tags
   * and references); twelve datasets with the columns of their upstream datasets 2.5 million. Datasets
   * downstream of downstream, 500 a page, ask for 751,001; a third level, 375 million.
   */
  maxCost: number;
}

export const DEFAULT_LINEAGE_LIMITS: LineageLimits = { maxDepth: 10, maxNodes: 1_000 };
export const DEFAULT_GLOSSARY_LIMITS: GlossaryLimits = { walkCap: 20 };
export const DEFAULT_OPERATION_LIMITS: OperationLimits = { maxDepth: 12, maxFields: 1_000, maxAliases: 30, maxCost: 3_000_000 };

/**
 * The lowest operation bounds polder.yaml may set: what the web catalog's own operations need, with room
 * (its deepest nests 6 levels, its widest selects 98 fields and uses 2 aliases; its largest, the sources
 * page, counts 600,180 values with every page size at 1,000, more than any the web asks).
 * web/lib/api/documents.test.ts checks every web operation against these, so the web keeps working at
 * any bound the configuration accepts.
 */
export const MINIMUM_OPERATION_LIMITS: OperationLimits = { maxDepth: 8, maxFields: 200, maxAliases: 5, maxCost: 1_000_000 };

/** The most lineage hops polder.yaml may allow: the walk's Cypher holds one subquery per hop. */
export const MOST_LINEAGE_DEPTH = 50;
/** The most lineage assets polder.yaml may allow in one answer: 1,000 assets are about 320 kB of JSON. */
export const MOST_LINEAGE_NODES = 100_000;

/** A whole number from `min` to `max` of `unit`; `whyMin` says what needs the minimum. */
const whole = (min: number, max: number, unit: string, whyMin = '') =>
  wholeNumber(min, max, `a whole number of ${unit} from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`, whyMin);

export const lineageLimitsSchema = z
  .object({
    maxDepth: whole(1, MOST_LINEAGE_DEPTH, 'hops').default(DEFAULT_LINEAGE_LIMITS.maxDepth),
    maxNodes: whole(1, MOST_LINEAGE_NODES, 'assets').default(DEFAULT_LINEAGE_LIMITS.maxNodes),
  })
  .strict()
  .default(DEFAULT_LINEAGE_LIMITS);

export const glossaryLimitsSchema = z
  .object({ walkCap: whole(1, 100, 'hops').default(DEFAULT_GLOSSARY_LIMITS.walkCap) })
  .strict()
  .default(DEFAULT_GLOSSARY_LIMITS);

const FOR_THE_WEB = ": the web catalog's own operations need the minimum";
export const operationLimitsSchema = z
  .object({
    maxDepth: whole(MINIMUM_OPERATION_LIMITS.maxDepth, 100, 'levels', FOR_THE_WEB).default(DEFAULT_OPERATION_LIMITS.maxDepth),
    maxFields: whole(MINIMUM_OPERATION_LIMITS.maxFields, 100_000, 'fields', FOR_THE_WEB).default(DEFAULT_OPERATION_LIMITS.maxFields),
    maxAliases: whole(MINIMUM_OPERATION_LIMITS.maxAliases, 1_000, 'aliases', FOR_THE_WEB).default(DEFAULT_OPERATION_LIMITS.maxAliases),
    maxCost: whole(MINIMUM_OPERATION_LIMITS.maxCost, 1_000_000_000, 'values', FOR_THE_WEB).default(DEFAULT_OPERATION_LIMITS.maxCost),
  })
  .strict()
  .default(DEFAULT_OPERATION_LIMITS);
