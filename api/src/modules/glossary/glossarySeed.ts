/**
 * A glossary seed: glossaries (in Polder's glossary YAML), polysemes with their
 * senses, identity fields and mappings, and the assets that carry terms — the
 * shape of `demo/glossary.yaml`. `parseGlossarySeed` is pure; `applyGlossarySeed`
 * writes it through the same services as the API (the importer, the polyseme
 * service), acting as an admin named `actor`, and is idempotent: what exists is
 * left as it is, so running it again changes nothing.
 */
import { parse } from 'yaml';
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphQLError } from 'graphql';
import { inWriteTransaction } from '@polder/runtime';
import { ENTERPRISE_GLOSSARY, formatUrn, parseUrn, searchDocumentUrn } from '@polder/graph-schema';
import { enqueueSearchDocuments } from '@polder/crawlers';
import { GraphReader, SEES_EVERYTHING } from '../../graph/GraphReader.ts';
import type { Principal } from '../access/Principal.ts';
import { recordChange } from '../audit/audit.service.ts';
import { PERSON_PROVIDER } from '../edits/edit.service.ts';
import { nameKey, type EntryPatch } from './glossaryEntry.ts';
import { GlossaryFileError, glossaryFromValue } from './glossaryYaml.ts';
import { GlossaryTransferService, type ImportReport } from './glossaryTransfer.service.ts';
import { MAPPING_KINDS, PolysemeService, type MappingKind } from './polyseme.service.ts';
import { readNamedAccounts } from './namedAccounts.ts';

export interface GlossarySeed {
  glossaries: Array<{ id: string; rows: Array<{ line: number; entry: EntryPatch }> }>;
  polysemes: Array<{
    label: string;
    description: string | null;
    status: 'DRAFT' | 'APPROVED';
    senses: Array<{ domain: string; term: string; identityFields: string[] }>;
    mappings: Array<{ from: string; to: string; kind: MappingKind; rule: string; agreedBy: string[] }>;
  }>;
  assignments: Array<{ glossary: string; term: string; assets: string[] }>;
}

export interface SeedReport {
  imported: Record<string, ImportReport>;
  polysemesCreated: string[];
  mappingsSet: number;
  identityFieldsSet: number;
  assignmentsMade: number;
  /** What could not be applied, e.g. a column the crawl did not find, or a mapping whose rule names one. */
  warnings: string[];
  /**
   * Reviewers and agreeing usernames the seed names that are no enabled account here: left out of the terms
   * and mappings (a term only lists accounts that can review it). `polder start --demo` creates the demo's
   * accounts first, so there it is empty; a seed applied elsewhere (tests) reports them here.
   */
  accountsLeftOut: string[];
}

type Raw = Record<string, unknown>;

export function parseGlossarySeed(text: string): GlossarySeed {
  const document = parse(text) as Raw | null;
  if (!document || typeof document !== 'object') throw new GlossaryFileError('a glossary seed is a mapping with glossaries, polysemes and assignments');
  const glossaries = Object.entries((document.glossaries as Raw | undefined) ?? {}).map(([id, glossary]) => {
    try {
      // The seed embeds `{terms: [...]}` per glossary: a glossary file, read by the one term reader.
      return { id, rows: glossaryFromValue(glossary ?? { terms: [] }) };
    } catch (error) {
      throw new GlossaryFileError(`glossaries.${id}: ${(error as Error).message}`);
    }
  });
  const list = (value: unknown) => (Array.isArray(value) ? (value as Raw[]) : []);
  const strings = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const polysemes = list(document.polysemes).map((raw, index) => {
    if (typeof raw.label !== 'string') throw new GlossaryFileError(`polysemes[${index}].label: expected text`);
    const senses = Object.entries((raw.senses as Raw | undefined) ?? {}).map(([domain, sense]) => ({
      domain,
      term: String((sense as Raw).term),
      identityFields: strings((sense as Raw).identityFields),
    }));
    const mappings = list(raw.mappings).map((mapping, at) => {
      if (!(MAPPING_KINDS as readonly string[]).includes(String(mapping.kind))) throw new GlossaryFileError(`polysemes[${index}].mappings[${at}].kind: expected one of ${MAPPING_KINDS.join(', ')}`);
      return { from: String(mapping.from), to: String(mapping.to), kind: mapping.kind as MappingKind, rule: String(mapping.rule), agreedBy: strings(mapping.agreedBy) };
    });
    return { label: raw.label, description: typeof raw.description === 'string' ? raw.description : null, status: raw.status === 'APPROVED' ? ('APPROVED' as const) : ('DRAFT' as const), senses, mappings };
  });
  const assignments = list(document.assignments).map((raw) => ({ glossary: String(raw.glossary), term: String(raw.term), assets: strings(raw.assets) }));
  return { glossaries, polysemes, assignments };
}

