'use client';

import Form from 'next/form';
import { useId } from 'react';

import { MAX_LINEAGE_DEPTH } from '@/lib/lineage/lineageDepth';

const DEPTHS = Array.from({ length: MAX_LINEAGE_DEPTH }, (_, index) => index + 1);

/**
 * How many hops of lineage to show, as `?depth=` on the dataset page's URL: a
 * GET form, so it works without JS (its button) and the view can be shared;
 * with JS picking a depth submits it as a client-side navigation.
 */
export function LineageDepthForm({ action, depth }: { action: string; depth: number }) {
  const id = useId();
  return (
    <Form action={action} className="sort-form" scroll={false}>
      <label htmlFor={id}>Hops each way</label>
      {/* Keyed on the depth: Back or a link changes the URL, and the menu must follow it. */}
      <select key={depth} id={id} name="depth" defaultValue={depth} onChange={(event) => event.currentTarget.form?.requestSubmit()}>
        {DEPTHS.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
      <noscript>
        <button type="submit" className="button button--secondary button--small">
          Show
        </button>
      </noscript>
    </Form>
  );
}
