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
 *   postgres, postgresql  → platform postgres, `<database>.<schema>.<table>` (postgres/map.ts)
 *   mysql                 → platform mysql,    `<database>.<table>`: MySQL's schema is its database (mysql/map.ts)
 *
 * A server of another type (kafka, s3, snowflake, ...), or one missing a part of
 * the name, gives nothing: no crawled dataset could be that table.
 */
export interface CrawledTableName {
  /** The contract's name for the server, e.g. `main`. */
  server: string;
  platform: string;
  qualifiedName: string;
}

type NameOf = (server: (key: string) => string | null, table: string) => string | null;

const BY_SERVER_TYPE: Record<string, { platform: string; name: NameOf }> = {
  postgres: { platform: 'postgres', name: (server, table) => joined(server('database'), server('schema'), table) },
  postgresql: { platform: 'postgres', name: (server, table) => joined(server('database'), server('schema'), table) },
  mysql: { platform: 'mysql', name: (server, table) => joined(server('database'), table) },
};

export function crawledTableNames(contractDataset: Readonly<Record<string, unknown>>): CrawledTableName[] {
  const table = text(contractDataset.qualifiedName);
  const servers = Array.isArray(contractDataset.servers) ? contractDataset.servers.filter((name): name is string => typeof name === 'string') : [];
  if (table === null) return [];
  const names: CrawledTableName[] = [];
  for (const server of servers) {
    const key = (name: string) => text(contractDataset[`server.${server}.${name}`]);
    const type = BY_SERVER_TYPE[key('type')?.toLowerCase() ?? ''];
    const qualifiedName = type?.name(key, table);
    if (type && qualifiedName) names.push({ server, platform: type.platform, qualifiedName });
  }
  return names;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function joined(...parts: Array<string | null>): string | null {
  return parts.every((part) => part !== null) ? parts.join('.') : null;
}
