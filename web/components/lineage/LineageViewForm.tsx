'use client';

import Form from 'next/form';
import { useSearchParams } from 'next/navigation';
import { type ChangeEvent, useId } from 'react';

import type { LineageLevel } from '@/lib/api';
import { lineageLevelValue } from '@/lib/lineage/lineageLevel';

const LEVELS: Array<{ level: LineageLevel; label: string }> = [
  { level: 'DATASET', label: 'Datasets' },
  { level: 'FIELD', label: 'Columns' },
];

/**
 * What lineage to show, as `?level=columns&depth=2` on the dataset page's URL:
 * datasets or columns, and how many hops. A GET form, so it works without JS
 * (its button) and the view can be shared; with JS, picking either submits it
 * as a client-side navigation. The highlighted column (`?column=`, set by the
 * explorer without a navigation) is carried along. It offers 1 to `maxDepth` hops (lineageDepthCap).
 */
export function LineageViewForm({ action, level, depth, maxDepth }: { action: string; level: LineageLevel; depth: number; maxDepth: number }) {
  const ids = { level: useId(), depth: useId() };
  const column = useSearchParams().get('column');
  const submit = (event: ChangeEvent<HTMLSelectElement>) => event.currentTarget.form?.requestSubmit();
  return (
    <Form action={action} className="sort-form lineage-view-form" scroll={false}>
      <label htmlFor={ids.level}>Show</label>
      {/* Keyed on the value: Back or a link changes the URL, and the menu must follow it. */}
      <select key={level} id={ids.level} name="level" defaultValue={lineageLevelValue(level)} onChange={submit}>
        {LEVELS.map((option) => (
          <option key={option.level} value={lineageLevelValue(option.level)}>
            {option.label}
          </option>
        ))}
      </select>
      <label htmlFor={ids.depth}>Hops each way</label>
      <select key={depth} id={ids.depth} name="depth" defaultValue={depth} onChange={submit}>
        {Array.from({ length: maxDepth }, (_, index) => index + 1).map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      {column && <input type="hidden" name="column" value={column} />}
      <noscript>
        <button type="submit" className="button button--secondary button--small">
          Show
        </button>
      </noscript>
    </Form>
  );
}
