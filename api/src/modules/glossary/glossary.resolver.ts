/**
 * The glossary's GraphQL surface: glossaries, terms and their lifecycle. Thin:
 * each resolver checks the shape of its arguments and calls the glossary service
 * (which checks permission, version and cycles, writes and audits).
 */
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ENTERPRISE_GLOSSARY } from '@polder/graph-schema';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { isAllowed } from '../access/authorize.ts';
import { Domain } from '../domain/domain.type.ts';
import { Entity, EntityType } from '../entity/entity.type.ts';
import { checkUrnOf, checkVersion, cleanText } from '../edits/editInputRules.ts';
import { domainOfGlossary, type RelationRow } from './glossary.service.ts';
import {
  ChangeGlossaryTermStatusInput,
  CreateGlossaryTermInput,
  CustomProperty,
  Glossary,
  GlossaryTerm,
  GlossaryTermRelationInput,
  TermLink,
  TermRelation,
  TermRelationKind,
  TermStatus,
  TermVersion,
  UpdateGlossaryTermInput,
} from './glossaryTerm.type.ts';
import { contentOf, type TermContent } from './termContent.ts';
import { TermCarriers } from './termCarriers.type.ts';
import { TermOwner } from './termOwner.type.ts';
import { NamedUrn } from '../audit/namedUrn.type.ts';
import { namesOfUrnsIn } from '../audit/urnNames.ts';
import { mayEditTermContent, termMovesAllowed, type TermPermissionFacts } from './termPermissions.ts';
import { diffVersions } from './versionDiff.ts';
import { checkGlossaryId } from './glossaryId.ts';
import { checkCount, checkPage, limitArgument, OFFSET_ARGUMENT } from '../../limits/pageArguments.ts';

/** The versions of a term's history a read shows, newest first. */
const TERM_HISTORY_LENGTH = 200;

const MAX_PAGE = 500;

@Resolver()
export class GlossaryResolver {
  @Query(() => [Glossary], { description: 'The enterprise glossary and one glossary per domain, with their term counts.' })
  glossaries(@Ctx() ctx: ApiContext): Promise<Glossary[]> {
    return ctx.glossary.glossaries();
  }

  @Query(() => Glossary, { nullable: true, description: 'One glossary: `enterprise` or a domain id.' })
  async glossary(@Arg('id', () => ID, { description: '`enterprise` or a domain id.' }) id: string, @Ctx() ctx: ApiContext): Promise<Glossary | null> {
    return (await ctx.glossary.glossaries()).find((glossary) => glossary.id === id) ?? null;
  }

  @Query(() => GlossaryTerm, { nullable: true, description: 'A glossary term by URN; null when there is none.' })
  async glossaryTerm(@Arg('urn', () => ID, { description: 'The term URN.' }) urn: string, @Ctx() ctx: ApiContext): Promise<GlossaryTerm | null> {
    return termOrNull(ctx, checkUrnOf(urn, 'urn', 'glossaryTerm'));
  }

