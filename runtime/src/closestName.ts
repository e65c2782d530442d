/**
 * The name someone most likely meant when they wrote `given`: the one of `names` that is the same
 * but for case and separators (`target_dir`, `TargetDir` → `targetDir`), or else the nearest within
 * a typo or two (`introspecton` → `introspection`, `prot` → `port`, `postgress` → `postgres`), or
 * else the only one it begins (`sample` → `sampleRows`). Undefined when nothing is that close: a
 * far-fetched "did you mean" misleads more than none.
 */
export function closestName(given: string, names: readonly string[]): string | undefined {
  const wanted = comparable(given);
  const same = names.find((name) => comparable(name) === wanted);
  if (same !== undefined) return same;
  // One typo per three letters, at most three: "prot" may be "port", "a" is not "b".
  const allowed = Math.min(3, Math.floor(wanted.length / 3));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const name of names) {
    const distance = editDistance(wanted, comparable(name));
    if (distance < bestDistance) [best, bestDistance] = [name, distance];
  }
  if (best !== undefined || wanted.length < 4) return best;
  const begun = names.filter((name) => comparable(name).startsWith(wanted));
  return begun.length === 1 ? begun[0] : undefined;
}

/** Case and the separators people use in keys (`_`, `-`, spaces) do not tell names apart. */
function comparable(name: string): string {
  return name.toLowerCase().replace(/[-_\s]/g, '');
}

/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours each count 1. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = distance;
    }
  }
  return rows[a.length]![b.length]!;
}
