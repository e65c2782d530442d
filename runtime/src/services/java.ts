/**
 * The JDK that runs Neo4j: `$JAVA_HOME/bin` when JAVA_HOME is set, else PATH.
 * Neo4j 5.26 needs Java 17+, and the launcher is compiled once with javac, so a
 * JRE alone is not enough.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { findOnPath, isExecutable } from './executables.ts';
import { ServiceStartError } from './ServiceStartError.ts';

export const MINIMUM_JAVA_VERSION = 17;

export interface Jdk {
  java: string;
  javac: string;
  majorVersion: number;
}

export async function findJdk(env: NodeJS.ProcessEnv = process.env): Promise<Jdk> {
  const java = findJdkTool('java', env);
  if (!java) throw ServiceStartError.javaMissing(`no \`java\` ${whereWeLooked(env)}`);

  let versionOutput: string;
  try {
    // `java -version` prints to stderr.
    versionOutput = (await promisify(execFile)(java, ['-version'], { env })).stderr;
  } catch (error) {
    throw ServiceStartError.javaMissing(`\`${java} -version\` failed (${(error as Error).message.split('\n')[0]})`);
  }
  const majorVersion = parseJavaMajorVersion(versionOutput);
  if (majorVersion === undefined) {
    throw ServiceStartError.javaMissing(`cannot read the version of ${java} from "${versionOutput.split('\n')[0]}"`);
  }
  if (majorVersion < MINIMUM_JAVA_VERSION) {
    throw ServiceStartError.javaMissing(`${java} is Java ${majorVersion}`);
  }

  const javac = findJdkTool('javac', env);
  if (!javac) throw ServiceStartError.javaMissing(`found ${java} but no \`javac\` ${whereWeLooked(env)} (a JRE, not a JDK)`);
  return { java, javac, majorVersion };
}

/**
 * The feature version from `java -version` output: `openjdk version "17.0.15"` → 17,
 * `java version "1.8.0_402"` → 8 (the old "1.x" scheme), `"21-ea"` → 21.
 */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(versionOutput);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

function findJdkTool(name: 'java' | 'javac', env: NodeJS.ProcessEnv): string | undefined {
  if (env.JAVA_HOME) {
    const candidate = join(env.JAVA_HOME, 'bin', name);
    return isExecutable(candidate) ? candidate : undefined;
  }
  return findOnPath(name, env);
}

function whereWeLooked(env: NodeJS.ProcessEnv): string {
  return env.JAVA_HOME ? `in JAVA_HOME/bin (${env.JAVA_HOME}/bin)` : 'on PATH';
}
