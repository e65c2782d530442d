import Link from 'next/link';

import type { IdentityFieldFields } from '@/lib/api';
import { identityColumnName } from '@/lib/glossary/identityColumnName';
import { datasetHref } from '@/lib/urls/datasetHref';

/** A sense's identity columns, read-only, each linked to its row on its dataset's page; "None declared" when it has none. */
export function IdentityColumnList({ fields }: { fields: IdentityFieldFields[] }) {
  if (fields.length === 0) return <span className="muted">None declared</span>;
  return (
    <ul className="plain-list">
      {fields.map((field) => (
        <li key={field.urn}>
          {field.dataset ? (
            <Link href={datasetHref(field.dataset.urn, field.name)}>
              <code>{identityColumnName(field)}</code>
            </Link>
          ) : (
            <code>{identityColumnName(field)}</code>
          )}
        </li>
      ))}
    </ul>
  );
}
