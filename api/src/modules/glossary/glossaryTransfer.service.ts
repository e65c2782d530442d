/**
 * Export and import of a whole glossary. An import is all or nothing: one
 * transaction that validates every entry, writes what is new or changed, checks
 * the relations for contradictions and the hierarchy and is-a chains for cycles, audits each written term and queues
 * its search document; any refusal rolls all of it back. A dry run does the very
 * same and rolls back at the end, so its report is exactly what the import would do.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { formatUrn, isUrn } from '@polder/graph-schema';
import { enqueueSearchDocuments } from '@polder/crawlers';
import { apiError } from '../../errors.ts';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { assertAllowed, isAllowed } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { recordChanges } from '../audit/audit.service.ts';
import { DEFAULT_GLOSSARY_LIMITS, type GlossaryLimits } from '@polder/runtime';
import { ACYCLIC_RELATION_KINDS, assertGlossaryExists, assertNoCycle, domainOfGlossary } from './glossary.service.ts';
import { canonicalEntries, emptyEntry, entryFingerprint, nameKey, patched, RELATION_KINDS, type EntryPatch, type GlossaryEntry } from './glossaryEntry.ts';
import { slugOf } from './slug.ts';
import { checkTermContent, contentOf, contentOfEntry, contentProperties } from './termContent.ts';
import { contentEditableIn, meaningChanges, statusAfterContentEdit } from './termLifecycle.ts';
import { accountProblem, readNamedAccounts } from './namedAccounts.ts';
import { changesPolicyFacts, enqueueCarrierAssessments } from './carrierAssessments.ts';
import { retriedOnceOnNameRace } from './uniquenessRace.ts';
import { assertOwnerUrnsKnown, givenAt } from '../edits/ownerUrns.ts';
import { describeRelation, firstContradiction, type TermRelation } from './relationContradiction.ts';

/** What to import, and how it is audited: `action` names it in each term's history, `comment` says why. */
export interface ImportRequest {
  glossary: string;
  /** What the file states of each term (`EntryPatch`): what it leaves out stays as the term has it. */
  rows: Array<{ line: number; entry: EntryPatch }>;
  notes: ImportReport['skipped'];
  dryRun: boolean;
  action: string;
  comment: string | null;
}

export interface ImportReport {
  dryRun: boolean;
  created: string[];
  updated: string[];
  skipped: Array<{ name: string; reason: string }>;
  /** Terms imported with another status than the file says (see `heldStatus`). */
  statusesHeld: Array<{ name: string; reason: string }>;
}

type Props = Record<string, unknown>;

// Index: glossaryterm_glossary (migration 005). Relationship types from RELATION_KINDS (fixed).
const GLOSSARY_STATE = `
MATCH (t:GlossaryTerm {glossary: $glossary}) WHERE t.status = 'ACTIVE'
OPTIONAL MATCH (t)-[:CHILD_OF]->(p:GlossaryTerm)
RETURN t.urn AS urn, properties(t) AS props, p.name AS parent,
       COLLECT { MATCH (t)-[r:${RELATION_KINDS.join('|')}]->(o:GlossaryTerm)
                 RETURN {kind: type(r), target: CASE WHEN o.glossary = $glossary THEN o.name ELSE o.urn END,
                         provenance: coalesce(r.provenance, 'MANUAL'), relationStatus: coalesce(r.relationStatus, 'ACTIVE')} } AS relations`;

interface StateRow {
  urn: string;
  props: Props;
  parent: string | null;
  relations: GlossaryEntry['relations'];
}

function entryOf(row: StateRow): GlossaryEntry {
  return {
    ...contentOf(row.props),
    parent: row.parent,
    termStatus: (row.props.termStatus as GlossaryEntry['termStatus'] | undefined) ?? 'DRAFT',
    relations: row.relations.map((relation) => ({ kind: relation.kind, target: relation.target, provenance: relation.provenance, relationStatus: relation.relationStatus })),
  };
}

