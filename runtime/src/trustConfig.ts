/**
 * How the trust score is weighed, as polder.yaml's optional `trust:` section.
 * Every key has a default, so a mesh without the section scores like this:
 *
 *   trust:
 *     windowDays: 30                 # quality pass rate counts check results of the last 30 days
 *     certificationThreshold: 50     # an active certification is suspended below this score
 *     incidentPenalty: 0.5           # each open incident takes this share off the incidents component
 *     weights:                       # datasets; relative, they need not add up to 100
 *       { documentation: 15, ownership: 10, quality: 20, freshness: 10, lineage: 10,
 *         certification: 10, usage: 5, incidents: 15, contract: 5 }
 *     productWeights:                # data products (then capped by their weakest port or upstream)
 *       { documentation: 15, ownership: 15, certification: 10, incidents: 10, outputPorts: 50 }
 *
 * The formula itself is in api/src/modules/trust/weighComponents.ts (its components in
 * scoreDatasetTrust.ts and scoreDataProductTrust.ts) and the README's "Trust score" section.
 */
import { z } from 'zod';

const weight = (fallback: number) => z.number().finite().min(0).max(1000).default(fallback);

/**
 * Some weight must count, or no score could be computed; and it must be on a component every
 * asset has a value for. The others (a dataset's quality, freshness, usage, contract; a product's
 * output ports) are unknown without checks, usage data or scored ports, and an unknown component's
 * weight is left out: with weight only there, such an asset would have no known weight at all and
 * score 0, which suspends its certification.
 */
function weighsAlwaysKnown(alwaysKnown: readonly string[]) {
  return (weights: Record<string, number>) => alwaysKnown.some((name) => (weights[name] ?? 0) > 0);
}
const alwaysKnownMessage = (alwaysKnown: readonly string[]) =>
  `at least one of ${alwaysKnown.join(', ')} must weigh above 0: the other components are unknown for an asset without checks, usage data or scored ports, which would then score 0`;

const DATASET_ALWAYS_KNOWN = ['documentation', 'ownership', 'lineage', 'certification', 'incidents'];
const PRODUCT_ALWAYS_KNOWN = ['documentation', 'ownership', 'certification', 'incidents'];

const datasetWeights = z
  .object({
    documentation: weight(15),
    ownership: weight(10),
    quality: weight(20),
    freshness: weight(10),
    lineage: weight(10),
    certification: weight(10),
    usage: weight(5),
    incidents: weight(15),
    contract: weight(5),
  })
  .strict()
  .prefault({})
  .refine(weighsAlwaysKnown(DATASET_ALWAYS_KNOWN), alwaysKnownMessage(DATASET_ALWAYS_KNOWN));

const dataProductWeights = z
  .object({
    documentation: weight(15),
    ownership: weight(15),
    certification: weight(10),
    incidents: weight(10),
    outputPorts: weight(50),
  })
  .strict()
  .prefault({})
  .refine(weighsAlwaysKnown(PRODUCT_ALWAYS_KNOWN), alwaysKnownMessage(PRODUCT_ALWAYS_KNOWN));

export const trustConfigSchema = z
  .object({
    windowDays: z.number().int().min(1).max(365).default(30),
    certificationThreshold: z.number().min(0).max(100).default(50),
    incidentPenalty: z.number().min(0).max(1).default(0.5),
    weights: datasetWeights,
    productWeights: dataProductWeights,
  })
  .strict()
  .prefault({});
export type TrustConfig = z.infer<typeof trustConfigSchema>;
export type DatasetTrustWeights = TrustConfig['weights'];
export type DataProductTrustWeights = TrustConfig['productWeights'];
