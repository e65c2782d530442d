import { classificationName, classificationProblem } from './classificationName';

/**
 * The classifications a "Classifications" form asks for: those ticked, and the one typed in its "Other"
 * box (spelled as the catalog spells them), once each, sorted as the API keeps them. A problem, in words,
 * when what was typed is no classification; a blank box adds nothing.
 *
 *   ['PII'], 'confidential' → { classifications: ['CONFIDENTIAL', 'PII'] }
 *   [], '3d'               → { problem: '“3D” is not a classification: …' }
 */
export function nextClassifications(ticked: readonly string[], typed: string): { classifications: string[] } | { problem: string } {
  const other = classificationName(typed);
  const problem = other === '' ? null : classificationProblem(other);
  if (problem) return { problem };
  const names = [...ticked, other].filter((name) => name !== '');
  return { classifications: [...new Set(names)].sort((a, b) => a.localeCompare(b)) };
}
