'use client';

import { useRouter } from 'next/navigation';
import {
  type ChangeEvent,
  type FormEvent,
  type KeyboardEvent,
  useEffect,
  useId,
  useRef,
  useState,
  useTransition,
} from 'react';

import type { SearchPageParams } from '@/lib/search/parseSearchParams';
import { nextHighlight } from '@/lib/search/nextHighlight';
import type { SuggestionLink } from '@/lib/search/toSuggestionLinks';
import { searchHref } from '@/lib/urls/searchHref';

import { HiddenSearchFields } from './search/HiddenSearchFields';
import { SuggestionList, suggestionOptionId } from './search/SuggestionList';
import { useSuggestions } from './search/useSuggestions';

/**
 * Results follow every keystroke (the goal is results drawn within 150 ms of it: `polder bench web`);
 * the pause only folds a burst (a held key, an input method committing several characters) into one
 * search. A search a newer keystroke overtakes is dropped: the navigation runs in a transition, which
 * React abandons for the newer one. At 250 ms the wait alone used up the budget.
 */
const DEBOUNCE_MS = 30;

const EDITABLE_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

interface SearchBoxProps {
  /** The query currently in the URL. */
  query?: string;
  /** Filters and sort in the URL, kept when the query changes. */
  filters?: SearchPageParams['filters'];
  sort?: SearchPageParams['sort'];
  /** Update the results while typing (search page) rather than only on submit (home). */
  live?: boolean;
  /**
   * The site header's box, on the pages without a search box of their own: one line, its label and
   * hint left to screen readers (they still name the field and say `/` reaches it).
   */
  compact?: boolean;
}

/**
 * The catalog search box. A plain GET form underneath, so it works before
 * hydration; with JS it navigates client-side, `/` focuses it from anywhere,
 * and it is a combobox (ARIA APG pattern) suggesting assets by name: arrows
 * move through them, Enter opens the highlighted one, Escape closes the list.
 * Enter with nothing highlighted searches, as without suggestions.
 */
export function SearchBox({ query = '', filters = [], sort, live = false, compact = false }: SearchBoxProps) {
  const router = useRouter();
  const inputId = useId();
  const listId = `${inputId}-suggestions`;
  const input = useRef<HTMLInputElement>(null);
  const debounce = useRef<ReturnType<typeof setTimeout>>(undefined);
  const [value, setValue] = useState(query);
  const [isPending, startTransition] = useTransition();
  const suggestions = useSuggestions(value);
  const [isListOpen, setIsListOpen] = useState(false);
  // By URN, not index: when new suggestions arrive, a highlight on one that is
  // gone simply ends instead of jumping to whatever took its place.
  const [highlightedUrn, setHighlightedUrn] = useState<string | null>(null);
  const highlighted = suggestions.findIndex((suggestion) => suggestion.urn === highlightedUrn);
  const isExpanded = isListOpen && suggestions.length > 0;

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
    function onKeyDown(event: globalThis.KeyboardEvent) {
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
    const href = searchHref({ query: next, filters, sort });
    // Typing replaces the history entry, so Back leaves search instead of
    // replaying every keystroke; from the home page a search is a new entry.
    startTransition(() => (live ? router.replace(href) : router.push(href)));
  }

  function closeList() {
    setIsListOpen(false);
    setHighlightedUrn(null);
  }

  function openSuggestion(suggestion: SuggestionLink) {
    // A live search still waiting to fire would replace the page opened here.
    clearTimeout(debounce.current);
    closeList();
    router.push(suggestion.href);
  }

  function onChange(event: ChangeEvent<HTMLInputElement>) {
    const text = event.target.value;
    setValue(text);
    setIsListOpen(true);
    setHighlightedUrn(null);
    if (!live) return;
    clearTimeout(debounce.current);
    debounce.current = setTimeout(() => navigate(text), DEBOUNCE_MS);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    // Keys that confirm an input method's composition (Enter in Japanese input) are not ours.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      const index = nextHighlight(isExpanded ? highlighted : -1, suggestions.length, event.key === 'ArrowDown' ? 1 : -1);
      setIsListOpen(true);
      setHighlightedUrn(suggestions[index]?.urn ?? null);
    } else if (event.key === 'Enter') {
      const suggestion = isExpanded ? suggestions[highlighted] : undefined;
      if (!suggestion) return; // The form submits: a search for what was typed.
      event.preventDefault();
      openSuggestion(suggestion);
    } else if (event.key === 'Escape' && isExpanded) {
      // Only closes the list; with it closed, Escape clears the field as usual.
      event.preventDefault();
      closeList();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    closeList();
    navigate(value);
  }

  return (
    <form role="search" action="/search" method="get" className={compact ? 'search-box search-box--compact' : 'search-box'} onSubmit={onSubmit}>
      <label htmlFor={inputId} className={compact ? 'visually-hidden' : 'search-box__label'}>
        {compact ? 'Search the catalog' : 'Search datasets and columns'}
      </label>
      <div className="search-box__row">
        <div className="search-box__field">
          <input
            ref={input}
            id={inputId}
            name="q"
            type="search"
            role="combobox"
            aria-expanded={isExpanded}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={isExpanded && highlighted >= 0 ? suggestionOptionId(listId, highlighted) : undefined}
            value={value}
            onChange={onChange}
            onKeyDown={onKeyDown}
            onBlur={closeList}
            placeholder={compact ? 'Search…' : 'customer, orders, email…'}
            autoComplete="off"
            spellCheck={false}
            enterKeyHint="search"
            aria-keyshortcuts="/"
            aria-describedby={`${inputId}-hint`}
          />
          <SuggestionList
            id={listId}
            suggestions={suggestions}
            highlighted={highlighted}
            hidden={!isExpanded}
            onChoose={openSuggestion}
          />
        </div>
        <button type="submit" className={compact ? 'button button--small' : 'button'}>
          Search
        </button>
      </div>
      <HiddenSearchFields params={{ filters, sort }} />
      <p id={`${inputId}-hint`} className={compact ? 'visually-hidden' : 'search-box__hint'}>
        Press <kbd>/</kbd> to jump here. <span role="status">{isPending ? 'Searching…' : ''}</span>
        <span role="status" className="visually-hidden">
          {isExpanded && `${suggestions.length} ${suggestions.length === 1 ? 'suggestion' : 'suggestions'}`}
        </span>
      </p>
    </form>
  );
}

/** Where `/` is text being typed, not the shortcut. */
function isEditable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || EDITABLE_TAGS.has(target.tagName));
}
