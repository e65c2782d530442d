/**
 * How long to wait, rounded up the way a person would say it: "45 seconds",
 * "1 minute", "15 minutes". Rounded up, so trying again when told to works.
 */
export function formatWait(seconds: number): string {
  const whole = Math.max(1, Math.ceil(seconds));
  if (whole < 60) return `${whole} ${whole === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(whole / 60);
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`;
}
