/**
 * A short list of labels (tags, classifications, terms) as chips; `—` when
 * empty, and "hidden" when the API masked it (null: a restricted dataset seen
 * from outside its domain).
 */
export function ValueChips({ values, label }: { values: string[] | null; label: string }) {
  if (values === null) {
    return (
      <span className="muted" title={`The ${label} of this restricted dataset are shown only inside its domain`}>
        hidden
      </span>
    );
  }
  if (values.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="chips chips--inline" aria-label={label}>
      {values.map((value) => (
        <li key={value} className="chip">
          {value}
        </li>
      ))}
    </ul>
  );
}
