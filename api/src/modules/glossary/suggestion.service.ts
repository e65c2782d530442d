/**
 * Rule-made term suggestions for columns. Running the rules proposes each
 * APPROVED term for the columns whose names match it, and for those copied
 * unchanged (column lineage) from a column carrying it (enterprise terms
 * everywhere, a domain's terms in that domain only), as `Suggestion` nodes keyed
 * by (column, term): a suggestion once made — and above all once rejected — is
 * never made again. A steward accepts one (the MEANS edge is written as a
 * person's, versioned and audited on the column, in one transaction) or rejects it;
 * a suggestion of a term that is no longer APPROVED (sent back to review by an edit
 * of its meaning, or deprecated) is not accepted until the term is approved again.
 *
 * Every step is audited on the column it is about, in the transaction that takes
 * it: a suggestion made (`runTermSuggestionRules`, by whoever ran the rules),
 * accepted or rejected. A run has no entity of its own to be audited on (the
 * rules are code, the run leaves nothing but suggestions), so a run that makes
 * no suggestion changes nothing and leaves no entry.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { inWriteTransaction } from '@polder/runtime';
import { ENTERPRISE_GLOSSARY, formatUrn, parseUrn, searchDocumentUrn } from '@polder/graph-schema';
import { enqueueAssessments, enqueueSearchDocuments } from '@polder/crawlers';
import { apiError } from '../../errors.ts';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { assertAllowed } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { recordChange, recordChanges } from '../audit/audit.service.ts';
import { PERSON_PROVIDER } from '../edits/edit.service.ts';
import { suggestionReason } from './suggestionRule.ts';
import { visibleAsset, visibleDataset } from '../access/visibleInCypher.ts';
import { everyoneSeesTermAssignment, seesTermAssignment } from '../access/maskedInCypher.ts';
import { hiddenDomains, visibilityParameters } from '../access/assetVisibility.ts';
import { readPrivateDomains } from '../access/readPrivateDomains.ts';

export interface SuggestionRow {
  urn: string;
  fieldUrn: string;
  termUrn: string;
  reason: string;
  suggestionStatus: 'PENDING' | 'ACCEPTED' | 'REJECTED';
  decidedBy: string | null;
  decidedAt: string | null;
  createdAt: string;
}

const SUGGESTION_VIEW = `s {.urn, .reason, .suggestionStatus, .decidedBy, .decidedAt, .createdAt, fieldUrn: f.urn, termUrn: t.urn}`;

export class SuggestionService {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly graph: GraphReader,
  ) {}

  /** Runs the rules over the columns of the given datasets (all when null); returns how many suggestions are new. */
  async run(principal: Principal, datasetUrns: string[] | null): Promise<number> {
    assertAllowed(principal, { kind: 'assignTerms', domain: null });
    const terms = await this.graph.read<{ urn: string; glossary: string; name: string; synonyms: string[]; acronyms: string[]; columnPatterns: string[] }>(
      `MATCH (t:GlossaryTerm) WHERE t.status = 'ACTIVE' AND t.termStatus = 'APPROVED'
       RETURN t.urn AS urn, coalesce(t.glossary, $enterprise) AS glossary, t.name AS name,
              coalesce(t.synonyms, []) AS synonyms, coalesce(t.acronyms, []) AS acronyms, coalesce(t.columnPatterns, []) AS columnPatterns`,
      { enterprise: ENTERPRISE_GLOSSARY },
    );
    if (terms.length === 0) return 0;
    // A scan of the Dataset label: nearly every dataset is active (no index on status, migration 011).
    const fields = await this.graph.read<{ urn: string; name: string; domain: string | null; terms: string[] }>(
      `MATCH (d:Dataset)-[:HAS_FIELD]->(f:Field)
       WHERE d.status = 'ACTIVE' AND f.status = 'ACTIVE' AND ($datasets IS NULL OR d.urn IN $datasets) AND ${visibleDataset('d')}
       OPTIONAL MATCH (d)-[:IN_DOMAIN]->(domain:Domain)
       RETURN f.urn AS urn, f.name AS name, domain.id AS domain, [(f)-[:MEANS]->(t:GlossaryTerm) | t.urn] AS terms`,
      { datasets: datasetUrns },
    );
    const candidates = new Map<string, { urn: string; field: string; term: string; reason: string }>();
    const propose = (field: string, term: string, reason: string) => {
      const urn = formatUrn('suggestion', parseUrn(field), parseUrn(term));
      if (!candidates.has(urn)) candidates.set(urn, { urn, field, term, reason });
    };
    for (const field of fields) {
      for (const term of terms) {
        if (term.glossary !== ENTERPRISE_GLOSSARY && term.glossary !== field.domain) continue;
        if (field.terms.includes(term.urn)) continue;
        const reason = suggestionReason(field.name, term);
        if (reason) propose(field.urn, term.urn, reason);
      }
    }
    // A column copied unchanged (column lineage, IDENTITY) from one carrying an approved term holds the same
    // values, whatever it is called: a PII column stays PII downstream. Proposed, not assigned: a steward decides.
    // The reason names no upstream column: a suggestion is read by whoever sees this column, who may not see that
    // one; nor is a classified term read off a restricted dataset (maskedInCypher.ts).
    const copied = await this.graph.read<{ field: string; term: string; glossary: string; domain: string | null; column: string }>(
      `MATCH (d:Dataset)-[:HAS_FIELD]->(f:Field)-[lineage:DERIVES_FROM]->(upstream:Field)-[:MEANS]->(t:GlossaryTerm)
       WHERE d.status = 'ACTIVE' AND f.status = 'ACTIVE' AND ($datasets IS NULL OR d.urn IN $datasets) AND ${visibleDataset('d')}
         AND lineage.transformation = 'IDENTITY' AND upstream.status = 'ACTIVE'
         AND t.status = 'ACTIVE' AND t.termStatus = 'APPROVED' AND NOT EXISTS { (f)-[:MEANS]->(t) }
       MATCH (source:Dataset)-[:HAS_FIELD]->(upstream) WHERE source.status = 'ACTIVE' AND ${everyoneSeesTermAssignment('source', 't')}
       OPTIONAL MATCH (d)-[:IN_DOMAIN]->(domain:Domain)
       RETURN DISTINCT f.urn AS field, t.urn AS term, coalesce(t.glossary, $enterprise) AS glossary, domain.id AS domain, f.name AS column`,
      { datasets: datasetUrns, enterprise: ENTERPRISE_GLOSSARY },
    );
    for (const row of copied) {
      if (row.glossary !== ENTERPRISE_GLOSSARY && row.glossary !== row.domain) continue;
      propose(row.field, row.term, `column "${row.column}" is copied unchanged (column lineage) from a column that carries the term`);
    }
    if (candidates.size === 0) return 0;
    const actor = principal.account!.username;
    return await inWriteTransaction(this.driver, this.database, async (tx) => {
      const at = new Date().toISOString();
      // Constraint: suggestion_urn (migration 005). A suggestion that exists, whatever its status, is left as it is.
      const result = await tx.run(
        `UNWIND $rows AS row
         MATCH (f:Field {urn: row.field}), (t:GlossaryTerm {urn: row.term})
         MERGE (s:Suggestion {urn: row.urn})
         ON CREATE SET s.reason = row.reason, s.suggestionStatus = 'PENDING', s.status = 'ACTIVE', s.createdAt = $at, s.updatedAt = $at, s._created = true
         MERGE (s)-[:SUGGESTS]->(t)
         MERGE (s)-[:SUGGESTED_FOR]->(f)
         WITH s, f, t, row WHERE s._created
         REMOVE s._created
         RETURN f.urn AS field, t.urn AS term, row.reason AS reason, coalesce(f.editable_version, 0) AS version`,
        { rows: [...candidates.values()], at },
      );
      const created = result.records.map((record) => record.toObject() as { field: string; term: string; reason: string; version: number });
      // The column is not edited (its version stays), but what is proposed for it is: its history says so.
      await recordChanges(
        tx,
        created.map((suggestion) => ({
          urn: suggestion.field,
          actor,
          action: 'runTermSuggestionRules',
          before: { suggestedTerm: suggestion.term, suggestionStatus: null },
          after: { suggestedTerm: suggestion.term, suggestionStatus: 'PENDING', reason: suggestion.reason },
          version: Number(suggestion.version),
        })),
        at,
      );
      return created.length;
    });
  }

  async list(status: string, limit: number): Promise<SuggestionRow[]> {
    const rows = await this.graph.read<{ s: SuggestionRow }>(
      `MATCH (f:Field)<-[:SUGGESTED_FOR]-(s:Suggestion {suggestionStatus: $status})-[:SUGGESTS]->(t:GlossaryTerm)
       WHERE ${visibleAsset('f')} AND ${seesTermAssignment('f', 't')}
       RETURN ${SUGGESTION_VIEW} AS s ORDER BY s.createdAt, s.urn LIMIT $limit`,
      { status, limit: neo4j.int(limit) },
    );
    return rows.map((row) => row.s);
  }

  /** Accepts (writes the MEANS edge, audited on the column) or rejects a pending suggestion; returns it as it now is. */
  async decide(principal: Principal, input: { urn: string; accept: boolean; comment: string | null }): Promise<SuggestionRow> {
    const visibility = { hidden: hiddenDomains(visibilityParameters(principal), await readPrivateDomains(this.driver, this.database)) };
    return await inWriteTransaction(this.driver, this.database, async (tx) => {
      const found = await tx.run(
        // A suggestion for a column the caller may not see is answered as missing (access/visibleInCypher.ts).
        `MATCH (f:Field)<-[:SUGGESTED_FOR]-(s:Suggestion {urn: $urn})-[:SUGGESTS]->(t:GlossaryTerm)
         WHERE ${visibleAsset('f')}
         SET s._lock = true, f._editLock = true
         WITH f, s, t
         OPTIONAL MATCH (d:Dataset)-[:HAS_FIELD]->(f)
         OPTIONAL MATCH (d)-[:IN_DOMAIN]->(domain:Domain)
         RETURN s.suggestionStatus AS status, f.urn AS field, t.urn AS term, t.name AS termName, coalesce(t.termStatus, 'DRAFT') AS termStatus,
                domain.id AS domain, coalesce(f.editable_version, 0) AS version,
                [(f)-[m:MEANS {provider: $person}]->(x:GlossaryTerm) | x.urn] AS terms`,
        { urn: input.urn, person: PERSON_PROVIDER, visibility },
      );
      const record = found.records[0];
      if (!record) throw apiError('NOT_FOUND', `no term suggestion ${input.urn.slice(0, 300)}`);
      assertAllowed(principal, { kind: 'assignTerms', domain: record.get('domain') as string | null });
      // Decided since the caller read it as pending (two stewards at once): a stale write, refused as edits on an old version are.
      if (record.get('status') !== 'PENDING') throw apiError('CONFLICT', `this suggestion was already ${String(record.get('status')).toLowerCase()}`, { currentStatus: record.get('status') });
      // Only approved terms are proposed (run), and only approved ones are assigned from a proposal: a term sent
      // back to review since (its meaning changed) waits, still PENDING, for its reviewers; rejecting it needs no wait.
      const termStatus = record.get('termStatus') as string;
      if (input.accept && termStatus !== 'APPROVED') {
        throw apiError(
          'BAD_USER_INPUT',
          `"${String(record.get('termName'))}" is ${termStatus} since it was suggested: ${termStatus === 'DEPRECATED' ? 'reject the suggestion' : 'accept the suggestion once the term is approved again, or reject it'}`,
          { argument: 'input.accept' },
        );
      }
      const actor = principal.account!.username;
      const at = new Date().toISOString();
      await tx.run(
        `MATCH (s:Suggestion {urn: $urn}) SET s.suggestionStatus = $status, s.decidedBy = $actor, s.decidedAt = $at, s.updatedAt = $at, s.comment = $comment REMOVE s._lock`,
        { urn: input.urn, status: input.accept ? 'ACCEPTED' : 'REJECTED', actor, at, comment: input.comment },
      );
      const field = record.get('field') as string;
      if (input.accept) {
        const before = [...(record.get('terms') as string[])].sort();
        const after = [...new Set([...before, record.get('term') as string])].sort();
        const version = Number(record.get('version')) + 1;
        await tx.run(
          `MATCH (f:Field {urn: $field}), (t:GlossaryTerm {urn: $term})
           MERGE (f)-[:MEANS {provider: $person}]->(t)
           SET f.editable_version = $version, f.editable_updatedAt = $at, f.editable_updatedBy = $actor
           REMOVE f._editLock`,
          { field, term: record.get('term'), person: PERSON_PROVIDER, version, at, actor },
        );
        await recordChange(tx, field, { actor, action: 'acceptTermSuggestion', before: { terms: before }, after: { terms: after }, version, comment: input.comment }, at);
        const document = searchDocumentUrn(parseUrn(field));
        if (document) await enqueueSearchDocuments(tx, [document], Date.now());
        // A term carried is a policy fact of the column's dataset, as setTerms queues it (edit.service.ts).
        await enqueueAssessments(tx, [field], Date.now());
      } else {
        await tx.run(`MATCH (f:Field {urn: $field}) REMOVE f._editLock`, { field });
        // Nothing on the column changes (nor its version), but the term is no longer proposed for it: audited there.
        await recordChange(
          tx,
          field,
          {
            actor,
            action: 'rejectTermSuggestion',
            before: { suggestedTerm: record.get('term'), suggestionStatus: 'PENDING' },
            after: { suggestedTerm: record.get('term'), suggestionStatus: 'REJECTED' },
            version: Number(record.get('version')),
            comment: input.comment,
          },
          at,
        );
      }
      const view = await tx.run(`MATCH (f:Field)<-[:SUGGESTED_FOR]-(s:Suggestion {urn: $urn})-[:SUGGESTS]->(t:GlossaryTerm) RETURN ${SUGGESTION_VIEW} AS s`, { urn: input.urn });
      return view.records[0]!.get('s') as SuggestionRow;
    });
  }
}

