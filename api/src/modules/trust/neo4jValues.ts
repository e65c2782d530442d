/** Neo4j integers arrive as the driver's Integer; properties a JS writer set arrive as numbers. */
export function toNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'object' && 'toNumber' in value) return (value as { toNumber(): number }).toNumber();
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}
