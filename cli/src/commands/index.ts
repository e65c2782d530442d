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

export const COMMANDS: Record<string, Command> = { start, services, migrate, crawl, check, profile, reindex, api, worker, accounts, tokens, policies, backup, bench };

export function usage(): string {
  const lines = Object.values(COMMANDS).map((command) => `  ${command.usage.padEnd(28)} ${command.summary}`);
  return `Usage: npx polder <command>\n\n${lines.join('\n')}\n\nConfiguration: polder.yaml (or POLDER_CONFIG) and env vars; see README.md.\n`;
}