  @Query(() => [GlossaryTerm], {
    description:
      'The terms IN_REVIEW that you may decide: you are named among their reviewers and did not submit them. Oldest submission first; empty when you are not signed in.',
  })
  glossaryReviewQueue(
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, limitArgument(100, MAX_PAGE)) limit: number,
  ): Promise<GlossaryTerm[]> | GlossaryTerm[] {
    checkCount(limit, MAX_PAGE);
    const username = ctx.principal.account?.username;
    return username ? ctx.glossary.reviewQueue(username, limit) : [];
  }

  @Mutation(() => GlossaryTerm, { description: 'Creates a DRAFT term (enterprise glossary: stewards, council, admins; a domain\'s: its owners, stewards, admins).' })
  async createGlossaryTerm(@Arg('input', () => CreateGlossaryTermInput, { description: 'The glossary, and the new term\'s name, definition and other content.' }) input: CreateGlossaryTermInput, @Ctx() ctx: ApiContext): Promise<GlossaryTerm> {
    const urn = await ctx.glossary.createTerm(ctx.principal, {
      glossary: checkGlossaryId(input.glossary),
      content: contentOfInput(input, contentOf({ name: input.name })),
      parentUrn: input.parentUrn ? checkUrnOf(input.parentUrn, 'input.parentUrn', 'glossaryTerm') : null,
      comment: cleanText(input.comment, 'input.comment', 2000),
    });
    return termAfterEdit(ctx, urn);
  }

  @Mutation(() => GlossaryTerm, {
    description:
      'Changes a term\'s content or parent; the fields left out stay as they are. A term IN_REVIEW or DEPRECATED is not edited. An APPROVED term whose meaning the edit changes (name, definition, synonyms, acronyms, examples, classifications, column patterns, links or custom properties; not its owners, reviewers or parent) goes back to IN_REVIEW in the same transaction, submitted by you, for a reviewer other than you to approve again; with no such reviewer named (an enabled account) the edit is refused.',
  })
  async updateGlossaryTerm(@Arg('input', () => UpdateGlossaryTermInput, { description: 'The term, the content to change, and the version the edit was based on.' }) input: UpdateGlossaryTermInput, @Ctx() ctx: ApiContext): Promise<GlossaryTerm> {
    const urn = checkUrnOf(input.urn, 'input.urn', 'glossaryTerm');
    const changes: Partial<TermContent> = {};
    for (const [field, value] of Object.entries(contentOfInput(input, {} as TermContent))) if (value !== undefined) Object.assign(changes, { [field]: value });
    if (input.name === null) throw apiError('BAD_USER_INPUT', 'name: a term needs a name', { argument: 'input.name' });
    await ctx.glossary.updateTerm(ctx.principal, {
      urn,
      expectedVersion: checkVersion(input.expectedVersion),
      changes,
      parentUrn: input.parentUrn === undefined ? undefined : input.parentUrn === null ? null : checkUrnOf(input.parentUrn, 'input.parentUrn', 'glossaryTerm'),
      comment: cleanText(input.comment, 'input.comment', 2000),
    });
    return termAfterEdit(ctx, urn);
  }

  @Mutation(() => GlossaryTerm, { description: 'Moves a term in its lifecycle. Approving and rejecting is for its reviewers (not whoever submitted it); every move needs a comment.' })
  async changeGlossaryTermStatus(@Arg('input', () => ChangeGlossaryTermStatusInput, { description: 'The term, the status to move it to, a comment, and the version the change was based on.' }) input: ChangeGlossaryTermStatusInput, @Ctx() ctx: ApiContext): Promise<GlossaryTerm> {
    const urn = checkUrnOf(input.urn, 'input.urn', 'glossaryTerm');
    const comment = cleanText(input.comment, 'input.comment', 2000);
    if (!comment) throw apiError('BAD_USER_INPUT', 'comment: every status change needs a comment', { argument: 'input.comment' });
    await ctx.glossary.changeStatus(ctx.principal, {
      urn,
      expectedVersion: checkVersion(input.expectedVersion),
      to: input.status,
      comment,
      replacementUrn: input.replacementUrn ? checkUrnOf(input.replacementUrn, 'input.replacementUrn', 'glossaryTerm') : null,
    });
    return termAfterEdit(ctx, urn);
  }

  @Mutation(() => GlossaryTerm, { description: 'Adds (or re-states) a typed relation from a term to another; an is-a cycle is refused, and so is a relation that contradicts one the two terms have (a kind of its own opposite, replaced by its opposite, each a kind, a part or the replacement of the other), naming it.' })
  async addGlossaryTermRelation(@Arg('input', () => GlossaryTermRelationInput, { description: 'The two terms and how the first relates to the second.' }) input: GlossaryTermRelationInput, @Ctx() ctx: ApiContext): Promise<GlossaryTerm> {
    const urn = checkUrnOf(input.urn, 'input.urn', 'glossaryTerm');
    await ctx.glossary.addRelation(ctx.principal, {
      urn,
      expectedVersion: checkVersion(input.expectedVersion),
      kind: input.kind,
      targetUrn: checkUrnOf(input.targetUrn, 'input.targetUrn', 'glossaryTerm'),
      provenance: input.provenance,
      relationStatus: input.relationStatus,
      comment: cleanText(input.comment, 'input.comment', 2000),
    });
    return termAfterEdit(ctx, urn);
  }

  @Mutation(() => GlossaryTerm, { description: 'Removes a typed relation from a term to another (a symmetric one, whichever way it was stored).' })
  async removeGlossaryTermRelation(@Arg('input', () => GlossaryTermRelationInput, { description: 'The two terms and the relation to remove.' }) input: GlossaryTermRelationInput, @Ctx() ctx: ApiContext): Promise<GlossaryTerm> {
    const urn = checkUrnOf(input.urn, 'input.urn', 'glossaryTerm');
    await ctx.glossary.removeRelation(ctx.principal, {
      urn,
      expectedVersion: checkVersion(input.expectedVersion),
      kind: input.kind,
      targetUrn: checkUrnOf(input.targetUrn, 'input.targetUrn', 'glossaryTerm'),
      comment: cleanText(input.comment, 'input.comment', 2000),
    });
    return termAfterEdit(ctx, urn);
  }
}

