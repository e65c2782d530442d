/**
 * Fetches a file to disk and checks it against a SHA-512 pinned in the code, so
 * a truncated or altered download is never used.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';

const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

/** Downloads `url` to `destination`; rejects (leaving nothing behind) on any error or hash mismatch. */
export async function downloadFile(url: string, destination: string, expectedSha512: string): Promise<void> {
  await mkdir(dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS) });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status} ${response.statusText}`);

    const hash = createHash('sha512');
    const hashing = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        callback(null, chunk);
      },
    });
    await pipeline(Readable.fromWeb(response.body as WebReadableStream), hashing, createWriteStream(partial));

    const actual = hash.digest('hex');
    if (actual !== expectedSha512) throw new Error(`SHA-512 mismatch (expected ${expectedSha512}, got ${actual})`);
    await rename(partial, destination);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
