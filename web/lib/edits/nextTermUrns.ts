/**
 * The terms an "Assign terms" form asks for: those it showed, without the one
 * removed, or with the one added (once). Null when it asks for nothing (Add
 * pressed with no term chosen).
 */
export function nextTermUrns(current: string[], { add, remove }: { add: string; remove: string }): string[] | null {
  const shown = [...new Set(current.filter((urn) => urn !== ''))];
  if (remove !== '') return shown.filter((urn) => urn !== remove);
  if (add === '') return null;
  return shown.includes(add) ? shown : [...shown, add];
}
