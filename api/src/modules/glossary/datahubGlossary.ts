/**
 * Reads DataHub's `business_glossary.yml` (version 1): nested `nodes` (term
 * groups) holding `terms`. Polder has no separate group entity, so a node becomes
 * a term and what it holds gets it as `parent`. `inherits` becomes IS_A,
 * `contains` HAS_A and `related_terms` RELATED_TO (provenance IMPORTED), resolved
 * by DataHub's dotted path (`Classification.Sensitive`); `source_ref`/`source_url`
 * and `knowledge_links` become links; user owners become owners. What cannot be
 * carried over is listed in `notes` (the import reports them as skipped).
 *
 * Each entry states what the file says of the term (`EntryPatch`): its place (parent) always, and its
 * definition, owners, links, custom properties and relations when the file has keys for them. The rest
 * (synonyms, reviewers, status, ...), which DataHub's format has no keys for, is left as a Polder term has it.
 */
import { parse } from 'yaml';
import { nameKey, type EntryPatch, type EntryRelation, type RelationKind } from './glossaryEntry.ts';
import { GlossaryFileError } from './glossaryYaml.ts';

export interface DataHubImport {
  entries: Array<{ line: number; entry: EntryPatch }>;
  /** Skipped parts, each with its reason, e.g. `Email: owner group "Trust and Safety" is not an account`. */
  notes: Array<{ name: string; reason: string }>;
}

type Raw = Record<string, unknown>;

export function parseDataHubGlossary(text: string): DataHubImport {
  let document: Raw;
  try {
    document = parse(text, { maxAliasCount: 100 }) as Raw;
  } catch (error) {
    throw new GlossaryFileError(`not YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof document !== 'object' || document === null) throw new GlossaryFileError('expected a DataHub business glossary (a mapping with nodes and terms)');
  if (document.version !== undefined && String(document.version) !== '1') throw new GlossaryFileError(`version ${String(document.version)} is not supported (only version 1 is)`);

  const entries: Array<{ line: number; entry: EntryPatch }> = [];
  const notes: DataHubImport['notes'] = [];
  const byPath = new Map<string, string>();
  const pending: Array<{ entry: EntryPatch; kind: RelationKind; path: string }> = [];
  const seen = new Set<string>();
  const defaultOwners = usersOf(document.owners);

  const visit = (raw: unknown, parent: string | null, path: string[], isNode: boolean) => {
    if (typeof raw !== 'object' || raw === null || typeof (raw as Raw).name !== 'string' || !(raw as Raw).name) {
      throw new GlossaryFileError(`${path.join('.') || 'the glossary'}: every node and term needs a name`);
    }
    const item = raw as Raw;
    const name = (item.name as string).trim();
    const fullPath = [...path, name].join('.');
    byPath.set(fullPath, name);
    if (seen.has(nameKey(name))) {
      notes.push({ name: fullPath, reason: `a term named "${name}" is already in this file: names are unique within a Polder glossary` });
    } else {
      seen.add(nameKey(name));
      const entry: EntryPatch = { name, parent };
      if ('description' in item) entry.definition = typeof item.description === 'string' && item.description ? item.description : null;
      if (item.owners !== undefined || document.owners !== undefined) entry.owners = item.owners === undefined ? defaultOwners : usersOf(item.owners);
      for (const group of groupsOf(item.owners)) notes.push({ name: fullPath, reason: `owner group "${group}" is not an account: left out` });
      if ('source_url' in item || 'knowledge_links' in item) {
        entry.links = typeof item.source_url === 'string' ? [{ label: typeof item.source_ref === 'string' ? item.source_ref : 'source', url: item.source_url }] : [];
        for (const link of Array.isArray(item.knowledge_links) ? item.knowledge_links : []) {
          if (typeof link?.url === 'string') entry.links.push({ label: typeof link.label === 'string' ? link.label : link.url, url: link.url });
        }
      }
      if ('custom_properties' in item || 'term_source' in item) {
        entry.customProperties = customPropertiesOf(item.custom_properties);
        if (typeof item.term_source === 'string') entry.customProperties.push({ key: 'datahub.term_source', value: item.term_source });
      }
      if (['inherits', 'contains', 'related_terms'].some((field) => field in item)) entry.relations = [];
      if (item.domain !== undefined) notes.push({ name: fullPath, reason: `domain "${String(item.domain)}" left out: the glossary you import into decides the domain` });
      if (item.values !== undefined) notes.push({ name: fullPath, reason: 'values (allowed values) are not modelled: left out' });
      for (const [field, kind] of [['inherits', 'IS_A'], ['contains', 'HAS_A'], ['related_terms', 'RELATED_TO']] as const) {
        for (const target of Array.isArray(item[field]) ? (item[field] as unknown[]) : []) if (typeof target === 'string') pending.push({ entry, kind, path: target });
      }
      entries.push({ line: entries.length + 1, entry });
    }
    for (const child of Array.isArray(item.nodes) ? item.nodes : []) visit(child, name, [...path, name], true);
    for (const child of Array.isArray(item.terms) ? item.terms : []) visit(child, name, [...path, name], false);
    void isNode;
  };
  for (const node of Array.isArray(document.nodes) ? document.nodes : []) visit(node, null, [], true);
  for (const term of Array.isArray(document.terms) ? document.terms : []) visit(term, null, [], false);

  for (const { entry, kind, path } of pending) {
    const target = byPath.get(path);
    if (!target) {
      notes.push({ name: entry.name, reason: `${kind} ${path}: no such term in this file` });
      continue;
    }
    const relation: EntryRelation = { kind, target, provenance: 'IMPORTED', relationStatus: 'ACTIVE' };
    entry.relations!.push(relation);
  }
  return { entries, notes };
}

function usersOf(owners: unknown): string[] {
  const users = (owners as { users?: unknown } | undefined)?.users;
  return Array.isArray(users) ? users.filter((user): user is string => typeof user === 'string').map((user) => user.replace(/^urn:li:corpuser:/, '')) : [];
}

function groupsOf(owners: unknown): string[] {
  const groups = (owners as { groups?: unknown } | undefined)?.groups;
  return Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [];
}

/** DataHub writes custom properties as a map, or as a list of one-key maps. */
function customPropertiesOf(value: unknown): Array<{ key: string; value: string }> {
  const maps = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
  return maps.flatMap((map) => (map && typeof map === 'object' ? Object.entries(map as Raw).map(([key, item]) => ({ key, value: String(item) })) : []));
}
