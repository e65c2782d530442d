/**
 * Applies a person's edit to one entity, in one transaction:
 *
 *   lock the node → check the caller may edit it (its domain decides) → check the
 *   expected version → check the new values against the graph (`EditRequest.check`) →
 *   write the `editable_*` properties and person-owned edges →
 *   bump the version → record the audit entry → queue the search document.
 *
 * An edit that leaves the entity as it was stops after the checks (`unchanged.ts`).
 *
 * Anything refused throws before the commit, so nothing is half-applied. The lock
 * (a write to the node before reading it) serialises concurrent edits of one
 * entity: the second waits, then sees the first's version and gets a CONFLICT.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { inWriteTransaction } from '@polder/runtime';
import { parseUrn, searchDocumentUrn } from '@polder/graph-schema';
import { enqueueSearchDocuments, enqueueAssessments } from '@polder/crawlers';
import { apiError } from '../../errors.ts';
import { assertAllowed } from '../access/authorize.ts';
import { maySeeAsset, visibilityParameters, type AssetPlace } from '../access/assetVisibility.ts';
import { HIDDEN_DOMAINS_IN_QUERY, visibleAsset } from '../access/visibleInCypher.ts';
import { REQUEUE_DATASETS_AND_WRITERS } from '../search/audienceDependents.ts';
import type { Principal } from '../access/Principal.ts';
import { recordChange } from '../audit/audit.service.ts';
import { assertVersion } from './assertVersion.ts';
import type { EditRequest, RelationshipEdit } from './EditRequest.ts';
import { sameMembers, sameRows, sameValue } from './unchanged.ts';

/** Edges a person set carry this provider; a crawler never writes or removes them. */
export const PERSON_PROVIDER = 'person';

interface Locked {
  labels: string[];
  version: number;
  domain: string | null;
  values: unknown[];
  /** For each key, what its source says (`description` for `editable_description`): what readers see while no person set it. */
  sourceValues: unknown[];
  /** Where the dataset it is (or whose column it is) sits, for `maySeeAsset`; null for other kinds, always visible. */
  place: AssetPlace | null;
}

export class EditService {
  constructor(
    private readonly driver: Driver,
    private readonly database?: string,
  ) {}

  async edit(principal: Principal, request: EditRequest): Promise<void> {
    const keys = Object.keys(request.properties ?? {});
    await inWriteTransaction(this.driver, this.database, async (tx) => {
      const locked = await lockAndRead(tx, request.urn, keys);
      // A hidden asset is answered exactly like a missing one, before anything that would tell them apart.
      if (!locked || (locked.place && !maySeeAsset(principal, locked.place))) throw apiError('NOT_FOUND', `no entity ${request.urn.slice(0, 200)}`);
      const label = request.labels.find((candidate) => locked.labels.includes(candidate));
      if (!label) throw apiError('BAD_USER_INPUT', `${request.action} applies to ${request.labels.join(' or ')}, and ${request.urn.slice(0, 200)} is a ${locked.labels.find((l) => l !== 'Entity')}`, { argument: 'input.urn' });
      assertAllowed(principal, { kind: request.permission, domain: locked.domain });
      assertVersion(request.urn, locked.version, request.expectedVersion);

      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      // What readers saw and will see: a person's value, else its source's. The history of a crawled description
      // edited for the first time then reads "crawled → edited", not "nothing → edited".
      keys.forEach((key, index) => {
        const fromSource = locked.sourceValues[index] ?? null;
        before[auditName(key)] = locked.values[index] ?? fromSource;
        after[auditName(key)] = request.properties![key] ?? fromSource;
      });
      if (request.check) await request.check(tx, before);
      const unordered = request.unordered ?? [];
      const stored = (key: string) => locked.values[keys.indexOf(key)];
      let changed =
        keys.some((key) => !unordered.some((group) => group.includes(key)) && !sameValue(stored(key), request.properties![key])) ||
        unordered.some((group) => !sameRows(group.map((key) => stored(key) as unknown[] | null), group.map((key) => request.properties![key] as unknown[] | null)));
      if (request.relationship) {
        const { previous, replaced } = await replaceRelationships(tx, principal, request.urn, request.relationship, locked.domain);
        before[request.relationship.name] = previous;
        after[request.relationship.name] = request.relationship.targets;
        changed ||= replaced;
        if (replaced && request.relationship.type === 'EXPOSES') {
          // Becoming, or ceasing to be, an output port changes who may see a dataset (and the jobs writing it).
          const datasets = [...new Set([...previous, ...request.relationship.targets])];
          await tx.run(REQUEUE_DATASETS_AND_WRITERS, { datasets, now: Date.now() });
        }
      }
      if (!changed) {
        await tx.run(`MATCH (n:Entity {urn: $urn}) REMOVE n._editLock`, { urn: request.urn });
        return;
      }

      const version = locked.version + 1;
      const at = new Date().toISOString();
      await tx.run(
        `MATCH (n:Entity {urn: $urn})
         SET n += $properties, n.editable_version = $version, n.editable_updatedAt = $at, n.editable_updatedBy = $actor
         REMOVE n._editLock`,
        { urn: request.urn, properties: request.properties ?? {}, version, at, actor: principal.account!.username },
      );
      await recordChange(tx, request.urn, { actor: principal.account!.username, action: request.action, before, after, version, comment: request.comment }, at);
      const document = searchDocumentUrn(parseUrn(request.urn));
      if (document) await enqueueSearchDocuments(tx, [document], Date.now());
      await enqueueAssessments(tx, [request.urn], Date.now());
    });
  }

