/**
 * What the web catalog's production build was made from, as one digest: the
 * path and content of every source file the build reads (app/, components/,
 * lib/ and the config files), tests left out. startWeb keeps the digest beside
 * the build and builds again only when it differs: by content, not by time, so
 * a file touched or saved unchanged (an editor, a git operation, another
 * engineer's revert) costs no build, and an edit always does.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const SOURCE_DIRS = ['app', 'components', 'lib'];
const SOURCE_FILES = ['next.config.ts', 'proxy.ts', 'package.json', 'tsconfig.json'];
/** Unit tests beside the code: never part of the build. */
const TEST_FILE = /\.test\.tsx?$/;

export function webSourcesDigest(webDir: string): string {
  // A config file that is not there is left out (its absence changes the digest as much as an edit).
  const files = [...SOURCE_DIRS.flatMap((dir) => filesUnder(join(webDir, dir))), ...SOURCE_FILES.map((file) => join(webDir, file)).filter((file) => existsSync(file))];
  const hash = createHash('sha256');
  for (const file of files.sort()) {
    // The path too: a file moved is a change of the build.
    hash.update(`${relative(webDir, file)}\0`);
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return TEST_FILE.test(entry.name) ? [] : [path];
  });
}
