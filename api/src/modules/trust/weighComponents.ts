/**
 * The weighted sum shared by datasets and data products:
 *
 *   score = round( 100 × Σ weight_i × value_i / Σ weight_i )   over the components whose value is known
 *
 * A component without evidence (value null: "no quality checks", "no usage data")
 * neither helps nor hurts: its weight is left out of both sums, which spreads it
 * over the known components in proportion to theirs. Its evidence still says why
 * it is unknown, so the gap is visible, never silent.
 */
import type { ComponentAssessment, TrustComponentResult } from './TrustExplanation.ts';

export function weighComponents(assessments: Record<string, ComponentAssessment>, weights: Record<string, number>): { score: number; components: TrustComponentResult[] } {
  const names = Object.keys(assessments);
  const knownWeight = names.reduce((sum, name) => sum + (assessments[name]!.value === null ? 0 : (weights[name] ?? 0)), 0);
  const components = names.map((name): TrustComponentResult => {
    const { value, evidence } = assessments[name]!;
    const weight = weights[name] ?? 0;
    const contribution = value === null || knownWeight === 0 ? 0 : (100 * weight * value) / knownWeight;
    return { name, value: value === null ? null : round(value, 4), weight, contribution: round(contribution, 2), evidence };
  });
  const exact = names.reduce((sum, name) => {
    const value = assessments[name]!.value;
    return value === null || knownWeight === 0 ? sum : sum + (100 * (weights[name] ?? 0) * value) / knownWeight;
  }, 0);
  // Cut the floating-point noise of the sum first: 100 × 60.75 / 90 is 67.5, which the terms add up to as 67.49999999999999.
  return { score: Math.round(round(exact, 6)), components };
}

export function round(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
