/**
 * Where a contract's schema object says its table lives, as the names a database
 * crawler gives that table: per server of the contract, the crawled dataset's
 * `platform` and `qualifiedName`. A contract dataset carries what this needs
 * (mapDatasets.ts): its `qualifiedName` (the object's physicalName, else its
 * name), its `servers`, and each server's `server.<name>.<key>`.
 *
 *   servers: [main], server.main.type: postgres, .database: rentals, .schema: public, qualifiedName: rental_order
 *   → [{ server: 'main', platform: 'postgres', qualifiedName: 'rentals.public.rental_order' }]
 *
 * Only the servers of stores Polder crawls name something in the graph:
 *
 *   postgres, postgresql       → platform postgres, `<database>.<schema>.<table>` (postgres/map.ts)
 *   mysql                      → platform mysql,    `<database>.<table>`: MySQL's schema is its database (mysql/map.ts)
 *   custom with format sqlite  → platform sqlite,   `main.<table>` (sqlite/map.ts), of the source the server pins
 *
 * A server may pin the Polder source that crawls it with a custom property
 * `polderSource` (ODCS has no other place for it): the match is then that
 * source's table only. A SQLite file has no name that its crawled tables carry
 * (every one is `main.<table>`), so a sqlite server without the pin names nothing.
 *
 *   servers: [local], server.local.type: custom, .format: sqlite,
 *   .customProperties: '[{"property":"polderSource","value":"shop-file"}]', qualifiedName: orders
 *   → [{ server: 'local', platform: 'sqlite', qualifiedName: 'main.orders', source: 'shop-file' }]
 *
 * A server of another type (kafka, s3, snowflake, ...), or one missing a part of
 * the name, gives nothing: no crawled dataset could be that table.
 */
export interface CrawledTableName {
  /** The contract's name for the server, e.g. `main`. */
  server: string;
  platform: string;
  qualifiedName: string;
  /** The Polder source the server pins (custom property `polderSource`); `null` matches the table of any source. */
  source: string | null;
}

type NameOf = (server: (key: string) => string | null, table: string) => string | null;

interface ServerType {
  platform: string;
  name: NameOf;
  /** Whether only a pinned server names a table (a SQLite file's tables are all `main.<table>`). */
  needsPin?: boolean;
}

const BY_SERVER_TYPE: Record<string, ServerType> = {
  postgres: { platform: 'postgres', name: (server, table) => joined(server('database'), server('schema'), table) },
  postgresql: { platform: 'postgres', name: (server, table) => joined(server('database'), server('schema'), table) },
  mysql: { platform: 'mysql', name: (server, table) => joined(server('database'), table) },
};
/** ODCS has no sqlite server type: a `custom` server says it with its `format`. */
const SQLITE: ServerType = { platform: 'sqlite', name: (_server, table) => `main.${table}`, needsPin: true };

export function crawledTableNames(contractDataset: Readonly<Record<string, unknown>>): CrawledTableName[] {
  const table = text(contractDataset.qualifiedName);
  const servers = Array.isArray(contractDataset.servers) ? contractDataset.servers.filter((name): name is string => typeof name === 'string') : [];
  if (table === null) return [];
  const names: CrawledTableName[] = [];
  for (const server of servers) {
    const key = (name: string) => text(contractDataset[`server.${server}.${name}`]);
    const typeName = key('type')?.toLowerCase() ?? '';
    const type = typeName === 'custom' && key('format')?.toLowerCase() === 'sqlite' ? SQLITE : BY_SERVER_TYPE[typeName];
    const source = pinnedSource(contractDataset[`server.${server}.customProperties`]);
    const qualifiedName = type?.name(key, table);
    if (type && qualifiedName && (source !== null || !type.needsPin)) names.push({ server, platform: type.platform, qualifiedName, source });
  }
  return names;
}

/** The `polderSource` custom property of a server, which mapDatasets kept as JSON text (a list of objects). */
function pinnedSource(customProperties: unknown): string | null {
  if (typeof customProperties !== 'string') return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(customProperties);
  } catch {
    return null;
  }
  if (!Array.isArray(parsed)) return null;
  const pin = parsed.find((item): item is { value: unknown } => typeof item === 'object' && item !== null && (item as { property?: unknown }).property === 'polderSource');
  return text(pin?.value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function joined(...parts: Array<string | null>): string | null {
  return parts.every((part) => part !== null) ? parts.join('.') : null;
}
