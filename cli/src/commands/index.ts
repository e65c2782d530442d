import type { Command } from './Command.ts';
import { accounts } from './accounts.ts';
import { api } from './api.ts';
import { backup } from './backup.ts';
import { bench } from './bench.ts';
import { check } from './check.ts';
import { crawl } from './crawl.ts';
import { migrate } from './migrate.ts';
import { policies } from './policies.ts';
import { profile } from './profile.ts';
import { reindex } from './reindex.ts';
import { services } from './services.ts';
import { start } from './start.ts';
import { tokens } from './tokens.ts';
import { worker } from './worker.ts';
import { UsageError } from './UsageError.ts';

export const COMMANDS: Record<string, Command> = { start, services, migrate, crawl, check, profile, reindex, api, worker, accounts, tokens, policies, backup, bench };

/** A command whose usage is its bare name (`migrate`, `api`, `worker`) takes no arguments: say so, rather than ignore them. */
export function refuseUnexpectedArguments(name: string, args: string[]): void {
  if (COMMANDS[name]?.usage === name && args.length > 0) throw new UsageError(`${name} takes no arguments (got ${args.join(' ')})`);
}

/** `polder <command> --help` (or `-h`) anywhere among its arguments: the command's own help, nothing run. */
export function asksForHelp(args: string[]): boolean {
  return args.includes('--help') || args.includes('-h');
}

/** What `polder <name> --help` prints. */
export function commandHelp(name: string): string {
  return `${COMMANDS[name]!.summary}\n\n${commandUsage(name)}`;
}

/** The command's usage text, options and all: its help without the summary. Also printed after a usage error that asks for it (UsageError's showUsage). */
export function commandUsage(name: string): string {
  const { usage, help } = COMMANDS[name]!;
  return help ?? `Usage: npx polder ${usage}\n`;
}

const USAGE_COLUMN = 28;

export function usage(): string {
  const lines = Object.values(COMMANDS).map(({ usage, summary }) =>
    // A usage too long for its column gets a line of its own, so every summary starts in the same column.
    usage.length <= USAGE_COLUMN ? `  ${usage.padEnd(USAGE_COLUMN)} ${summary}` : `  ${usage}\n  ${' '.repeat(USAGE_COLUMN)} ${summary}`,
  );
  return `Usage: npx polder <command>\n\n${lines.join('\n')}\n\nA command's own options: npx polder <command> --help.\nConfiguration: polder.yaml (or POLDER_CONFIG) and env vars; see README.md.\n`;
}
