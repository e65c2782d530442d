'use client';

import { useEffect, useRef, useState } from 'react';

interface ConfirmSubmitButtonProps {
  /** The button's text: "Revoke". */
  label: string;
  /** Its name for a screen reader, saying what it acts on: "Revoke ci-token". */
  accessibleName: string;
  /** The confirming button's text: "Confirm revoke". */
  confirmLabel: string;
  /** Its name for a screen reader: "Confirm: revoke ci-token". */
  confirmAccessibleName: string;
  /** What confirming does that cannot be taken back, said beside it: "It stops working at once." */
  consequence: string;
  /** The form field and value the confirmed submit sends, if any. */
  name?: string;
  value?: string;
  disabled: boolean;
}

/**
 * A submit button for what cannot be undone: the first press asks, with the consequence in words and
 * the keyboard on a "Confirm" button beside "Cancel"; only that one submits. Without JS the first
 * press submits, as a plain form would.
 */
export function ConfirmSubmitButton({ label, accessibleName, confirmLabel, confirmAccessibleName, consequence, name, value, disabled }: ConfirmSubmitButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const askRef = useRef<HTMLButtonElement>(null);
  // The keyboard follows the question: onto Confirm when asked, back to the first button on Cancel.
  const hasAsked = useRef(false);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (hasAsked.current) askRef.current?.focus();
    hasAsked.current ||= asking;
  }, [asking]);

  if (!asking) {
    return (
      <button
        ref={askRef}
        type="submit"
        name={name}
        value={value}
        className="button button--danger button--small"
        disabled={disabled}
        aria-label={accessibleName}
        onClick={(event) => {
          event.preventDefault();
          setAsking(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <span className="confirm-submit">
      <span className="confirm-submit__consequence">{consequence}</span>
      <button ref={confirmRef} type="submit" name={name} value={value} className="button button--danger button--small" disabled={disabled} aria-label={confirmAccessibleName}>
        {confirmLabel}
      </button>
      <button type="button" className="button button--secondary button--small" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
