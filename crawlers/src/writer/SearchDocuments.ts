import { parseUrn, searchDocumentUrn } from '@polder/graph-schema';

/**
 * The search documents a write must refresh: a written node names its own
 * document (a field names its dataset's), and a written edge names its start's.
 * Both write plans collect them the same way, for the outbox.
 */
export class SearchDocuments {
  private readonly urns = new Set<string>();

  touch(urn: string): void {
    const document = searchDocumentUrn(parseUrn(urn));
    if (document) this.urns.add(document);
  }

  /** Sorted, so a plan is deterministic. */
  list(): string[] {
    return [...this.urns].sort();
  }
}
