import { describe, expect, it } from 'vitest';

import { changeFieldLabel } from './changeFieldLabel';

describe('changeFieldLabel', () => {
  it('names the keys a term, a sense and a polyseme write in words', () => {
    expect(['termStatus', 'identityFields', 'replacedBy', 'parent', 'columnPatterns', 'customProperties', 'relations', 'polysemeStatus', 'senses'].map(changeFieldLabel)).toEqual([
      'Status',
      'Identity columns',
      'Replaced by',
      'Parent term',
      'Column patterns',
      'Custom properties',
      'Relations',
      'Status',
      'Senses',
    ]);
  });

  it("names the keys an asset's edits write in words", () => {
    expect(['description', 'ownerTypes', 'terms', 'certifiedAt', 'certificationSuspendedReason', 'restricted', 'outputPorts'].map(changeFieldLabel)).toEqual([
      'Description',
      'Owner roles',
      'Glossary terms',
      'Certified at',
      'Why the certification was suspended',
      'Restricted',
      'Output ports',
    ]);
  });

  it('names every key the API writes into before / after', () => {
    // From the recordChange calls of api/src/modules/edits/, glossary/*.service.ts, and the trust scorer and crawl trigger.
    const written = {
      assetEdits: ['description', 'owners', 'ownerTypes', 'tags', 'terms', 'classifications', 'certified', 'certifiedBy', 'certifiedAt', 'certificationNote', 'certificationExpiresAt', 'certificationSuspendedAt', 'certificationSuspendedReason', 'restricted', 'outputPorts'],
      platform: ['certificationSuspended', 'outcome'],
      suggestions: ['suggestedTerm', 'suggestionStatus', 'reason'],
      terms: ['name', 'definition', 'synonyms', 'acronyms', 'examples', 'owners', 'reviewers', 'classifications', 'columnPatterns', 'links', 'customProperties', 'parent', 'termStatus', 'replacedBy', 'relations'],
      polysemes: ['identityFields', 'label', 'description', 'polysemeStatus', 'senses'],
    };
    const raw = Object.values(written)
      .flat()
      .filter((key) => changeFieldLabel(key) === key);
    expect(raw).toEqual([]);
  });

  it('gives a key it does not know as it came, even one an object has by inheritance', () => {
    expect(['rentals: Customer → finance: Client', 'somethingNew', 'constructor', 'toString'].map(changeFieldLabel)).toEqual([
      'rentals: Customer → finance: Client',
      'somethingNew',
      'constructor',
      'toString',
    ]);
  });
});
