export interface HighlightSegment {
  text: string;
  marked: boolean;
}

/**
 * Splits a search snippet on its `<mark>`/`</mark>` tags into plain text runs.
 *
 * The API marks matches with literal tags but does not escape the rest, so a
 * snippet like `a < b <mark>x</mark>` must be rendered as text nodes, never as
 * HTML. Unbalanced tags are tolerated: a stray `</mark>` just ends a match.
 */
export function splitHighlight(snippet: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let marked = false;
  for (const token of snippet.split(/(<\/?mark>)/)) {
    if (token === '<mark>') marked = true;
    else if (token === '</mark>') marked = false;
    else if (token !== '') {
      const previous = segments[segments.length - 1];
      if (previous && previous.marked === marked) previous.text += token;
      else segments.push({ text: token, marked });
    }
  }
  return segments;
}
