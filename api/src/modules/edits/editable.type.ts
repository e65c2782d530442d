import 'reflect-metadata';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum OwnershipType {
  TECHNICAL_OWNER = 'TECHNICAL_OWNER',
  BUSINESS_OWNER = 'BUSINESS_OWNER',
  DATA_STEWARD = 'DATA_STEWARD',
}

registerEnumType(OwnershipType, {
  name: 'OwnershipType',
  description: 'What an owner answers for.',
  valuesConfig: {
    TECHNICAL_OWNER: { description: 'Runs the store or the pipeline that produces it.' },
    BUSINESS_OWNER: { description: 'Answers for what the data means and who may use it.' },
    DATA_STEWARD: { description: 'Keeps its documentation, terms and quality in order.' },
  },
});

@ObjectType({ description: 'Someone who answers for an asset.' })
export class Owner {
  @Field(() => String, { description: 'A person or team name, or an e-mail address.' })
  name!: string;

  @Field(() => OwnershipType, { description: 'What they answer for.' })
  type!: OwnershipType;

  @Field(() => Boolean, { description: 'True when a person set it through Polder; false when the source declares it.' })
  edited!: boolean;
}

@ObjectType({ description: 'An owner\'s statement that an asset is fit for use, until it expires.' })
export class Certification {
  @Field(() => Boolean, { description: 'Certified, not expired and not suspended.' })
  active!: boolean;

  @Field(() => Boolean, { description: 'Suspended because its trust score fell below the configured threshold (`trust.certificationThreshold`); an owner lifts it by certifying again.' })
  suspended!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was suspended, and when: null unless `suspended`.' })
  suspendedReason?: string | null;

  @Field(() => String, { description: 'Who certified it (username).' })
  by!: string;

  @Field(() => String, { description: 'When (ISO 8601).' })
  at!: string;

  @Field(() => String, { description: 'When the certification lapses unless renewed (ISO 8601).' })
  expiresAt!: string;

  @Field(() => String, { nullable: true, description: 'What was checked, in the certifier\'s words.' })
  note?: string | null;
}

@ObjectType({ description: 'What an asset\'s source says, as the last crawl read it: an edit through Polder never changes it.' })
export class CrawledProperties {
  @Field(() => String, { nullable: true, description: 'The description the source has (a table comment, a dbt description, ...).' })
  description?: string | null;

  @Field(() => [String], { description: 'The owners the source names.' })
  owners!: string[];

  @Field(() => [String], { description: 'The tags the source declares.' })
  tags!: string[];
}

@ObjectType({
  description:
    'What people set on an asset through Polder. Each part is null until someone sets it; once set, it is what readers see instead of the crawled part, and clearing it shows the crawled part again.',
})
export class EditedProperties {
  @Field(() => String, { nullable: true, description: 'The description a person wrote.' })
  description?: string | null;

  @Field(() => [Owner], { nullable: true, description: 'The owners a person set, with what each answers for.' })
  owners?: Owner[] | null;

  @Field(() => [String], { nullable: true, description: 'The tags a person set.' })
  tags?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Who made the latest edit (username).' })
  updatedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'When (ISO 8601).' })
  updatedAt?: string | null;
}

@InputType({ description: 'An owner to set.' })
export class OwnerInput {
  @Field(() => String, {
    description:
      'A person or team name, or an e-mail address (1–200 characters, one line); or the URN of a person or team of the directory (`urn:polder:person:ana`), which must be one the directory lists.',
  })
  name!: string;

  @Field(() => OwnershipType, { defaultValue: OwnershipType.TECHNICAL_OWNER, description: 'What they answer for.' })
  type!: OwnershipType;
}

/** What every edit input carries (not a GraphQL type itself: each input below inherits its fields). */
@InputType()
export abstract class EditInput {
  @Field(() => ID, { description: 'The entity to edit.' })
  urn!: string;

  @Field(() => Int, { description: 'The `version` you read; if someone changed the entity since, the edit is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail.' })
  comment?: string | null;
}

@InputType({ description: 'A new description for a dataset, column, data product or domain.' })
export class UpdateDescriptionInput extends EditInput {
  @Field(() => String, { nullable: true, description: 'Markdown, at most 10,000 characters; null, or only blanks, shows the source\'s description again.' })
  description?: string | null;
}

@InputType({ description: 'The owners of a dataset, data product or domain.' })
export class SetOwnersInput extends EditInput {
  @Field(() => [OwnerInput], { nullable: true, description: 'The full list (at most 50; a name given twice with the same type is kept once, and in two spellings that differ only in case refused); null shows the source\'s owners again.' })
  owners?: OwnerInput[] | null;
}

@InputType({ description: 'The tags of a dataset, column or data product.' })
export class SetTagsInput extends EditInput {
  @Field(() => [String], { nullable: true, description: 'The full list (at most 50 tags of 1–100 characters; a tag given twice is kept once, and in two spellings that differ only in case refused); null shows the source\'s tags again.' })
  tags?: string[] | null;
}

@InputType({ description: 'The glossary terms a dataset or column carries.' })
export class SetTermsInput extends EditInput {
  @Field(() => [ID], { description: 'Glossary term URNs (at most 50); they replace the terms a person set before.' })
  termUrns!: string[];
}

@InputType({ description: 'Classifications of a dataset or column, e.g. PII.' })
export class SetClassificationsInput extends EditInput {
  @Field(() => [String], { description: 'Upper-case names like PII or CONFIDENTIAL (at most 20); an empty list clears them.' })
  classifications!: string[];
}

@InputType({ description: 'Certify an asset as fit for use, or withdraw the certification.' })
export class SetCertificationInput extends EditInput {
  @Field(() => Boolean, { description: 'True certifies (for the configured number of days); false withdraws.' })
  certified!: boolean;

  @Field(() => String, { nullable: true, description: 'What was checked (at most 2,000 characters).' })
  note?: string | null;
}

@InputType({ description: 'Mark a dataset restricted: its sensitive values are then masked for callers outside its domain.' })
export class SetRestrictedInput extends EditInput {
  @Field(() => Boolean, { description: 'Restricted or not.' })
  restricted!: boolean;
}

@InputType({ description: 'The datasets a data product exposes as its output ports.' })
export class SetOutputPortsInput extends EditInput {
  @Field(() => [ID], { description: 'Dataset URNs (at most 100); they replace the ports a person set before (ports a contract declares stay).' })
  datasetUrns!: string[];
}
