import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { isUrn } from '@polder/graph-schema';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { Domain } from '../domain/domain.type.ts';
import { Source } from '../sources/source.type.ts';
import { Dataset } from './dataset.type.ts';
import { SchemaField } from './field.type.ts';
import { GlossaryTerm } from '../glossary/glossaryTerm.type.ts';
import { isAllowed } from '../access/authorize.ts';
import { unlessMasked } from '../access/sensitiveValues.ts';
import { classificationsOf } from '../edits/editableView.ts';
import { checkUrnOf } from '../edits/editInputRules.ts';
import { RESTRICT_PERMISSION } from '../edits/restrictPermission.ts';
import { checkCount, checkPage, limitArgument, OFFSET_ARGUMENT } from '../../limits/pageArguments.ts';
import { DatasetPage } from './datasetPage.type.ts';
import { ContractConformance } from './contractConformance.type.ts';
import { DatasetList, DatasetsInput } from './datasetList.type.ts';
import { DEFAULT_DATASET_LIST_PAGE, MAX_DATASET_LIST_PAGE } from './datasetListPages.ts';

/** The largest page of a dataset's upstream, downstream and partitions. */
export const MAX_NEIGHBOUR_PAGE = 500;
const LIMIT_ARG = limitArgument(100, MAX_NEIGHBOUR_PAGE);

/**
 * The largest page of a dataset's columns, and the default: wider than nearly every table, so one page
 * holds them all unless `fieldCount` says otherwise.
 */
export const MAX_FIELD_PAGE = 1000;
/** Reads a list's count alone: a window of no items. */
const COUNT_ONLY = { offset: 0, limit: 0 };

const pageOf = async (page: Promise<{ total: number; items: Dataset[] }>): Promise<DatasetPage> => {
  const { total, items } = await page;
  return { total, datasets: items };
};

@Resolver(() => DatasetList)
export class DatasetListResolver {
  @Query(() => DatasetList, { description: 'Every active dataset you may see, in URN order, a page at a time (`after` the last `endCursor`); of one domain when asked.' })
  async datasets(@Arg('input', () => DatasetsInput, { nullable: true, description: 'Which, and from where; the first page of all when absent.' }) input: DatasetsInput | null, @Ctx() ctx: ApiContext): Promise<DatasetList> {
    const limit = checkCount(input?.limit ?? DEFAULT_DATASET_LIST_PAGE, MAX_DATASET_LIST_PAGE, 'input.limit');
    const domain = input?.domain ?? null;
    if (domain !== null) await ctx.domains.checkDomainId(domain, 'input.domain');
    // A cursor is the URN of a page's last dataset: anything else would be compared as one, and answer a page from nowhere.
    const after = input?.after == null ? null : checkUrnOf(input.after, 'input.after', 'dataset');
    const page = await ctx.datasets.listPage({ domain, after, limit: limit + 1 });
    const datasets = page.slice(0, limit);
    return { datasets, endCursor: page.length > limit ? datasets.at(-1)!.urn : null, domain };
  }

  @FieldResolver(() => Int, { description: 'How many there are in all pages (those you may see): counted only when asked for.' })
  total(@Root() list: DatasetList, @Ctx() ctx: ApiContext): Promise<number> {
    return ctx.datasets.listTotal(list.domain);
  }
}

@Resolver(() => Dataset)
export class DatasetResolver {
  @Query(() => Dataset, { nullable: true, description: 'A dataset by URN; null when there is none.' })
  async dataset(@Arg('urn', () => ID, { description: 'A dataset URN.' }) urn: string, @Ctx() ctx: ApiContext): Promise<Dataset | null> {
    if (!isUrn(urn, 'dataset')) throw apiError('BAD_USER_INPUT', `"${String(urn).slice(0, 200)}" is not a dataset URN (urn:polder:dataset:(platform,source,name))`, { argument: 'urn' });
    return ctx.loaders.datasetByUrn.load(urn);
  }

