/**
 * Edit mutations. Each takes one `input`, checks it, hands the change to the
 * edit service (which checks permission and version, writes, and audits) and
 * returns the entity as it now is.
 */
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ApiContext } from '../../context.ts';
import { apiError } from '../../errors.ts';
import { Entity } from '../entity/entity.type.ts';
import type { EditRequest } from './EditRequest.ts';
import { assertOwnerUrnsKnown } from './ownerUrns.ts';
import { RESTRICT_PERMISSION } from './restrictPermission.ts';
import { checkUrnOf, checkVersion, cleanLabels, cleanOwners, cleanText, cleanUrns, MAX_DESCRIPTION_LENGTH, MAX_LIST } from './editInputRules.ts';
import {
  SetCertificationInput,
  SetClassificationsInput,
  SetOutputPortsInput,
  SetOwnersInput,
  SetRestrictedInput,
  SetTagsInput,
  SetTermsInput,
  UpdateDescriptionInput,
  type EditInput,
} from './editable.type.ts';

/** How long a certification holds before it must be renewed. */
export const CERTIFICATION_DAYS = 180;

@Resolver()
export class EditsResolver {
  @Mutation(() => Entity, { description: 'Sets the description a person wrote on a dataset, column, data product or domain.' })
  updateDescription(@Arg('input', () => UpdateDescriptionInput, { description: 'The asset, its new description, and the version the edit was based on.' }) input: UpdateDescriptionInput, @Ctx() ctx: ApiContext): Promise<Entity> {
    return apply(ctx, input, 'updateDescription', {
      permission: 'editAsset',
      labels: ['Dataset', 'Field', 'DataProduct', 'Domain'],
      properties: { editable_description: cleanText(input.description, 'input.description', MAX_DESCRIPTION_LENGTH) },
    });
  }

  @Mutation(() => Entity, { description: 'Sets who answers for a dataset, data product or domain.' })
  setOwners(@Arg('input', () => SetOwnersInput, { description: 'The asset, its owners with their ownership types, and the version the edit was based on.' }) input: SetOwnersInput, @Ctx() ctx: ApiContext): Promise<Entity> {
    const owners = input.owners ? cleanOwners(input.owners, 'input.owners') : null;
    const given = (owners?.names ?? []).map((name, index) => ({ name, argument: `input.owners[${owners!.positions[index]}].name` }));
    return apply(ctx, input, 'setOwners', {
      permission: 'editAsset',
      labels: ['Dataset', 'DataProduct', 'Domain'],
      properties: { editable_owners: owners?.names ?? null, editable_ownerTypes: owners?.types ?? null },
      unordered: [['editable_owners', 'editable_ownerTypes']],
      check: (tx, before) => assertOwnerUrnsKnown(tx, given, (before.owners as string[] | null) ?? []),
    });
  }

  @Mutation(() => Entity, { description: 'Sets the tags of a dataset, column or data product.' })
  setTags(@Arg('input', () => SetTagsInput, { description: 'The asset, its tags, and the version the edit was based on.' }) input: SetTagsInput, @Ctx() ctx: ApiContext): Promise<Entity> {
    const tags = input.tags ? cleanLabels(input.tags, 'input.tags', { maxItems: MAX_LIST, maxLength: 100, ignoreCase: true }) : null;
    return apply(ctx, input, 'setTags', { permission: 'editAsset', labels: ['Dataset', 'Field', 'DataProduct'], properties: { editable_tags: tags }, unordered: [['editable_tags']] });
  }

  @Mutation(() => Entity, { description: 'Sets the glossary terms a dataset or column carries (stewards, and owners of its domain).' })
  setTerms(@Arg('input', () => SetTermsInput, { description: 'The dataset or column, the glossary terms it carries, and the version the edit was based on.' }) input: SetTermsInput, @Ctx() ctx: ApiContext): Promise<Entity> {
    const targets = cleanUrns(input.termUrns, 'input.termUrns', 'glossaryTerm', MAX_LIST);
    return apply(ctx, input, 'setTerms', {
      permission: 'assignTerms',
      labels: ['Dataset', 'Field'],
      relationship: { type: 'MEANS', targetLabel: 'GlossaryTerm', name: 'terms', argument: 'input.termUrns', targets },
    });
  }

