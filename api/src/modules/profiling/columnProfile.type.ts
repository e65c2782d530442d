import 'reflect-metadata';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A value of a column and how many of the rows read hold it.' })
export class ValueCount {
  @Field(() => String, { description: 'The value as text, cut at 200 characters.' })
  value!: string;

  @Field(() => Int, { description: 'How many of the rows read hold it.' })
  count!: number;
}

@ObjectType({
  description:
    'The latest profile of a column, computed by Polder on its store (polder.yaml `profiling:`), over the whole table or a sample of it (`sampled`). ' +
    'Sensitive columns (classified, or inheriting a classification from their glossary terms; of a classified or restricted dataset) never have their values read: `min`, `max` and `topValues` are null and `valuesWithheld` is true.',
})
export class ColumnProfile {
  @Field(() => Int, { description: 'Rows read: the whole table, or the sample when `sampled`.' })
  rowCount!: number;

  @Field(() => Int, { description: 'Rows read whose value is null.' })
  nullCount!: number;

  @Field(() => Float, { nullable: true, description: 'Share of the rows read whose value is null, 0–1; null when no row was read.' })
  nullFraction!: number | null;

  @Field(() => Int, { description: 'Distinct non-null values among the rows read.' })
  distinctCount!: number;

  @Field(() => Boolean, {
    description: 'True when `distinctCount` is an estimate for the table: it counts the distinct values of a sample, so the table may hold more. False when the whole table was read.',
  })
  distinctIsApproximate!: boolean;

  @Field(() => String, { nullable: true, description: 'The smallest value in the store\'s own order, as text; null for a sensitive column, a type without an order (boolean, json, bytes, ...), when every value is null, or when masked.' })
  min!: string | null;

  @Field(() => String, { nullable: true, description: 'The largest value, as text; null in the same cases as `min`.' })
  max!: string | null;

  @Field(() => [ValueCount], { nullable: true, description: 'The 5 most frequent non-null values, most frequent first; null for a sensitive column, a binary one, or when masked.' })
  topValues!: ValueCount[] | null;

  @Field(() => Boolean, { description: 'True when the column is sensitive, so none of its values were read or are shown.' })
  valuesWithheld!: boolean;

  @Field(() => String, { description: 'When it was profiled (ISO 8601).' })
  profiledAt!: string;

  @Field(() => Boolean, { description: 'True when a sample of the table was read rather than all of it.' })
  sampled!: boolean;
}
