/**
 * Polysemes: one word, one sense per domain, and the mappings between senses.
 * The global part — label, list of senses, mappings with their rules and who
 * agreed — is the council's (`governPolysemes`); a sense's definition and its
 * identity fields are its domain's (`editGlossaryTerm` on that domain). Writes
 * follow the glossary's transaction order: lock, permission, version, write,
 * audit, search outbox.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { ENTERPRISE_GLOSSARY, formatUrn } from '@polder/graph-schema';
import { enqueueSearchDocuments } from '@polder/crawlers';
import { inWriteTransaction } from '@polder/runtime';
import { apiError } from '../../errors.ts';
import type { GraphReader } from '../../graph/GraphReader.ts';
import { pageKeysParameter } from '../../graph/pageKey.ts';
import { assertAllowed } from '../access/authorize.ts';
import type { Principal } from '../access/Principal.ts';
import { recordChange } from '../audit/audit.service.ts';
import { toDataset, toField, toGlossaryTerm } from '../dataset/dataset.service.ts';
import { EntityType } from '../entity/entity.type.ts';
import type { Dataset } from '../dataset/dataset.type.ts';
import type { SchemaField } from '../dataset/field.type.ts';
import { domainOfGlossary, firstFreeUrn, lockTerm, releaseTerm } from './glossary.service.ts';
import { assertVersion } from '../edits/assertVersion.ts';
import { sameValue } from '../edits/unchanged.ts';
import { nameKey } from './glossaryEntry.ts';
import { retriedOnceOnNameRace } from './uniquenessRace.ts';
import type { GlossaryTerm } from './glossaryTerm.type.ts';
import { parseJoinRule, JoinRuleError, type JoinColumn, type JoinPair } from './joinRule.ts';
import { accountProblem, readNamedAccounts } from './namedAccounts.ts';
import { findUnmodeledPolysemes, type DomainTerm, type UnmodeledPolysemeFinding } from './unmodeledPolysemes.ts';
import { HIDDEN_DOMAINS_IN_QUERY, visibleAsset, visibleDataset } from '../access/visibleInCypher.ts';
import { seesTermAssignment } from '../access/maskedInCypher.ts';
import { visibilityParameters } from '../access/assetVisibility.ts';

export const MAPPING_KINDS = ['SAME_AS', 'BROADER', 'NARROWER', 'OVERLAPS'] as const;
export type MappingKind = (typeof MAPPING_KINDS)[number];

type Props = Record<string, unknown>;
type Tx = ManagedTransaction;

export interface PolysemeView {
  type: EntityType.POLYSEME;
  urn: string;
  label: string;
  description: string | null;
  polysemeStatus: 'DRAFT' | 'APPROVED';
  version: number;
}

export interface MappingView {
  from: GlossaryTerm;
  to: GlossaryTerm;
  kind: MappingKind;
  rule: string;
  agreedBy: string[];
}

export interface CarrierView {
  sense: GlossaryTerm;
  domain: string;
  dataset: Dataset;
  field: SchemaField | null;
  identity: boolean;
}

export interface JoinKeyView {
  kind: MappingKind;
  rule: string;
  from: GlossaryTerm;
  to: GlossaryTerm;
  pairs: Array<{ left: JoinColumn & { field: SchemaField | null }; right: JoinColumn & { field: SchemaField | null } }>;
}

export interface LineageHopView {
  degree: number;
  from: GlossaryTerm;
  to: GlossaryTerm;
  kind: MappingKind;
  rule: string;
  datasets: Dataset[];
  datasetCount: number;
}

export function toPolyseme(props: Props): PolysemeView {
  return {
    type: EntityType.POLYSEME,
    urn: props.urn as string,
    label: props.label as string,
    description: (props.description as string | undefined) ?? null,
    polysemeStatus: (props.polysemeStatus as PolysemeView['polysemeStatus'] | undefined) ?? 'DRAFT',
    version: Number(props.version ?? 0),
  };
}

export class PolysemeService {
  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly graph: GraphReader,
  ) {}

  // ---------------------------------------------------------------- reads

  async polysemes(): Promise<PolysemeView[]> {
    const rows = await this.graph.read<{ p: Props }>(`MATCH (p:Polyseme) WHERE p.status = 'ACTIVE' RETURN properties(p) AS p ORDER BY toLower(p.label)`);
    return rows.map((row) => toPolyseme(row.p));
  }

  // Constraint: polyseme_urn (migration 001).
  async polysemesByUrn(urns: readonly string[]): Promise<Array<PolysemeView | null>> {
    const rows = await this.graph.read<{ key: string; p: Props }>(`UNWIND $urns AS key MATCH (p:Polyseme {urn: key}) WHERE p.status = 'ACTIVE' RETURN key, properties(p) AS p`, { urns });
    const found = new Map(rows.map((row) => [row.key, toPolyseme(row.p)]));
    return urns.map((urn) => found.get(urn) ?? null);
  }

  async sensesOf(urns: readonly string[]): Promise<GlossaryTerm[][]> {
    const rows = await this.graph.read<{ key: string; t: Props }>(
      `UNWIND $urns AS key MATCH (:Polyseme {urn: key})-[:HAS_SENSE]->(t:GlossaryTerm) RETURN key, properties(t) AS t ORDER BY t.glossary`,
      { urns },
    );
    return urns.map((urn) => rows.filter((row) => row.key === urn).map((row) => toGlossaryTerm(row.t)));
  }

  async polysemeOfSenses(termUrns: readonly string[]): Promise<Array<PolysemeView | null>> {
    const rows = await this.graph.read<{ key: string; p: Props }>(
      `UNWIND $urns AS key MATCH (p:Polyseme)-[:HAS_SENSE]->(:GlossaryTerm {urn: key}) WHERE p.status = 'ACTIVE' RETURN key, properties(p) AS p`,
      { urns: termUrns },
    );
    const found = new Map(rows.map((row) => [row.key, toPolyseme(row.p)]));
    return termUrns.map((urn) => found.get(urn) ?? null);
  }

  async identityFieldsOf(termUrns: readonly string[]): Promise<SchemaField[][]> {
    const rows = await this.graph.read<{ key: string; f: Props }>(
      `UNWIND $urns AS key MATCH (t:GlossaryTerm {urn: key})-[:IDENTIFIED_BY]->(f:Field) WHERE ${visibleAsset('f')} AND ${seesTermAssignment('f', 't')} RETURN key, properties(f) AS f ORDER BY f.urn`,
      { urns: termUrns },
    );
    return termUrns.map((urn) => rows.filter((row) => row.key === urn).map((row) => toField(row.f)));
  }

  /** The mappings of each polyseme, in one query for all of them. */
  async mappingsOfMany(urns: readonly string[]): Promise<MappingView[][]> {
    const rows = await this.graph.read<{ key: string; a: Props; b: Props; kind: MappingKind; rule: string; agreedBy: string[] }>(
      `UNWIND $urns AS key
       MATCH (p:Polyseme {urn: key})-[:HAS_SENSE]->(a:GlossaryTerm)-[m:MAPS_TO]->(b:GlossaryTerm)<-[:HAS_SENSE]-(p)
       RETURN key, properties(a) AS a, properties(b) AS b, m.kind AS kind, m.rule AS rule, coalesce(m.agreedBy, []) AS agreedBy
       ORDER BY a.glossary, b.glossary`,
      { urns },
    );
    return urns.map((urn) => rows.filter((row) => row.key === urn).map((row) => ({ from: toGlossaryTerm(row.a), to: toGlossaryTerm(row.b), kind: row.kind, rule: row.rule, agreedBy: row.agreedBy })));
  }

  /**
   * Every dataset and column, across domains, that carries a sense (MEANS) or identifies one (IDENTIFIED_BY):
   * a page of them for each key, and how many in all; one query for all the keys. Node references are gathered,
   * and properties read for the page only.
   */
  async carriersOf(keys: ReadonlyArray<{ urn: string; offset: number; limit: number }>): Promise<Array<{ total: number; carriers: CarrierView[] }>> {
    const rows = await this.graph.read<{ index: number; total: number; page: Array<{ t: Props; d: Props; f: Props | null; identity: boolean }> }>(
      `UNWIND range(0, size($keys) - 1) AS index
       WITH index, $keys[index] AS key
       MATCH (:Polyseme {urn: key.urn})-[:HAS_SENSE]->(t:GlossaryTerm)
       CALL (t) {
         MATCH (d:Dataset)-[:MEANS]->(t) WHERE d.status = 'ACTIVE' RETURN d, null AS f, false AS identity
         UNION
         MATCH (d:Dataset)-[:HAS_FIELD]->(f:Field)-[:MEANS]->(t) WHERE d.status = 'ACTIVE' AND f.status = 'ACTIVE' RETURN d, f, false AS identity
         UNION
         MATCH (t)-[:IDENTIFIED_BY]->(f:Field)<-[:HAS_FIELD]-(d:Dataset) WHERE d.status = 'ACTIVE' AND f.status = 'ACTIVE' RETURN d, f, true AS identity
       }
       WITH index, key, t, d, f, identity WHERE ${visibleDataset('d')} AND ${seesTermAssignment('d', 't')}
       WITH index, key, t, d, f, max(identity) AS identity
       ORDER BY t.glossary, d.qualifiedName, f IS NOT NULL, f.position
       WITH index, key, collect({t: t, d: d, f: f, identity: identity}) AS carriers
       RETURN index, size(carriers) AS total,
              [c IN carriers[key.offset..key.offset + key.limit] |
                {t: properties(c.t), d: properties(c.d), f: CASE WHEN c.f IS NULL THEN null ELSE properties(c.f) END, identity: c.identity}] AS page`,
      { keys: pageKeysParameter(keys) },
    );
    const byIndex = new Map(rows.map((row) => [Number(row.index), row]));
    return keys.map((_, index) => {
      const row = byIndex.get(index);
      return {
        total: Number(row?.total ?? 0),
        carriers: (row?.page ?? []).map((carrier) => ({
          sense: toGlossaryTerm(carrier.t),
          domain: String(carrier.t.glossary),
          dataset: toDataset(carrier.d),
          field: carrier.f ? toField(carrier.f) : null,
          identity: carrier.identity,
        })),
      };
    });
  }

  /**
   * For each polyseme, the mappings between the senses of two domains, with the columns their rules
   * join on: one query for the mappings of all of them, one for all their columns.
   */
  async joinKeysOf(polysemeUrns: readonly string[], domainA: string, domainB: string): Promise<JoinKeyView[][]> {
    const domains = [domainA, domainB].sort().join('\u0000');
    const mappingsOf = (await this.mappingsOfMany(polysemeUrns)).map((mappings) =>
      mappings.filter((mapping) => [mapping.from.glossary, mapping.to.glossary].sort().join('\u0000') === domains),
    );
    const columns = mappingsOf.flat().flatMap((mapping) => parseJoinRule(mapping.rule).flatMap((pair) => [pair.left, pair.right]));
    // Index: dataset_qualified_name (migration 002).
    const rows = await this.graph.read<{ dataset: string; column: string; f: Props }>(
      `UNWIND $columns AS c
       MATCH (d:Dataset {qualifiedName: c.dataset})-[:HAS_FIELD]->(f:Field {name: c.column}) WHERE d.status = 'ACTIVE' AND f.status = 'ACTIVE' AND ${visibleDataset('d')}
       RETURN c.dataset AS dataset, c.column AS column, properties(f) AS f`,
      { columns },
    );
    const fieldOf = (column: JoinColumn) => {
      const row = rows.find((candidate) => candidate.dataset === column.dataset && candidate.column === column.column);
      return { ...column, field: row ? toField(row.f) : null };
    };
    return mappingsOf.map((mappings) =>
      mappings.map((mapping) => ({
        kind: mapping.kind,
        rule: mapping.rule,
        from: mapping.from,
        to: mapping.to,
        pairs: parseJoinRule(mapping.rule).map((pair) => ({ left: fieldOf(pair.left), right: fieldOf(pair.right) })),
      })),
    );
  }

  /**
   * Lineage across domains through the mappings: from the senses a dataset (or its
   * columns) carries, over MAPS_TO in either direction, one query per hop, to the
   * datasets that carry the senses reached: the first `datasetsPerHop` of them, and their count.
   * Bounded by `maxDepth` hops.
   */
  async lineage(datasetUrn: string, maxDepth: number, datasetsPerHop: number): Promise<{ hops: LineageHopView[]; isPartial: boolean }> {
    const start = await this.graph.read<{ urn: string }>(
      `MATCH (d:Dataset {urn: $urn})-[:HAS_FIELD*0..1]->(x)-[:MEANS]->(t:GlossaryTerm)<-[:HAS_SENSE]-(:Polyseme) WHERE ${visibleDataset('d')} AND ${seesTermAssignment('d', 't')} RETURN DISTINCT t.urn AS urn`,
      { urn: datasetUrn },
    );
    const seen = new Set(start.map((row) => row.urn));
    let frontier = [...seen];
    const hops: LineageHopView[] = [];
    let depth = 0;
    while (frontier.length > 0 && depth < maxDepth) {
      depth++;
      // The carriers as node references first (their count), then the properties of one page of them only.
      const rows = await this.graph.read<{ a: Props; b: Props; kind: MappingKind; rule: string; datasets: Props[]; datasetCount: number }>(
        `UNWIND $frontier AS u
         MATCH (a:GlossaryTerm {urn: u})-[m:MAPS_TO]-(b:GlossaryTerm)
         WHERE NOT b.urn IN $seen
         WITH a, b, m, COLLECT { MATCH (d:Dataset)-[:HAS_FIELD*0..1]->(x)-[:MEANS]->(b) WHERE d.status = 'ACTIVE' AND ${visibleDataset('d')} AND ${seesTermAssignment('d', 'b')} WITH DISTINCT d ORDER BY d.qualifiedName RETURN d } AS carriers
         RETURN properties(a) AS a, properties(b) AS b, m.kind AS kind, m.rule AS rule,
                [d IN carriers[0..$datasetsPerHop] | properties(d)] AS datasets, size(carriers) AS datasetCount
         ORDER BY b.glossary`,
        { frontier, seen: [...seen], datasetsPerHop: neo4j.int(datasetsPerHop) },
      );
      frontier = [];
      for (const row of rows) {
        hops.push({ degree: depth, from: toGlossaryTerm(row.a), to: toGlossaryTerm(row.b), kind: row.kind, rule: row.rule, datasets: row.datasets.map(toDataset), datasetCount: row.datasetCount });
        const reached = row.b.urn as string;
        if (!seen.has(reached)) frontier.push(reached);
        seen.add(reached);
      }
    }
    // Cut only if the cap left something unwalked: a probe, not a guess.
    const more =
      frontier.length > 0 &&
      (await this.graph.read<{ more: boolean }>(
        `UNWIND $frontier AS u MATCH (:GlossaryTerm {urn: u})-[:MAPS_TO]-(b:GlossaryTerm) WHERE NOT b.urn IN $seen RETURN count(b) > 0 AS more`,
        { frontier, seen: [...seen] },
      ))[0]?.more === true;
    return { hops, isPartial: more };
  }

  async unmodeled(): Promise<Array<Omit<UnmodeledPolysemeFinding, 'terms'> & { terms: GlossaryTerm[] }>> {
    const rows = await this.graph.read<{ t: Props }>(
      `MATCH (t:GlossaryTerm) WHERE t.status = 'ACTIVE' AND t.glossary IS NOT NULL AND t.glossary <> $enterprise
         AND coalesce(t.termStatus, 'DRAFT') <> 'DEPRECATED' AND NOT (:Polyseme)-[:HAS_SENSE]->(t)
       RETURN properties(t) AS t`,
      { enterprise: ENTERPRISE_GLOSSARY },
    );
    const byUrn = new Map(rows.map((row) => [row.t.urn as string, row.t]));
    const terms: DomainTerm[] = rows.map((row) => ({ urn: row.t.urn as string, name: row.t.name as string, synonyms: (row.t.synonyms as string[] | undefined) ?? [], domain: row.t.glossary as string }));
    return findUnmodeledPolysemes(terms).map((finding) => ({ label: finding.label, terms: finding.terms.map((term) => toGlossaryTerm(byUrn.get(term.urn)!)) }));
  }

  // ---------------------------------------------------------------- writes

  async create(principal: Principal, input: { label: string; description: string | null; senseUrns: string[]; polysemeStatus: 'DRAFT' | 'APPROVED'; comment: string | null }): Promise<string> {
    assertAllowed(principal, { kind: 'governPolysemes' });
    return retriedOnceOnNameRace(() => this.write(async (tx) => {
      // Labels are unique regardless of case; two labels whose slugs clash are two polysemes, the second URN suffixed.
      // Two creates of one label at once both pass the check: the constraint on the label's key (polyseme_label)
      // fails the second, which is then run again (see uniquenessRace.ts).
      const urn = await firstFreeUrn(tx, (slug) => formatUrn('polyseme', slug), input.label, 'input.label', 'among the polysemes');
      await assertLabelFree(tx, input.label, null);
      const at = new Date().toISOString();
      const actor = principal.account!.username;
      await tx.run(
        `CREATE (p:Polyseme:Entity {urn: $urn}) SET p.label = $label, p.labelKey = $labelKey, p.description = $description, p.polysemeStatus = $status,
           p.status = 'ACTIVE', p.version = 1, p.createdAt = $at, p.updatedAt = $at, p.createdBy = $actor, p.updatedBy = $actor`,
        { urn, label: input.label, labelKey: nameKey(input.label), description: input.description, status: input.polysemeStatus, at, actor },
      );
      const senses = await setSenses(tx, urn, input.senseUrns);
      await recordChange(tx, urn, { actor, action: 'createPolyseme', before: {}, after: { label: input.label, description: input.description, polysemeStatus: input.polysemeStatus, senses }, version: 1, comment: input.comment }, at);
      await enqueueSearchDocuments(tx, [urn], Date.now());
      return urn;
    }), 'input.label', 'another polyseme');
  }

  async update(
    principal: Principal,
    input: { urn: string; expectedVersion: number; label?: string; description?: string | null; senseUrns?: string[]; polysemeStatus?: 'DRAFT' | 'APPROVED'; comment: string | null },
  ): Promise<void> {
    assertAllowed(principal, { kind: 'governPolysemes' });
    // Two renames to one label at once race as two creates do (polyseme_label fails the second).
    await retriedOnceOnNameRace(() => this.write(async (tx) => {
      const current = await lockPolyseme(tx, input.urn);
      assertVersion(input.urn, current.version, input.expectedVersion);
      const before: Props = {};
      const after: Props = {};
      const properties: Props = {};
      for (const key of ['label', 'description', 'polysemeStatus'] as const) {
        if (input[key] === undefined || input[key] === current[key]) continue;
        before[key] = current[key];
        after[key] = input[key];
        properties[key] = input[key];
      }
      if (input.label !== undefined && nameKey(input.label) !== nameKey(current.label)) await assertLabelFree(tx, input.label, input.urn);
      // Kept for the constraint only; `before` and `after` name the label itself.
      if (properties.label !== undefined) properties.labelKey = nameKey(input.label!);
      if (input.senseUrns !== undefined) {
        before.senses = await senseNames(tx, input.urn);
        after.senses = await setSenses(tx, input.urn, input.senseUrns);
      }
      if (Object.keys(properties).length === 0 && sameValue(before.senses, after.senses)) {
        await tx.run(`MATCH (p:Polyseme {urn: $urn}) REMOVE p._editLock`, { urn: input.urn });
        return;
      }
      await this.bump(tx, principal, input.urn, current.version, properties, 'updatePolyseme', before, after, input.comment);
    }), 'input.label', 'another polyseme');
  }

  async setMapping(
    principal: Principal,
    input: { urn: string; expectedVersion: number; fromUrn: string; toUrn: string; kind: MappingKind; rule: string; agreedBy: string[]; comment: string | null },
  ): Promise<void> {
    assertAllowed(principal, { kind: 'governPolysemes' });
    let pairs: JoinPair[];
    try {
      pairs = parseJoinRule(input.rule);
    } catch (error) {
      if (error instanceof JoinRuleError) throw apiError('BAD_USER_INPUT', `rule: ${error.message}`, { argument: 'input.rule' });
      throw error;
    }
    await this.write(async (tx) => {
      const current = await lockPolyseme(tx, input.urn);
      assertVersion(input.urn, current.version, input.expectedVersion);
      if (input.fromUrn === input.toUrn) throw apiError('BAD_USER_INPUT', 'toUrn: a sense is not mapped to itself', { argument: 'input.toUrn' });
      const senses = await tx.run(`MATCH (:Polyseme {urn: $urn})-[:HAS_SENSE]->(t:GlossaryTerm) WHERE t.urn IN [$from, $to] RETURN t.urn AS urn, t.name AS name, t.glossary AS domain`, {
        urn: input.urn,
        from: input.fromUrn,
        to: input.toUrn,
      });
      const found = new Map(senses.records.map((record) => [record.get('urn') as string, `${record.get('domain') as string}: ${record.get('name') as string}`]));
      const domainOf = new Map(senses.records.map((record) => [record.get('urn') as string, record.get('domain') as string]));
      for (const [argument, urn] of [['input.fromUrn', input.fromUrn], ['input.toUrn', input.toUrn]] as const) {
        if (!found.has(urn)) throw apiError('BAD_USER_INPUT', `${argument.slice(6)}: ${urn.slice(0, 200)} is not a sense of "${current.label}"`, { argument });
      }
      await assertRuleColumns(tx, pairs, { domain: domainOf.get(input.fromUrn)!, sense: found.get(input.fromUrn)! }, { domain: domainOf.get(input.toUrn)!, sense: found.get(input.toUrn)! });
      // One mapping per pair of senses, whichever way it was stated.
      const previous = await tx.run(
        `MATCH (a:GlossaryTerm {urn: $from})-[m:MAPS_TO]-(b:GlossaryTerm {urn: $to}) WITH m, {kind: m.kind, rule: m.rule, agreedBy: m.agreedBy} AS was DELETE m RETURN was`,
        { from: input.fromUrn, to: input.toUrn },
      );
      // Who agreed must be an enabled account (namedAccounts.ts); those the mapping named already stay, whatever became of their accounts.
      const agreedBefore = ((previous.records[0]?.get('was') as { agreedBy?: string[] | null } | undefined)?.agreedBy ?? []) as string[];
      const standings = await readNamedAccounts(tx, input.agreedBy);
      input.agreedBy.forEach((username, index) => {
        const problem = agreedBefore.includes(username) ? null : accountProblem(username, standings.get(username));
        if (problem) throw apiError('BAD_USER_INPUT', `agreedBy[${index}]: ${problem}`, { argument: `input.agreedBy[${index}]` });
      });
      await tx.run(
        `MATCH (a:GlossaryTerm {urn: $from}), (b:GlossaryTerm {urn: $to})
         CREATE (a)-[:MAPS_TO {kind: $kind, rule: $rule, agreedBy: $agreedBy, createdAt: $at, createdBy: $actor}]->(b)`,
        { from: input.fromUrn, to: input.toUrn, kind: input.kind, rule: input.rule, agreedBy: input.agreedBy, at: new Date().toISOString(), actor: principal.account!.username },
      );
      // Named as removeMapping names it, so a mapping's entries share a key; each sense by its domain too,
      // since the senses of a polyseme usually share its name.
      const pair = `${found.get(input.fromUrn)} → ${found.get(input.toUrn)}`;
      await this.bump(tx, principal, input.urn, current.version, {}, 'setSenseMapping', { [pair]: previous.records[0]?.get('was') ?? null }, { [pair]: { kind: input.kind, rule: input.rule, agreedBy: input.agreedBy } }, input.comment);
    });
  }

  async removeMapping(principal: Principal, input: { urn: string; expectedVersion: number; fromUrn: string; toUrn: string; comment: string | null }): Promise<void> {
    assertAllowed(principal, { kind: 'governPolysemes' });
    await this.write(async (tx) => {
      const current = await lockPolyseme(tx, input.urn);
      assertVersion(input.urn, current.version, input.expectedVersion);
      const removed = await tx.run(
        `MATCH (:Polyseme {urn: $urn})-[:HAS_SENSE]->(a:GlossaryTerm {urn: $from})-[m:MAPS_TO]-(b:GlossaryTerm {urn: $to})<-[:HAS_SENSE]-(:Polyseme {urn: $urn})
         WITH m, a, b, {kind: m.kind, rule: m.rule, agreedBy: m.agreedBy} AS was DELETE m
         RETURN was, a.glossary + ': ' + a.name + ' → ' + b.glossary + ': ' + b.name AS pair`,
        { urn: input.urn, from: input.fromUrn, to: input.toUrn },
      );
      const record = removed.records[0];
      if (!record) throw apiError('NOT_FOUND', `"${current.label}" has no mapping between those senses`);
      await this.bump(tx, principal, input.urn, current.version, {}, 'removeSenseMapping', { [record.get('pair') as string]: record.get('was') }, { [record.get('pair') as string]: null }, input.comment);
    });
  }

  /** A sense's identity fields: the columns that identify an instance, in its own domain (the domain decides them). */
  async setIdentityFields(principal: Principal, input: { urn: string; expectedVersion: number; fieldUrns: string[]; comment: string | null }): Promise<void> {
    await this.write(async (tx) => {
      const state = await lockTerm(tx, input.urn);
      const domain = domainOfGlossary(state.glossary);
      assertAllowed(principal, { kind: 'editGlossaryTerm', domain });
      assertVersion(input.urn, state.version, input.expectedVersion);
      if (domain === null) throw apiError('BAD_USER_INPUT', 'identity fields belong to a domain term (a sense); this term is in the enterprise glossary', { argument: 'input.urn' });
      // A column hidden from the caller (a private domain's they are not a member of) is as absent as a missing one.
      const fields = await tx.run(
        `${HIDDEN_DOMAINS_IN_QUERY}
         UNWIND $urns AS u OPTIONAL MATCH (d:Dataset)-[:HAS_FIELD]->(f:Field {urn: u}) OPTIONAL MATCH (d)-[:IN_DOMAIN]->(dom:Domain)
         RETURN u, f IS NOT NULL AND f.status = 'ACTIVE' AND ${visibleDataset('d', 'visibilityHidden')} AS found, dom.id AS domain`,
        { urns: input.fieldUrns, visibility: visibilityParameters(principal) },
      );
      for (const record of fields.records) {
        const urn = record.get('u') as string;
        if (!record.get('found')) throw apiError('BAD_USER_INPUT', `fieldUrns: no column ${urn.slice(0, 300)}`, { argument: 'input.fieldUrns' });
        if (record.get('domain') !== domain) throw apiError('BAD_USER_INPUT', `fieldUrns: ${urn.slice(0, 300)} is not in domain "${domain}": a sense is identified by its own domain's columns`, { argument: 'input.fieldUrns' });
      }
      // The list replaces the columns the caller sees; those it cannot see (hidden, or masked: identityFieldsOf) were
      // not on its screen, so they are kept rather than dropped unseen.
      const previous = await tx.run(
        `${HIDDEN_DOMAINS_IN_QUERY}
         MATCH (t:GlossaryTerm {urn: $urn})-[r:IDENTIFIED_BY]->(f:Field)
         WITH r, f.urn AS field, ${visibleAsset('f', 'visibilityHidden')} AND ${seesTermAssignment('f', 't')} AS seen ORDER BY field
         CALL (r, seen) { WITH r WHERE seen DELETE r }
         RETURN collect(field) AS fields, [kept IN collect(CASE WHEN NOT seen THEN field END) WHERE kept IS NOT NULL] AS unseen`,
        { urn: input.urn, visibility: visibilityParameters(principal) },
      );
      const before = (previous.records[0]?.get('fields') as string[] | undefined) ?? [];
      const after = [...new Set([...input.fieldUrns, ...((previous.records[0]?.get('unseen') as string[] | undefined) ?? [])])].sort();
      await tx.run(`MATCH (t:GlossaryTerm {urn: $urn}) UNWIND $fields AS u MATCH (f:Field {urn: u}) MERGE (t)-[:IDENTIFIED_BY]->(f)`, { urn: input.urn, fields: input.fieldUrns });
      if (sameValue(before, after)) {
        await releaseTerm(tx, input.urn);
        return;
      }
      const version = state.version + 1;
      const at = new Date().toISOString();
      const actor = principal.account!.username;
      await tx.run(`MATCH (t:GlossaryTerm {urn: $urn}) SET t.version = $version, t.updatedAt = $at, t.updatedBy = $actor REMOVE t._editLock`, { urn: input.urn, version, at, actor });
      await recordChange(tx, input.urn, { actor, action: 'setIdentityFields', before: { identityFields: before }, after: { identityFields: after }, version, comment: input.comment }, at);
      await enqueueSearchDocuments(tx, [input.urn], Date.now());
    });
  }

  // ---------------------------------------------------------------- helpers

  write<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    return inWriteTransaction(this.driver, this.database, work);
  }

  private async bump(tx: Tx, principal: Principal, urn: string, version: number, properties: Props, action: string, before: Props, after: Props, comment: string | null): Promise<void> {
    const at = new Date().toISOString();
    const actor = principal.account!.username;
    await tx.run(`MATCH (p:Polyseme {urn: $urn}) SET p += $properties, p.version = $version, p.updatedAt = $at, p.updatedBy = $actor REMOVE p._editLock`, {
      urn,
      properties,
      version: version + 1,
      at,
      actor,
    });
    await recordChange(tx, urn, { actor, action, before, after, version: version + 1, comment }, at);
    await enqueueSearchDocuments(tx, [urn], Date.now());
  }
}