@Resolver(() => Glossary)
export class GlossaryFieldsResolver {
  @FieldResolver(() => Domain, { nullable: true, description: 'The domain whose glossary it is; null for the enterprise glossary.' })
  async domain(@Root() glossary: Glossary, @Ctx() ctx: ApiContext): Promise<Domain | null> {
    if (glossary.domainId === null) return null;
    const entity = await ctx.loaders.entityByUrn.load(`urn:polder:domain:${glossary.domainId}`);
    return (entity as Domain | null) ?? null;
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'Its terms, by name.' })
  terms(
    @Root() glossary: Glossary,
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, limitArgument(100, MAX_PAGE)) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
  ): Promise<GlossaryTerm[]> {
    checkPage(limit, offset, MAX_PAGE);
    return ctx.glossaryLoaders.termsOf.load({ glossary: glossary.id, limit, offset });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may create terms in it (and edit its terms): see GlossaryTerm.viewerCanEdit.' })
  viewerCanCreateTerms(@Root() glossary: Glossary, @Ctx() ctx: ApiContext): boolean {
    return isAllowed(ctx.principal, { kind: 'editGlossaryTerm', domain: glossary.domainId });
  }
}

@Resolver(() => GlossaryTerm)
export class GlossaryTermResolver {
  @FieldResolver(() => String, { description: 'The glossary that holds it: `enterprise` or a domain id.' })
  glossary(@Root() term: GlossaryTerm): string {
    return term.glossary ?? ENTERPRISE_GLOSSARY;
  }

