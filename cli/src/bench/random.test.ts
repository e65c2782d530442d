import { describe, expect, it } from 'vitest';
import { seededRandom, shuffled } from './random.ts';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, and another for another seed', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const value of draw(7)) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('shuffled', () => {
  it('returns every item once, and leaves its input alone', () => {
    const items = ['api', 'shortest', 'levels', 'floor'];
    const order = shuffled(items, seededRandom(1));
    expect([...order].sort()).toEqual([...items].sort());
    expect(items).toEqual(['api', 'shortest', 'levels', 'floor']);
  });

  it('puts each item first about equally often, and every item after every other', () => {
    const random = seededRandom(42);
    const items = ['a', 'b', 'c', 'd'];
    const first = new Map<string, number>();
    const pairs = new Set<string>();
    for (let round = 0; round < 4_000; round++) {
      const order = shuffled(items, random);
      first.set(order[0]!, (first.get(order[0]!) ?? 0) + 1);
      for (let i = 1; i < order.length; i++) pairs.add(`${order[i - 1]}→${order[i]}`);
    }
    for (const item of items) expect(first.get(item)).toBeGreaterThan(900);
    expect(pairs.size).toBe(12);
  });
});
