import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const Person: LabelDefinition<'Person'> = {
  label: 'Person',
  urnType: 'person',
  description: 'A person: an owner, a steward, a reviewer.',
};

/** Written by a `directory` source (crawlers/src/sources/directory/), the one kind of source that owns people. */
export interface PersonProperties extends EntityProperties {
  /** Lower-case username, as in the URN. */
  id: string;
  displayName: string;
  email?: string;
  /** Job title, e.g. `Data engineer`. */
  title?: string;
}