export class GlossaryTransferService {
  private readonly walkCap: number;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly graph: GraphReader,
    settings: GlossaryLimits = DEFAULT_GLOSSARY_LIMITS,
  ) {
    this.walkCap = settings.walkCap;
  }

  /** Every active term of the glossary, in export order. */
  async exportEntries(glossary: string): Promise<GlossaryEntry[]> {
    const rows = await this.graph.read<StateRow>(GLOSSARY_STATE, { glossary });
    return canonicalEntries(rows.map(entryOf));
  }

  /** Refuses a caller who may not edit the glossary, before its file is even read. */
  assertMayImport(principal: Principal, glossary: string): void {
    assertAllowed(principal, { kind: 'editGlossaryTerm', domain: domainOfGlossary(glossary) });
  }

  async importEntries(principal: Principal, input: ImportRequest): Promise<ImportReport> {
    assertAllowed(principal, { kind: 'editGlossaryTerm', domain: domainOfGlossary(input.glossary) });
    // A term of the file created by someone else meanwhile is, on the second run, one the glossary has.
    return retriedOnceOnNameRace(() => this.importOnce(principal, input), 'input.content', 'a term of the file');
  }

  private async importOnce(principal: Principal, input: ImportRequest): Promise<ImportReport> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
    const tx = session.beginTransaction();
    try {
      const report = await this.apply(tx as unknown as ManagedTransaction, principal, input);
      if (input.dryRun) await tx.rollback();
      else await tx.commit();
      return report;
    } catch (error) {
      if (tx.isOpen()) await tx.rollback();
      throw error;
    } finally {
      await session.close();
    }
  }

  private async apply(tx: ManagedTransaction, principal: Principal, input: ImportRequest): Promise<ImportReport> {
    const { glossary } = input;
    await assertGlossaryExists(tx, glossary);
    const report: ImportReport = { dryRun: input.dryRun, created: [], updated: [], skipped: [...input.notes], statusesHeld: [] };
    const keepsStatuses = isAllowed(principal, { kind: 'importTermStatuses' });

    // Entries: the first of a name kept.
    const firstLine = new Map<string, number>();
    const patches: Array<{ line: number; patch: EntryPatch }> = [];
    for (const { line, entry } of input.rows) {
      const key = nameKey(entry.name);
      const seen = firstLine.get(key);
      if (seen !== undefined) {
        report.skipped.push({ name: entry.name, reason: `line ${line}: the same name as line ${seen} (names are unique in a glossary, regardless of case)` });
        continue;
      }
      firstLine.set(key, line);
      patches.push({ line, patch: entry });
    }

    // What the glossary holds now, locked for the length of the import.
    await tx.run(`MATCH (t:GlossaryTerm {glossary: $glossary}) SET t._editLock = true`, { glossary });
    const current = new Map<string, StateRow>();
    for (const record of (await tx.run(GLOSSARY_STATE, { glossary })).records) {
      const row = record.toObject() as StateRow;
      current.set(nameKey(row.props.name as string), row);
    }
    const taken = new Set((await tx.run(`MATCH (t:GlossaryTerm {glossary: $glossary}) RETURN t.urn AS urn`, { glossary })).records.map((record) => record.get('urn') as string));

    const urnByName = new Map<string, string>([...current].map(([key, row]) => [key, row.urn]));
    const toCreate: Array<{ line: number; entry: GlossaryEntry; urn: string; patch?: undefined }> = [];
    const toUpdate: Array<{ line: number; entry: GlossaryEntry; row: StateRow; patch: EntryPatch }> = [];
    for (const { line, patch } of patches) {
      const row = current.get(nameKey(patch.name));
      // What the file leaves out of a term stays as the term has it; the whole is checked, as updateGlossaryTerm checks it.
      const whole = patched(row ? entryOf(row) : emptyEntry(patch.name), patch);
      const stated = { ...whole, ...checkTermContent(contentOfEntry(whole), `line ${line}`) };
      const entry = keepsStatuses ? stated : heldStatus(stated, row, report);
      if (!row) {
        const urn = freeUrn(glossary, entry.name, taken);
        urnByName.set(nameKey(entry.name), urn);
        toCreate.push({ line, entry, urn });
      } else if (entryFingerprint(entryOf(row)) === entryFingerprint(entry)) {
        report.skipped.push({ name: entry.name, reason: 'unchanged' });
      } else if (!keepsStatuses && !contentEditableIn(entryOf(row).termStatus)) {
        // As updateGlossaryTerm: a term in review is what its reviewers read, a deprecated one is frozen.
        // (An admin's import, a migration that keeps the file's statuses, may replace them.)
        const status = entryOf(row).termStatus;
        report.skipped.push({ name: entry.name, reason: `line ${line}: it is ${status}: ${status === 'IN_REVIEW' ? 'withdraw it (status DRAFT) to change it' : 'a deprecated term is not changed'}` });
      } else toUpdate.push({ line, entry, row, patch });
    }

    await this.holdForReview(tx, principal, toCreate, toUpdate, keepsStatuses, report);
    // Owners the file names by URN, each a person or team of the directory, in one read; those a term had are not checked again.
    await assertOwnerUrnsKnown(
      tx,
      [...toCreate.map((item) => ({ ...item, row: undefined })), ...toUpdate].flatMap(({ line, entry, row }) =>
        givenAt(entry.owners, `line ${line}.owners`).filter(({ name }) => !(row ? contentOf(row.props).owners : []).includes(name)),
      ),
      [],
    );

    // Parents and relation targets the file states: a name of this glossary (or the file), or the URN of an active term elsewhere.
    const foreign = new Set<string>();
    for (const { line, entry, patch } of [...toCreate, ...toUpdate]) {
      if (states(patch, 'parent') && entry.parent !== null && !urnByName.has(nameKey(entry.parent))) {
        throw apiError('BAD_USER_INPUT', `line ${line} ("${entry.name}"): parent "${String(entry.parent).slice(0, 200)}" is neither in the file nor in the ${glossary} glossary`, { line });
      }
      for (const relation of states(patch, 'relations') ? entry.relations : []) {
        if (nameKey(relation.target) === nameKey(entry.name) || relation.target === urnByName.get(nameKey(entry.name))) {
          throw apiError('BAD_USER_INPUT', `line ${line} ("${entry.name}"): ${relation.kind} "${String(relation.target).slice(0, 200)}": a term cannot be related to itself`, { line });
        }
        if (urnByName.has(nameKey(relation.target))) continue;
        if (!isUrn(relation.target, 'glossaryTerm')) {
          throw apiError('BAD_USER_INPUT', `line ${line} ("${entry.name}"): ${relation.kind} target "${String(relation.target).slice(0, 200)}" is neither in the file nor in the ${glossary} glossary (name a term of another glossary by its URN)`, { line });
        }
        foreign.add(relation.target);
      }
    }
    if (foreign.size > 0) {
      const found = await tx.run(`UNWIND $urns AS urn MATCH (t:GlossaryTerm {urn: urn}) WHERE t.status = 'ACTIVE' RETURN collect(urn) AS urns`, { urns: [...foreign] });
      const known = new Set(found.records[0]!.get('urns') as string[]);
      const missing = [...foreign].filter((urn) => !known.has(urn));
      if (missing.length > 0) throw apiError('BAD_USER_INPUT', `no glossary term ${missing.slice(0, 5).join(', ')}`);
    }

    const written = [...toCreate, ...toUpdate.map(({ row, entry, patch, line }) => ({ urn: row.urn, entry, patch, line }))];
    report.created = toCreate.map(({ entry }) => entry.name);
    report.updated = toUpdate.map(({ entry }) => entry.name);
    if (written.length === 0) {
      await tx.run(`MATCH (t:GlossaryTerm {glossary: $glossary}) REMOVE t._editLock`, { glossary });
      return report;
    }

    const at = new Date().toISOString();
    const actor = principal.account!.username;
    const domain = domainOfGlossary(glossary);
    await tx.run(
      `UNWIND $rows AS row
       CREATE (t:GlossaryTerm:Entity {urn: row.urn})
       SET t += row.properties, t.glossary = $glossary, t.status = 'ACTIVE', t.version = 1, t.createdAt = $at, t.updatedAt = $at, t.createdBy = $actor, t.updatedBy = $actor
       WITH t
       OPTIONAL MATCH (d:Domain {urn: $domainUrn})
       FOREACH (_ IN CASE WHEN d IS NULL THEN [] ELSE [1] END | CREATE (t)-[:IN_DOMAIN]->(d))`,
      { rows: toCreate.map(({ urn, entry }) => ({ urn, properties: nodeProperties(entry) })), glossary, at, actor, domainUrn: domain === null ? null : formatUrn('domain', domain) },
    );
    await tx.run(
      `UNWIND $rows AS row
       MATCH (t:GlossaryTerm {urn: row.urn})
       SET t += row.properties, t.version = coalesce(t.version, 0) + 1, t.updatedAt = $at, t.updatedBy = $actor`,
      {
        rows: toUpdate.map(({ row, entry }) => ({
          urn: row.urn,
          // Sent back to review by this import (holdForReview): the importer asked for it, and may not decide on it.
          properties: { ...nodeProperties(entry), ...(backToReview(row, entry) ? { reviewRequestedBy: actor } : {}) },
        })),
        at,
        actor,
      },
    );
    const urns = written.map(({ urn }) => urn);
    // A parent or relations the file leaves out stay as they are: only those it states are rewritten.
    const reparented = written.filter(({ patch }) => states(patch, 'parent'));
    const related = written.filter(({ patch }) => states(patch, 'relations'));
    await tx.run(`UNWIND $urns AS urn MATCH (:GlossaryTerm {urn: urn})-[r:CHILD_OF]->() DELETE r`, { urns: reparented.map(({ urn }) => urn) });
    await tx.run(
      `UNWIND $rows AS row MATCH (t:GlossaryTerm {urn: row.urn}), (p:GlossaryTerm {urn: row.parent}) CREATE (t)-[:CHILD_OF]->(p)`,
      { rows: reparented.filter(({ entry }) => entry.parent !== null).map(({ urn, entry }) => ({ urn, parent: urnByName.get(nameKey(entry.parent!)) })) },
    );
    await tx.run(`UNWIND $urns AS urn MATCH (:GlossaryTerm {urn: urn})-[r:${RELATION_KINDS.join('|')}]->(:GlossaryTerm) DELETE r`, { urns: related.map(({ urn }) => urn) });
    for (const kind of RELATION_KINDS) {
      const rows = related.flatMap(({ urn, entry }) =>
        entry.relations
          .filter((relation) => relation.kind === kind)
          .map((relation) => ({ from: urn, to: urnByName.get(nameKey(relation.target)) ?? relation.target, provenance: relation.provenance, status: relation.relationStatus })),
      );
      if (rows.length === 0) continue;
      await tx.run(
        `UNWIND $rows AS row
         MATCH (a:GlossaryTerm {urn: row.from}), (b:GlossaryTerm {urn: row.to})
         MERGE (a)-[r:${kind}]->(b)
         SET r.provenance = row.provenance, r.relationStatus = row.status, r.createdAt = $at, r.createdBy = $actor`,
        { rows, at, actor },
      );
    }
    await assertNoContradictions(tx, new Map(related.map(({ urn, line }) => [urn, line])));
    await assertNoCycle(tx, urns, 'CHILD_OF', this.walkCap, 'input.content');
    for (const kind of ACYCLIC_RELATION_KINDS) await assertNoCycle(tx, urns, kind, this.walkCap, 'input.content');
    await tx.run(`MATCH (t:GlossaryTerm {glossary: $glossary}) REMOVE t._editLock`, { glossary });

    await recordChanges(
      tx,
      [
        ...toCreate.map(({ urn, entry }) => ({ urn, actor, action: input.action, before: {}, after: auditView(entry), version: 1, comment: input.comment })),
        ...toUpdate.map(({ row, entry }) => ({
          urn: row.urn,
          actor,
          action: input.action,
          before: auditView(entryOf(row)),
          after: auditView(entry),
          version: Number(row.props.version ?? 0) + 1,
          comment: input.comment,
        })),
      ],
      at,
    );
    await enqueueSearchDocuments(tx, urns, Date.now());
    // New terms have no carriers yet; updated ones whose policy facts changed queue theirs (carrierAssessments.ts).
    const reassessed = toUpdate.filter(({ row, entry }) => changesPolicyFacts(entryOf(row), entry) || entryOf(row).termStatus !== entry.termStatus).map(({ row }) => row.urn);
    await enqueueCarrierAssessments(tx, reassessed, Date.now());
    return report;
  }

  /**
   * The import's reviewers and the lifecycle, as updateGlossaryTerm has them, checked before anything is
   * written, in one read of the accounts named: a reviewer a term gains must be an enabled account
   * (namedAccounts.ts), and an APPROVED term whose meaning the file changes goes back to IN_REVIEW, which
   * needs a reviewer other than the importer. Either refusal names the line and the term, and fails the
   * whole import. An admin's import keeping the file's statuses (a migration of terms reviewed elsewhere)
   * takes the file's status as it is.
   */
  private async holdForReview(
    tx: ManagedTransaction,
    principal: Principal,
    toCreate: ReadonlyArray<{ line: number; entry: GlossaryEntry }>,
    toUpdate: Array<{ line: number; entry: GlossaryEntry; row: StateRow }>,
    keepsStatuses: boolean,
    report: ImportReport,
  ): Promise<void> {
    const actor = principal.account!.username;
    const standings = await readNamedAccounts(tx, [...toCreate, ...toUpdate].flatMap(({ entry }) => entry.reviewers));
    const refuse = (line: number, name: string, message: string) => {
      throw apiError('BAD_USER_INPUT', `line ${line} ("${name.slice(0, 200)}"): ${message}`, { argument: 'input.content', line });
    };
    for (const { line, entry, row } of [...toCreate.map((item) => ({ ...item, row: undefined })), ...toUpdate]) {
      const kept = row ? contentOf(row.props).reviewers : [];
      for (const reviewer of entry.reviewers) {
        const problem = kept.includes(reviewer) ? null : accountProblem(reviewer, standings.get(reviewer));
        if (problem) refuse(line, entry.name, `reviewers: ${problem}`);
      }
    }
    if (keepsStatuses) return;
    for (const item of toUpdate) {
      const status = entryOf(item.row).termStatus;
      const changed = meaningChanges(contentOf(item.row.props), contentOfEntry(item.entry));
      if (statusAfterContentEdit(status, changed) === status) continue;
      if (!item.entry.reviewers.some((reviewer) => reviewer !== actor && standings.get(reviewer) === 'ENABLED')) {
        refuse(item.line, item.entry.name, `it is APPROVED, and the import changes its ${changed.join(', ')}, which sends it back to review: name a reviewer other than yourself in its reviewers`);
      }
      item.entry = { ...item.entry, termStatus: 'IN_REVIEW' };
      report.statusesHeld = report.statusesHeld.filter((held) => held.name !== item.entry.name);
      report.statusesHeld.push({ name: item.entry.name, reason: `back IN_REVIEW (it was APPROVED): the import changes its ${changed.join(', ')}, which its reviewers approve again` });
    }
  }
}

