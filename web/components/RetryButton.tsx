'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';

/** Asks the server for this page again, data and all, without a full reload; says so while it waits. */
export function RetryButton() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <button type="button" className="button" onClick={() => startTransition(() => router.refresh())} disabled={isPending}>
      {isPending ? 'Trying again…' : 'Try again'}
    </button>
  );
}
