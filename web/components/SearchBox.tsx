'use client';

import { useRouter } from 'next/navigation';
import { type ChangeEvent, type FormEvent, useEffect, useId, useRef, useState, useTransition } from 'react';

import { searchHref } from '@/lib/urls/searchHref';

/** Long enough to skip the keystrokes of a word being typed, short enough to feel live. */
const DEBOUNCE_MS = 250;

const EDITABLE_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

interface SearchBoxProps {
  /** The query currently in the URL. */
  query?: string;
  /** Update the results while typing (search page) rather than only on submit (home). */
  live?: boolean;
}

/**
 * The catalog search box. A plain GET form underneath, so it works before
 * hydration; with JS it navigates client-side and `/` focuses it from anywhere.
 */
export function SearchBox({ query = '', live = false }: SearchBoxProps) {
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [value, setValue] = useState(query);
  const [isPending, startTransition] = useTransition();

  // The query this box last put in the URL. When `query` comes back equal to
  // it, it is our own echo and must not overwrite what was typed since; any
  // other value came from elsewhere (back button, a link) and replaces it.
  const sentQuery = useRef(query);
  useEffect(() => {
    if (query === sentQuery.current) return;
    sentQuery.current = query;
    setValue(query);
  }, [query]);

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => () => clearTimeout(debounce.current), []);

  function navigate(text: string) {
    clearTimeout(debounce.current);
    const next = text.trim();
    sentQuery.current = next;
    // Typing replaces the history entry, so Back leaves search instead of
    // replaying every keystroke; from the home page a search is a new entry.
    startTransition(() => (live ? router.replace(searchHref(next)) : router.push(searchHref(next))));
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const text = event.target.value;
    setValue(text);
    if (!live) return;
    clearTimeout(debounce.current);
    debounce.current = setTimeout(() => navigate(text), DEBOUNCE_MS);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(value);
  }

  return (
    <form role="search" action="/search" method="get" className="search-box" onSubmit={onSubmit}>
      <label htmlFor={inputId} className="search-box__label">
        Search datasets and columns
      </label>
      <div className="search-box__row">
        <input
          ref={input}
          id={inputId}
          name="q"
          type="search"
          value={value}
          onChange={onChange}
          placeholder="customer, orders, email…"
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          aria-keyshortcuts="/"
          aria-describedby={`${inputId}-hint`}
        />
        <button type="submit" className="button">
          Search
        </button>
      </div>
      <p id={`${inputId}-hint`} className="search-box__hint">
        Press <kbd>/</kbd> to jump here. <span role="status">{isPending ? 'Searching…' : ''}</span>
      </p>
    </form>
  );
}

/** Where `/` is text being typed, not the shortcut. */
function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || EDITABLE_TAGS.has(target.tagName));
}
