export * from './LabelDefinition.ts';
export * from './Domain.ts';
export * from './DataProduct.ts';
export * from './Source.ts';
export * from './Dataset.ts';
export * from './Field.ts';
export * from './Job.ts';
export * from './Run.ts';
export * from './GlossaryTerm.ts';
export * from './Polyseme.ts';
export * from './Person.ts';
export * from './Team.ts';
export * from './QualityCheck.ts';
export * from './CheckResult.ts';
export * from './Policy.ts';
export * from './PolicyFinding.ts';
export * from './Change.ts';
export * from './Incident.ts';
export * from './Suggestion.ts';
export * from './ProfileRun.ts';
export * from './ColumnProfile.ts';

import { Domain } from './Domain.ts';
import { DataProduct } from './DataProduct.ts';
import { Source } from './Source.ts';
import { Dataset } from './Dataset.ts';
import { Field } from './Field.ts';
import { Job } from './Job.ts';
import { Run } from './Run.ts';
import { GlossaryTerm } from './GlossaryTerm.ts';
import { Polyseme } from './Polyseme.ts';
import { Person } from './Person.ts';
import { Team } from './Team.ts';
import { QualityCheck } from './QualityCheck.ts';
import { CheckResult } from './CheckResult.ts';
import { Policy } from './Policy.ts';
import { PolicyFinding } from './PolicyFinding.ts';
import { Change } from './Change.ts';
import { Incident } from './Incident.ts';
import { Suggestion } from './Suggestion.ts';
import { ProfileRun } from './ProfileRun.ts';
import { ColumnProfile } from './ColumnProfile.ts';

/** Every asset label. Each node also carries the `Entity` label, for look-ups by URN alone. */
export const LABELS = [
  Domain,
  DataProduct,
  Source,
  Dataset,
  Field,
  Job,
  Run,
  GlossaryTerm,
  Polyseme,
  Person,
  Team,
  QualityCheck,
  CheckResult,
  Policy,
  PolicyFinding,
  Change,
  Incident,
  Suggestion,
  ProfileRun,
  ColumnProfile,
] as const;
export type Label = (typeof LABELS)[number]['label'];

/** The label every asset node carries in addition to its own. */
export const ENTITY_LABEL = 'Entity';

export function isLabel(name: string): name is Label {
  return LABELS.some((definition) => definition.label === name);
}
