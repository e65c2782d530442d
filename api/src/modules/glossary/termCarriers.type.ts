import 'reflect-metadata';
import { Field, Int, ObjectType } from 'type-graphql';
import { Dataset } from '../dataset/dataset.type.ts';
import { SchemaField } from '../dataset/field.type.ts';

@ObjectType({ description: 'A dataset that carries a glossary term, on itself or on some of its columns.' })
export class CarryingDataset {
  @Field(() => Dataset, { description: 'The dataset.' })
  dataset!: Dataset;

  @Field(() => Boolean, { description: 'True when the dataset as a whole carries the term.' })
  carriesItself!: boolean;

  @Field(() => [SchemaField], { description: 'Its columns that carry the term, in column order; empty when only the dataset does.' })
  columns!: SchemaField[];
}

@ObjectType({
  description:
    'A page of the datasets carrying one term, by this term\'s URN: a same-named term of another glossary (another sense of a polyseme) is another term, and its datasets are not here.',
})
export class TermCarriers {
  @Field(() => Int, { description: 'How many datasets you may see carry the term, on themselves or on a column.' })
  total!: number;

  @Field(() => [CarryingDataset], { description: 'This page of them, by name.' })
  datasets!: CarryingDataset[];
}
