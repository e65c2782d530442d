/**
 * Whether node-sql-parser's `grammar` reads a small probe statement. The rewrites before parsing
 * ask the grammar what it knows (a cast's type, an aggregate that takes FILTER) rather than
 * keeping a list of their own, which would drift from the grammar's.
 */
import nodeSqlParser from 'node-sql-parser';

const parser = new nodeSqlParser.Parser();

/** Answers per grammar and probe; bounded, as SQL from outside may lead to any number of probes. */
const answers = new Map<string, boolean>();
const MAX_ANSWERS = 2_000;

export function grammarReads(probe: string, grammar: string): boolean {
  const key = `${grammar}\u0000${probe}`;
  let reads = answers.get(key);
  if (reads === undefined) {
    try {
      parser.astify(probe, { database: grammar });
      reads = true;
    } catch {
      reads = false;
    }
    if (answers.size >= MAX_ANSWERS) answers.clear();
    answers.set(key, reads);
  }
  return reads;
}