  /** Audits an action that changes no property of the entity (e.g. a crawl requested on a source). */
  async recordAction(principal: Principal, urn: string, action: string, details: Record<string, unknown>): Promise<void> {
    await inWriteTransaction(this.driver, this.database, (tx) =>
      recordChange(tx, urn, { actor: principal.account?.username ?? 'anonymous', action, before: {}, after: details, version: 0 }, new Date().toISOString()),
    );
  }
}

// Constraint: entity_urn (migration 001).
async function lockAndRead(tx: ManagedTransaction, urn: string, keys: string[]): Promise<Locked | null> {
  const result = await tx.run(
    `MATCH (n:Entity {urn: $urn})
     SET n._editLock = true
     WITH n
     OPTIONAL MATCH (n)-[:IN_DOMAIN]->(own:Domain)
     OPTIONAL MATCH (holder:Dataset)-[:HAS_FIELD]->(n), (holder)-[:IN_DOMAIN]->(holderDomain:Domain)
     RETURN labels(n) AS labels, coalesce(n.editable_version, 0) AS version,
            coalesce(own.id, holderDomain.id, CASE WHEN n:Domain THEN n.id END) AS domain,
            [key IN $keys | n[key]] AS values,
            [key IN $keys | CASE key
               WHEN 'editable_owners' THEN coalesce(n.owners, CASE WHEN n.owner IS NULL THEN null ELSE [n.owner] END)
               ELSE n[substring(key, size('editable_'))] END] AS sourceValues,
            CASE WHEN n:Dataset OR n:Field THEN {
              domain: coalesce(own.id, holderDomain.id),
              domainVisibility: coalesce(own.visibility, holderDomain.visibility, 'mesh'),
              publishedPort: EXISTS { MATCH (p:DataProduct)-[:EXPOSES]->(:Dataset)-[:HAS_FIELD*0..1]->(n) WHERE p.status = 'ACTIVE' }
            } END AS place
     LIMIT 1`,
    { urn, keys },
  );
  const record = result.records[0];
  return record ? (record.toObject() as Locked) : null;
}

/**
 * Replaces the person-set edges of one type, unless they already lead to exactly the targets; returns the
 * targets they had, and whether they were replaced. Unknown targets are refused by name either way.
 */
async function replaceRelationships(
  tx: ManagedTransaction,
  principal: Principal,
  urn: string,
  edit: RelationshipEdit,
  domain: string | null,
): Promise<{ previous: string[]; replaced: boolean }> {
  // A target hidden from the caller (a private domain's dataset) is as missing as one that is not there.
  const known = await tx.run(
    `${HIDDEN_DOMAINS_IN_QUERY}
     UNWIND $targets AS target
     OPTIONAL MATCH (t:${edit.targetLabel} {urn: target})
     WITH target, t, visibilityHidden WHERE t IS NULL OR t.status = 'REMOVED' OR NOT ${visibleAsset('t', 'visibilityHidden')}
     RETURN collect(target) AS missing`,
    { targets: edit.targets, visibility: visibilityParameters(principal) },
  );
  const missing = known.records[0]?.get('missing') as string[] | undefined;
  if (missing && missing.length > 0) {
    throw apiError('BAD_USER_INPUT', `no ${edit.targetLabel} ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`, { argument: edit.argument });
  }
  if (edit.type === 'EXPOSES') await refuseForeignOutputPorts(tx, edit.targets, domain);
  // Relationship types and labels come from EditRequest's fixed unions, never from input.
  const held = await tx.run(
    `MATCH (:Entity {urn: $urn})-[:${edit.type} {provider: $provider}]->(t:${edit.targetLabel})
     WITH t.urn AS target ORDER BY target
     RETURN collect(target) AS targets`,
    { urn, provider: PERSON_PROVIDER },
  );
  const previous = (held.records[0]?.get('targets') as string[] | undefined) ?? [];
  if (sameMembers(previous, edit.targets)) return { previous, replaced: false };
  await tx.run(`MATCH (:Entity {urn: $urn})-[r:${edit.type} {provider: $provider}]->(:${edit.targetLabel}) DELETE r`, { urn, provider: PERSON_PROVIDER });
  await tx.run(
    `MATCH (n:Entity {urn: $urn})
     UNWIND $targets AS target
     MATCH (t:${edit.targetLabel} {urn: target})
     MERGE (n)-[:${edit.type} {provider: $provider}]->(t)`,
    { urn, targets: edit.targets, provider: PERSON_PROVIDER },
  );
  return { previous, replaced: true };
}

/**
 * A data product's output ports are datasets of its own domain: a domain publishes what it owns.
 * Another domain's dataset is what the product consumes (an input port), never what it exposes.
 */
async function refuseForeignOutputPorts(tx: ManagedTransaction, targets: string[], domain: string | null): Promise<void> {
  const { records } = await tx.run(
    `UNWIND $targets AS target
     MATCH (d:Dataset {urn: target})
     OPTIONAL MATCH (d)-[:IN_DOMAIN]->(owner:Domain)
     WITH target, owner WHERE owner IS NULL OR owner.id <> $domain
     RETURN target, owner.id AS owner ORDER BY target LIMIT 5`,
    { targets, domain },
  );
  if (records.length === 0) return;
  const foreign = records.map((record) => `${record.get('target') as string} (${(record.get('owner') as string | null) ?? 'no domain'})`);
  throw apiError('BAD_USER_INPUT', `an output port must be a dataset of the product's own domain (${domain ?? 'none'}); not ${foreign.join(', ')}: another domain's dataset is an input port`, {
    argument: 'input.datasetUrns',
  });
}

/** `editable_description` is `description` in the audit trail. */
function auditName(key: string): string {
  return key.replace(/^editable_/, '');
}
