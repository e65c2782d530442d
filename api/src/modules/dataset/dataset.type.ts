import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Certification, CrawledProperties, EditedProperties, Owner } from '../edits/editable.type.ts';
import { Entity, EntityType } from '../entity/entity.type.ts';

@ObjectType({ implements: Entity, description: 'A table, view, model, topic or file.' })
export class Dataset extends Entity {
  declare type: EntityType.DATASET;

  @Field(() => String, { description: 'Name within its schema, e.g. `customer`.' })
  name!: string;

  @Field(() => String, { description: 'Fully qualified name in its store, e.g. `rentals.public.customer`.' })
  qualifiedName!: string;

  @Field(() => String, { description: 'The technology that holds it: postgres, mysql, sqlite, dbt, ...' })
  platform!: string;

  @Field(() => String, { description: 'TABLE, VIEW, MATERIALIZED_VIEW, PARTITIONED_TABLE, FOREIGN_TABLE, MODEL, ...' })
  subtype!: string;

  @Field(() => String, { nullable: true, description: 'Description: the one a person wrote, else the one the source has.' })
  description?: string | null;

  @Field(() => Float, { nullable: true, description: 'Row count as estimated by the store at the last crawl.' })
  rowEstimate?: number | null;

  @Field(() => String, { nullable: true, description: 'SQL of a view, as the store reports it.' })
  viewDefinition?: string | null;

  @Field(() => String, { description: 'ACTIVE, or REMOVED when its source stopped reporting it.' })
  status!: string;


  @Field(() => Int, { description: 'How many edits it has had through the API; pass it as `expectedVersion` when you edit it.' })
  version!: number;

  @Field(() => [Owner], { description: 'Who answers for it: the owners a person set, else those its source declares.' })
  owners!: Owner[];

  @Field(() => [String], { description: 'Tags: those a person set, else those its source declares.' })
  tags!: string[];

  @Field(() => Certification, { nullable: true, description: 'Its certification as fit for use, if an owner gave one (see `active` for expiry).' })
  certification?: Certification | null;

  @Field(() => Boolean, { description: 'Restricted: its sensitive values (classifications of its columns, samples) are masked outside its domain.' })
  restricted!: boolean;

  @Field(() => CrawledProperties, { description: 'Its description, owners and tags as its source has them, whatever people set.' })
  properties!: CrawledProperties;

  @Field(() => EditedProperties, { description: 'Its description, owners and tags as people set them through Polder; each null until set. Classifications and certification are person-set only: see `classifications` and `certification`.' })
  editable!: EditedProperties;

  /** Classifications a person set on the dataset itself; exposed through a masking resolver. */
  editable_classifications?: string[] | null;

  /** Set by the loader; not exposed. */
  editable_description?: string | null;
}
