import type { SeverityCounts } from '@/lib/api';
import { SEVERITY_ORDER } from '@/lib/governance/trendBars';

/** Open findings by severity, most severe first, as a definition list. */
export function SeverityCountsList({ counts, label }: { counts: SeverityCounts; label: string }) {
  return (
    <dl className="severity-counts" aria-label={label}>
      {SEVERITY_ORDER.map((severity) => (
        <div key={severity} className={`severity-counts__item severity--${severity}`}>
          <dt>{severity}</dt>
          <dd>{counts[severity]}</dd>
        </div>
      ))}
      <div className="severity-counts__item severity-counts__total">
        <dt>total</dt>
        <dd>{counts.total}</dd>
      </div>
    </dl>
  );
}

/** A severity as a badge: CRITICAL, HIGH, ... */
export function SeverityBadge({ severity }: { severity: string }) {
  return <span className={`badge badge--severity severity--${severity.toLowerCase()}`}>{severity}</span>;
}
