/**
 * The glossary's reads and writes. Every write runs in one transaction in the
 * order the edit service uses:
 *
 *   lock the term → check the caller may (its glossary's domain decides) → check
 *   the expected version → write → check the hierarchy and is-a chains have no
 *   cycle → bump the version → record the audit entry → queue the search document.
 *
 * A symmetric relation (RELATED_TO, ANTONYM) reads the same from both terms but is
 * stored once, as an edge from one of them: the term that holds it. Re-stating or
 * removing it from the other end is an edit of both terms (see `lockOtherHolder`).
 *
 * A refusal throws before the commit, so nothing is half-applied. Walks up the
 * hierarchy are bounded (`walkCap` hops, spliced as a validated integer: Cypher
 * takes no parameter there); a chain longer than the cap is refused, never
 * silently accepted unchecked.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ENTERPRISE_GLOSSARY, formatUrn, RELATIONSHIPS, type TermStatus } from '@polder/graph-schema';
import { enqueueSearchDocuments } from '@polder/crawlers';
import { DEFAULT_GLOSSARY_LIMITS, inWriteTransaction, type GlossaryLimits } from '@polder/runtime';
import { apiError } from '../../errors.ts';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { inOrder } from '../../graph/inOrder.ts';
import { pageKeysParameter, type PageKey } from '../../graph/pageKey.ts';
import { assertAllowed } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { recordChange } from '../audit/audit.service.ts';
import { toDataset, toField, toGlossaryTerm } from '../dataset/dataset.service.ts';
import { visibleDataset } from '../access/visibleInCypher.ts';
import { seesTermAssignment } from '../access/maskedInCypher.ts';
import { nameKey, RELATION_KINDS, type Provenance, type RelationKind, type RelationStatus } from './glossaryEntry.ts';
import { slugOf } from './slug.ts';
import type { Glossary, GlossaryTerm } from './glossaryTerm.type.ts';
import type { TermCarriers } from './termCarriers.type.ts';
import { changedContent, checkTermContent, CONTENT_FIELDS, contentOf, contentProperties, type TermContent } from './termContent.ts';
import { contentEditableIn, meaningChanges, statusAfterContentEdit, transitionOf } from './termLifecycle.ts';
import { accountProblem, readNamedAccounts, type AccountStanding } from './namedAccounts.ts';
import { assertVersion } from '../edits/assertVersion.ts';
import { assertOwnerUrnsKnown, givenAt } from '../edits/ownerUrns.ts';
import { sameValue } from '../edits/unchanged.ts';
import { changesPolicyFacts, enqueueCarrierAssessments } from './carrierAssessments.ts';
import { retriedOnceOnNameRace } from './uniquenessRace.ts';
import { contradictedBy, describeRelation, type TermRelation } from './relationContradiction.ts';


type Props = Record<string, unknown>;
type Tx = ManagedTransaction;

export interface StoredRelation {
  kind: RelationKind;
  target: string;
  targetName: string;
  targetGlossary: string;
  provenance: Provenance;
  relationStatus: RelationStatus;
}

interface TermState {
  props: Props;
  glossary: string;
  version: number;
  termStatus: TermStatus;
  parentUrn: string | null;
  parentName: string | null;
  relations: StoredRelation[];
}

/** One page of a glossary's terms, as the `Glossary.terms` loader asks for it. */
export interface GlossaryTermsKey {
  glossary: string;
  limit: number;
  offset: number;
}

/** One page of the datasets carrying a term, as the `GlossaryTerm.carryingDatasets` loader asks for it. */
export type TermCarriersKey = PageKey;

/** One page of the terms grouped under a term, as the `GlossaryTerm.children` loader asks for it (limit 0: the count alone). */
export type TermChildrenKey = TermCarriersKey;

/** A page of a term's children, and how many it has in all. */
export interface TermChildren {
  total: number;
  terms: GlossaryTerm[];
}

export interface RelationRow {
  kind: RelationKind;
  name: string;
  outgoing: boolean;
  term: GlossaryTerm;
  provenance: Provenance;
  relationStatus: RelationStatus;
}

/** The domain whose glossary it is; null for the enterprise glossary. */
export function domainOfGlossary(glossary: string): string | null {
  return glossary === ENTERPRISE_GLOSSARY ? null : glossary;
}

const SYMMETRIC: readonly RelationKind[] = ['RELATED_TO', 'ANTONYM'];
const RELATION_PATTERN = RELATION_KINDS.join('|');
const NAMES = Object.fromEntries(RELATIONSHIPS.filter((r) => (RELATION_KINDS as readonly string[]).includes(r.type)).map((r) => [r.type, r])) as unknown as Record<
  RelationKind,
  { forward: string; inverse: string }
>;

