import type { PolysemeStatus } from '../api/schemaEnums';

/** A polyseme's statuses, in the order a form offers them, each in words. */
export const POLYSEME_STATUSES: ReadonlyArray<{ status: PolysemeStatus; label: string }> = [
  { status: 'DRAFT', label: 'Draft: proposed, not agreed yet' },
  { status: 'APPROVED', label: 'Approved: agreed by the council' },
];

export function isPolysemeStatus(value: unknown): value is PolysemeStatus {
  return POLYSEME_STATUSES.some(({ status }) => status === value);
}
