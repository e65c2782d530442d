import type { ReactNode } from 'react';

/** One row of a RemoveButtonList: what it shows, the value its button submits, and the button's name for a screen reader. */
export interface Removable {
  value: string;
  content: ReactNode;
  /** "Remove the mapping Rentals: Customer overlaps Delivery: Customer": the button's text alone says nothing of what goes. */
  removeLabel: string;
}

interface RemoveButtonListProps {
  /** What the list holds: "Mappings to remove". */
  label: string;
  /** The form field each button submits its row's value as. */
  name: string;
  items: Removable[];
  /** While the form is sent. */
  disabled: boolean;
}

/** A list inside a form, a row per item, each with a Remove button that submits the item's value. */
export function RemoveButtonList({ label, name, items, disabled }: RemoveButtonListProps) {
  return (
    <ul className="plain-list removal-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.value} className="removal-list__item">
          {item.content}
          <button type="submit" name={name} value={item.value} className="button button--danger button--small" disabled={disabled} aria-label={item.removeLabel}>
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
