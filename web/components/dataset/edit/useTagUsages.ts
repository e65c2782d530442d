import { useEffect, useState } from 'react';

import type { TagUsage } from '@/lib/api';
import { tagCaseKey } from '@/lib/edits/tagCaseKey';

/** Skips the keystrokes of a tag being typed; a tag is short, so the pause is too. */
const DEBOUNCE_MS = 150;

/**
 * The tags the catalog uses that start like `typed` (the tag being typed), from `/api/tags`, fetched once
 * typing pauses; and every tag any answer named so far, by which a tag typed earlier in the box can still be
 * told it is spelled otherwise in the catalog.
 *
 * While the same tag is typed on (or backspaced), the previous answer stays until the next arrives: the
 * browser narrows a datalist to what was typed itself. An answer to an older text is dropped (aborted).
 * Failures offer nothing: suggestions are a convenience, and saving reports what needs reporting.
 */
export function useTagUsages(typed: string): { usages: TagUsage[]; catalog: string[] } {
  const [answer, setAnswer] = useState<{ prefix: string; usages: TagUsage[] }>({ prefix: '', usages: [] });
  const [named, setNamed] = useState<ReadonlyMap<string, string>>(() => new Map());

  useEffect(() => {
    if (typed === '') return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/tags?${new URLSearchParams({ prefix: typed })}`, { signal: controller.signal });
        // Any refusal (401 signed out, 503 search down, a proxy's own error page) offers none, whatever its body says.
        const usages = response.ok ? ((await response.json()) as { tags: TagUsage[] }).tags : [];
        setAnswer({ prefix: typed, usages });
        setNamed((before) => new Map([...before, ...usages.map((usage) => [tagCaseKey(usage.name), usage.name] as const)]));
      } catch {
        // Aborted by newer typing, or offline: keep what is offered.
      }
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [typed]);

  const [now, then] = [tagCaseKey(typed), tagCaseKey(answer.prefix)];
  const isSameTag = now !== '' && then !== '' && (now.startsWith(then) || then.startsWith(now));
  return { usages: isSameTag ? answer.usages : [], catalog: [...named.values()] };
}
