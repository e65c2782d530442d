/**
 * Reads one SCIM 2.0 export (RFC 7643 resources, as RFC 7644 lists them), what
 * Okta, Entra ID and Keycloak hand out: a `ListResponse` or a plain array of
 * User and Group resources.
 *
 *   User   userName        → Person id, lower-cased (SCIM compares userNames ignoring case)
 *          displayName     → displayName; else name.formatted; else givenName familyName; else the userName
 *          emails          → email: the one marked primary, else the first
 *          title           → title
 *          active: false   → not written (nor its memberships)
 *   Group  displayName     → Team name, and its id as a slug (directoryIds.ts)
 *          members[].value → MEMBER_OF from the User with that SCIM `id` (a member of type Group is
 *                            skipped: nested groups are not modelled)
 *
 * Every other attribute is ignored, unread: an export may carry passwords, tokens
 * or enterprise attributes that must never reach the graph. A resource that is
 * neither a User nor a Group is refused, as the export is not what it seems.
 */
import { noEntries, type FileEntries } from './Directory.ts';
import { teamIdOf, ID_RULE, isDirectoryId } from './directoryIds.ts';
import { isMapping, itemPath, memberPath, ValueReader } from './ValueReader.ts';

export const SCIM_USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const SCIM_GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
export const SCIM_LIST_RESPONSE = 'urn:ietf:params:scim:api:messages:2.0:ListResponse';

export function readScimExport(value: unknown, reader: ValueReader): FileEntries {
  const entries = noEntries();
  for (const resource of resourcesOf(value, reader)) {
    const record = reader.mapping(resource.value, resource.at);
    if (!record) continue;
    const schemas = schemasOf(record, resource.at, reader);
    if (schemas === null) continue;
    if (schemas.includes(SCIM_USER)) readUser(record, resource.at, reader, entries);
    else if (schemas.includes(SCIM_GROUP)) readGroup(record, resource.at, reader, entries);
    else reader.problem(memberPath(resource.at, 'schemas'), `names neither a SCIM User (${SCIM_USER}) nor a Group (${SCIM_GROUP})`);
  }
  return entries;
}

function resourcesOf(value: unknown, reader: ValueReader): Array<{ value: unknown; at: string }> {
  if (Array.isArray(value)) return value.map((item, index) => ({ value: item, at: itemPath('', index) }));
  const response = isMapping(value) ? value : {};
  // RFC 7644 §3.4.2: a ListResponse of no results may leave Resources out.
  if (response.Resources === undefined && Array.isArray(response.schemas) && response.schemas.includes(SCIM_LIST_RESPONSE)) return [];
  if (response.Resources === undefined) {
    reader.problem('', `is neither a SCIM ListResponse (${SCIM_LIST_RESPONSE}, with Resources) nor a list of SCIM resources`);
    return [];
  }
  return reader.list(response, 'Resources', '');
}

function schemasOf(record: Record<string, unknown>, at: string, reader: ValueReader): string[] | null {
  if (record.schemas === undefined || record.schemas === null) {
    reader.problem(memberPath(at, 'schemas'), 'is required');
    return null;
  }
  if (!Array.isArray(record.schemas)) {
    reader.problem(memberPath(at, 'schemas'), 'must be a list');
    return null;
  }
  return record.schemas.filter((schema): schema is string => typeof schema === 'string');
}

function readUser(user: Record<string, unknown>, at: string, reader: ValueReader, entries: FileEntries): void {
  const scimId = reader.string(user, 'id', at, 'required');
  const userName = reader.string(user, 'userName', at, 'required');
  const id = userName?.toLowerCase() ?? null;
  const valid = id !== null && isDirectoryId(id);
  if (id !== null && !valid) reader.problem(memberPath(at, 'userName'), `"${userName}" is not a valid id once lower-cased: ${ID_RULE}`);
  const active = reader.boolean(user, 'active', at) !== false;
  const displayName = reader.string(user, 'displayName', at, 'optional') ?? nameOf(user, at, reader) ?? userName ?? '';
  const email = primaryEmail(user, at, reader);
  const title = reader.string(user, 'title', at, 'optional');
  if (scimId !== null) entries.scimResources.push({ entry: { scimId, person: active && valid ? id : null }, file: reader.file, at, idAt: memberPath(at, 'id') });
  if (valid && active) entries.people.push({ entry: { id, displayName, email, title }, file: reader.file, at, idAt: memberPath(at, 'userName') });
}

/** `name.formatted`, else `givenName familyName`. */
function nameOf(user: Record<string, unknown>, at: string, reader: ValueReader): string | null {
  if (user.name === undefined || user.name === null) return null;
  const path = memberPath(at, 'name');
  const name = reader.mapping(user.name, path);
  if (!name) return null;
  const formatted = reader.string(name, 'formatted', path, 'optional');
  const parts = [reader.string(name, 'givenName', path, 'optional'), reader.string(name, 'familyName', path, 'optional')];
  return formatted ?? (parts.some((part) => part !== null) ? parts.filter((part) => part !== null).join(' ') : null);
}

function primaryEmail(user: Record<string, unknown>, at: string, reader: ValueReader): string | null {
  const emails = reader.list(user, 'emails', at).flatMap((item) => {
    const email = reader.mapping(item.value, item.at);
    return email ? [{ value: email.value, at: memberPath(item.at, 'value'), primary: reader.boolean(email, 'primary', item.at) === true }] : [];
  });
  const chosen = emails.find((email) => email.primary) ?? emails[0];
  return chosen ? reader.email(chosen.value, chosen.at) : null;
}

function readGroup(group: Record<string, unknown>, at: string, reader: ValueReader, entries: FileEntries): void {
  const scimId = reader.string(group, 'id', at, 'required');
  const name = reader.string(group, 'displayName', at, 'required');
  const id = name === null ? null : teamIdOf(name);
  if (id === '') reader.problem(memberPath(at, 'displayName'), `"${name}" gives no team id: it needs a letter or a digit`);
  if (scimId !== null) entries.scimResources.push({ entry: { scimId, person: null }, file: reader.file, at, idAt: memberPath(at, 'id') });
  if (!id) return;
  entries.teams.push({ entry: { id, name: name!, email: null, description: null, domain: null }, file: reader.file, at, idAt: memberPath(at, 'displayName') });
  for (const item of reader.list(group, 'members', at)) {
    const member = reader.mapping(item.value, item.at);
    if (!member) continue;
    const memberId = reader.string(member, 'value', item.at, 'required');
    const type = reader.string(member, 'type', item.at, 'optional');
    if (memberId !== null && type !== 'Group') entries.scimMembers.push({ entry: { team: id, scimId: memberId }, file: reader.file, at: memberPath(item.at, 'value'), idAt: memberPath(item.at, 'value') });
  }
}
