/**
 * Refuses to start when the port the API or the web catalog is to listen on is taken, before anything
 * else starts: not after the services have started and every source been crawled, and not after a
 * server that is not ours answered there (startWeb waits for any answer on its port).
 */
import { get } from 'node:http';
import { isPortFree, ServiceStartError, type PolderConfig } from '@polder/runtime';

const SERVERS = {
  api: { title: 'The GraphQL API', setting: { env: 'POLDER_API_PORT', key: 'api.port' } },
  web: { title: 'The web catalog', setting: { env: 'POLDER_WEB_PORT', key: 'web.port' } },
} as const;

export async function ensureListenPortsFree(config: PolderConfig, servers: ReadonlyArray<keyof typeof SERVERS>): Promise<void> {
  for (const server of servers) {
    const { host, port } = config[server];
    if (await isPortFree(port, host)) continue;
    const { title, setting } = SERVERS[server];
    // The likeliest holder of the API's port is Polder itself, started in another terminal: say so.
    if (server === 'api' && (await answersAsPolderApi(host, port))) {
      throw new ServiceStartError(
        `${title} cannot start: a Polder API already answers at http://${host}:${port}/graphql (\`polder start\` or \`polder api\` still running, in another terminal?). ` +
          `Use that one, stop it, or pick another port with ${setting.env} (${setting.key} in polder.yaml).`,
      );
    }
    throw ServiceStartError.portInUse(title, port, setting, host);
  }
}

/** Whether what listens at host:port answers Polder's readiness check (`/readyz`: the graph's and the search's state). */
export async function answersAsPolderApi(host: string, port: number): Promise<boolean> {
  try {
    const body = (await readJson(host, port, '/readyz')) as Record<string, unknown>;
    return typeof body.status === 'string' && 'neo4j' in body && 'meilisearch' in body;
  } catch {
    return false;
  }
}

/**
 * GET a JSON answer, giving up after 2 s of silence. Through node:http, not fetch: on Node 20, fetch from a
 * server that drops the connection at once never settled, and with its abort timer unreferenced the process
 * then ended with code 0 and nothing said.
 */
function readJson(host: string, port: number, path: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = get({ host, port, path, timeout: 2_000 }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => {
        try {
          resolve(JSON.parse(body));
        } catch (error) {
          reject(error);
        }
      });
    });
    request.on('timeout', () => request.destroy(new Error(`no answer from ${host}:${port} in 2 s`)));
    request.on('error', reject);
  });
}

/** The same refusal for the API when another process took its port between the check and the listen. */
export function apiPortTaken(config: PolderConfig): ServiceStartError {
  return ServiceStartError.portInUse(SERVERS.api.title, config.api.port, SERVERS.api.setting, config.api.host);
}
