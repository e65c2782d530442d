import { describe, expect, it } from 'vitest';
import { renderProgress } from './progressBar.ts';

describe('renderProgress', () => {
  it('shows the phase while reading or before the plan is known', () => {
    expect(renderProgress('rentals-db', { phase: 'reading', done: 0, total: 0 }, 0)).toBe('rentals-db  reading…');
    expect(renderProgress('rentals-db', { phase: 'writing', done: 0, total: 0 }, 0)).toBe('rentals-db  writing…');
  });

  it('draws the bar with counts and rate', () => {
    expect(renderProgress('rentals-db', { phase: 'writing', done: 55_000, total: 110_000 }, 4)).toBe(
      'rentals-db  writing [██████████░░░░░░░░░░] 55,000 / 110,000 rows · 13,750 rows/s',
    );
  });
});
