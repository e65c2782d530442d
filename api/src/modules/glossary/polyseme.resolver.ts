/** Polysemes over GraphQL: thin resolvers over the polyseme service. */
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { assertAllowed } from '../access/authorize.ts';
import { apiError } from '../../errors.ts';
import { isAllowed } from '../access/authorize.ts';
import { SchemaField } from '../dataset/field.type.ts';
import { checkUrnOf, checkVersion, cleanLabels, cleanText, cleanUrns, MAX_DESCRIPTION_LENGTH, MAX_LIST } from '../edits/editInputRules.ts';
import { nameKey } from './glossaryEntry.ts';
import { GlossaryTerm } from './glossaryTerm.type.ts';
import type { JoinKeyView, LineageHopView, MappingView } from './polyseme.service.ts';
import {
  CreatePolysemeInput,
  JoinKey,
  MAX_DATASETS_PER_HOP,
  Polyseme,
  PolysemeCarriers,
  PolysemeLineage,
  PolysemeLineageInput,
  PolysemeStatus,
  ProposePolysemeInput,
  RemoveSenseMappingInput,
  SenseMapping,
  SetIdentityFieldsInput,
  SetSenseMappingInput,
  UnmodeledPolyseme,
  UpdatePolysemeInput,
} from './polyseme.type.ts';
import { checkCount, checkPage, limitArgument, OFFSET_ARGUMENT } from '../../limits/pageArguments.ts';

/** The largest page of a polyseme's carriers. */
const MAX_CARRIERS_PAGE = 500;

@Resolver(() => Polyseme)
export class PolysemeResolver {
  @Query(() => [Polyseme], { description: 'Every polyseme, by label.' })
  polysemes(@Ctx() ctx: ApiContext): Promise<Polyseme[]> {
    return ctx.polysemes.polysemes() as Promise<Polyseme[]>;
  }

  @Query(() => Polyseme, { nullable: true, description: 'A polyseme by URN.' })
  async polyseme(@Arg('urn', () => ID, { description: 'The polyseme URN.' }) urn: string, @Ctx() ctx: ApiContext): Promise<Polyseme | null> {
    return (await ctx.polysemeLoaders.polysemeByUrn.load(checkUrnOf(urn, 'urn', 'polyseme'))) as Polyseme | null;
  }

  @Query(() => [UnmodeledPolyseme], { description: 'Findings: the same word (name or synonym) defined independently in two or more domain glossaries by terms that are no polyseme\'s senses.' })
  unmodeledPolysemes(@Ctx() ctx: ApiContext): Promise<UnmodeledPolyseme[]> {
    return ctx.polysemes.unmodeled();
  }

  @Query(() => PolysemeLineage, { description: 'Lineage across domains: from the senses a dataset carries, through the polyseme mappings, to the datasets carrying the senses reached. Bounded; says isPartial when cut.' })
  polysemeLineage(@Arg('input', () => PolysemeLineageInput, { description: 'The dataset to start from, and how many hops across mappings.' }) input: PolysemeLineageInput, @Ctx() ctx: ApiContext): Promise<PolysemeLineage> {
    if (!Number.isInteger(input.maxDepth) || input.maxDepth < 1 || input.maxDepth > 10) throw apiError('BAD_USER_INPUT', 'maxDepth must be between 1 and 10', { argument: 'input.maxDepth' });
    const datasetsPerHop = checkCount(input.datasetsPerHop, MAX_DATASETS_PER_HOP, 'input.datasetsPerHop');
    return ctx.polysemes.lineage(checkUrnOf(input.datasetUrn, 'input.datasetUrn', 'dataset'), input.maxDepth, datasetsPerHop) as unknown as Promise<PolysemeLineage>;
  }

  @Mutation(() => Polyseme, { description: 'Creates a polyseme with its senses (council and admins).' })
  async createPolyseme(@Arg('input', () => CreatePolysemeInput, { description: 'The shared word, what it covers, and its senses.' }) input: CreatePolysemeInput, @Ctx() ctx: ApiContext): Promise<Polyseme> {
    const urn = await ctx.polysemes.create(ctx.principal, {
      label: checkLabel(input.label),
      description: cleanText(input.description, 'input.description', MAX_DESCRIPTION_LENGTH),
      senseUrns: cleanUrns(input.senseUrns, 'input.senseUrns', 'glossaryTerm', MAX_LIST),
      polysemeStatus: input.polysemeStatus,
      comment: cleanText(input.comment, 'input.comment', 2000),
    });
    return polysemeAfterEdit(ctx, urn);
  }

