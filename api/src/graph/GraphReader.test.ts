import { describe, expect, it } from 'vitest';
import { HIDDEN_DOMAINS_IN_QUERY, visibleAsset, visibleDataset } from '../modules/access/visibleInCypher.ts';
import { mentionsOnlyWhatHiddenComesFrom } from './GraphReader.ts';

describe('mentionsOnlyWhatHiddenComesFrom', () => {
  it('is true for a query that works the hidden domains out itself, or never mentions them (only the parts always sent)', () => {
    expect(mentionsOnlyWhatHiddenComesFrom(`${HIDDEN_DOMAINS_IN_QUERY} MATCH (d:Dataset) WHERE ${visibleDataset('d', 'visibilityHidden')} RETURN d`)).toBe(true);
    expect(mentionsOnlyWhatHiddenComesFrom(`MATCH (d:Dataset {urn: $urn}) RETURN d`)).toBe(true);
    expect(mentionsOnlyWhatHiddenComesFrom(`RETURN $visibility.restrictedEverywhere OR 'finance' IN $visibility.restrictedIn AS sees`)).toBe(true);
  });

  it('is false for any other mention of $visibility, so that the hidden domains are read and sent', () => {
    expect(mentionsOnlyWhatHiddenComesFrom(`MATCH (d:Dataset) WHERE ${visibleAsset('d')} RETURN d`)).toBe(false);
    expect(mentionsOnlyWhatHiddenComesFrom(`${HIDDEN_DOMAINS_IN_QUERY} MATCH (d:Dataset) WHERE ${visibleDataset('d')} RETURN d`)).toBe(false);
    expect(mentionsOnlyWhatHiddenComesFrom(`RETURN $visibility['hidden'] AS hidden`)).toBe(false);
    expect(mentionsOnlyWhatHiddenComesFrom(`RETURN $visibility AS visibility`)).toBe(false);
    expect(mentionsOnlyWhatHiddenComesFrom(`RETURN $visibility.everyDomainOrNot AS trick`)).toBe(false);
  });
});
