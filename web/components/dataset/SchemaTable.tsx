import Link from 'next/link';
import type { ReactNode } from 'react';

import { Markdown } from '@/components/Markdown';
import type { FieldRowFields } from '@/lib/api';
import { columnClassifications } from '@/lib/classification/classificationChips';
import { parseFieldUrn } from '@/lib/urns/parseFieldUrn';

import { ClassificationChips } from './ClassificationChips';
import { tagChips, termChips, ValueChips } from './ValueChips';
import { columnAnchorId, datasetHref } from '@/lib/urls/datasetHref';

/**
 * The dataset's columns in source order; each row is a link target (`#column-<name>`).
 * `termsControl`, when given, is drawn under each column's terms (its "Assign terms");
 * `editControl`, under its description (its "Edit"); `classificationsControl`, under its
 * classifications (its "Classify").
 * At phone width each row is a card and each cell shows its column's name
 * (`data-label`, drawn by the stylesheet): scrolled sideways, the terms and
 * their "Assign terms" would sit out of reach past the right edge.
 */
export function SchemaTable({
  fields,
  labelledBy,
  termsControl,
  editControl,
  classificationsControl,
}: {
  fields: FieldRowFields[];
  labelledBy: string;
  termsControl?: (field: FieldRowFields) => ReactNode;
  editControl?: (field: FieldRowFields) => ReactNode;
  classificationsControl?: (field: FieldRowFields) => ReactNode;
}) {
  if (fields.length === 0) return <p className="muted">No columns are known for this dataset.</p>;
  const rows = [...fields].sort((a, b) => a.position - b.position);

  return (
    // Focusable so keyboard users can scroll it sideways on a narrow screen.
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="schema-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              #
            </th>
            <th scope="col">Column</th>
            <th scope="col">Type</th>
            <th scope="col">Nullable</th>
            <th scope="col">Key</th>
            <th scope="col">Description</th>
            <th scope="col">Terms and tags</th>
            <th scope="col">Classifications</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((field) => (
            <tr key={field.urn} id={columnAnchorId(field.name)}>
              <td className="num" data-label="#">
                {field.position}
              </td>
              <th scope="row">
                <code>{field.name}</code>
              </th>
              <td data-label="Type">{field.dataType ? <code>{field.dataType}</code> : <span className="muted">unknown</span>}</td>
              <td data-label="Nullable">{field.nullable ? 'yes' : 'no'}</td>
              <td data-label="Key">
                <KeyCell field={field} />
              </td>
              <td data-label="Description">
                {field.description ? <Markdown text={field.description} /> : <span className="muted">—</span>}
                {editControl?.(field)}
              </td>
              <td data-label="Terms and tags" className="schema-table__terms">
                <ValueChips values={[...termChips(field.terms), ...tagChips(field.tags)]} label={`terms and tags of ${field.name}`} />
                {termsControl?.(field)}
              </td>
              {/* With its "Classify", as wide as the terms' cell on a phone. */}
              <td data-label="Classifications" className={classificationsControl ? 'schema-table__terms' : undefined}>
                <ClassificationChips chips={columnClassifications(field)} label={`classifications of ${field.name}`} />
                {classificationsControl?.(field)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function KeyCell({ field }: { field: FieldRowFields }) {
  const target = field.references && parseFieldUrn(field.references.urn);
  return (
    <span className="keys">
      {field.isPrimaryKey && (
        <abbr className="badge" title="Primary key">
          PK
        </abbr>
      )}
      {field.references && (
        <span className="fk">
          <abbr className="badge" title="Foreign key">
            FK
          </abbr>{' '}
          →{' '}
          {target ? (
            <Link href={datasetHref(target.datasetUrn, target.fieldName)}>
              <code>
                {target.datasetName}.{target.fieldName}
              </code>
            </Link>
          ) : (
            <code>{field.references.name}</code>
          )}
        </span>
      )}
    </span>
  );
}
