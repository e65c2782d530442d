import { cpus, totalmem } from 'node:os';

/** The line printed beside every benchmark figure: where and when it was measured. */
export function machineLine(): string {
  const cpu = cpus();
  return `${new Date().toISOString().slice(0, 10)} · ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'} · ${(totalmem() / 2 ** 30).toFixed(0)} GiB · Node ${process.version}`;
}
