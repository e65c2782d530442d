import { Fragment } from 'react';

import { splitHighlight } from '@/lib/highlight/splitHighlight';

/**
 * A search snippet with its matches in <mark>. Built from text nodes only: the
 * snippet's non-marked text is unescaped API output and must never become HTML.
 */
export function Highlighted({ snippet }: { snippet: string }) {
  return splitHighlight(snippet).map((segment, index) =>
    segment.marked ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>,
  );
}
