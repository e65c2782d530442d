import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { MAX_TAG_PREFIX_LENGTH, MAX_TAG_USAGES } from './tagUsage.service.ts';

@InputType({ description: 'What was typed of a tag so far, for suggesting the tags the catalog already uses.' })
export class TagUsageInput {
  @Field(() => String, {
    defaultValue: '',
    description: `The start of a tag (at most ${MAX_TAG_PREFIX_LENGTH} characters, as long as a tag may be): tags starting with it, ignoring case, accents and how words are separated (\`personal d\` finds \`personal-data\`). Empty lists the most used tags.`,
  })
  prefix!: string;

  @Field(() => Int, { defaultValue: 10, description: `How many tags to return (1 to ${MAX_TAG_USAGES}).` })
  limit!: number;
}

@ObjectType({ description: 'A tag the catalog uses, with how many assets carry it.' })
export class TagUsage {
  @Field(() => String, {
    description:
      'The tag as the catalog spells it. Tags are compared ignoring case (`PII` and `pii` are one tag), so this is one of its spellings: a person typing another can keep to this one.',
  })
  name!: string;

  @Field(() => Int, {
    description:
      "How many datasets and data products you may see carry the tag, in any of its spellings: on themselves or, for a dataset, on any of its active columns (a dataset counts once, however many of its columns carry it; columns are counted through their dataset, having no search entry of their own). Counted in the search index, which follows the catalog's edits within seconds.",
  })
  count!: number;
}