  @Mutation(() => Polyseme, { description: 'Creates the DRAFT polyseme an unmodeled-polyseme finding proposes, with the finding\'s terms as its senses (council and admins).' })
  async proposePolyseme(@Arg('input', () => ProposePolysemeInput, { description: 'The word two domains define apart (from `unmodeledPolysemes`).' }) input: ProposePolysemeInput, @Ctx() ctx: ApiContext): Promise<Polyseme> {
    // Refused before the findings are read: a caller who may not propose learns nothing from the answer.
    assertAllowed(ctx.principal, { kind: 'governPolysemes' });
    const finding = (await ctx.polysemes.unmodeled()).find((candidate) => nameKey(candidate.label) === nameKey(input.label));
    if (!finding) throw apiError('NOT_FOUND', `no unmodeled-polyseme finding for "${input.label.slice(0, 200)}"`);
    const byDomain = new Map<string, string>();
    for (const term of finding.terms) if (!byDomain.has(term.glossary!)) byDomain.set(term.glossary!, term.urn);
    const urn = await ctx.polysemes.create(ctx.principal, {
      label: finding.label,
      description: null,
      senseUrns: [...byDomain.values()],
      polysemeStatus: PolysemeStatus.DRAFT,
      comment: cleanText(input.comment, 'input.comment', 2000) ?? 'proposed from an unmodeled-polyseme finding',
    });
    return polysemeAfterEdit(ctx, urn);
  }

  @Mutation(() => Polyseme, { description: 'Changes a polyseme\'s label, description, senses or status (council and admins).' })
  async updatePolyseme(@Arg('input', () => UpdatePolysemeInput, { description: 'The polyseme, the changes, and the version the edit was based on.' }) input: UpdatePolysemeInput, @Ctx() ctx: ApiContext): Promise<Polyseme> {
    const urn = checkUrnOf(input.urn, 'input.urn', 'polyseme');
    await ctx.polysemes.update(ctx.principal, {
      urn,
      expectedVersion: checkVersion(input.expectedVersion),
      label: input.label == null ? undefined : checkLabel(input.label),
      description: input.description === undefined ? undefined : cleanText(input.description, 'input.description', MAX_DESCRIPTION_LENGTH),
      senseUrns: input.senseUrns == null ? undefined : cleanUrns(input.senseUrns, 'input.senseUrns', 'glossaryTerm', MAX_LIST),
      polysemeStatus: input.polysemeStatus ?? undefined,
      comment: cleanText(input.comment, 'input.comment', 2000),
    });
    return polysemeAfterEdit(ctx, urn);
  }

  @Mutation(() => Polyseme, { description: 'Sets the mapping between two senses of a polyseme, with its correlation rule and who agreed (council and admins).' })
  async setSenseMapping(@Arg('input', () => SetSenseMappingInput, { description: 'The polyseme, two of its senses, how they relate, the correlation rule and who agreed.' }) input: SetSenseMappingInput, @Ctx() ctx: ApiContext): Promise<Polyseme> {
    const urn = checkUrnOf(input.urn, 'input.urn', 'polyseme');
    const rule = cleanText(input.rule, 'input.rule', 2000);
    if (!rule) throw apiError('BAD_USER_INPUT', 'rule: a mapping needs its correlation rule', { argument: 'input.rule' });
    await ctx.polysemes.setMapping(ctx.principal, {
      urn,
      expectedVersion: checkVersion(input.expectedVersion),
      fromUrn: checkUrnOf(input.fromUrn, 'input.fromUrn', 'glossaryTerm'),
      toUrn: checkUrnOf(input.toUrn, 'input.toUrn', 'glossaryTerm'),
      kind: input.kind,
      rule,
      agreedBy: cleanLabels(input.agreedBy, 'input.agreedBy', { maxItems: MAX_LIST, maxLength: 100 }),
      comment: cleanText(input.comment, 'input.comment', 2000),
    });
    return polysemeAfterEdit(ctx, urn);
  }

  @Mutation(() => Polyseme, { description: 'Removes the mapping between two senses (council and admins).' })
  async removeSenseMapping(@Arg('input', () => RemoveSenseMappingInput, { description: 'The polyseme and the two senses whose mapping to remove.' }) input: RemoveSenseMappingInput, @Ctx() ctx: ApiContext): Promise<Polyseme> {
    const urn = checkUrnOf(input.urn, 'input.urn', 'polyseme');
    await ctx.polysemes.removeMapping(ctx.principal, {
      urn,
      expectedVersion: checkVersion(input.expectedVersion),
      fromUrn: checkUrnOf(input.fromUrn, 'input.fromUrn', 'glossaryTerm'),
      toUrn: checkUrnOf(input.toUrn, 'input.toUrn', 'glossaryTerm'),
      comment: cleanText(input.comment, 'input.comment', 2000),
    });
    return polysemeAfterEdit(ctx, urn);
  }

