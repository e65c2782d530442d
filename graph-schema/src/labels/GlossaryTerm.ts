import type { EntityProperties, LabelDefinition } from './LabelDefinition.ts';

export const GlossaryTerm: LabelDefinition<'GlossaryTerm'> = {
  label: 'GlossaryTerm',
  urnType: 'glossaryTerm',
  description: 'A business term; domain-scoped when it is one sense of a polyseme.',
};

export interface GlossaryTermProperties extends EntityProperties {
  name: string;
  definition?: string;
  termStatus: string;
}
