/**
 * The HTTP client `polder bench api` times its requests with: POSTs a JSON body over kept-alive
 * connections and parses the JSON answer.
 *
 * Why `node:http` and not `fetch`: Node 20's `fetch` (undici) reads a body through web streams and costs
 * the caller about half a millisecond more on a 323 kB answer, on the API's and the bare server's requests
 * alike (0.53–0.66 ms, paired medians of 500 interleaved rounds, two runs, 2026-12-05: BENCHMARKS.md, forty-first
 * session). That time is the client's: a benchmark of a server should charge it as little of its client as
 * it can, as load tools do, whatever the client its users pick.
 */
import { Agent, request, type IncomingHttpHeaders } from 'node:http';

export interface JsonAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface JsonClient {
  /** POSTs `body` as JSON to `url`; refuses any answer but a 200 with a JSON body, naming the URL and what came back. */
  post(url: string, body: unknown): Promise<JsonAnswer>;
  /** Closes the kept-alive connections. */
  close(): void;
}

export function createJsonClient(): JsonClient {
  const agent = new Agent({ keepAlive: true });
  return {
    post: (url, body) =>
      new Promise<JsonAnswer>((resolve, reject) => {
        const payload = JSON.stringify(body);
        const sent = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            const status = response.statusCode ?? 0;
            let parsed: unknown;
            try {
              parsed = JSON.parse(text);
            } catch {
              reject(new Error(`${url} answered ${status} with a body that is not JSON: ${text.slice(0, 300)}`));
              return;
            }
            if (status !== 200) reject(new Error(`${url} answered ${status}: ${text.slice(0, 300)}`));
            else resolve({ status, headers: response.headers, body: parsed });
          });
        });
        sent.on('error', reject);
        sent.end(payload);
      }),
    close: () => agent.destroy(),
  };
}
