/** What the lines and boxes of the lineage graph mean; the samples are drawn as the graph draws them. */
export function LineageLegend({ showPath }: { showPath: boolean }) {
  const sample = (modifier: string) => (
    <svg className={`lineage-legend__line lineage-legend__line--${modifier}`} viewBox="0 0 36 10" width="36" height="10" aria-hidden="true" focusable="false">
      <line x1="1" y1="5" x2="35" y2="5" />
    </svg>
  );
  return (
    <ul className="lineage-legend" aria-label="Legend">
      <li>
        <span className="lineage-legend__box" aria-hidden="true" /> This dataset
      </li>
      <li>{sample('plain')} Within a domain</li>
      <li>{sample('cross')} Crosses domains (dashed)</li>
      {showPath && <li>{sample('path')} The chosen column’s path</li>}
    </ul>
  );
}
