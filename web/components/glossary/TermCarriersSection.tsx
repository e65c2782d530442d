import Link from 'next/link';

import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { Count } from '@/components/Count';
import { OffsetPager } from '@/components/OffsetPager';
import { TERM_CARRIERS_PAGE, type ApiResult } from '@/lib/api';
import type { TermCarriersPage } from '@/lib/api/queries/termCarriersQuery';
import { datasetHref } from '@/lib/urls/datasetHref';
import { glossaryTermHref, TERM_CARRIERS_SECTION_ID } from '@/lib/urls/glossaryHref';

interface TermCarriersSectionProps {
  termUrn: string;
  carriers: ApiResult<TermCarriersPage>;
  /** Offset of the first dataset listed. */
  from: number;
}

/**
 * The datasets carrying a term, by the term itself (not its name: another domain's
 * "Customer" is another sense), each saying whether the dataset carries it or which
 * of its columns do; a page at a time, with plain links to the others.
 */
export function TermCarriersSection({ termUrn, carriers, from }: TermCarriersSectionProps) {
  const headingId = `${TERM_CARRIERS_SECTION_ID}-heading`;
  return (
    <section id={TERM_CARRIERS_SECTION_ID} aria-labelledby={headingId}>
      <h2 id={headingId}>
        Assets carrying it {carriers.ok && <Count value={carriers.data.total} one="dataset" other="datasets" />}
      </h2>
      {!carriers.ok ? (
        <ApiErrorBanner failure={carriers.failure} />
      ) : carriers.data.total === 0 ? (
        <p className="muted">No dataset or column carries this term yet.</p>
      ) : (
        <>
          <div className="link-list">
            <ul>
              {carriers.data.datasets.map(({ dataset, carriesItself, columns }) => (
                <li key={dataset.urn}>
                  <Link href={datasetHref(dataset.urn)}>{dataset.name}</Link>
                  <span className="link-list__meta">
                    {dataset.qualifiedName && <code>{dataset.qualifiedName}</code>}
                    {dataset.qualifiedName && ' · '}
                    {dataset.domain && `${dataset.domain.name} · `}
                    {carriedBy(carriesItself, columns)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
          <OffsetPager
            label="Pages of datasets carrying the term"
            total={carriers.data.total}
            from={from}
            shown={carriers.data.datasets.length}
            pageSize={TERM_CARRIERS_PAGE}
            hrefFor={(offset) => glossaryTermHref(termUrn, offset)}
          />
        </>
      )}
    </section>
  );
}

/** "the dataset", "column email", "the dataset and columns id, email". */
function carriedBy(carriesItself: boolean, columns: Array<{ name: string }>): string {
  const names = columns.map((column) => column.name).join(', ');
  const onColumns = columns.length === 0 ? '' : `${columns.length === 1 ? 'column' : 'columns'} ${names}`;
  if (!carriesItself) return onColumns;
  return onColumns ? `the dataset and ${onColumns}` : 'the dataset';
}