export class GlossaryService {
  private readonly walkCap: number;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly graph: GraphReader,
    settings: GlossaryLimits = DEFAULT_GLOSSARY_LIMITS,
  ) {
    if (!Number.isInteger(settings.walkCap) || settings.walkCap < 1 || settings.walkCap > 100) throw new Error('glossary walkCap must be an integer from 1 to 100');
    this.walkCap = settings.walkCap;
  }

  // ---------------------------------------------------------------- reads

  // Index: glossaryterm_glossary (migration 005).
  async glossaries(): Promise<Glossary[]> {
    const rows = await this.graph.read<Glossary>(
      `CALL () {
         RETURN $enterprise AS id, 'Enterprise glossary' AS name, null AS domainId,
                COUNT { MATCH (t:GlossaryTerm {glossary: $enterprise}) WHERE t.status = 'ACTIVE' } AS termCount
         UNION
         MATCH (d:Domain) WHERE d.status = 'ACTIVE'
         RETURN d.id AS id, d.name + ' glossary' AS name, d.id AS domainId,
                COUNT { MATCH (t:GlossaryTerm {glossary: d.id}) WHERE t.status = 'ACTIVE' } AS termCount
       }
       RETURN id, name, domainId, termCount ORDER BY domainId IS NOT NULL, id`,
      { enterprise: ENTERPRISE_GLOSSARY },
    );
    return rows.map((row) => ({ ...row, termCount: Number(row.termCount) }));
  }

  /**
   * The terms of several glossaries at once (one query for a page of glossaries),
   * each page by name. Cypher takes no per-row SKIP/LIMIT, so each glossary's
   * names are sorted and sliced in the query; a glossary holds thousands of
   * terms, not millions. Index: glossaryterm_glossary.
   */
  async termsOfGlossaries(keys: readonly GlossaryTermsKey[]): Promise<GlossaryTerm[][]> {
    const rows = await this.graph.read<{ key: number; values: Props[] }>(
      `UNWIND range(0, size($keys) - 1) AS key
       WITH key, $keys[key] AS k
       CALL (k) {
         OPTIONAL MATCH (t:GlossaryTerm {glossary: k.glossary}) WHERE t.status = 'ACTIVE'
         WITH t ORDER BY t.nameKey
         RETURN collect(t) AS all
       }
       // Sorted and sliced as nodes: only the page's properties are read, however large the glossary.
       RETURN key, [t IN all[k.offset..k.offset + k.limit] | properties(t)] AS values`,
      { keys: keys.map((key) => ({ glossary: key.glossary, offset: neo4j.int(key.offset), limit: neo4j.int(key.limit) })) },
    );
    const byKey = new Map(rows.map((row) => [Number(row.key), row.values]));
    return keys.map((_, index) => (byKey.get(index) ?? []).map(toGlossaryTerm));
  }

  /**
   * The datasets carrying each term (on themselves or on an active column), by the term's URN, never its
   * name: another glossary's "Customer" is another sense. One query for a page of terms. Each term's
   * carriers are gathered, sorted and sliced in the query, as nodes until the slice, so only the page's
   * properties are read; a term is carried by thousands of datasets at most, and each by its own columns.
   * A classified term's carriers among restricted datasets are left out for callers who may not see
   * those datasets' sensitive values (access/maskedInCypher.ts).
   * Constraint: glossaryterm_urn.
   */
  async carryingDatasetsOf(keys: readonly TermCarriersKey[]): Promise<TermCarriers[]> {
    const rows = await this.graph.read<{ key: number; total: number; page: Array<{ dataset: Props; carriesItself: boolean; columns: Props[] }> }>(
      `UNWIND range(0, size($keys) - 1) AS key
       WITH key, $keys[key] AS k
       CALL (k) {
         MATCH (t:GlossaryTerm {urn: k.urn})
         CALL (t) {
           MATCH (d:Dataset)-[:MEANS]->(t) WHERE d.status = 'ACTIVE' RETURN d, null AS f
           UNION
           MATCH (d:Dataset)-[:HAS_FIELD]->(f:Field)-[:MEANS]->(t) WHERE d.status = 'ACTIVE' AND f.status = 'ACTIVE' RETURN d, f
         }
         WITH d, f WHERE ${visibleDataset('d')} AND ${seesTermAssignment('d', 't')}
         WITH d, f ORDER BY f.position
         WITH d, count(f) < count(*) AS carriesItself, collect(f) AS columns
         WITH d, carriesItself, columns ORDER BY d.name, d.qualifiedName
         RETURN collect({d: d, carriesItself: carriesItself, columns: columns}) AS carriers
       }
       RETURN key, size(carriers) AS total,
              [c IN carriers[k.offset..k.offset + k.limit] | {dataset: properties(c.d), carriesItself: c.carriesItself, columns: [f IN c.columns | properties(f)]}] AS page`,
      { keys: pageKeysParameter(keys) },
    );
    const byKey = new Map(rows.map((row) => [Number(row.key), row]));
    return keys.map((_, index) => {
      const row = byKey.get(index);
      return {
        total: row ? Number(row.total) : 0,
        datasets: (row?.page ?? []).map((carrier) => ({ dataset: toDataset(carrier.dataset), carriesItself: carrier.carriesItself, columns: carrier.columns.map(toField) })),
      };
    });
  }

  /**
   * The terms IN_REVIEW that `username` may decide: named among their reviewers,
   * and not the one who submitted them (authorize.ts's four-eyes rule). Oldest
   * submission first, so the queue is worked in order. The label scan is
   * bounded by the glossary's size (its lookup index: the label's token index).
   */
  async reviewQueue(username: string, limit: number): Promise<GlossaryTerm[]> {
    const rows = await this.graph.read<{ value: Props }>(
      `MATCH (t:GlossaryTerm)
       WHERE t.status = 'ACTIVE' AND t.termStatus = 'IN_REVIEW' AND $username IN coalesce(t.reviewers, [])
         AND coalesce(t.reviewRequestedBy, '') <> $username
       RETURN properties(t) AS value ORDER BY t.updatedAt, t.nameKey LIMIT $limit`,
      { username, limit: neo4j.int(limit) },
    );
    return rows.map((row) => toGlossaryTerm(row.value));
  }

  async parentsOf(urns: readonly string[]): Promise<Array<GlossaryTerm | null>> {
    const rows = await this.graph.read<{ key: string; value: Props }>(
      `UNWIND $urns AS key MATCH (:GlossaryTerm {urn: key})-[:CHILD_OF]->(p:GlossaryTerm) RETURN key, properties(p) AS value`,
      { urns },
    );
    return inOrder(urns, rows.map((row) => ({ key: row.key, value: toGlossaryTerm(row.value) }))).map((group) => group[0] ?? null);
  }

  /**
   * A page of the active terms grouped under each term, by name, and their count: sorted and sliced as
   * nodes, so only the page's properties are read. Constraint: glossaryterm_urn.
   */
  async childrenOf(keys: readonly TermChildrenKey[]): Promise<TermChildren[]> {
    const rows = await this.graph.read<{ key: number; total: number; page: Props[] }>(
      `UNWIND range(0, size($keys) - 1) AS key
       WITH key, $keys[key] AS k
       MATCH (t:GlossaryTerm {urn: k.urn})
       WITH key, k, COLLECT { MATCH (t)<-[:CHILD_OF]-(c:GlossaryTerm) WHERE c.status = 'ACTIVE' WITH c ORDER BY c.nameKey RETURN c } AS children
       RETURN key, size(children) AS total, [c IN children[k.offset..k.offset + k.limit] | properties(c)] AS page`,
      { keys: pageKeysParameter(keys) },
    );
    const byKey = new Map(rows.map((row) => [Number(row.key), row]));
    return keys.map((_, index) => {
      const row = byKey.get(index);
      return { total: Number(row?.total ?? 0), terms: (row?.page ?? []).map(toGlossaryTerm) };
    });
  }

  /** Every typed relation of each term, from both ends: stored once, read both ways. */
  async relationsOf(urns: readonly string[]): Promise<RelationRow[][]> {
    // Relationship types come from RELATION_KINDS (fixed), never from input.
    const rows = await this.graph.read<{ key: string; kind: RelationKind; outgoing: boolean; value: Props; provenance: Provenance; relationStatus: RelationStatus }>(
      `UNWIND $urns AS key
       MATCH (t:GlossaryTerm {urn: key})-[r:${RELATION_PATTERN}]-(o:GlossaryTerm)
       RETURN key, type(r) AS kind, startNode(r) = t AS outgoing, properties(o) AS value,
              coalesce(r.provenance, 'MANUAL') AS provenance, coalesce(r.relationStatus, 'ACTIVE') AS relationStatus
       ORDER BY kind, value.nameKey`,
      { urns },
    );
    return inOrder(
      urns,
      rows.map((row) => ({
        key: row.key,
        value: {
          kind: row.kind,
          name: row.outgoing ? NAMES[row.kind].forward : NAMES[row.kind].inverse,
          outgoing: row.outgoing,
          term: toGlossaryTerm(row.value),
          provenance: row.provenance,
          relationStatus: row.relationStatus,
        },
      })),
    );
  }

  // ---------------------------------------------------------------- writes

  async createTerm(principal: Principal, input: { glossary: string; content: TermContent; parentUrn: string | null; comment: string | null }): Promise<string> {
    const content = checkTermContent(input.content);
    return retriedOnceOnNameRace(() => this.write(async (tx) => {
      // Whether the glossary exists first: every reader may list the glossaries, and "may not edit the glossary
      // of domain "nope"" told a domain owner nothing about the typo.
      await assertGlossaryExists(tx, input.glossary);
      const domain = domainOfGlossary(input.glossary);
      assertAllowed(principal, { kind: 'editGlossaryTerm', domain });
      await checkReviewers(tx, content.reviewers, [], input.content.reviewers);
      await assertOwnerUrnsKnown(tx, givenAt(content.owners, 'input.owners', input.content.owners), []);
      await assertNameFree(tx, input.glossary, content.name, null);
      const urn = await freeTermUrn(tx, input.glossary, content.name);
      const at = new Date().toISOString();
      const actor = principal.account!.username;
      await tx.run(
        `CREATE (t:GlossaryTerm:Entity {urn: $urn})
         SET t += $properties, t.glossary = $glossary, t.status = 'ACTIVE', t.termStatus = 'DRAFT', t.version = 1,
             t.createdAt = $at, t.updatedAt = $at, t.createdBy = $actor, t.updatedBy = $actor
         WITH t
         OPTIONAL MATCH (d:Domain {urn: $domainUrn})
         FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | CREATE (t)-[:IN_DOMAIN]->(d))`,
        { urn, properties: contentProperties(content), glossary: input.glossary, at, actor, domainUrn: domain === null ? null : formatUrn('domain', domain) },
      );
      const parentName = input.parentUrn ? await setParent(tx, urn, input.glossary, input.parentUrn, this.walkCap) : null;
      await recordChange(tx, urn, { actor, action: 'createGlossaryTerm', before: {}, after: { ...content, parent: parentName, termStatus: 'DRAFT' }, version: 1, comment: input.comment }, at);
      await enqueueSearchDocuments(tx, [urn], Date.now());
      return urn;
    }), 'input.name', 'another term');
  }

  async updateTerm(
    principal: Principal,
    input: { urn: string; expectedVersion: number; changes: Partial<TermContent>; parentUrn: string | null | undefined; comment: string | null },
  ): Promise<void> {
    await retriedOnceOnNameRace(() => this.write(async (tx) => {
      const state = await this.lockEditable(tx, principal, input.urn, input.expectedVersion);
      if (!contentEditableIn(state.termStatus)) {
        throw apiError('BAD_USER_INPUT', `"${String(state.props.name)}" is ${state.termStatus}: ${state.termStatus === 'IN_REVIEW' ? 'withdraw it (status DRAFT) to edit it' : 'a deprecated term is not edited'}`, { argument: 'input.urn' });
      }
      const before = contentOf(state.props);
      const after = checkTermContent({ ...before, ...input.changes });
      if (changedContent(before, after, CONTENT_FIELDS).length === 0 && (input.parentUrn === undefined || input.parentUrn === state.parentUrn)) {
        await releaseTerm(tx, input.urn);
        return;
      }
      const actor = principal.account!.username;
      const reviewers = await checkReviewers(tx, after.reviewers, before.reviewers, input.changes.reviewers);
      await assertOwnerUrnsKnown(tx, givenAt(after.owners, 'input.owners', input.changes.owners), before.owners);
      // What the reviewers approved is what readers see as approved: a new meaning goes back to them, in this transaction.
      const changed = meaningChanges(before, after);
      const termStatus = statusAfterContentEdit(state.termStatus, changed);
      const properties = contentProperties(after);
      if (termStatus !== state.termStatus) {
        // Refused rather than sent back to DRAFT: the approved meaning stays in force, and the editor learns whom to name.
        if (!after.reviewers.some((reviewer) => reviewer !== actor && reviewers.get(reviewer) === 'ENABLED')) {
          throw apiError(
            'BAD_USER_INPUT',
            `"${String(state.props.name)}" is APPROVED, and changing its ${changed.join(', ')} sends it back to review: name a reviewer other than yourself (reviewers) to approve it again`,
            { argument: 'input.reviewers' },
          );
        }
        Object.assign(properties, { termStatus, reviewRequestedBy: actor });
      }
      if (nameKey(after.name) !== nameKey(before.name)) await assertNameFree(tx, state.glossary, after.name, input.urn);
      let parentName = state.parentName;
      if (input.parentUrn !== undefined && input.parentUrn !== state.parentUrn) {
        parentName = input.parentUrn === null ? await removeParent(tx, input.urn) : await setParent(tx, input.urn, state.glossary, input.parentUrn, this.walkCap);
      }
      const version = state.version + 1;
      const at = await writeVersion(tx, principal, input.urn, version, properties);
      const statusChange = termStatus === state.termStatus ? {} : { before: { termStatus: state.termStatus }, after: { termStatus } };
      await recordChange(
        tx,
        input.urn,
        {
          actor,
          action: 'updateGlossaryTerm',
          before: { ...before, parent: state.parentName, ...statusChange.before },
          after: { ...after, parent: parentName, ...statusChange.after },
          version,
          comment: input.comment,
        },
        at,
      );
      await enqueueSearchDocuments(tx, [input.urn], Date.now());
      // The policies read a carried term's status too (an unapproved term on a column).
      if (changesPolicyFacts(before, after) || termStatus !== state.termStatus) await enqueueCarrierAssessments(tx, [input.urn], Date.now());
    }), 'input.name', 'another term');
  }

  async changeStatus(principal: Principal, input: { urn: string; expectedVersion: number; to: TermStatus; comment: string; replacementUrn: string | null }): Promise<void> {
    await this.write(async (tx) => {
      const state = await lockTerm(tx, input.urn);
      const transition = transitionOf(state.termStatus, input.to);
      if (typeof transition === 'string') {
        // A move the term's status no longer allows because someone moved it since the caller read it (two reviewers
        // deciding at once) is a stale write: CONFLICT, to reload, not a bad request.
        assertVersion(input.urn, state.version, input.expectedVersion);
        throw apiError('BAD_USER_INPUT', transition, { argument: 'input.status' });
      }
      const actor = principal.account?.username ?? null;
      if (transition.decidedBy === 'REVIEWER') {
        assertAllowed(principal, { kind: 'reviewGlossaryTerm', reviewers: contentOf(state.props).reviewers, requestedBy: (state.props.reviewRequestedBy as string | undefined) ?? null });
      } else {
        assertAllowed(principal, { kind: 'editGlossaryTerm', domain: domainOfGlossary(state.glossary) });
      }
      assertVersion(input.urn, state.version, input.expectedVersion);
      const properties: Props = { termStatus: input.to };
      const before: Props = { termStatus: state.termStatus };
      const after: Props = { termStatus: input.to };
      if (input.to === 'IN_REVIEW') {
        const others = contentOf(state.props).reviewers.filter((reviewer) => reviewer !== actor);
        if (others.length === 0) throw apiError('BAD_USER_INPUT', `name at least one reviewer of "${String(state.props.name)}" other than yourself before submitting it`, { argument: 'input.status' });
        properties.reviewRequestedBy = actor;
      }
      if (input.to === 'DRAFT') properties.reviewRequestedBy = null;
      if (transition.decidedBy === 'REVIEWER') Object.assign(properties, { reviewedBy: actor, reviewedAt: new Date().toISOString() });
      if (transition.needsReplacement) {
        if (!input.replacementUrn) throw apiError('BAD_USER_INPUT', 'replacementUrn: a deprecated term needs the term that replaces it', { argument: 'input.replacementUrn' });
        const replacement = await activeTerm(tx, input.replacementUrn, 'input.replacementUrn');
        if (input.replacementUrn === input.urn) throw apiError('BAD_USER_INPUT', 'replacementUrn: a term cannot replace itself', { argument: 'input.replacementUrn' });
        // Readers of the deprecated term are sent to its replacement: it must be a meaning its reviewers approved.
        if (replacement.termStatus !== 'APPROVED') {
          throw apiError('BAD_USER_INPUT', `replacementUrn: "${replacement.name}" is ${replacement.termStatus}, and only an APPROVED term can replace one: approve it first`, {
            argument: 'input.replacementUrn',
          });
        }
        const proposed = { from: input.urn, kind: 'REPLACED_BY' as const, to: input.replacementUrn, relationStatus: 'ACTIVE' as const };
        await assertNoContradiction(tx, proposed, { [input.urn]: String(state.props.name), [input.replacementUrn]: replacement.name }, 'input.replacementUrn');
        await mergeRelation(tx, input.urn, 'REPLACED_BY', input.replacementUrn, 'MANUAL', 'ACTIVE', actor!);
        await assertNoCycle(tx, [input.urn], 'REPLACED_BY', this.walkCap, 'input.replacementUrn');
        after.replacedBy = replacement.name;
      }
      const version = state.version + 1;
      const at = await writeVersion(tx, principal, input.urn, version, properties);
      await recordChange(tx, input.urn, { actor: actor!, action: transition.action, before, after, version, comment: input.comment }, at);
      await enqueueSearchDocuments(tx, [input.urn], Date.now());
      // The policies read a carried term's status (a deprecated term on a column, say).
      await enqueueCarrierAssessments(tx, [input.urn], Date.now());
    });
  }

  async addRelation(
    principal: Principal,
    input: { urn: string; expectedVersion: number; kind: RelationKind; targetUrn: string; provenance: Provenance; relationStatus: RelationStatus; comment: string | null },
  ): Promise<void> {
    assertRelationKind(input.kind);
    await this.write(async (tx) => {
      const state = await this.lockEditable(tx, principal, input.urn, input.expectedVersion);
      if (input.targetUrn === input.urn) throw apiError('BAD_USER_INPUT', 'targetUrn: a term cannot be related to itself', { argument: 'input.targetUrn' });
      const target = await activeTerm(tx, input.targetUrn, 'input.targetUrn');
      const proposed = { from: input.urn, kind: input.kind, to: input.targetUrn, relationStatus: input.relationStatus };
      await assertNoContradiction(tx, proposed, { [input.urn]: String(state.props.name), [input.targetUrn]: target.name }, 'input.targetUrn');
      const actor = principal.account!.username;
      const otherHolder = await this.lockOtherHolder(tx, principal, input.kind, input.urn, input.targetUrn);
      // A symmetric relation stored either way round is that same relation: re-stated where it is, never doubled.
      const restated = SYMMETRIC.includes(input.kind)
        ? await tx.run(`MATCH (:GlossaryTerm {urn: $urn})-[r:${input.kind}]-(:GlossaryTerm {urn: $target}) SET r.provenance = $provenance, r.relationStatus = $status RETURN count(r) AS n`, {
            urn: input.urn,
            target: input.targetUrn,
            provenance: input.provenance,
            status: input.relationStatus,
          })
        : null;
      if (!restated || Number(restated.records[0]!.get('n')) === 0) await mergeRelation(tx, input.urn, input.kind, input.targetUrn, input.provenance, input.relationStatus, actor);
      if (isAcyclic(input.kind)) await assertNoCycle(tx, [input.urn], input.kind, this.walkCap, 'input.targetUrn');
      await this.finishRelationEdit(tx, principal, input.urn, state, 'addGlossaryTermRelation', input.comment);
      if (otherHolder) await this.finishRelationEdit(tx, principal, input.targetUrn, otherHolder, 'addGlossaryTermRelation', input.comment);
    });
  }

  async removeRelation(principal: Principal, input: { urn: string; expectedVersion: number; kind: RelationKind; targetUrn: string; comment: string | null }): Promise<void> {
    assertRelationKind(input.kind);
    await this.write(async (tx) => {
      const state = await this.lockEditable(tx, principal, input.urn, input.expectedVersion);
      const otherHolder = await this.lockOtherHolder(tx, principal, input.kind, input.urn, input.targetUrn);
      const pattern = SYMMETRIC.includes(input.kind) ? `-[r:${input.kind}]-` : `-[r:${input.kind}]->`;
      const removed = await tx.run(`MATCH (:GlossaryTerm {urn: $urn})${pattern}(:GlossaryTerm {urn: $target}) DELETE r RETURN count(*) AS n`, { urn: input.urn, target: input.targetUrn });
      if (Number(removed.records[0]!.get('n')) === 0) throw apiError('NOT_FOUND', `"${String(state.props.name)}" has no ${input.kind} relation to ${input.targetUrn.slice(0, 200)}`);
      await this.finishRelationEdit(tx, principal, input.urn, state, 'removeGlossaryTermRelation', input.comment);
      if (otherHolder) await this.finishRelationEdit(tx, principal, input.targetUrn, otherHolder, 'removeGlossaryTermRelation', input.comment);
    });
  }

  // ---------------------------------------------------------------- helpers

  /** Runs `work` in one write transaction. */
  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inWriteTransaction(this.driver, this.database, work);
  }

  private async lockEditable(tx: Tx, principal: Principal, urn: string, expectedVersion: number): Promise<TermState> {
    const state = await lockTerm(tx, urn);
    assertAllowed(principal, { kind: 'editGlossaryTerm', domain: domainOfGlossary(state.glossary) });
    assertVersion(urn, state.version, expectedVersion);
    return state;
  }

  /**
   * The other term of a symmetric relation, when the edge between the two is stored from it: an edit of that
   * edge changes the term that holds it, so the caller must be allowed to edit its glossary too (as well as
   * the term they named), and it is versioned and audited with the same comment. Null for other kinds, and
   * when the other term holds no such edge (the edit is then the named term's alone, as for any relation it
   * holds). The other term is locked before its edge is looked for, so the answer holds until the commit.
   */
  private async lockOtherHolder(tx: Tx, principal: Principal, kind: RelationKind, urn: string, otherUrn: string): Promise<TermState | null> {
    if (!SYMMETRIC.includes(kind)) return null;
    const other = await lockTerm(tx, otherUrn);
    const held = await tx.run(`RETURN EXISTS { (:GlossaryTerm {urn: $other})-[:${kind}]->(:GlossaryTerm {urn: $urn}) } AS held`, { other: otherUrn, urn });
    if (!held.records[0]!.get('held')) {
      await releaseTerm(tx, otherUrn);
      return null;
    }
    assertAllowed(principal, { kind: 'editGlossaryTerm', domain: domainOfGlossary(other.glossary) });
    return other;
  }

  /** Versions and audits a term whose relations an edit touched; one they read as before (the same relation re-stated) is let go, untouched (`unchanged.ts`). */
  private async finishRelationEdit(tx: Tx, principal: Principal, urn: string, state: TermState, action: string, comment: string | null): Promise<void> {
    const now = await relationsOfTerm(tx, urn);
    if (sameValue(describeRelations(state.relations), describeRelations(now))) {
      await releaseTerm(tx, urn);
      return;
    }
    const version = state.version + 1;
    const at = await writeVersion(tx, principal, urn, version, {});
    await recordChange(tx, urn, { actor: principal.account!.username, action, before: { relations: describeRelations(state.relations) }, after: { relations: describeRelations(now) }, version, comment }, at);
    await enqueueSearchDocuments(tx, [urn], Date.now());
  }
}

