import type { ClassificationChip } from '@/lib/classification/classificationChips';

import { NoChips } from './ValueChips';

/**
 * Classifications as chips: one set on the asset itself plain, one it inherits outlined and followed by
 * where it comes from ("PII (from Email address)"). "hidden" when masked, `—` when none.
 */
export function ClassificationChips({ chips, label }: { chips: ClassificationChip[] | null; label: string }) {
  if (chips === null || chips.length === 0) return <NoChips masked={chips === null} label={label} />;
  return (
    <ul className="chips chips--inline" aria-label={label}>
      {chips.map((chip) =>
        chip.from === null ? (
          <li key={chip.name} className="chip">
            {chip.name}
          </li>
        ) : (
          <li key={chip.name} className="chip chip--inherited">
            {chip.name} <span className="chip__source">(from {chip.from})</span>
          </li>
        ),
      )}
    </ul>
  );
}
