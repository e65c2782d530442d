/**
 * Apache Maven, used for one thing: copying Neo4j's jars (and their dependencies)
 * from Maven Central. `mvn` on PATH when there is one; otherwise a pinned Maven is
 * downloaded from Maven Central into `<dataDir>/tools/` once.
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Logger } from '../logger.ts';
import { downloadFile } from './downloadFile.ts';
import { findOnPath } from './executables.ts';
import { runToCompletion } from './processes.ts';
import { readLogTail, type ServiceLog } from './serviceLogs.ts';
import { ServiceStartError } from './ServiceStartError.ts';

export const MAVEN_CENTRAL = 'https://repo.maven.apache.org/maven2';

/** Pinned: the checksum below is the one Maven Central publishes for this exact file. */
const MAVEN_VERSION = '3.9.16';
const MAVEN_ARCHIVE_SHA512 =
  '831a8591fe20c8243b1dbe7d71e3244f31d1665b0804b2e825e38cbbe5ce0cafb8338851f90780735568773e0a6cd07bbec107cda0b896b008b861075358b6f6';

export function mavenArchiveUrl(version = MAVEN_VERSION): string {
  return `${MAVEN_CENTRAL}/org/apache/maven/apache-maven/${version}/apache-maven-${version}-bin.tar.gz`;
}

/** Path of an `mvn` to run: the installed one, or one downloaded into `toolsDir`. */
export async function findOrInstallMaven(toolsDir: string, log: ServiceLog, logger: Logger): Promise<string> {
  const onPath = findOnPath('mvn');
  if (onPath) return onPath;

  const mavenHome = join(toolsDir, `apache-maven-${MAVEN_VERSION}`);
  const mvn = join(mavenHome, 'bin', 'mvn');
  if (existsSync(mvn)) return mvn;

  const url = mavenArchiveUrl();
  const archive = join(toolsDir, `apache-maven-${MAVEN_VERSION}-bin.tar.gz`);
  logger.info({ url }, `mvn is not on PATH: downloading Apache Maven ${MAVEN_VERSION} into ${toolsDir}`);
  try {
    await downloadFile(url, archive, MAVEN_ARCHIVE_SHA512);
  } catch (error) {
    throw ServiceStartError.downloadFailed(`Apache Maven ${MAVEN_VERSION}`, 'Maven Central', (error as Error).message);
  }
  // Unpacked next door and moved into place, so a half-unpacked Maven is never taken for a whole one.
  const unpacking = join(toolsDir, `.unpacking-${process.pid}`);
  await rm(unpacking, { recursive: true, force: true });
  await mkdir(unpacking);
  const exit = await runToCompletion(
    { command: 'tar', args: ['-xzf', archive, '-C', unpacking], env: process.env, cwd: toolsDir, stdin: 'ignore' },
    log.fd,
  );
  if (exit.code !== 0) throw ServiceStartError.commandFailed(`Unpacking ${archive}`, exit, readLogTail(log));
  await rename(join(unpacking, basename(mavenHome)), mavenHome);
  await rm(unpacking, { recursive: true });
  await rm(archive);
  return mvn;
}

/**
 * Copies the runtime dependencies of `pom` into the (empty) `outputDir`.
 * Artifacts are cached in the usual ~/.m2/repository, so a second data dir
 * costs a copy, not a download.
 */
export async function copyDependencies(mvn: string, pom: string, outputDir: string, log: ServiceLog): Promise<void> {
  const exit = await runToCompletion(
    {
      command: mvn,
      args: mavenCopyDependenciesArgs(pom, outputDir),
      env: process.env,
      cwd: dirname(outputDir),
      stdin: 'ignore',
    },
    log.fd,
  );
  if (exit.code !== 0) {
    throw ServiceStartError.downloadFailed(
      "Neo4j's jars",
      'Maven Central',
      `mvn ${exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`}`,
      readLogTail(log),
    );
  }
}

/** Named in full (not `dependency:`), so Maven need not look the prefix up, and the version is pinned here. */
const COPY_DEPENDENCIES_GOAL = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies';

export function mavenCopyDependenciesArgs(pom: string, outputDir: string): string[] {
  return [
    '--batch-mode',
    '--no-transfer-progress',
    '-Dstyle.color=never',
    '--file',
    pom,
    COPY_DEPENDENCIES_GOAL,
    `-DoutputDirectory=${outputDir}`,
    '-DincludeScope=runtime',
  ];
}