// ------------------------------------------------------------------ transaction steps, shared with the importer

// Constraint: glossaryterm_urn (migration 001).
export async function lockTerm(tx: Tx, urn: string): Promise<TermState> {
  const result = await tx.run(
    `MATCH (t:GlossaryTerm {urn: $urn}) WHERE t.status = 'ACTIVE'
     SET t._editLock = true
     WITH t
     OPTIONAL MATCH (t)-[:CHILD_OF]->(p:GlossaryTerm)
     RETURN properties(t) AS props, p.urn AS parentUrn, p.name AS parentName`,
    { urn },
  );
  const record = result.records[0];
  if (!record) throw apiError('NOT_FOUND', `no glossary term ${urn.slice(0, 200)}`);
  const props = record.get('props') as Props;
  return {
    props,
    glossary: (props.glossary as string | undefined) ?? ENTERPRISE_GLOSSARY,
    version: Number(props.version ?? 0),
    termStatus: (props.termStatus as TermStatus | undefined) ?? 'DRAFT',
    parentUrn: record.get('parentUrn') as string | null,
    parentName: record.get('parentName') as string | null,
    relations: await relationsOfTerm(tx, urn),
  };
}

/**
 * A term's relations as its audit entries show them: those it holds, and the symmetric ones the other
 * term holds, which read the same from both ends; so a symmetric relation added, re-stated or removed
 * from either end shows in the before and after of each term audited.
 */
