const KNOWN = new Set(['PASS', 'FAIL', 'WARN', 'ERROR', 'SKIPPED']);

/**
 * A check outcome as a word with a mark, never colour alone: "✓ PASS", "✗ FAIL", "! WARN", "⚠ ERROR".
 * `label` says it in other words where the outcome is not a check's ("✗ Broken" for a contract a table breaks).
 */
export function OutcomeBadge({ outcome, label = outcome }: { outcome: string; label?: string }) {
  const tone = KNOWN.has(outcome) ? outcome.toLowerCase() : 'other';
  const mark = { pass: '✓', fail: '✗', warn: '!', error: '⚠', skipped: '–', other: '?' }[tone];
  return (
    <span className={`badge badge--outcome badge--${tone}`}>
      <span aria-hidden="true">{mark} </span>
      {label}
    </span>
  );
}
