import { describe, expect, it } from 'vitest';
import { asksForHelp, commandHelp, COMMANDS, refuseUnexpectedArguments, usage } from './index.ts';

describe('usage', () => {
  it('starts every command\'s summary in the same column, a long usage on a line of its own', () => {
    const lines = usage().split('\n');
    for (const command of Object.values(COMMANDS)) {
      const summaryLine = lines.find((line) => line.endsWith(command.summary));
      expect(summaryLine, command.usage).toBeDefined();
      expect(summaryLine!.indexOf(command.summary), command.usage).toBe(31);
      expect(lines.some((line) => line.startsWith(`  ${command.usage}`)), command.usage).toBe(true);
    }
  });
});

describe('refuseUnexpectedArguments', () => {
  it('refuses arguments to a command that takes none, and lets others have theirs', () => {
    expect(() => refuseUnexpectedArguments('migrate', ['--dry-run'])).toThrow('migrate takes no arguments (got --dry-run)');
    expect(() => refuseUnexpectedArguments('worker', [])).not.toThrow();
    expect(() => refuseUnexpectedArguments('crawl', ['rentals-db'])).not.toThrow();
  });
});

describe('commandHelp', () => {
  it("gives a command's own usage text when it has one, else its usage line, after its summary", () => {
    expect(commandHelp('tokens')).toContain('--scope READ|WRITE');
    expect(commandHelp('tokens').startsWith(COMMANDS.tokens!.summary)).toBe(true);
    expect(commandHelp('crawl')).toBe(`${COMMANDS.crawl!.summary}\n\nUsage: npx polder crawl [--full] [source...]\n`);
  });

  it('is asked for by --help or -h anywhere among the arguments', () => {
    expect(asksForHelp(['create', '--help'])).toBe(true);
    expect(asksForHelp(['-h'])).toBe(true);
    expect(asksForHelp(['create', 'al', '--name', 'help'])).toBe(false);
  });
});
