/** Types of stdinLifeline.mjs, plain JavaScript for server.mjs. */
export function stopWhenStdinCloses(stop: () => void): void;