  @FieldResolver(() => Domain, { nullable: true, description: 'The domain whose glossary holds it; null in the enterprise glossary.' })
  domain(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<Domain | null> {
    return ctx.loaders.domainOf.load(term.urn);
  }

  @FieldResolver(() => Int, { description: 'How many edits it has had; pass it as `expectedVersion` when you edit it.' })
  version(@Root() term: GlossaryTerm): number {
    return Number(term.version ?? 0);
  }

  @FieldResolver(() => [String], { description: 'Other words for it.' })
  synonyms(@Root() term: GlossaryTerm): string[] {
    return term.synonyms ?? [];
  }

  @FieldResolver(() => [String], { description: 'Its acronyms.' })
  acronyms(@Root() term: GlossaryTerm): string[] {
    return term.acronyms ?? [];
  }

  @FieldResolver(() => [String], { description: 'Examples of it.' })
  examples(@Root() term: GlossaryTerm): string[] {
    return term.examples ?? [];
  }

  @FieldResolver(() => [String], { description: 'Usernames of its owners.' })
  owners(@Root() term: GlossaryTerm): string[] {
    return term.owners ?? [];
  }

  @FieldResolver(() => [TermOwner], {
    description:
      'Its owners (`owners`, in the same order), each with the person or team of the directory it names, by the rule of `Owner.person` and `Owner.team`: a name the directory does not know names nobody. A list of terms costs one query for the people and teams of all its owners.',
  })
  async ownerEntries(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<TermOwner[]> {
    // Resolved with the entries, not field by field: a client asks for them for whom they name (`owners` has
    // the names alone), and the loader answers every term of the level in one query (people.loaders.ts).
    const names = term.owners ?? [];
    const named = await Promise.all(names.map((name) => ctx.peopleLoaders.identityOf.load(name)));
    return names.map((name, index) => ({ name, ...named[index]! }));
  }

  @FieldResolver(() => [String], { description: 'Usernames of those who approve or reject it.' })
  reviewers(@Root() term: GlossaryTerm): string[] {
    return term.reviewers ?? [];
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who submitted it for review last (may not decide on it).' })
  reviewRequestedBy(@Root() term: GlossaryTerm): string | null {
    return term.reviewRequestedBy ?? null;
  }

  @FieldResolver(() => [String], { description: 'Classifications (e.g. PII) every column carrying the term inherits.' })
  classifications(@Root() term: GlossaryTerm): string[] {
    return term.classifications ?? [];
  }

  @FieldResolver(() => [String], { description: 'Column-name patterns (`*`, `?` wildcards, case-insensitive) for which the term is suggested; its name, synonyms and acronyms are matched too.' })
  columnPatterns(@Root() term: GlossaryTerm): string[] {
    return term.columnPatterns ?? [];
  }

  @FieldResolver(() => [TermLink], { description: 'Links to authoritative sources.' })
  links(@Root() term: GlossaryTerm): TermLink[] {
    return JSON.parse(term.linksJson ?? '[]') as TermLink[];
  }

  @FieldResolver(() => [CustomProperty], { description: 'Custom properties, in the order they were given.' })
  customProperties(@Root() term: GlossaryTerm): CustomProperty[] {
    return JSON.parse(term.customPropertiesJson ?? '[]') as CustomProperty[];
  }

  @FieldResolver(() => GlossaryTerm, { nullable: true, description: 'Its parent (term group) in the hierarchy.' })
  parent(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm | null> {
    return ctx.glossaryLoaders.parentOf.load(term.urn);
  }

  @FieldResolver(() => [GlossaryTerm], { description: `The terms grouped under it, by name, a page at a time: ${MAX_PAGE} at most, so compare with \`childCount\`.` })
  async children(
    @Root() term: GlossaryTerm,
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, limitArgument(MAX_PAGE, MAX_PAGE)) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
  ): Promise<GlossaryTerm[]> {
    return (await ctx.glossaryLoaders.childrenOf.load({ urn: term.urn, ...checkPage(limit, offset, MAX_PAGE) })).terms;
  }

  @FieldResolver(() => Int, { description: 'How many terms are grouped under it: more than `children` returns when they fill more than one page.' })
  async childCount(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<number> {
    return (await ctx.glossaryLoaders.childrenOf.load({ urn: term.urn, offset: 0, limit: 0 })).total;
  }

  @FieldResolver(() => [TermRelation], { description: 'Its typed relations, from both ends (isA and hasKinds, replacedBy and replaces, ...).' })
  async relations(
    @Root() term: GlossaryTerm,
    @Ctx() ctx: ApiContext,
    @Arg('kinds', () => [TermRelationKind], { nullable: true, description: 'Only these kinds.' }) kinds?: TermRelationKind[] | null,
  ): Promise<RelationRow[]> {
    const rows = await ctx.glossaryLoaders.relationsOf.load(term.urn);
    return kinds ? rows.filter((row) => (kinds as string[]).includes(row.kind)) : rows;
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'The terms it is a kind of (IS_A, outgoing).' })
  isA(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return related(ctx, term, 'isA');
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'The terms that are kinds of it (IS_A, read back).' })
  hasKinds(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return related(ctx, term, 'hasKinds');
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'The terms it has as parts (HAS_A, outgoing).' })
  hasA(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return related(ctx, term, 'hasA');
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'The terms it is a part of (HAS_A, read back).' })
  partOf(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return related(ctx, term, 'partOf');
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'The terms related to it (RELATED_TO, either way).' })
  relatedTo(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return related(ctx, term, 'relatedTo');
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'The terms that replace it (REPLACED_BY, outgoing).' })
  replacedBy(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return related(ctx, term, 'replacedBy');
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'The terms it replaces (REPLACED_BY, read back).' })
  replaces(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return related(ctx, term, 'replaces');
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'Its antonyms (ANTONYM, either way).' })
  antonyms(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return related(ctx, term, 'antonyms');
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'Terms a reader of it may want too (SEE_ALSO, outgoing).' })
  seeAlso(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return related(ctx, term, 'seeAlso');
  }

  @FieldResolver(() => [GlossaryTerm], { description: 'Terms whose readers are sent to it (SEE_ALSO, read back).' })
  seenFrom(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<GlossaryTerm[]> {
    return related(ctx, term, 'seenFrom');
  }

  @FieldResolver(() => TermCarriers, { description: 'The datasets carrying this term, on themselves or on some of their columns, a page at a time, by name. When the glossary classifies the term (e.g. PII), restricted datasets whose classifications you may not see (outside their domain) are left out: carrying it tells them.' })
  carryingDatasets(
    @Root() term: GlossaryTerm,
    @Ctx() ctx: ApiContext,
    @Arg('limit', () => Int, limitArgument(50, MAX_PAGE)) limit: number,
    @Arg('offset', () => Int, OFFSET_ARGUMENT) offset: number,
  ): Promise<TermCarriers> {
    checkPage(limit, offset, MAX_PAGE);
    return ctx.glossaryLoaders.carryingDatasetsOf.load({ urn: term.urn, limit, offset });
  }

  @FieldResolver(() => [TermVersion], { description: `Its history, newest first: the latest ${TERM_HISTORY_LENGTH} versions, each with who, when, why and the diff.` })
  async history(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): Promise<TermVersion[]> {
    // Batched: a list of terms with their history reads them all at once.
    const changes = await ctx.loaders.changesOf(TERM_HISTORY_LENGTH).load(term.urn);
    return changes.map((change) => ({
      version: change.version,
      at: change.at,
      actor: change.actor,
      action: change.action,
      comment: change.comment ?? null,
      diff: diffVersions(JSON.parse(change.before) as Record<string, unknown>, JSON.parse(change.after) as Record<string, unknown>),
    }));
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may edit it (and move it through its lifecycle, except approving and rejecting).' })
  viewerCanEdit(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): boolean {
    return isAllowed(ctx.principal, { kind: 'editGlossaryTerm', domain: domainOfGlossary(term.glossary ?? ENTERPRISE_GLOSSARY) });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may approve or reject it (you are one of its reviewers and did not submit it).' })
  viewerCanReview(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): boolean {
    return isAllowed(ctx.principal, { kind: 'reviewGlossaryTerm', reviewers: term.reviewers ?? [], requestedBy: term.reviewRequestedBy ?? null });
  }

  @FieldResolver(() => Boolean, { description: 'Whether you may change its content now: you may edit it, and it is neither IN_REVIEW nor DEPRECATED. A change to the meaning of an APPROVED term sends it back to IN_REVIEW (updateGlossaryTerm).' })
  viewerCanEditContent(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): boolean {
    return mayEditTermContent(ctx.principal, permissionFactsOf(term));
  }

  @FieldResolver(() => [TermStatus], {
    description:
      'The statuses you may move it to now (changeGlossaryTermStatus), in lifecycle order: its lifecycle\'s next steps that you are allowed to take. IN_REVIEW only once a reviewer other than you is named.',
  })
  viewerCanMoveTo(@Root() term: GlossaryTerm, @Ctx() ctx: ApiContext): TermStatus[] {
    return termMovesAllowed(ctx.principal, permissionFactsOf(term)) as TermStatus[];
  }
}

function permissionFactsOf(term: GlossaryTerm): TermPermissionFacts {
  return {
    glossary: term.glossary ?? ENTERPRISE_GLOSSARY,
    termStatus: term.termStatus ?? 'DRAFT',
    reviewers: term.reviewers ?? [],
    reviewRequestedBy: term.reviewRequestedBy ?? null,
  };
}

/** The other ends of the term's relations that read `name` from it (isA, hasKinds, replacedBy, ...). */
async function related(ctx: ApiContext, term: GlossaryTerm, name: string): Promise<GlossaryTerm[]> {
  return (await ctx.glossaryLoaders.relationsOf.load(term.urn)).filter((row) => row.name === name).map((row) => row.term);
}

/** The content fields given in an input, over `base`; null lists become empty. */
function contentOfInput(input: CreateGlossaryTermInput | UpdateGlossaryTermInput, base: TermContent): TermContent {
  const list = <T>(value: T[] | null | undefined, fallback: T[]) => (value === undefined ? fallback : (value ?? []));
  return {
    name: input.name ?? base.name,
    definition: input.definition === undefined ? base.definition : (input.definition ?? null),
    synonyms: list(input.synonyms, base.synonyms),
    acronyms: list(input.acronyms, base.acronyms),
    examples: list(input.examples, base.examples),
    owners: list(input.owners, base.owners),
    reviewers: list(input.reviewers, base.reviewers),
    classifications: list(input.classifications, base.classifications),
    columnPatterns: list(input.columnPatterns, base.columnPatterns),
    links: list(input.links?.map((link) => ({ label: link.label, url: link.url })), base.links),
    customProperties: list(input.customProperties?.map((property) => ({ key: property.key, value: property.value })), base.customProperties),
  };
}

async function termOrNull(ctx: ApiContext, urn: string): Promise<GlossaryTerm | null> {
  const entity = await ctx.loaders.entityByUrn.load(urn);
  return entity && entity.type === EntityType.GLOSSARY_TERM ? (entity as GlossaryTerm) : null;
}

async function termAfterEdit(ctx: ApiContext, urn: string): Promise<GlossaryTerm> {
  ctx.loaders.entityByUrn.clear(urn);
  const term = await termOrNull(ctx, urn);
  if (!term) throw apiError('NOT_FOUND', `no glossary term ${urn.slice(0, 200)}`);
  return term;
}

@Resolver(() => TermVersion)
export class TermVersionResolver {
  @FieldResolver(() => [NamedUrn], { description: 'Names for the URNs its diff holds (identity columns, a replacement), to show instead of the URNs.' })
  names(@Root() version: TermVersion, @Ctx() ctx: ApiContext): Promise<NamedUrn[]> {
    const texts = version.diff.flatMap((change) => [change.before, change.after]).filter((text): text is string => typeof text === 'string');
    return namesOfUrnsIn(texts, (urns) => ctx.loaders.entityByUrn.loadMany(urns));
  }
}
