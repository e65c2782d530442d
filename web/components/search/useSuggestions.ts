import { useEffect, useState } from 'react';

import type { SuggestionLink } from '@/lib/search/toSuggestionLinks';

/** One letter matches too much to help. */
const MIN_QUERY_LENGTH = 2;

/** Skips the keystrokes of a word being typed; the same pause as the live search. */
const DEBOUNCE_MS = 250;

/**
 * Suggestions for `text` from `/api/suggest`, fetched once typing pauses.
 *
 * While the same word is typed on (or backspaced), the previous suggestions
 * stay listed until the next arrive, so the list does not flicker on every
 * keystroke; an answer to an older text is dropped (aborted). Failures show no suggestions: they are a convenience, and the
 * search itself reports an unreachable API.
 */
export function useSuggestions(text: string): SuggestionLink[] {
  const [answer, setAnswer] = useState<{ query: string; suggestions: SuggestionLink[] }>({ query: '', suggestions: [] });
  const query = text.trim();
  const isLongEnough = query.length >= MIN_QUERY_LENGTH;

  useEffect(() => {
    if (!isLongEnough) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/suggest?${new URLSearchParams({ q: query })}`, { signal: controller.signal });
        // Any refusal (401 signed out, 429, 503, a proxy's own error page) lists none, whatever its body says.
        const suggestions = response.ok ? ((await response.json()) as { suggestions: SuggestionLink[] }).suggestions : [];
        setAnswer({ query, suggestions });
      } catch {
        // Aborted by newer typing, or offline: keep what is listed.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, isLongEnough]);

  const isSameWord = query.startsWith(answer.query) || answer.query.startsWith(query);
  return isLongEnough && isSameWord ? answer.suggestions : [];
}
