/**
 * Gets the Java side of the local Neo4j ready: Neo4j's jars in `<dataDir>/neo4j/lib`
 * (resolved by Maven from runtime/neo4j-launcher/pom.xml) and Launcher.class
 * compiled against them. Both are cached with a stamp of their inputs, so only
 * the first start (or a change of the pom or of Launcher.java) does any work.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Logger } from '../logger.ts';
import { secondsSince } from './elapsed.ts';
import type { Jdk } from './java.ts';
import { copyDependencies, findOrInstallMaven } from './maven.ts';
import { runToCompletion } from './processes.ts';
import { readLogTail, type ServiceLog } from './serviceLogs.ts';
import type { ServicePaths } from './servicePaths.ts';
import { ServiceStartError } from './ServiceStartError.ts';

const LAUNCHER_PROJECT = fileURLToPath(new URL('../../neo4j-launcher/', import.meta.url));
const LAUNCHER_POM = join(LAUNCHER_PROJECT, 'pom.xml');
const LAUNCHER_SOURCE = join(LAUNCHER_PROJECT, 'Launcher.java');
export const LAUNCHER_MAIN_CLASS = 'Launcher';

/** Written last into a cached directory: its presence with the right content means "complete and current". */
const STAMP_FILE = '.polder-stamp';

/** Prepares jars and launcher; returns the classpath to run `Launcher` with. */
export async function prepareNeo4jLauncher(
  jdk: Jdk,
  paths: ServicePaths,
  log: ServiceLog,
  logger: Logger,
): Promise<string> {
  const pom = await readFile(LAUNCHER_POM);
  const source = await readFile(LAUNCHER_SOURCE);
  const libStamp = sha256(pom);
  const classesStamp = sha256(pom, source);

  if (!(await hasStamp(paths.neo4jLib, libStamp))) {
    const started = Date.now();
    logger.info(`Resolving Neo4j's jars from Maven Central into ${paths.neo4jLib} (first start only; can take a minute)`);
    const mvn = await findOrInstallMaven(paths.toolsDir, log, logger);
    await buildCachedDir(paths.neo4jLib, libStamp, (dir) => copyDependencies(mvn, LAUNCHER_POM, dir, log));
    logger.info(`Neo4j's jars resolved in ${secondsSince(started)} s`);
  }

  if (!(await hasStamp(paths.neo4jClasses, classesStamp))) {
    await buildCachedDir(paths.neo4jClasses, classesStamp, async (dir) => {
      const exit = await runToCompletion(
        {
          command: jdk.javac,
          args: ['-d', dir, '-cp', libClasspath(paths), LAUNCHER_SOURCE],
          env: process.env,
          cwd: paths.neo4jHome,
          stdin: 'ignore',
        },
        log.fd,
      );
      if (exit.code !== 0) throw ServiceStartError.commandFailed('Compiling the Neo4j launcher', exit, readLogTail(log));
    });
  }

  return `${paths.neo4jClasses}:${libClasspath(paths)}`;
}

/** `lib/*` is expanded by the JVM itself (no shell involved). */
function libClasspath(paths: ServicePaths): string {
  return join(paths.neo4jLib, '*');
}

/** Fills `<dir>.partial`, then swaps it in for `dir`: an interrupted build never looks complete. */
async function buildCachedDir(dir: string, stamp: string, fill: (partialDir: string) => Promise<void>): Promise<void> {
  const partial = `${dir}.partial`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  await fill(partial);
  await writeFile(join(partial, STAMP_FILE), stamp);
  await rm(dir, { recursive: true, force: true });
  await rename(partial, dir);
}

async function hasStamp(dir: string, stamp: string): Promise<boolean> {
  try {
    return (await readFile(join(dir, STAMP_FILE), 'utf8')) === stamp;
  } catch {
    return false;
  }
}

function sha256(...parts: Buffer[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}
