/**
 * The checksum of a backup's end line (backupFormat.ts): SHA-256 of every line before it, the header's
 * included, each as its text followed by "\n". The export adds each line as it writes it, the restore
 * each line as it reads it (without its line break, as readline gives it), so the two agree on any
 * file the export wrote, and on no file changed since.
 *
 *   header, node a, rel a→b  →  sha256("{\"format\":…}\n{\"node\":…}\n{\"rel\":…}\n")
 */
import { createHash } from 'node:crypto';

export class LinesChecksum {
  private readonly hash = createHash('sha256');

  /** `line` without its line break. */
  add(line: string): void {
    this.hash.update(line);
    this.hash.update('\n');
  }

  /** The checksum, in hex; the checksum can take no lines after it. */
  hex(): string {
    return this.hash.digest('hex');
  }
}
