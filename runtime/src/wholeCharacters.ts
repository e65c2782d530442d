/**
 * Half of a UTF-16 surrogate pair is not a character: JSON may escape one (`"\ud800"`), but Neo4j's driver
 * stores it as U+FFFD and Meilisearch refuses a document or query that holds one. Input that reaches the
 * graph or the index is refused where it enters (the API's variables, OpenLineage events), naming where.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Where a string within `value` holds a lone surrogate, as `$input.query: U+D800 at character 5`; undefined when none does. */
export function loneSurrogateIn(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') {
    const found = LONE_SURROGATE.exec(value);
    return found ? `${path}: U+${found[0].charCodeAt(0).toString(16).toUpperCase()} at character ${found.index + 1}` : undefined;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = loneSurrogateIn(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      const found = loneSurrogateIn(key, `${path} (a key)`) ?? loneSurrogateIn(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return undefined;
}
