import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { CONTRACT_PROBLEM_KINDS, type ContractProblemKind as ProblemKind } from './compareWithContract.ts';
import { Dataset } from './dataset.type.ts';

/** The GraphQL enum of compareWithContract's problem kinds (one list of them, there). */
export const ContractProblemKind = Object.fromEntries(CONTRACT_PROBLEM_KINDS.map((kind) => [kind, kind])) as { [K in ProblemKind]: K };

registerEnumType(ContractProblemKind, {
  name: 'ContractProblemKind',
  description: 'How a crawled table breaks what a data contract promises of one of its columns.',
  valuesConfig: {
    MISSING_COLUMN: { description: 'The table has no column of the property\'s `physicalName` (else `name`), in any case.' },
    LOGICAL_TYPE: { description: "The column's type is not of the promised ODCS `logicalType` family (string, integer, number, boolean, date, timestamp, time, object, array)." },
    PHYSICAL_TYPE: { description: 'The column\'s type is not the promised `physicalType`, compared as the store spells types, ignoring case and spacing.' },
    NULLABLE: { description: 'The property is `required`, and the column accepts NULL.' },
    NOT_PRIMARY_KEY: { description: 'The property is part of the `primaryKey`, and the column is not part of the table\'s primary key.' },
  },
});

@ObjectType({ description: 'A promise of a data contract about a column that the crawled table does not keep.' })
export class ContractProblem {
  @Field(() => String, { description: "The column, as the table would name it: the property's `physicalName`, else its `name`." })
  column!: string;

  @Field(() => ContractProblemKind, { description: 'Which promise is broken.' })
  kind!: ProblemKind;

  @Field(() => String, { description: 'What the contract promised: the type (`integer`, `varchar(18)`), `required` or `primary key`; `a column` for a missing column of no type.' })
  promised!: string;

  @Field(() => String, { nullable: true, description: 'What the table has: the column\'s type as the store names it, `nullable` or `not in the primary key`; null when it has no such column.' })
  actual!: string | null;

  @Field(() => String, { description: 'The problem in words, as a policy finding names it: `amount is text, promised number`, `customer_id is missing (promised integer)`.' })
  description!: string;
}

@ObjectType({
  description:
    "Whether a crawled table keeps the schema a data contract's schema object promises of it: each promised column is there, of the promised type, NOT NULL when required, in the primary key when promised so. Columns beyond the promise are no problem (a contract is a floor), and what cannot be read (a type Polder does not map, a nested property) is not judged.",
})
export class ContractConformance {
  @Field(() => Dataset, { description: "The contract's schema object (platform `contract`) that describes the table: the promise." })
  promise!: Dataset;

  @Field(() => Boolean, { description: 'True when the table keeps every promise judged: `problems` is empty.' })
  conforms!: boolean;

  @Field(() => [ContractProblem], { description: 'What the table does not keep, in the order the contract lists its properties.' })
  problems!: ContractProblem[];
}
