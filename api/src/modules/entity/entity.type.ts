import 'reflect-metadata';
import { Field, ID, InterfaceType, registerEnumType } from 'type-graphql';

export enum EntityType {
  DATASET = 'DATASET',
  FIELD = 'FIELD',
  DOMAIN = 'DOMAIN',
  SOURCE = 'SOURCE',
  DATA_PRODUCT = 'DATA_PRODUCT',
  JOB = 'JOB',
  GLOSSARY_TERM = 'GLOSSARY_TERM',
  POLYSEME = 'POLYSEME',
  PERSON = 'PERSON',
  TEAM = 'TEAM',
}

registerEnumType(EntityType, {
  name: 'EntityType',
  description: 'The kind of a catalog entity.',
  valuesConfig: {
    DATASET: { description: 'A table, view, model, topic or file.' },
    FIELD: { description: 'A column of a dataset.' },
    DOMAIN: { description: 'A business domain of the mesh.' },
    SOURCE: { description: 'A store that Polder crawls.' },
    DATA_PRODUCT: { description: 'A data product a domain publishes, with its output ports.' },
    JOB: { description: 'A process that reads and writes datasets (from OpenLineage).' },
    GLOSSARY_TERM: { description: 'A business term of a glossary.' },
    POLYSEME: { description: 'A word with one meaning (sense) per domain, and the mappings between the senses.' },
    PERSON: { description: 'A person who owns assets, and the teams they belong to.' },
    TEAM: { description: 'A team of people that owns assets.' },
  },
});

const TYPE_NAMES: Record<EntityType, string> = {
  DATASET: 'Dataset',
  FIELD: 'Field',
  DOMAIN: 'Domain',
  SOURCE: 'Source',
  DATA_PRODUCT: 'DataProduct',
  JOB: 'Job',
  GLOSSARY_TERM: 'GlossaryTerm',
  POLYSEME: 'Polyseme',
  PERSON: 'Person',
  TEAM: 'Team',
};

/** The GraphQL object type of an entity, by its `type`. */
export function entityTypeName(value: { type: EntityType }): string {
  return TYPE_NAMES[value.type];
}

@InterfaceType({
  description: 'Anything in the catalog: it has a stable URN and a type.',
  resolveType: entityTypeName,
})
export abstract class Entity {
  @Field(() => ID, { description: 'Stable identifier, `urn:polder:<type>:<id>`.' })
  urn!: string;

  @Field(() => EntityType, { description: 'The kind of entity.' })
  type!: EntityType;
}