export async function relationsOfTerm(tx: Tx, urn: string): Promise<StoredRelation[]> {
  const result = await tx.run(
    `MATCH (t:GlossaryTerm {urn: $urn})-[r:${RELATION_PATTERN}]-(o:GlossaryTerm)
     WHERE startNode(r) = t OR type(r) IN $symmetric
     RETURN type(r) AS kind, o.urn AS target, o.name AS targetName, coalesce(o.glossary, $enterprise) AS targetGlossary,
            coalesce(r.provenance, 'MANUAL') AS provenance, coalesce(r.relationStatus, 'ACTIVE') AS relationStatus
     ORDER BY kind, target`,
    { urn, enterprise: ENTERPRISE_GLOSSARY, symmetric: SYMMETRIC },
  );
  return result.records.map((record) => record.toObject() as StoredRelation);
}

function describeRelations(relations: StoredRelation[]): string[] {
  return relations.map((relation) => `${relation.kind} ${relation.targetName} (${relation.provenance}, ${relation.relationStatus})`);
}

/**
 * Refuses a reviewer that is no enabled account (namedAccounts.ts), naming it and where the input gave it
 * (`reviewers[1]`); `kept` are the term's reviewers before the edit, which it does not add and which are not
 * checked again (an account disabled since stays listed until someone edits the list). Returns how each
 * reviewer stands, in one read for all of them.
 */
