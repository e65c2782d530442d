const KNOWN = new Set(['PASS', 'FAIL', 'WARN', 'ERROR', 'SKIPPED']);

/** A check outcome as a word with a mark, never colour alone: "✓ PASS", "✗ FAIL", "! WARN", "⚠ ERROR". */
export function OutcomeBadge({ outcome }: { outcome: string }) {
  const tone = KNOWN.has(outcome) ? outcome.toLowerCase() : 'other';
  const mark = { pass: '✓', fail: '✗', warn: '!', error: '⚠', skipped: '–', other: '?' }[tone];
  return (
    <span className={`badge badge--outcome badge--${tone}`}>
      <span aria-hidden="true">{mark} </span>
      {outcome}
    </span>
  );
}