/** A sense a side of a join rule stands for: its domain, and how it is named (`finance: Customer account`). */
interface RuleSide {
  domain: string;
  sense: string;
}

/**
 * Refuses a rule whose columns are not there: each condition's left side must be an active column of an
 * active dataset of the `from` sense's domain, its right side one of the `to` sense's (the order the rule
 * is read in: `joinKeys` pairs them so), naming the condition and what is missing. One read for every side
 * of every condition. A dataset's qualified name may recur in other domains (two stores' `main.customer`):
 * only the sense's domain counts. The council and admins, who alone set mappings, see every domain.
 * Index: dataset_qualified_name (migration 002); constraint: domain_urn.
 */
async function assertRuleColumns(tx: Tx, pairs: readonly JoinPair[], from: RuleSide, to: RuleSide): Promise<void> {
  const sides = pairs.flatMap((pair, index) => [
    { condition: index + 1, left: true, ...pair.left, ...from, domainUrn: formatUrn('domain', from.domain) },
    { condition: index + 1, left: false, ...pair.right, ...to, domainUrn: formatUrn('domain', to.domain) },
  ]);
  const result = await tx.run(
    `UNWIND $sides AS side
     RETURN side,
            COLLECT { MATCH (d:Dataset {qualifiedName: side.dataset}) WHERE d.status = 'ACTIVE' OPTIONAL MATCH (d)-[:IN_DOMAIN]->(dom:Domain) RETURN DISTINCT coalesce(dom.id, 'no domain') } AS domains,
            EXISTS { MATCH (d:Dataset {qualifiedName: side.dataset})-[:IN_DOMAIN]->(:Domain {urn: side.domainUrn}), (d)-[:HAS_FIELD]->(f:Field {name: side.column})
                     WHERE d.status = 'ACTIVE' AND f.status = 'ACTIVE' } AS found`,
    { sides },
  );
  for (const record of result.records) {
    if (record.get('found')) continue;
    const side = record.get('side') as (typeof sides)[number];
    const domains = (record.get('domains') as string[]).sort();
    const where = `rule: condition ${side.condition}: `;
    const problem =
      domains.length === 0
        ? `no dataset ${side.dataset}`
        : !domains.includes(side.domain)
          ? `${side.dataset} is in ${domains.length === 1 ? 'domain' : 'domains'} ${domains.join(', ')}, but its ${side.left ? 'left' : 'right'} side stands for the ${side.left ? 'from' : 'to'} sense (${side.sense}) and must be a column of domain ${side.domain}`
          : `${side.dataset} has no column "${side.column}"`;
    throw apiError('BAD_USER_INPUT', `${where}${problem}`, { argument: 'input.rule', condition: side.condition });
  }
}