async function checkReviewers(tx: Tx, reviewers: readonly string[], kept: readonly string[], given: readonly string[] | undefined): Promise<Map<string, AccountStanding>> {
  const standings = await readNamedAccounts(tx, reviewers);
  for (const reviewer of reviewers) {
    const problem = kept.includes(reviewer) ? null : accountProblem(reviewer, standings.get(reviewer));
    if (problem) {
      const argument = `input.reviewers[${Math.max(0, (given ?? reviewers).indexOf(reviewer))}]`;
      throw apiError('BAD_USER_INPUT', `${argument.slice('input.'.length)}: ${problem}`, { argument });
    }
  }
  return standings;
}

/** Lets go of a locked term that an edit left as it was (`unchanged.ts`). */
export async function releaseTerm(tx: Tx, urn: string): Promise<void> {
  await tx.run(`MATCH (t:GlossaryTerm {urn: $urn}) REMOVE t._editLock`, { urn });
}

async function writeVersion(tx: Tx, principal: Principal, urn: string, version: number, properties: Props): Promise<string> {
  const at = new Date().toISOString();
  await tx.run(
    `MATCH (t:GlossaryTerm {urn: $urn})
     SET t += $properties, t.version = $version, t.updatedAt = $at, t.updatedBy = $actor
     REMOVE t._editLock`,
    { urn, properties, version, at, actor: principal.account!.username },
  );
  return at;
}

