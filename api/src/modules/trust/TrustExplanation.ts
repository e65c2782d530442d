/** What a trust score says about itself: each component's value, weight, contribution and evidence. */

export interface TrustEvidenceItem {
  /** What the evidence is: description, column, owner, check, result, incident, upstream, certification, ... */
  kind: string;
  /** The asset, check or result it points at, when there is one. */
  urn: string | null;
  description: string;
}

export interface TrustComponentResult {
  name: string;
  /** 0–1; null when there is no evidence either way (its weight then goes to the known components). */
  value: number | null;
  /** As configured. */
  weight: number;
  /** Points of the 0–100 score it gives: 100 × weight × value / (sum of the weights of known components). */
  contribution: number;
  evidence: TrustEvidenceItem[];
}

export interface TrustCapResult {
  /** The weakest output port or upstream dataset. */
  urn: string;
  score: number;
  reason: string;
}

export interface TrustResult {
  /** 0–100, rounded. */
  score: number;
  /** The weighted sum before a cap (equal to `score` when there is none). */
  uncappedScore: number;
  components: TrustComponentResult[];
  cap: TrustCapResult | null;
}

/** What one component function returns before weighing. */
export interface ComponentAssessment {
  value: number | null;
  evidence: TrustEvidenceItem[];
}