  @Mutation(() => Entity, { description: 'Sets the classifications (PII, CONFIDENTIAL, ...) of a dataset or column (stewards, and owners of its domain).' })
  setClassifications(@Arg('input', () => SetClassificationsInput, { description: 'The asset, its classifications, and the version the edit was based on.' }) input: SetClassificationsInput, @Ctx() ctx: ApiContext): Promise<Entity> {
    const classifications = cleanLabels(input.classifications, 'input.classifications', {
      maxItems: 20,
      maxLength: 50,
      pattern: /^[A-Z][A-Z0-9_]*$/,
      patternHint: 'must be upper-case letters, digits and _, e.g. PII',
    }).sort();
    return apply(ctx, input, 'setClassifications', { permission: 'assignTerms', labels: ['Dataset', 'Field'], properties: { editable_classifications: classifications } });
  }

  @Mutation(() => Entity, { description: `Certifies a dataset or data product as fit for use for ${CERTIFICATION_DAYS} days, or withdraws the certification.` })
  setCertification(@Arg('input', () => SetCertificationInput, { description: 'The dataset or product, whether it is certified (with a note), and the version the edit was based on.' }) input: SetCertificationInput, @Ctx() ctx: ApiContext): Promise<Entity> {
    const now = new Date();
    const certified = input.certified;
    return apply(ctx, input, 'setCertification', {
      permission: 'editAsset',
      labels: ['Dataset', 'DataProduct'],
      properties: {
        editable_certified: certified,
        editable_certifiedBy: certified ? ctx.principal.account?.username ?? null : null,
        editable_certifiedAt: certified ? now.toISOString() : null,
        editable_certificationExpiresAt: certified ? new Date(now.getTime() + CERTIFICATION_DAYS * 86_400_000).toISOString() : null,
        editable_certificationNote: certified ? cleanText(input.note, 'input.note', 2000) : null,
        // Certifying again (or withdrawing) is how an owner lifts a suspension by a low trust score.
        editable_certificationSuspendedAt: null,
        editable_certificationSuspendedReason: null,
      },
    });
  }

  @Mutation(() => Entity, { description: 'Marks a dataset restricted (its sensitive values masked outside its domain) or not.' })
  setRestricted(@Arg('input', () => SetRestrictedInput, { description: 'The asset, whether its sensitive values are restricted to its domain, and the version the edit was based on.' }) input: SetRestrictedInput, @Ctx() ctx: ApiContext): Promise<Entity> {
    return apply(ctx, input, 'setRestricted', { permission: RESTRICT_PERMISSION, labels: ['Dataset'], properties: { editable_restricted: input.restricted } });
  }

  @Mutation(() => Entity, { description: 'Sets the datasets a data product exposes as output ports (beside those its contract declares).' })
  setOutputPorts(@Arg('input', () => SetOutputPortsInput, { description: 'The data product, the datasets it exposes, and the version the edit was based on.' }) input: SetOutputPortsInput, @Ctx() ctx: ApiContext): Promise<Entity> {
    const targets = cleanUrns(input.datasetUrns, 'input.datasetUrns', 'dataset', 100);
    return apply(ctx, input, 'setOutputPorts', {
      permission: 'editAsset',
      labels: ['DataProduct'],
      relationship: { type: 'EXPOSES', targetLabel: 'Dataset', name: 'outputPorts', argument: 'input.datasetUrns', targets },
    });
  }
}

async function apply(ctx: ApiContext, input: EditInput, action: string, request: Pick<EditRequest, 'permission' | 'labels' | 'properties' | 'unordered' | 'relationship' | 'check'>): Promise<Entity> {
  const urn = checkUrnOf(input.urn);
  await ctx.edits.edit(ctx.principal, {
    ...request,
    urn,
    expectedVersion: checkVersion(input.expectedVersion),
    action,
    comment: cleanText(input.comment, 'input.comment', 2000),
  });
  // Read again, not from this request's loader: an earlier field of the same operation (another edit of
  // it, aliased) may have loaded it, and the answer would then hold the entity as it was before this edit.
  ctx.loaders.entityByUrn.clear(urn);
  const entity = await ctx.loaders.entityByUrn.load(urn);
  if (!entity) throw apiError('NOT_FOUND', `no entity ${urn.slice(0, 200)}`);
  return entity;
}
