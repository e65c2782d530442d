import { Count } from '@/components/Count';
import type { ColumnProfileFields, DatasetProfile, ProfileValueCount } from '@/lib/api';
import { formatCount } from '@/lib/format/formatCount';
import { formatDateTime } from '@/lib/format/formatDateTime';
import { formatNullShare } from '@/lib/profile/formatNullShare';
import { profileSummary } from '@/lib/profile/profileSummary';

/**
 * Each column's latest profile: share of nulls, distinct values, range and most
 * frequent values. A column whose values are withheld says why: a sensitive
 * column's values are never read; a restricted dataset's are shown to no one
 * (a profile taken before it was restricted did read them, so "not read"
 * would not be true of it). The table scrolls sideways inside its box on a phone.
 */
export function ProfileSection({ profile }: { profile: DatasetProfile }) {
  const fields = [...profile.fields].sort((a, b) => a.position - b.position);
  const summary = profileSummary(fields.map((field) => field.profile));
  const profiled = fields.filter((field) => field.profile !== null).length;

  return (
    <section aria-labelledby="profile-heading" id="profile">
      <h2 id="profile-heading">
        Profile <Count value={profiled} one="column profiled" other="columns profiled" />
      </h2>
      {summary === null ? (
        <p className="muted">
          Not profiled yet: columns are profiled when the <code>profiling:</code> section of polder.yaml lists this dataset&apos;s source.
        </p>
      ) : (
        <>
          <p className="muted">
            {formatCount(summary.rowCount)} {summary.rowCount === 1 ? 'row' : 'rows'} read {summary.sampled ? '(a sample of the table)' : '(the whole table)'}, profiled{' '}
            {formatDateTime(summary.profiledAt)}.
          </p>
          <div className="table-scroll" role="region" aria-labelledby="profile-heading" tabIndex={0}>
            <table className="data-table profile-table">
              <caption className="visually-hidden">Share of nulls, distinct values, smallest and largest value, and most frequent values of each column</caption>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col" className="data-table__num">
                    Nulls
                  </th>
                  <th scope="col" className="data-table__num">
                    Distinct
                  </th>
                  <th scope="col">Min</th>
                  <th scope="col">Max</th>
                  <th scope="col">Top values</th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field) => (
                  <tr key={field.urn}>
                    <th scope="row">
                      <code>{field.name}</code>
                    </th>
                    {field.profile ? (
                      <ProfileCells profile={field.profile} datasetRestricted={profile.restricted} />
                    ) : (
                      <td colSpan={5} className="muted">
                        Not profiled yet.
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function ProfileCells({ profile, datasetRestricted }: { profile: ColumnProfileFields; datasetRestricted: boolean }) {
  return (
    <>
      <td className="data-table__num">
        {profile.nullFraction === null ? <span className="muted">—</span> : formatNullShare(profile.nullFraction)}
        <span className="muted"> ({formatCount(profile.nullCount)})</span>
      </td>
      <td className="data-table__num">
        {profile.distinctIsApproximate && (
          <>
            <span aria-hidden="true" title="Counted in a sample: the table may hold more">
              ≥{' '}
            </span>
            <span className="visually-hidden">at least </span>
          </>
        )}
        {formatCount(profile.distinctCount)}
      </td>
      {profile.valuesWithheld ? (
        <td colSpan={3}>
          <span className="badge">Withheld</span>{' '}
          <span className="muted">{datasetRestricted ? 'restricted dataset: its values are shown to no one' : 'sensitive column: its values are not read'}</span>
        </td>
      ) : (
        <>
          <td className="profile-table__value">
            <Value value={profile.min} />
          </td>
          <td className="profile-table__value">
            <Value value={profile.max} />
          </td>
          <td className="profile-table__value">
            <TopValues values={profile.topValues} />
          </td>
        </>
      )}
    </>
  );
}

function Value({ value }: { value: string | null }) {
  return value === null ? <span className="muted">—</span> : <code>{value}</code>;
}

function TopValues({ values }: { values: ProfileValueCount[] | null }) {
  if (values === null || values.length === 0) return <span className="muted">—</span>;
  return (
    <ol className="top-values">
      {values.map(({ value, count }) => (
        <li key={value}>
          <code>{value}</code> <span className="muted">× {formatCount(count)}</span>
        </li>
      ))}
    </ol>
  );
}
