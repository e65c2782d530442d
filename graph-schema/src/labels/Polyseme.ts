import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Polyseme: LabelDefinition<'Polyseme'> = {
  label: 'Polyseme',
  urnType: 'polyseme',
  description: 'One word with a different meaning (sense) in each domain that uses it.',
};

/**
 * The global part of a polyseme — its label, its list of senses (HAS_SENSE) and
 * the mappings between them (MAPS_TO) — is the governance council's; each sense
 * is a term of its domain's glossary and stays that domain's.
 * URN: `urn:polder:polyseme:<slug of the label>`.
 */
export interface PolysemeProperties extends EntityProperties {
  label: string;
  description?: string;
  /** DRAFT (proposed, e.g. from an unmodeled-polyseme finding) or APPROVED. */
  polysemeStatus: 'DRAFT' | 'APPROVED';
  version: number;
}
