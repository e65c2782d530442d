/**
 * Why a local service could not start, in words that say what to do next.
 *
 * The first line of `message` is the summary a CLI prints; when a process
 * failed, the last lines of its log follow, so nobody has to go and find it.
 */
export class ServiceStartError extends Error {
  override name = 'ServiceStartError';

  static portInUse(service: string, port: number, setting: PortSetting, host = '127.0.0.1'): ServiceStartError {
    return new ServiceStartError(
      `${service} cannot start: port ${port} on ${host} is already in use. ` +
        `Stop whatever listens there, or pick another port with ${setting.env} (${setting.key} in polder.yaml).`,
    );
  }

  static javaMissing(detail: string): ServiceStartError {
    return new ServiceStartError(
      `Neo4j needs Java 17 or newer: ${detail}. Install a JDK 17+ (e.g. apt-get install openjdk-17-jdk-headless), ` +
        'or set NEO4J_URI to use a Neo4j you run yourself.',
    );
  }

  static downloadFailed(what: string, from: string, reason: string, log?: LogExcerpt): ServiceStartError {
    return new ServiceStartError(
      `Could not download ${what} from ${from}: ${reason}. Check that this machine can reach ${from} ` +
        '(proxy settings for Maven go in ~/.m2/settings.xml) and try again.' +
        formatLogExcerpt(log),
    );
  }

  static commandFailed(what: string, exit: ProcessExit, log: LogExcerpt): ServiceStartError {
    return new ServiceStartError(`${what} failed (${describeExit(exit)}).` + formatLogExcerpt(log));
  }

  static exitedBeforeReady(service: string, exit: ProcessExit, log: LogExcerpt): ServiceStartError {
    return new ServiceStartError(`${service} exited before it was ready (${describeExit(exit)}).` + formatLogExcerpt(log));
  }

  static timedOut(service: string, seconds: number, lastProblem: string, log: LogExcerpt): ServiceStartError {
    return new ServiceStartError(
      `${service} was not ready after ${seconds} s (last health check: ${lastProblem}).` +
        formatLogExcerpt(log),
    );
  }

  /** `problem` completes "is still running but ...": "does not answer on port 7687". */
  static leftoverInTheWay(service: string, pid: number, problem: string): ServiceStartError {
    return new ServiceStartError(
      `${service} from an earlier start (pid ${pid}) is still running but ${problem}. ` +
        'Stop it with `npx polder services down` and start again.',
    );
  }

  static externalUnreachable(service: string, url: string, setting: string, reason: string): ServiceStartError {
    return new ServiceStartError(
      `${service} at ${url} (from ${setting}) does not answer: ${reason}. ` +
        `Start it, fix ${setting}, or unset ${setting} to let Polder run its own.`,
    );
  }
}

/** The env var and polder.yaml key that change a service's port. */
export interface PortSetting {
  env: string;
  key: string;
}

/** How a process ended: `code` when it exited, `signal` when it was killed. */
export interface ProcessExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** The last lines a process wrote to its log, and where the whole log is. */
export interface LogExcerpt {
  file: string;
  lines: string[];
}

function describeExit(exit: ProcessExit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}

function formatLogExcerpt(log: LogExcerpt | undefined): string {
  if (!log) return '';
  if (log.lines.length === 0) return ` Its log (${log.file}) is empty.`;
  return ` Last lines of ${log.file}:\n${log.lines.map((line) => `  | ${line}`).join('\n')}`;
}