  @FieldResolver(() => [SchemaField], { description: `Columns, in position order, a page at a time: ${MAX_FIELD_PAGE.toLocaleString('en')} at most, so compare with \`fieldCount\`.` })
  async fields(
    @Root() dataset: Dataset,
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, limitArgument(MAX_FIELD_PAGE, MAX_FIELD_PAGE)) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
  ): Promise<SchemaField[]> {
    return (await ctx.loaders.fieldsOfDataset.load(dataset.urn, checkPage(limit, offset, MAX_FIELD_PAGE))).items;
  }

  @FieldResolver(() => Int, { description: 'How many columns it has: more than `fields` returns when they fill more than one page.' })
  async fieldCount(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<number> {
    return (await ctx.loaders.fieldsOfDataset.load(dataset.urn, COUNT_ONLY)).total;
  }

  @FieldResolver(() => Domain, { nullable: true, description: 'The domain that owns it.' })
  domain(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<Domain | null> {
    return ctx.loaders.domainOf.load(dataset.urn);
  }

  @FieldResolver(() => Source, { nullable: true, description: 'The crawled store it was read from.' })
  source(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<Source | null> {
    return ctx.loaders.sourceOf.load(dataset.urn);
  }

  @FieldResolver(() => DatasetPage, { description: 'Datasets it is derived from (one hop), by qualified name, a page at a time.' })
  upstream(
    @Root() dataset: Dataset,
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, LIMIT_ARG) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
  ): Promise<DatasetPage> {
    return pageOf(ctx.loaders.upstreamOf.load(dataset.urn, checkPage(limit, offset, MAX_NEIGHBOUR_PAGE)));
  }

  @FieldResolver(() => DatasetPage, { description: 'Datasets derived from it (one hop), by qualified name, a page at a time.' })
  downstream(
    @Root() dataset: Dataset,
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, LIMIT_ARG) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
  ): Promise<DatasetPage> {
    return pageOf(ctx.loaders.downstreamOf.load(dataset.urn, checkPage(limit, offset, MAX_NEIGHBOUR_PAGE)));
  }

  @FieldResolver(() => Dataset, { nullable: true, description: 'For a partition: the partitioned table it is part of (PostgreSQL). Null for any other dataset.' })
  partitionOf(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<Dataset | null> {
    return ctx.loaders.partitionedTableOf.load(dataset.urn);
  }

  @FieldResolver(() => DatasetPage, { description: 'For a partitioned table: its partitions, by name, a page at a time (PostgreSQL). None for any other dataset.' })
  partitions(
    @Root() dataset: Dataset,
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, LIMIT_ARG) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
  ): Promise<DatasetPage> {
    return pageOf(ctx.loaders.partitionsOf.load(dataset.urn, checkPage(limit, offset, MAX_NEIGHBOUR_PAGE)));
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'The business terms it carries; a term the glossary classifies (e.g. PII) is left out when it is restricted and you are outside its domain, since carrying it tells its masked classifications.' })
  terms(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return ctx.loaders.termsOf.load(dataset.urn);
  }

  @FieldResolver(() => [ContractConformance], {
    description:
      'For a crawled table: whether it keeps the schema each data contract describing it promises (one entry per schema object in `describedBy`, by its URN), and what it does not keep. Empty when no contract describes it.',
  })
  contractConformance(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<ContractConformance[]> {
    return ctx.loaders.contractConformanceOf.load(dataset.urn);
  }

  @FieldResolver(() => [String], { nullable: true, description: 'Classifications such as CONFIDENTIAL; null when masked (it is restricted and you are outside its domain).' })
  classifications(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<string[] | null> {
    return unlessMasked(ctx, dataset.urn, classificationsOf(dataset as unknown as Record<string, unknown>));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit its description, owners, tags, certification.' })
  async viewerCanEdit(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<boolean> {
    const domain = await ctx.loaders.domainOf.load(dataset.urn);
    return isAllowed(ctx.principal, { kind: 'editAsset', domain: domain?.id ?? null });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may set its glossary terms and classifications (and its columns\').' })
  async viewerCanAssignTerms(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<boolean> {
    const domain = await ctx.loaders.domainOf.load(dataset.urn);
    return isAllowed(ctx.principal, { kind: 'assignTerms', domain: domain?.id ?? null });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may mark it restricted, or lift the restriction (`setRestricted`).' })
  async viewerCanRestrict(@Root() dataset: Dataset, @Ctx() ctx: ApiContext): Promise<boolean> {
    const domain = await ctx.loaders.domainOf.load(dataset.urn);
    return isAllowed(ctx.principal, { kind: RESTRICT_PERMISSION, domain: domain?.id ?? null });
  }
}
