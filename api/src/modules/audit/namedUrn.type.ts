import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What a URN among an audit entry\'s values is called, to show people a name rather than the URN.' })
export class NamedUrn {
  @Field(() => ID, { description: 'The URN, as the values hold it.' })
  urn!: string;

  @Field(() => String, { description: 'Its name: a dataset\'s qualified name, a column\'s after its dataset\'s ("rentals.public.customer.email"), anything else\'s own name.' })
  name!: string;
}
