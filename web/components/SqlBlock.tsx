/** More lines than this and the SQL is folded: a job's SQL can run to hundreds of lines, above its runs and datasets. */
const FOLD_AFTER_LINES = 15;

interface SqlBlockProps {
  sql: string;
  /** The fold's summary: always folded when given (a view's "Definition"); else folded only when long. */
  summary?: string;
}

/**
 * SQL as its source reported it, in a <pre>; folded in a <details> when `summary` says so or it is long.
 * Long lines wrap rather than scroll (like Markdown's code): a box that scrolls must take focus, and a
 * phone must not scroll sideways.
 */
export function SqlBlock({ sql, summary }: SqlBlockProps) {
  const text = sql.trim();
  const lines = text.split('\n').length;
  const block = (
    <pre className="sql-block">
      <code>{text}</code>
    </pre>
  );
  if (summary === undefined && lines <= FOLD_AFTER_LINES) return block;
  return (
    <details className="sql-fold">
      <summary>
        {summary ?? 'Show the SQL'} <span className="muted">({lines === 1 ? '1 line' : `${lines} lines`})</span>
      </summary>
      {block}
    </details>
  );
}