/** Refuses a label another polyseme has, regardless of case (the URN plays no part: slugs may clash, labels may not). */
async function assertLabelFree(tx: Tx, label: string, except: string | null): Promise<void> {
  const clash = await tx.run(`MATCH (p:Polyseme) WHERE p.urn <> coalesce($except, '') AND toLower(p.label) = $key RETURN p.label AS label LIMIT 1`, { except, key: nameKey(label) });
  if (clash.records.length > 0) throw apiError('BAD_USER_INPUT', `a polyseme "${clash.records[0]!.get('label') as string}" already exists`, { argument: 'input.label' });
}

async function lockPolyseme(tx: Tx, urn: string): Promise<PolysemeView> {
  const result = await tx.run(`MATCH (p:Polyseme {urn: $urn}) WHERE p.status = 'ACTIVE' SET p._editLock = true RETURN properties(p) AS p`, { urn });
  const record = result.records[0];
  if (!record) throw apiError('NOT_FOUND', `no polyseme ${urn.slice(0, 200)}`);
  return toPolyseme(record.get('p') as Props);
}

async function senseNames(tx: Tx, urn: string): Promise<string[]> {
  const result = await tx.run(`MATCH (:Polyseme {urn: $urn})-[:HAS_SENSE]->(t:GlossaryTerm) RETURN t.glossary + ': ' + t.name AS sense ORDER BY sense`, { urn });
  return result.records.map((record) => record.get('sense') as string);
}

