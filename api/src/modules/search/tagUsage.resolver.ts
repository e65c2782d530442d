import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { TagUsage, TagUsageInput } from './tagUsage.type.ts';
import { TagUsageService } from './tagUsage.service.ts';

@Resolver()
export class TagUsageResolver {
  @Query(() => [TagUsage], {
    description:
      'The tags the catalog uses that start with what was typed, most used first, with how many assets carry each: for suggesting existing tags while a person types one, so that a tag keeps one spelling (`PII`, not also `pii` and `Pii`). Only what you may see: a tag that only assets hidden from you carry is neither listed nor counted. Read from the search index: UNAVAILABLE, as `search` is, while Meilisearch cannot be reached.',
  })
  tags(@Arg('input', () => TagUsageInput, { description: 'What was typed of the tag so far, and how many tags to return.' }) input: TagUsageInput, @Ctx() ctx: ApiContext): Promise<TagUsage[]> {
    return new TagUsageService(ctx.search).tags(input);
  }
}
