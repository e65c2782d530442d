/**
 * Refuses to start when the port the API or the web catalog is to listen on is taken, before anything
 * else starts: not after the services have started and every source been crawled, and not after a
 * server that is not ours answered there (startWeb waits for any answer on its port).
 */
import { isPortFree, ServiceStartError, type PolderConfig } from '@polder/runtime';

const SERVERS = {
  api: { title: 'The GraphQL API', setting: { env: 'POLDER_API_PORT', key: 'api.port' } },
  web: { title: 'The web catalog', setting: { env: 'POLDER_WEB_PORT', key: 'web.port' } },
} as const;

export async function ensureListenPortsFree(config: PolderConfig, servers: ReadonlyArray<keyof typeof SERVERS>): Promise<void> {
  for (const server of servers) {
    const { host, port } = config[server];
    if (!(await isPortFree(port, host))) throw ServiceStartError.portInUse(SERVERS[server].title, port, SERVERS[server].setting, host);
  }
}

/** The same refusal for the API when another process took its port between the check and the listen. */
export function apiPortTaken(config: PolderConfig): ServiceStartError {
  return ServiceStartError.portInUse(SERVERS.api.title, config.api.port, SERVERS.api.setting, config.api.host);
}