  @Mutation(() => GlossaryTerm, { description: 'Sets the identity fields of a sense: the columns of its domain that identify an instance (its domain owners, stewards, admins; not the council).' })
  async setIdentityFields(@Arg('input', () => SetIdentityFieldsInput, { description: 'The sense and the columns that identify it.' }) input: SetIdentityFieldsInput, @Ctx() ctx: ApiContext): Promise<GlossaryTerm> {
    const urn = checkUrnOf(input.urn, 'input.urn', 'glossaryTerm');
    await ctx.polysemes.setIdentityFields(ctx.principal, {
      urn,
      expectedVersion: checkVersion(input.expectedVersion),
      fieldUrns: cleanUrns(input.fieldUrns, 'input.fieldUrns', 'field', MAX_LIST),
      comment: cleanText(input.comment, 'input.comment', 2000),
    });
    ctx.loaders.entityByUrn.clear(urn);
    return (await ctx.loaders.entityByUrn.load(urn)) as GlossaryTerm;
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'Its senses: one term per domain, each with its own definition, owners and identity fields.' })
  senses(@Root() polyseme: Polyseme, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return ctx.polysemeLoaders.sensesOf.load(polyseme.urn);
  }

  @FieldResolver(() => [SenseMapping], { description: 'The mappings between its senses.' })
  mappings(@Root() polyseme: Polyseme, @Ctx() ctx: ApiContext): Promise<MappingView[]> {
    return ctx.polysemeLoaders.mappingsOf.load(polyseme.urn);
  }

  @FieldResolver(() => PolysemeCarriers, { description: 'The datasets and columns, across domains, that carry one of its senses (or identify one), a page at a time; those of restricted datasets whose classifications you may not see are left out for a sense the glossary classifies.' })
  carriers(
    @Root() polyseme: Polyseme,
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, limitArgument(100, MAX_CARRIERS_PAGE)) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
  ): Promise<PolysemeCarriers> {
    return ctx.polysemeLoaders.carriersOf.load({ urn: polyseme.urn, ...checkPage(limit, offset, MAX_CARRIERS_PAGE) });
  }

  @FieldResolver(() => [JoinKey], { description: 'The join keys between two domains\' senses: their mappings and the columns the rules join on.' })
  joinKeys(
    @Root() polyseme: Polyseme,
    @Ctx() ctx: ApiContext,
    @Arg('domainA', () => String, { description: 'One domain id.' }) domainA: string,
    @Arg('domainB', () => String, { description: 'The other domain id.' }) domainB: string,
  ): Promise<JoinKeyView[]> {
    return ctx.polysemeLoaders.joinKeysOf({ domainA, domainB }).load(polyseme.urn);
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change its global part (label, senses, mappings): the council and admins.' })
  viewerCanGovern(@Ctx() ctx: ApiContext): boolean {
    return isAllowed(ctx.principal, { kind: 'governPolysemes' });
  }
}

@Resolver(() => GlossaryTerm)
export class SenseResolver {
  @FieldResolver(() => Polyseme, { nullable: true, description: 'The polyseme this term is a sense of, if any.' })
  async senseOf(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<Polyseme | null> {
    return (await ctx.polysemeLoaders.polysemeOfSense.load(term.urn)) as Polyseme | null;
  }

  @FieldResolver(() => [SchemaField], { description: 'The columns that identify an instance of this sense in its domain; when the glossary classifies the sense, those of restricted datasets whose classifications you may not see are left out.' })
  identityFields(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<SchemaField[]> {
    return ctx.polysemeLoaders.identityFieldsOf.load(term.urn);
  }
}

function checkLabel(label: string): string {
  const text = cleanText(label, 'input.label', 200, 'one');
  if (!text) throw apiError('BAD_USER_INPUT', 'label: a polyseme needs a label', { argument: 'input.label' });
  return text;
}

async function polysemeAfterEdit(ctx: ApiContext, urn: string): Promise<Polyseme> {
  ctx.polysemeLoaders.polysemeByUrn.clear(urn);
  ctx.polysemeLoaders.sensesOf.clear(urn);
  ctx.polysemeLoaders.mappingsOf.clear(urn);
  const polyseme = await ctx.polysemeLoaders.polysemeByUrn.load(urn);
  if (!polyseme) throw apiError('NOT_FOUND', `no polyseme ${urn.slice(0, 200)}`);
  return polyseme as Polyseme;
}
