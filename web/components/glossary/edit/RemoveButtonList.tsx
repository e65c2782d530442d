import type { ReactNode } from 'react';

import { ConfirmSubmitButton } from '@/components/ConfirmSubmitButton';

/** One row of a RemoveButtonList: what it shows, the value its button submits, and the button's name for a screen reader. */
export interface Removable {
  value: string;
  content: ReactNode;
  /** "Remove the mapping Rentals: Customer overlaps Delivery: Customer": the button's text alone says nothing of what goes. */
  removeLabel: string;
}

/** Asks before removing (ConfirmSubmitButton), with what removing does that cannot be taken back. */
export interface RemovalConfirmation {
  consequence: string;
}

interface RemoveButtonListProps {
  /** What the list holds: "Mappings to remove". */
  label: string;
  /** The form field each button submits its row's value as. */
  name: string;
  items: Removable[];
  /** While the form is sent. */
  disabled: boolean;
  /** When given, each Remove asks first. */
  confirm?: RemovalConfirmation;
}

/** A list inside a form, a row per item, each with a Remove button that submits the item's value. */
export function RemoveButtonList({ label, name, items, disabled, confirm }: RemoveButtonListProps) {
  return (
    <ul className="plain-list removal-list" aria-label={label}>
      {items.map((item) => (
        <li key={item.value} className="removal-list__item">
          {item.content}
          {confirm ? (
            <ConfirmSubmitButton
              label="Remove"
              accessibleName={item.removeLabel}
              confirmLabel="Confirm removal"
              confirmAccessibleName={`Confirm: ${item.removeLabel.charAt(0).toLowerCase()}${item.removeLabel.slice(1)}`}
              consequence={confirm.consequence}
              name={name}
              value={item.value}
              disabled={disabled}
            />
          ) : (
            <button type="submit" name={name} value={item.value} className="button button--danger button--small" disabled={disabled} aria-label={item.removeLabel}>
              Remove
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
