import { describe, expect, it } from 'vitest';
import { COMMANDS, refuseUnexpectedArguments, usage } from './index.ts';

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
