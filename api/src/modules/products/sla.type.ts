import 'reflect-metadata';
import { Field, Float, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One promise of a data product\'s service-level agreement, as its contract words it: one key of an `slaProperties` entry.' })
export class SlaEntry {
  @Field(() => String, {
    description: 'The SLA property, its driver when it has one, and the key of the entry: `latency.value`, `latency.unit`, `timeOfAvailability.regulatory.value`, ...',
  })
  key!: string;

  @Field(() => String, { description: 'Its value as text, e.g. `1`, `d`, `rental_order.booked_at`; a list is joined with ", ".' })
  value!: string;
}

@ObjectType({ description: 'A data product\'s service-level agreement: its freshness objective, and every SLA entry of its contract.' })
export class DataProductSla {
  @Field(() => Float, {
    nullable: true,
    description: 'How old its data may be when it is read, in seconds: the strictest `latency` of its contract. Null when it declares no freshness objective.',
  })
  freshnessSloSeconds?: number | null;

  @Field(() => String, { nullable: true, description: 'The element (table.column) the freshness objective is measured on, when the contract names one.' })
  freshnessSloElement?: string | null;

  @Field(() => [SlaEntry], { description: 'Every SLA entry of its contract, by key; empty when it has none.' })
  entries!: SlaEntry[];
}
