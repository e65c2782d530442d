import 'reflect-metadata';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';

export enum GlossaryFileFormat {
  CSV = 'CSV',
  YAML = 'YAML',
  DATAHUB_YAML = 'DATAHUB_YAML',
}
registerEnumType(GlossaryFileFormat, {
  name: 'GlossaryFileFormat',
  description: 'A glossary file format.',
  valuesConfig: {
    CSV: { description: 'Polder\'s CSV (RFC 4180, UTF-8): one row per term, every column required; round-trips without loss.' },
    YAML: { description: 'Polder\'s YAML: `{version: 1, terms: [...]}`; round-trips without loss. A key a term leaves out leaves that field as it is; one given empty (`[]`, `null`) clears it; an unknown key is refused.' },
    DATAHUB_YAML: { description: 'DataHub\'s business_glossary.yml (version 1): nodes become parent terms; import only.' },
  },
});

@InputType({ description: 'What to export.' })
export class ExportGlossaryInput {
  @Field(() => ID, { description: '`enterprise` or a domain id.' })
  glossary!: string;

  @Field(() => GlossaryFileFormat, { description: 'CSV or YAML.' })
  format!: GlossaryFileFormat;
}

@InputType({ description: 'A glossary file to import. Terms are matched by name (regardless of case): new ones are created, changed ones updated, the rest skipped.' })
export class ImportGlossaryInput {
  @Field(() => ID, { description: 'The glossary to import into: `enterprise` or a domain id.' })
  glossary!: string;

  @Field(() => GlossaryFileFormat, { description: 'The file\'s format.' })
  format!: GlossaryFileFormat;

  @Field(() => String, { nullable: true, description: 'The file as text. Give this or `contentBase64`.' })
  content?: string | null;

  @Field(() => String, { nullable: true, description: 'The file\'s bytes, base64: decoded as strict UTF-8 (invalid bytes are reported with their line and column).' })
  contentBase64?: string | null;

  @Field(() => Boolean, { defaultValue: false, description: 'Check everything and report what would happen, without changing anything.' })
  dryRun!: boolean;

  @Field(() => String, { nullable: true, description: 'Why, kept in the audit trail of every term written.' })
  comment?: string | null;
}

@ObjectType({ description: 'A term of an import with a note: one it left alone (`skipped`) or imported otherwise than the file says (`statusesHeld`), and why.' })
export class SkippedTerm {
  @Field(() => String, { description: 'The term (for DataHub files, its dotted path).' })
  name!: string;

  @Field(() => String, { description: 'Why: `unchanged`, a duplicate name, a part of the file Polder cannot carry over, or a status held for review.' })
  reason!: string;
}

@ObjectType({ description: 'What an import did (or, in a dry run, would do). An import is all or nothing: an error refuses all of it.' })
export class GlossaryImportReport {
  @Field(() => Boolean, { description: 'True when nothing was changed.' })
  dryRun!: boolean;

  @Field(() => [String], { description: 'Names of the terms created.' })
  created!: string[];

  @Field(() => [String], { description: 'Names of the terms updated.' })
  updated!: string[];

  @Field(() => [SkippedTerm], { description: 'What was skipped, with the reason.' })
  skipped!: SkippedTerm[];

  @Field(() => [SkippedTerm], {
    description: 'Terms imported with another status than the file says: an import is no way around review, so unless an admin imports (a migration), a new term lands as DRAFT and an existing one keeps its status.',
  })
  statusesHeld!: SkippedTerm[];
}