export async function assertGlossaryExists(tx: Tx, glossary: string): Promise<void> {
  if (glossary === ENTERPRISE_GLOSSARY) return;
  const found = await tx.run(`MATCH (d:Domain {urn: $urn}) WHERE d.status = 'ACTIVE' RETURN d.id AS id`, { urn: formatUrn('domain', glossary) });
  if (found.records.length === 0) throw apiError('NOT_FOUND', `no glossary "${glossary.slice(0, 100)}": it is "enterprise" or the id of a domain`);
}

// Constraint: glossaryterm_name (migration 005).
export async function assertNameFree(tx: Tx, glossary: string, name: string, except: string | null): Promise<void> {
  const found = await tx.run(`MATCH (t:GlossaryTerm {glossary: $glossary, nameKey: $key}) WHERE t.urn <> coalesce($except, '') RETURN t.name AS name`, {
    glossary,
    key: nameKey(name),
    except,
  });
  if (found.records.length > 0) {
    throw apiError('BAD_USER_INPUT', `the ${glossary} glossary already has a term "${found.records[0]!.get('name') as string}": term names are unique in a glossary (regardless of case)`, {
      argument: 'input.name',
    });
  }
}

/** The term's URN: its glossary and the slug of its first name, with -2, -3, ... when that slug was taken by a renamed term. */
export function freeTermUrn(tx: Tx, glossary: string, name: string): Promise<string> {
  return firstFreeUrn(tx, (slug) => formatUrn('glossaryTerm', glossary, slug), name, 'input.name', `in the ${glossary} glossary`);
}