/**
 * Refuses relations the import wrote that contradict each other, or a relation the glossary has
 * (relationContradiction.ts), naming the line of the later one, and where the other is: `line 9 ("Debit"):
 * "Debit" ANTONYM "Credit" contradicts "Debit" IS_A "Credit" (line 4): ...`. `lines` holds the line of each
 * term whose relations the file states, by URN; their relations are the new ones. Constraint: glossaryterm_urn.
 */
async function assertNoContradictions(tx: ManagedTransaction, lines: ReadonlyMap<string, number>): Promise<void> {
  if (lines.size === 0) return;
  const result = await tx.run(
    `UNWIND $urns AS u
     MATCH (:GlossaryTerm {urn: u})-[r:${RELATION_KINDS.join('|')}]-(:GlossaryTerm)
     WITH DISTINCT r
     RETURN startNode(r).urn AS from, type(r) AS kind, endNode(r).urn AS to, coalesce(r.relationStatus, 'ACTIVE') AS relationStatus,
            startNode(r).name AS fromName, endNode(r).name AS toName`,
    { urns: [...lines.keys()] },
  );
  const names = new Map<string, string>();
  const relations = result.records.map((record) => {
    const row = record.toObject() as TermRelation & { fromName: string; toName: string };
    names.set(row.from, row.fromName).set(row.to, row.toName);
    return { from: row.from, kind: row.kind, to: row.to, relationStatus: row.relationStatus };
  });
  // The file's later lines first: of two relations it states, the later one is named as the one that contradicts.
  relations.sort((a, b) => (lines.get(b.from) ?? 0) - (lines.get(a.from) ?? 0));
  const found = firstContradiction(relations, (relation) => lines.has(relation.from));
  if (!found) return;
  const nameOf = (urn: string) => names.get(urn) ?? urn;
  const line = lines.get(found.relation.from)!;
  const otherLine = lines.get(found.other.from);
  throw apiError(
    'BAD_USER_INPUT',
    `line ${line} ("${nameOf(found.relation.from).slice(0, 200)}"): ${describeRelation(found.relation, nameOf)} contradicts ${describeRelation(found.other, nameOf)} (${otherLine === undefined ? 'already stated' : `line ${otherLine}`}): ${found.reason}`,
    { argument: 'input.content', line },
  );
}