export async function applyGlossarySeed(driver: Driver, seedAsGiven: GlossarySeed, options: { actor: string; database?: string }): Promise<SeedReport> {
  const principal: Principal = { account: { username: options.actor, displayName: options.actor, roles: ['ADMIN'], domains: [] }, via: 'SESSION', scopes: ['READ', 'WRITE'] };
  const graph = new GraphReader(driver, options.database, () => undefined, SEES_EVERYTHING);
  const transfer = new GlossaryTransferService(driver, options.database, graph);
  const polysemes = new PolysemeService(driver, options.database, graph);
  const report: SeedReport = { imported: {}, polysemesCreated: [], mappingsSet: 0, identityFieldsSet: 0, assignmentsMade: 0, warnings: [], accountsLeftOut: [] };
  const read = <T>(cypher: string, params: Record<string, unknown>) => graph.read<T>(cypher, params);
  const seed = await withAccountsThatExist(driver, options.database, seedAsGiven, report);

  // The enterprise glossary first: domain terms may relate to its terms.
  const ordered = [...seed.glossaries].sort((a, b) => Number(b.id === ENTERPRISE_GLOSSARY) - Number(a.id === ENTERPRISE_GLOSSARY));
  for (const glossary of ordered) {
    const exists = glossary.id === ENTERPRISE_GLOSSARY || (await read(`MATCH (d:Domain {urn: $urn}) RETURN d.id AS id`, { urn: formatUrn('domain', glossary.id) })).length > 0;
    if (!exists) {
      report.warnings.push(`glossary ${glossary.id}: no such domain; skipped`);
      continue;
    }
    report.imported[glossary.id] = await transfer.importEntries(principal, { glossary: glossary.id, rows: glossary.rows, notes: [], dryRun: false, action: 'seedGlossary', comment: null });
  }

  const termUrn = async (glossary: string, name: string) =>
    (await read<{ urn: string }>(`MATCH (t:GlossaryTerm {glossary: $glossary, nameKey: $key}) WHERE t.status = 'ACTIVE' RETURN t.urn AS urn`, { glossary, key: nameKey(name) }))[0]?.urn;
  // Index: dataset_qualified_name (migration 002).
  const assetUrn = async (domain: string | null, path: string): Promise<string | undefined> => {
    const dot = path.lastIndexOf('.');
    const rows = await read<{ urn: string }>(
      `CALL () {
         MATCH (d:Dataset {qualifiedName: $path}) WHERE d.status = 'ACTIVE' RETURN d.urn AS urn, d AS dataset
         UNION
         MATCH (d:Dataset {qualifiedName: $dataset})-[:HAS_FIELD]->(f:Field {name: $column}) WHERE d.status = 'ACTIVE' AND f.status = 'ACTIVE' RETURN f.urn AS urn, d AS dataset
       }
       WITH urn, dataset WHERE $domain IS NULL OR (dataset)-[:IN_DOMAIN]->(:Domain {id: $domain})
       RETURN urn LIMIT 1`,
      { path, dataset: path.slice(0, dot), column: path.slice(dot + 1), domain },
    );
    return rows[0]?.urn;
  };

  // By label, as the polyseme service keeps them unique: a URN is a slug of the label only when no other polyseme's slug took it first.
  const polysemeUrn = async (label: string) =>
    (await read<{ urn: string }>(`MATCH (p:Polyseme) WHERE toLower(p.label) = $key RETURN p.urn AS urn LIMIT 1`, { key: nameKey(label) }))[0]?.urn;
  for (const polyseme of seed.polysemes) {
    const senseUrns = new Map<string, string>();
    for (const sense of polyseme.senses) {
      const found = await termUrn(sense.domain, sense.term);
      if (found) senseUrns.set(sense.domain, found);
      else report.warnings.push(`polyseme ${polyseme.label}: no term "${sense.term}" in the ${sense.domain} glossary`);
    }
    let urn = await polysemeUrn(polyseme.label);
    if (!urn) {
      urn = await polysemes.create(principal, { label: polyseme.label, description: polyseme.description, senseUrns: [...senseUrns.values()], polysemeStatus: polyseme.status, comment: 'seeded' });
      report.polysemesCreated.push(polyseme.label);
    }
    for (const mapping of polyseme.mappings) {
      const from = senseUrns.get(mapping.from);
      const to = senseUrns.get(mapping.to);
      if (!from || !to) continue;
      const existing = await read(`MATCH (:GlossaryTerm {urn: $from})-[m:MAPS_TO]-(:GlossaryTerm {urn: $to}) RETURN m.rule AS rule`, { from, to });
      if (existing.length > 0) continue;
      const version = (await polysemes.polysemesByUrn([urn]))[0]!.version;
      try {
        await polysemes.setMapping(principal, { urn, expectedVersion: version, fromUrn: from, toUrn: to, kind: mapping.kind, rule: mapping.rule, agreedBy: mapping.agreedBy, comment: 'seeded' });
      } catch (error) {
        // A rule naming a column the crawl did not find is refused (polyseme.service.ts): skipped, as identity fields are.
        const refused = error as GraphQLError;
        if (refused.extensions?.argument !== 'input.rule') throw error;
        report.warnings.push(`polyseme ${polyseme.label}, mapping ${mapping.from} → ${mapping.to}: ${refused.message} (crawled yet?)`);
        continue;
      }
      report.mappingsSet++;
    }
    for (const sense of polyseme.senses) {
      const term = senseUrns.get(sense.domain);
      if (!term || sense.identityFields.length === 0) continue;
      const has = await read(`MATCH (:GlossaryTerm {urn: $term})-[:IDENTIFIED_BY]->(f:Field) RETURN f.urn AS urn LIMIT 1`, { term });
      if (has.length > 0) continue;
      const fields: string[] = [];
      for (const path of sense.identityFields) {
        const field = await assetUrn(sense.domain, path);
        if (field?.startsWith('urn:polder:field:')) fields.push(field);
        else report.warnings.push(`polyseme ${polyseme.label}, ${sense.domain}: no column ${path} (crawled yet?)`);
      }
      if (fields.length === 0) continue;
      const version = (await read<{ version: number }>(`MATCH (t:GlossaryTerm {urn: $term}) RETURN coalesce(t.version, 0) AS version`, { term }))[0]!.version;
      await polysemes.setIdentityFields(principal, { urn: term, expectedVersion: Number(version), fieldUrns: [...new Set(fields)].sort(), comment: 'seeded' });
      report.identityFieldsSet++;
    }
  }

  for (const assignment of seed.assignments) {
    const term = await termUrn(assignment.glossary, assignment.term);
    if (!term) {
      report.warnings.push(`assignment: no term "${assignment.term}" in the ${assignment.glossary} glossary`);
      continue;
    }
    for (const path of assignment.assets) {
      const asset = await assetUrn(assignment.glossary === ENTERPRISE_GLOSSARY ? null : assignment.glossary, path);
      if (!asset) {
        report.warnings.push(`assignment of ${assignment.term}: no dataset or column ${path} (crawled yet?)`);
        continue;
      }
      if (await assign(driver, options, asset, term)) report.assignmentsMade++;
    }
  }
  return report;
}

