/** What `polder bench web` can measure, each on its own with `--only` (webBench.ts). */
export const WEB_BENCH_PARTS = ['search', 'pages', 'lineage'] as const;
export type WebBenchPart = (typeof WEB_BENCH_PARTS)[number];

/** `--only`'s value (`lineage`, `search,pages`) as parts; all of them when it is absent. */
export function parseWebBenchParts(only: string | undefined): WebBenchPart[] {
  if (only === undefined) return [...WEB_BENCH_PARTS];
  const names = only.split(',').map((name) => name.trim()).filter((name) => name !== '');
  const unknown = names.filter((name) => !(WEB_BENCH_PARTS as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    throw new Error(`bench web --only takes ${WEB_BENCH_PARTS.join(', ')} (comma-separated); got ${JSON.stringify(only)}`);
  }
  return WEB_BENCH_PARTS.filter((part) => names.includes(part));
}