/** Whether a file states `field` of a term: all of a new one (`patch` undefined), what it gives of an existing one. */
function states(patch: EntryPatch | undefined, field: keyof EntryPatch): boolean {
  return patch === undefined || patch[field] !== undefined;
}

/** Whether the import moves the term from APPROVED to IN_REVIEW (holdForReview). */
function backToReview(row: StateRow, entry: GlossaryEntry): boolean {
  return row.props.termStatus === 'APPROVED' && entry.termStatus === 'IN_REVIEW';
}

/**
 * An import is not a way around review: unless the importer may keep the file's statuses
 * (an admin migrating reviewed terms), a new term lands as DRAFT and an existing one keeps
 * its status; each such term is reported, so the importer knows to submit it for review.
 */
function heldStatus(entry: GlossaryEntry, row: StateRow | undefined, report: ImportReport): GlossaryEntry {
  const status = row ? ((row.props.termStatus as GlossaryEntry['termStatus'] | undefined) ?? 'DRAFT') : 'DRAFT';
  if (entry.termStatus === status) return entry;
  report.statusesHeld.push({
    name: entry.name,
    reason: row
      ? `kept ${status} (the file says ${entry.termStatus}): a status changes through review (changeGlossaryTermStatus), not by import`
      : `created as DRAFT (the file says ${entry.termStatus}): submit it for review; only its reviewers approve`,
  });
  return { ...entry, termStatus: status };
}

function nodeProperties(entry: GlossaryEntry): Props {
  return { ...contentProperties(contentOfEntry(entry)), termStatus: entry.termStatus };
}

function auditView(entry: GlossaryEntry): Record<string, unknown> {
  return { ...canonicalEntries([entry])[0] };
}

function freeUrn(glossary: string, name: string, taken: Set<string>): string {
  const slug = slugOf(name);
  for (let attempt = 1; ; attempt++) {
    const urn = formatUrn('glossaryTerm', glossary, attempt === 1 ? slug : `${slug}-${attempt}`);
    if (!taken.has(urn)) {
      taken.add(urn);
      return urn;
    }
  }
}