/** The seed without the reviewers and agreeing usernames that are no enabled account (SeedReport.accountsLeftOut), in one read of them all. */
async function withAccountsThatExist(driver: Driver, database: string | undefined, seed: GlossarySeed, report: SeedReport): Promise<GlossarySeed> {
  const named = [...seed.glossaries.flatMap((glossary) => glossary.rows.flatMap((row) => row.entry.reviewers ?? [])), ...seed.polysemes.flatMap((polyseme) => polyseme.mappings.flatMap((mapping) => mapping.agreedBy))];
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  const standings = await session.executeRead((tx) => readNamedAccounts(tx, named)).finally(() => session.close());
  const exists = (username: string) => standings.get(username) === 'ENABLED';
  report.accountsLeftOut = [...new Set(named.filter((username) => !exists(username)))].sort();
  return {
    ...seed,
    glossaries: seed.glossaries.map((glossary) => ({ ...glossary, rows: glossary.rows.map((row) => ({ ...row, entry: { ...row.entry, reviewers: row.entry.reviewers?.filter(exists) } })) })),
    polysemes: seed.polysemes.map((polyseme) => ({ ...polyseme, mappings: polyseme.mappings.map((mapping) => ({ ...mapping, agreedBy: mapping.agreedBy.filter(exists) })) })),
  };
}

/** Adds a person-set MEANS edge (versioned and audited on the asset) unless it is there; true when added. */
async function assign(driver: Driver, options: { actor: string; database?: string }, asset: string, term: string): Promise<boolean> {
  return await inWriteTransaction(driver, options.database, async (tx) => {
    const state = await tx.run(
      `MATCH (n:Entity {urn: $asset}) SET n._editLock = true
       RETURN coalesce(n.editable_version, 0) AS version, [(n)-[:MEANS {provider: $person}]->(t:GlossaryTerm) | t.urn] AS terms`,
      { asset, person: PERSON_PROVIDER },
    );
    const before = [...(state.records[0]!.get('terms') as string[])].sort();
    if (before.includes(term)) {
      await tx.run(`MATCH (n:Entity {urn: $asset}) REMOVE n._editLock`, { asset });
      return false;
    }
    const version = Number(state.records[0]!.get('version')) + 1;
    const at = new Date().toISOString();
    await tx.run(
      `MATCH (n:Entity {urn: $asset}), (t:GlossaryTerm {urn: $term})
       MERGE (n)-[:MEANS {provider: $person}]->(t)
       SET n.editable_version = $version, n.editable_updatedAt = $at, n.editable_updatedBy = $actor
       REMOVE n._editLock`,
      { asset, term, person: PERSON_PROVIDER, version, at, actor: options.actor },
    );
    await recordChange(tx, asset, { actor: options.actor, action: 'setTerms', before: { terms: before }, after: { terms: [...before, term].sort() }, version, comment: 'seeded' }, at);
    const document = searchDocumentUrn(parseUrn(asset));
    if (document) await enqueueSearchDocuments(tx, [document], Date.now());
    return true;
  });
}

