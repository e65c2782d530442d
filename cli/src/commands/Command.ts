import type { Logger, PolderConfig } from '@polder/runtime';

export interface CommandContext {
  config: PolderConfig;
  logger: Logger;
}

export interface Command {
  /** One line for `polder help`. */
  summary: string;
  /** Usage line, e.g. `crawl [source...]`. */
  usage: string;
  /** The command's own usage text, options and all, for `polder <command> --help`; the usage line and summary when none. */
  help?: string;
  /** Resolves to the exit code (0 when undefined). */
  run(args: string[], context: CommandContext): Promise<number | void>;
}