/** Replaces the senses: active domain terms, one per domain, none a sense of another polyseme. Mappings of dropped senses go too. */
async function setSenses(tx: Tx, urn: string, senseUrns: string[]): Promise<string[]> {
  const found = await tx.run(
    `UNWIND $senses AS s
     OPTIONAL MATCH (t:GlossaryTerm {urn: s}) WHERE t.status = 'ACTIVE'
     OPTIONAL MATCH (other:Polyseme)-[:HAS_SENSE]->(t) WHERE other.urn <> $urn
     RETURN s, t.name AS name, t.glossary AS glossary, other.label AS otherLabel`,
    { senses: senseUrns, urn },
  );
  const domains = new Map<string, string>();
  for (const record of found.records) {
    const sense = record.get('s') as string;
    const glossary = record.get('glossary') as string | null;
    if (record.get('name') === null) throw apiError('BAD_USER_INPUT', `senseUrns: no glossary term ${sense.slice(0, 200)}`, { argument: 'input.senseUrns' });
    if (glossary === null || glossary === ENTERPRISE_GLOSSARY) throw apiError('BAD_USER_INPUT', `senseUrns: "${record.get('name') as string}" is an enterprise term; a sense is a term of a domain's glossary`, { argument: 'input.senseUrns' });
    if (record.get('otherLabel') !== null) throw apiError('BAD_USER_INPUT', `senseUrns: "${record.get('name') as string}" is already a sense of polyseme "${record.get('otherLabel') as string}"`, { argument: 'input.senseUrns' });
    if (domains.has(glossary)) throw apiError('BAD_USER_INPUT', `senseUrns: "${domains.get(glossary)}" and "${record.get('name') as string}" are both in domain "${glossary}": a polyseme has one sense per domain`, { argument: 'input.senseUrns' });
    domains.set(glossary, record.get('name') as string);
  }
  await tx.run(
    `MATCH (p:Polyseme {urn: $urn})-[r:HAS_SENSE]->(t:GlossaryTerm) WHERE NOT t.urn IN $senses
     OPTIONAL MATCH (t)-[m:MAPS_TO]-(:GlossaryTerm)<-[:HAS_SENSE]-(p)
     DELETE m, r`,
    { urn, senses: senseUrns },
  );
  await tx.run(`MATCH (p:Polyseme {urn: $urn}) UNWIND $senses AS s MATCH (t:GlossaryTerm {urn: s}) MERGE (p)-[:HAS_SENSE]->(t)`, { urn, senses: senseUrns });
  return senseNames(tx, urn);
}