/**
 * The first of `urnOf(slug)`, `urnOf(slug-2)`, … `urnOf(slug-51)` no entity has. Names that share a slug
 * (a rename keeps its URN, names differing in punctuation only) get the next one; 51 is far more than
 * that happens, since names a slug cannot spell get a hash of their own (slug.ts).
 * Constraint: entity_urn (migration 001).
 */
export async function firstFreeUrn(tx: Tx, urnOf: (slug: string) => string, name: string, argument: string, where: string): Promise<string> {
  const slug = slugOf(name);
  const candidates = [slug, ...Array.from({ length: 50 }, (_, index) => `${slug}-${index + 2}`)].map(urnOf);
  const result = await tx.run(`UNWIND $candidates AS c OPTIONAL MATCH (t:Entity {urn: c}) WITH c, t WHERE t IS NULL RETURN c LIMIT 1`, { candidates });
  const free = result.records[0]?.get('c') as string | undefined;
  if (!free) throw apiError('BAD_USER_INPUT', `${argument.replace(/^input\./, '')}: too many were named like "${name.slice(0, 100)}" ${where}`, { argument });
  return free;
}

async function activeTerm(tx: Tx, urn: string, argument: string): Promise<{ name: string; termStatus: TermStatus; glossary: string }> {
  const found = await tx.run(
    `MATCH (t:GlossaryTerm {urn: $urn}) WHERE t.status = 'ACTIVE' RETURN t.name AS name, coalesce(t.termStatus, 'DRAFT') AS termStatus, coalesce(t.glossary, $enterprise) AS glossary`,
    { urn, enterprise: ENTERPRISE_GLOSSARY },
  );
  const record = found.records[0];
  if (!record) throw apiError('BAD_USER_INPUT', `${argument.replace(/^input\./, '')}: no glossary term ${urn.slice(0, 200)}`, { argument });
  return record.toObject() as { name: string; termStatus: TermStatus; glossary: string };
}

/**
 * Relationship types cannot be Cypher parameters, so a kind is spliced into the query text: checked here,
 * against the fixed list, right before, whatever checked it upstream (the GraphQL enum, the file parsers).
 */
export function assertRelationKind(kind: string): asserts kind is RelationKind {
  if (!(RELATION_KINDS as readonly string[]).includes(kind)) throw new Error(`not a relation kind: ${JSON.stringify(String(kind).slice(0, 100))}`);
}

export async function mergeRelation(tx: Tx, from: string, kind: RelationKind, to: string, provenance: Provenance, status: RelationStatus, actor: string): Promise<void> {
  assertRelationKind(kind);
  await tx.run(
    `MATCH (a:GlossaryTerm {urn: $from}), (b:GlossaryTerm {urn: $to})
     MERGE (a)-[r:${kind}]->(b)
     ON CREATE SET r.createdAt = $at, r.createdBy = $actor
     SET r.provenance = $provenance, r.relationStatus = $status`,
    { from, to, provenance, status, actor, at: new Date().toISOString() },
  );
}

