import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { SchemaField } from '../dataset/field.type.ts';
import { checkUrnOf, cleanText, cleanUrns } from '../edits/editInputRules.ts';
import { GlossaryTerm } from './glossaryTerm.type.ts';
import { DecideTermSuggestionInput, RunTermSuggestionRulesInput, TermSuggestion, TermSuggestionRun, TermSuggestionsInput } from './suggestion.type.ts';
import { checkCount } from '../../limits/pageArguments.ts';

@Resolver(() => TermSuggestion)
export class TermSuggestionResolver {
  @Query(() => [TermSuggestion], { description: 'Term suggestions for columns, by status (pending by default); a suggestion of a classified term for a column of a restricted dataset whose classifications you may not see is left out.' })
  termSuggestions(@Arg('input', () => TermSuggestionsInput, { description: 'Which suggestions (by status), and how many.' }) input: TermSuggestionsInput, @Ctx() ctx: ApiContext): Promise<TermSuggestion[]> {
    checkCount(input.limit, 500, 'input.limit');
    return ctx.suggestions.list(input.status, input.limit) as Promise<TermSuggestion[]>;
  }

  @Mutation(() => TermSuggestionRun, { description: 'Runs the suggestion rules (stewards and admins): column names against the names, synonyms, acronyms and column patterns of approved terms.' })
  async runTermSuggestionRules(@Arg('input', () => RunTermSuggestionRulesInput, { description: 'Which datasets\' columns to look at; every column when absent.' }) input: RunTermSuggestionRulesInput, @Ctx() ctx: ApiContext): Promise<TermSuggestionRun> {
    const datasets = input.datasetUrns ? cleanUrns(input.datasetUrns, 'input.datasetUrns', 'dataset', 500) : null;
    return { created: await ctx.suggestions.run(ctx.principal, datasets) };
  }

  @Mutation(() => TermSuggestion, { description: 'Accepts (the column then carries the term; versioned and audited on the column) or rejects a suggestion.' })
  decideTermSuggestion(@Arg('input', () => DecideTermSuggestionInput, { description: 'The suggestion, and whether it is accepted or rejected.' }) input: DecideTermSuggestionInput, @Ctx() ctx: ApiContext): Promise<TermSuggestion> {
    return ctx.suggestions.decide(ctx.principal, {
      urn: checkUrnOf(input.urn, 'input.urn', 'suggestion'),
      accept: input.accept,
      comment: cleanText(input.comment, 'input.comment', 2000),
    }) as Promise<TermSuggestion>;
  }

  @FieldResolver(() => SchemaField, { nullable: true, description: 'The column.' })
  async field(@Root() suggestion: TermSuggestion, @Ctx() ctx: ApiContext): Promise<SchemaField | null> {
    return ((await ctx.loaders.entityByUrn.load(suggestion.fieldUrn)) as SchemaField | null) ?? null;
  }

  @FieldResolver(() => GlossaryTerm, { nullable: true, description: 'The term proposed.' })
  async term(@Root() suggestion: TermSuggestion, @Ctx() ctx: ApiContext): Promise<GlossaryTerm | null> {
    return ((await ctx.loaders.entityByUrn.load(suggestion.termUrn)) as GlossaryTerm | null) ?? null;
  }
}
