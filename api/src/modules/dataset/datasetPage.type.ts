import { Field, Int, ObjectType } from 'type-graphql';
import { Dataset } from './dataset.type.ts';

@ObjectType({ description: 'A page of datasets, and how many there are in all.' })
export class DatasetPage {
  @Field(() => Int, { description: 'How many datasets the list holds, in all pages (those you may see).' })
  total!: number;

  @Field(() => [Dataset], { description: 'This page of them.' })
  datasets!: Dataset[];
}
