/**
 * Ties the web catalog's server to the process that started it, through its stdin. `polder start`
 * gives it a pipe as stdin and never writes to it; however that process ends, SIGKILL included (which
 * runs no handler of its own), the operating system closes the pipe, and the server stops rather than
 * hold its port against the next start. Only when asked (POLDER_WEB_STDIN_LIFELINE=1): a server run
 * by hand or in a container has a stdin that means nothing, and may well be closed from the start.
 */
export function stopWhenStdinCloses(stop) {
  process.stdin.once('end', stop);
  process.stdin.once('error', stop);
  process.stdin.resume();
}
