import Link from 'next/link';

import { Count } from '@/components/Count';
import type { OutputPortFields } from '@/lib/api';
import { datasetHref } from '@/lib/urls/datasetHref';

/**
 * What the product's data contract declares (its schema objects), each with the
 * crawled table it describes, or a warning that no crawled store holds it: the
 * promise beside what is really there.
 */
export function ContractObjectsSection({ objects, contractVersion }: { objects: OutputPortFields[]; contractVersion: string | null }) {
  return (
    <section aria-labelledby="contract-heading">
      <h2 id="contract-heading">
        Contract <Count value={objects.length} one="schema object" other="schema objects" />
      </h2>
      {objects.length === 0 ? (
        <p className="muted">No data contract declares schema objects for this product.</p>
      ) : (
        <>
          <p className="muted">
            What its data contract{contractVersion && ` (version ${contractVersion})`} declares, and the crawled dataset each object
            describes: the same platform, database, schema and name.
          </p>
          <ul className="contract-list">
            {objects.map((object) => (
              <li key={object.urn}>
                <Link href={datasetHref(object.urn)}>{object.name}</Link> <span className="muted">({object.subtype.toLowerCase().replace(/_/g, ' ')})</span>
                {object.describes.length === 0 ? (
                  <p className="contract-list__missing">No crawled dataset matches it yet: is its database crawled, and are the names right?</p>
                ) : (
                  <p className="contract-list__match">
                    Describes{' '}
                    {object.describes.map((table, index) => (
                      <span key={table.urn}>
                        {index > 0 && ', '}
                        <Link href={datasetHref(table.urn)}>
                          <code>{table.qualifiedName}</code>
                        </Link>
                      </span>
                    ))}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
