import { parseUrn, searchDocumentUrn } from '@polder/graph-schema';

/**
 * The search documents a write must refresh: a written node names its own
 * document (a field names its dataset's), and a written edge names its start's.
 * Both write plans collect them the same way, for the outbox.
 */
export class SearchDocuments {
  private readonly urns = new Set<string>();

  constructor(private readonly documentOf: (urn: string) => string | undefined = rememberedDocumentOf()) {}

  touch(urn: string): void {
    const document = this.documentOf(urn);
    if (document) this.urns.add(document);
  }

  /** Sorted, so a plan is deterministic. */
  list(): string[] {
    return [...this.urns].sort();
  }
}

/**
 * The search document of a URN, each URN parsed once: a plan touches a dataset for
 * itself and again for every edge that starts at it (ten or more for a table).
 */
export function rememberedDocumentOf(): (urn: string) => string | undefined {
  const known = new Map<string, string | null>();
  return (urn) => {
    let document = known.get(urn);
    if (document === undefined) known.set(urn, (document = searchDocumentUrn(parseUrn(urn)) ?? null));
    return document ?? undefined;
  };
}
