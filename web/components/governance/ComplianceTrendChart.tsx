import type { TrendPoint } from '@/lib/api';
import { SEVERITY_ORDER, trendBars, trendSummary } from '@/lib/governance/trendBars';

/**
 * Open findings per day as stacked bars (server-rendered SVG, no script). The
 * chart is an image with its summary as text; the numbers are also in a table
 * for screen readers and for anyone who wants them exactly.
 */
export function ComplianceTrendChart({ points, title, compact = false }: { points: TrendPoint[]; title: string; compact?: boolean }) {
  const size = compact ? { width: 240, height: 40, gap: 1 } : { width: 720, height: 160, gap: 3 };
  const { bars, max } = trendBars(points, size);
  const summary = trendSummary(points);
  return (
    <figure className={compact ? 'trend trend--compact' : 'trend'}>
      <svg viewBox={`0 0 ${size.width} ${size.height}`} className="trend__chart" role="img" aria-label={`${title}: ${summary}`} preserveAspectRatio="none">
        {bars.map((bar) => (
          <g key={bar.date}>
            <title>{bar.measured ? `${bar.date}: ${bar.total} open` : `${bar.date}: not measured (no policy applied yet)`}</title>
            {!bar.measured && <rect x={bar.x} y={0} width={bar.width} height={size.height} className="trend__unmeasured" />}
            {bar.segments.map((segment) => (
              <rect key={segment.severity} x={bar.x} y={segment.y} width={bar.width} height={segment.height} className={`trend__bar severity-fill--${segment.severity}`} />
            ))}
          </g>
        ))}
      </svg>
      {!compact && (
        <figcaption className="trend__caption">
          {summary} Tallest day: {max}.
          <span className="trend__legend" aria-hidden="true">
            {SEVERITY_ORDER.map((severity) => (
              <span key={severity} className="trend__legend-item">
                <span className={`trend__swatch severity-fill--${severity}`} /> {severity}
              </span>
            ))}
          </span>
        </figcaption>
      )}
      {!compact && (
        <details className="trend__data">
          <summary>The numbers, day by day</summary>
          <div className="table-scroll" role="region" aria-label={`${title}, day by day`} tabIndex={0}>
            <table className="data-table">
              <caption className="visually-hidden">{title}, open findings at the end of each day</caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  {SEVERITY_ORDER.map((severity) => (
                    <th scope="col" key={severity}>
                      {severity}
                    </th>
                  ))}
                  <th scope="col">total</th>
                </tr>
              </thead>
              <tbody>
                {points.map((point) =>
                  point.measured ? (
                    <tr key={point.date}>
                      <th scope="row">{point.date}</th>
                      {SEVERITY_ORDER.map((severity) => (
                        <td key={severity}>{point.open[severity]}</td>
                      ))}
                      <td>{point.open.total}</td>
                    </tr>
                  ) : (
                    <tr key={point.date}>
                      <th scope="row">{point.date}</th>
                      <td colSpan={SEVERITY_ORDER.length + 1} className="muted">
                        not measured: no policy applied yet
                      </td>
                    </tr>
                  ),
                )}
              </tbody>
            </table>
          </div>
        </details>
      )}
    </figure>
  );
}
