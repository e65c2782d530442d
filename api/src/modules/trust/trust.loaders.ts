import DataLoader from 'dataloader';
import type { TrustService } from './trust.service.ts';
import type { TrustHistoryEntry } from './trust.type.ts';

/** Per request: one batch loader of scores, one of score histories per requested length, and one of the evidence URNs hidden from the caller. */
export function createTrustLoaders(service: TrustService) {
  const byLimit = new Map<number, DataLoader<string, TrustHistoryEntry[]>>();
  return {
    /** The score alone of a dataset or data product (null otherwise): one query for every hit of a search page. */
    trustScoreOf: new DataLoader<string, number | null>((urns) => service.scoresOf(urns)),
    /** Whether a URN in a score's evidence is hidden from the caller: one query for every score of a GraphQL level. */
    evidenceHidden: new DataLoader<string, boolean>((urns) => service.hidden(urns)),
    trustHistoryOf(limit: number): DataLoader<string, TrustHistoryEntry[]> {
      let loader = byLimit.get(limit);
      if (!loader) byLimit.set(limit, (loader = new DataLoader((urns: readonly string[]) => service.historyOf(urns, limit))));
      return loader;
    },
  };
}

export type TrustLoaders = ReturnType<typeof createTrustLoaders>;