/**
 * Refuses a relation that contradicts one the two terms already have (relationContradiction.ts), naming
 * that one: `targetUrn: "Debit" ANTONYM "Credit" contradicts "Debit" IS_A "Credit": a term is not the
 * opposite of what it is a kind of`. `names` holds the two terms' names by URN. Constraint: glossaryterm_urn.
 */
async function assertNoContradiction(tx: Tx, proposed: TermRelation, names: Record<string, string>, argument: string): Promise<void> {
  const between = await tx.run(
    `MATCH (:GlossaryTerm {urn: $from})-[r:${RELATION_PATTERN}]-(:GlossaryTerm {urn: $to})
     RETURN startNode(r).urn AS from, type(r) AS kind, endNode(r).urn AS to, coalesce(r.relationStatus, 'ACTIVE') AS relationStatus`,
    { from: proposed.from, to: proposed.to },
  );
  const found = contradictedBy(proposed, between.records.map((record) => record.toObject() as TermRelation));
  if (!found) return;
  const nameOf = (urn: string) => names[urn] ?? urn;
  throw apiError('BAD_USER_INPUT', `${argument.replace(/^input\./, '')}: ${describeRelation(proposed, nameOf)} contradicts ${describeRelation(found.relation, nameOf)}: ${found.reason}`, {
    argument,
  });
}

/** Sets the parent; returns its name. The parent must be an active term of the same glossary, and no cycle may result. */
async function setParent(tx: Tx, urn: string, glossary: string, parentUrn: string, walkCap: number): Promise<string> {
  const parent = await activeTerm(tx, parentUrn, 'input.parentUrn');
  if (parent.glossary !== glossary) {
    throw apiError('BAD_USER_INPUT', `parentUrn: "${parent.name}" is in the ${parent.glossary} glossary, and a term's parent must be in its own (${glossary})`, { argument: 'input.parentUrn' });
  }
  await removeParent(tx, urn);
  await tx.run(`MATCH (t:GlossaryTerm {urn: $urn}), (p:GlossaryTerm {urn: $parent}) CREATE (t)-[:CHILD_OF]->(p)`, { urn, parent: parentUrn });
  await assertNoCycle(tx, [urn], 'CHILD_OF', walkCap, 'input.parentUrn');
  return parent.name;
}

async function removeParent(tx: Tx, urn: string): Promise<null> {
  await tx.run(`MATCH (:GlossaryTerm {urn: $urn})-[r:CHILD_OF]->() DELETE r`, { urn });
  return null;
}

/**
 * The relations that cannot lead back to where they start: nothing is, through other terms, a kind of itself,
 * a part of itself, or its own replacement (a reader sent from a deprecated term along its replacements must
 * arrive somewhere). Two terms each the other's are refused as a contradiction first (relationContradiction.ts).
 */
export const ACYCLIC_RELATION_KINDS = ['IS_A', 'HAS_A', 'REPLACED_BY'] as const satisfies readonly RelationKind[];
export type AcyclicRelationKind = (typeof ACYCLIC_RELATION_KINDS)[number];

/** What a cycle along each kind is called in a refusal: "cyclic replacement chain: A → B → C → A". */
const CYCLE_NAMES: Record<'CHILD_OF' | AcyclicRelationKind, string> = {
  CHILD_OF: 'parent hierarchy',
  IS_A: 'is-a relation',
  HAS_A: 'has-a relation',
  REPLACED_BY: 'replacement chain',
};

const isAcyclic = (kind: RelationKind): kind is AcyclicRelationKind => (ACYCLIC_RELATION_KINDS as readonly RelationKind[]).includes(kind);

/**
 * Refuses a cycle through any of `urns` along `type`, naming it ("A → B → C → A")
 * and the input `argument` that made it. Before the write the graph had none, so
 * a new one passes through a written term.
 */
export async function assertNoCycle(tx: Tx, urns: string[], type: 'CHILD_OF' | AcyclicRelationKind, walkCap: number, argument: string): Promise<void> {
  if (!Number.isInteger(walkCap)) throw new Error('walkCap must be an integer');
  const what = CYCLE_NAMES[type];
  const cycle = await tx.run(
    `UNWIND $urns AS u
     CALL (u) {
       MATCH path = (t:GlossaryTerm {urn: u})-[:${type}*1..${walkCap}]->(t)
       RETURN [n IN nodes(path) | n.name] AS names LIMIT 1
     }
     RETURN names LIMIT 1`,
    { urns },
  );
  const names = cycle.records[0]?.get('names') as string[] | undefined;
  if (names) throw apiError('BAD_USER_INPUT', `cyclic ${what}: ${names.join(' → ')}`, { argument, cycle: names });
  // A cycle longer than the cap would go unseen: a chain that reaches the cap is refused instead.
  const deep = await tx.run(
    `UNWIND $urns AS u
     MATCH (t:GlossaryTerm {urn: u})-[:${type}*${walkCap}]->(x) WHERE (x)-[:${type}]->()
     RETURN t.name AS name LIMIT 1`,
    { urns },
  );
  const deepFrom = deep.records[0]?.get('name') as string | undefined;
  if (deepFrom) {
    throw apiError('BAD_USER_INPUT', `the ${what} above "${deepFrom}" is longer than ${walkCap} terms (the walk cap): Polder cannot check it for cycles, so the change is refused`, { argument, walkCap });
  }
}
