import type { PolysemeEdit } from '../api/editPolyseme';
import { parseTags } from '../edits/parseTags';

import { isMappingKind } from './mappingKinds';
import { isPolysemeStatus } from './polysemeStatuses';
import { readSensePair } from './sensePair';

const INCOMPLETE = 'This form is incomplete. Reload the page and try again.';

/**
 * The edit a polyseme form asks for, or what is wrong with the form in words.
 * `edit` says which form: `details` (label, description, status), `setMapping`
 * or `removeMapping` (the pair its pressed Remove button names). Every form
 * carries the `urn` and the `expectedVersion` the page read. What a person may
 * type wrong (an empty label, a rule that is no join) goes to the API as typed:
 * its message says what is wrong better than a second copy of its rules here.
 */
export function readPolysemeEdit(form: FormData): PolysemeEdit | string {
  const text = (name: string) => String(form.get(name) ?? '').trim();
  const urn = text('urn');
  const expectedVersion = Number(text('expectedVersion'));
  if (urn === '' || text('expectedVersion') === '' || !Number.isInteger(expectedVersion)) return INCOMPLETE;
  const comment = text('comment') || null;
  switch (form.get('edit')) {
    case 'details': {
      const polysemeStatus = form.get('polysemeStatus');
      if (!isPolysemeStatus(polysemeStatus)) return 'Which status? Reload the page and try again.';
      // Empty removes the description, as the API defines null.
      return { edit: 'details', input: { urn, expectedVersion, label: text('label'), description: text('description') || null, polysemeStatus, comment } };
    }
    case 'setMapping': {
      const kind = form.get('kind');
      const fromUrn = text('fromUrn');
      const toUrn = text('toUrn');
      if (fromUrn === '' || toUrn === '') return 'Choose the two senses to map.';
      if (!isMappingKind(kind)) return 'Which kind of mapping? Reload the page and try again.';
      return { edit: 'setMapping', input: { urn, expectedVersion, fromUrn, toUrn, kind, rule: text('rule'), agreedBy: parseTags(text('agreedBy')), comment } };
    }
    case 'removeMapping': {
      const pair = readSensePair(form.get('pair'));
      if (!pair) return INCOMPLETE;
      return { edit: 'removeMapping', input: { urn, expectedVersion, ...pair, comment } };
    }
    default:
      return INCOMPLETE;
  }
}
