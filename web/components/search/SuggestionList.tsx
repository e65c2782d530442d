import { useEffect } from 'react';

import { entityTypeLabel } from '@/lib/format/entityTypeLabel';
import type { SuggestionLink } from '@/lib/search/toSuggestionLinks';

interface SuggestionListProps {
  id: string;
  suggestions: SuggestionLink[];
  /** Index of the option the arrow keys reached; -1 for none. */
  highlighted: number;
  /** Kept in the page while closed, so that `aria-controls` always names it. */
  hidden: boolean;
  onChoose: (suggestion: SuggestionLink) => void;
}

/** The id of one option, for the combobox's `aria-activedescendant`. */
export function suggestionOptionId(listId: string, index: number): string {
  return `${listId}-${index}`;
}

/**
 * The listbox of the search box's combobox. Focus never leaves the text box:
 * the highlighted option is announced through `aria-activedescendant`, and a
 * press on an option is kept from blurring the box (which would close the list
 * before the click lands).
 */
export function SuggestionList({ id, suggestions, highlighted, hidden, onChoose }: SuggestionListProps) {
  // The list scrolls when the screen is short; keep the highlighted option in view.
  useEffect(() => {
    if (highlighted >= 0) document.getElementById(suggestionOptionId(id, highlighted))?.scrollIntoView({ block: 'nearest' });
  }, [id, highlighted]);

  return (
    <ul id={id} role="listbox" aria-label="Suggestions" className="suggestions" hidden={hidden}>
      {suggestions.map((suggestion, index) => (
        <li
          key={suggestion.urn}
          id={suggestionOptionId(id, index)}
          role="option"
          aria-selected={index === highlighted}
          className="suggestion"
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(suggestion)}
        >
          <span className="suggestion__text">
            <span className="suggestion__name">{suggestion.name}</span>
            {suggestion.qualifiedName && suggestion.qualifiedName !== suggestion.name && (
              <code className="suggestion__qualified">{suggestion.qualifiedName}</code>
            )}
            {suggestion.glossary && <span className="suggestion__glossary">{suggestion.glossary}</span>}
          </span>
          <span className="suggestion__type">{entityTypeLabel(suggestion.type)}</span>
        </li>
      ))}
    </ul>
  );
}
