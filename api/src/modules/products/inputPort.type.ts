import 'reflect-metadata';
import { Field, ObjectType } from 'type-graphql';
import { Dataset } from '../dataset/dataset.type.ts';

@ObjectType({
  description:
    'A dataset a data product consumes: one it declares as an input port, or one its output ports derive from that another data product or another domain provides.',
})
export class InputPort {
  @Field(() => Dataset, { description: 'The dataset consumed; its `dataProducts` and `domain` say whose it is.' })
  dataset!: Dataset;

  @Field(() => Boolean, { description: 'True when the product declares it as an input port (CONSUMES); false when only lineage shows it.' })
  declared!: boolean;

  @Field(() => [Dataset], {
    description: 'The product\'s output ports that derive from it (through at most 3 hops of lineage within the product\'s domain), by qualified name; empty when it is only declared.',
  })
  feeds!: Dataset[];
}
