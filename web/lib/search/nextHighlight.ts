/**
 * The option an arrow key moves the highlight to in a list of `count`: -1 is
 * "none", where the text box keeps what was typed. Moving down from none
 * reaches the first option, up from none the last; moving past either end
 * returns to none, so the reader can get back to their own words.
 */
export function nextHighlight(current: number, count: number, step: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return step === 1 ? 0 : count - 1;
  const next = current + step;
  return next < 0 || next >= count ? -1 : next;
}
