/**
 * How an asset's crawled and person-written properties combine for readers.
 * The rule is the same for every part: once a person set it (`editable_*`), it
 * wins over what the source says; removing it shows the source's value again.
 */
import { OwnershipType, type Certification, type CrawledProperties, type EditedProperties, type Owner } from './editable.type.ts';

type Props = Record<string, unknown>;

export function versionOf(props: Props): number {
  return (props.editable_version as number | undefined) ?? 0;
}

export function ownersOf(props: Props): Owner[] {
  // Most sources name owners without saying what they answer for (a store's owner role, a dbt meta.owner):
  // technical owners. polder.yaml says its domains' owners are business owners (`ownerTypes`).
  const types = (props.ownerTypes as OwnershipType[] | undefined) ?? [];
  return editedOwnersOf(props) ?? crawledOwnersOf(props).map((name, index) => ({ name, type: types[index] ?? OwnershipType.TECHNICAL_OWNER, edited: false }));
}

export function tagsOf(props: Props): string[] {
  return (props.editable_tags as string[] | undefined) ?? (props.tags as string[] | undefined) ?? [];
}

/** The parts of an asset as its source has them, whatever people set (the `properties` of the API). */
export function crawledPropertiesOf(props: Props): CrawledProperties {
  return { description: (props.description as string | undefined) ?? null, owners: crawledOwnersOf(props), tags: (props.tags as string[] | undefined) ?? [] };
}

/** The parts people set, each null until set (the `editable` of the API). */
export function editedPropertiesOf(props: Props): EditedProperties {
  return {
    description: (props.editable_description as string | undefined) ?? null,
    owners: editedOwnersOf(props),
    tags: (props.editable_tags as string[] | undefined) ?? null,
    updatedBy: (props.editable_updatedBy as string | undefined) ?? null,
    updatedAt: (props.editable_updatedAt as string | undefined) ?? null,
  };
}

function crawledOwnersOf(props: Props): string[] {
  return (props.owners as string[] | undefined) ?? (typeof props.owner === 'string' ? [props.owner] : []);
}

function editedOwnersOf(props: Props): Owner[] | null {
  const edited = props.editable_owners as string[] | undefined;
  if (!edited) return null;
  const types = (props.editable_ownerTypes as OwnershipType[] | undefined) ?? [];
  return edited.map((name, index) => ({ name, type: types[index] ?? OwnershipType.TECHNICAL_OWNER, edited: true }));
}

export function classificationsOf(props: Props): string[] {
  return (props.editable_classifications as string[] | undefined) ?? [];
}

export function isRestricted(props: Props): boolean {
  return props.editable_restricted === true;
}

export function certificationOf(props: Props, now: Date = new Date()): Certification | null {
  if (props.editable_certified !== true) return null;
  const expiresAt = props.editable_certificationExpiresAt as string;
  // Set by the trust scorer when the score fell below the threshold (trust/writeTrustScores.ts).
  const suspendedAt = (props.editable_certificationSuspendedAt as string | undefined) ?? null;
  return {
    active: new Date(expiresAt).getTime() > now.getTime() && suspendedAt === null,
    suspended: suspendedAt !== null,
    suspendedReason: suspendedAt === null ? null : `${(props.editable_certificationSuspendedReason as string | undefined) ?? 'suspended'} (at ${suspendedAt})`,
    by: props.editable_certifiedBy as string,
    at: props.editable_certifiedAt as string,
    expiresAt,
    note: (props.editable_certificationNote as string | undefined) ?? null,
  };
}
