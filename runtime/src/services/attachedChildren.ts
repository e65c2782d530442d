/**
 * Attached mode (`npm start`, the test suite): the services are children that
 * must not outlive this process. While any is registered, this module signals
 * them when the process exits or receives SIGINT, SIGTERM or SIGHUP.
 *
 * Signals are sent synchronously and not awaited: each service finishes its own
 * clean shutdown. A SIGKILLed parent runs no handler at all; for that case Neo4j
 * also stops when its stdin closes, and the next start stops any leftover
 * PostgreSQL or Meilisearch whose recorded owner is gone (serviceManager.ts).
 */
import { sendSignal } from './processes.ts';

const TERMINATING_SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** pid → the signal that stops it cleanly. */
const children = new Map<number, NodeJS.Signals>();
/** Set once this process has signalled its children to stop: their exits from then on are expected. */
let signalled = false;

export function registerAttachedChild(pid: number, stopSignal: NodeJS.Signals): void {
  if (children.size === 0) installHandlers();
  children.set(pid, stopSignal);
}

/** Called once the child has been stopped (or has exited) by other means. */
export function unregisterAttachedChild(pid: number): void {
  if (!children.delete(pid)) return;
  if (children.size === 0) removeHandlers();
}

/** Whether this process is ending and has told its children to stop. */
export function attachedChildrenSignalled(): boolean {
  return signalled;
}

function signalAllChildren(): void {
  signalled = true;
  for (const [pid, stopSignal] of children) sendSignal(pid, stopSignal);
  children.clear();
}

function onExit(): void {
  signalAllChildren();
}

function onSignal(signal: NodeJS.Signals): void {
  signalAllChildren();
  removeHandlers();
  // Listening for a signal replaces Node's default "terminate". When nobody else
  // listens, restore that default so Ctrl-C still ends the process, as expected.
  if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
}

function installHandlers(): void {
  process.on('exit', onExit);
  for (const signal of TERMINATING_SIGNALS) process.on(signal, onSignal);
}

function removeHandlers(): void {
  process.off('exit', onExit);
  for (const signal of TERMINATING_SIGNALS) process.off(signal, onSignal);
}
