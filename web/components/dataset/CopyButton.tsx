'use client';

import { useEffect, useState } from 'react';

/** How long "Copied" stays before the button reads normally again. */
const FEEDBACK_MS = 2000;

/** Copies `text` to the clipboard and says so in a live region. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [outcome, setOutcome] = useState<'copied' | 'failed' | undefined>(undefined);

  useEffect(() => {
    if (!outcome) return;
    const timer = setTimeout(() => setOutcome(undefined), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [outcome]);

  async function copy() {
    try {
      // Undefined outside secure contexts (plain http on a non-local host): the catch covers it.
      await navigator.clipboard.writeText(text);
      setOutcome('copied');
    } catch {
      setOutcome('failed');
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {outcome === 'copied' && 'Copied'}
        {outcome === 'failed' && 'Could not copy: select the text and copy it by hand'}
      </span>
    </>
  );
}
