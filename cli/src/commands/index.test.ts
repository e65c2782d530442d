import { describe, expect, it } from 'vitest';
import { COMMANDS, usage } from './index.ts';

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
