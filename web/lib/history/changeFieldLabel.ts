/**
 * The keys the API writes into an audit entry's `before` / `after` (and so a
 * term version's diff), in words. One list for every history the web shows:
 * a dataset's, a term's. A Map, not an object: a key is data, and one named
 * `constructor` must not find Object's.
 */
const LABELS = new Map<string, string>([
  // An asset's edits (api/src/modules/edits/): its `editable_*` properties and the relationships people set.
  ['description', 'Description'],
  ['owners', 'Owners'],
  ['ownerTypes', 'Owner roles'],
  ['tags', 'Tags'],
  ['terms', 'Glossary terms'],
  ['classifications', 'Classifications'],
  ['certified', 'Certified'],
  ['certifiedBy', 'Certified by'],
  ['certifiedAt', 'Certified at'],
  ['certificationNote', 'Certification note'],
  ['certificationExpiresAt', 'Certification expires'],
  ['certificationSuspendedAt', 'Certification suspended at'],
  ['certificationSuspendedReason', 'Why the certification was suspended'],
  ['restricted', 'Restricted'],
  ['outputPorts', 'Output ports'],
  // What the platform records itself: a low trust score suspending a certification, a crawl asked for.
  ['certificationSuspended', 'Certification suspended'],
  ['outcome', 'Outcome'],
  // A column's term suggestions (glossary/suggestion.service.ts).
  ['suggestedTerm', 'Suggested term'],
  ['suggestionStatus', 'Suggestion'],
  ['reason', 'Reason'],
  // A glossary term (glossary/glossary.service.ts, glossaryTransfer.service.ts): its content, place and lifecycle.
  ['name', 'Name'],
  ['definition', 'Definition'],
  ['synonyms', 'Synonyms'],
  ['acronyms', 'Acronyms'],
  ['examples', 'Examples'],
  ['reviewers', 'Reviewers'],
  ['columnPatterns', 'Column patterns'],
  ['links', 'Links'],
  ['customProperties', 'Custom properties'],
  ['parent', 'Parent term'],
  ['termStatus', 'Status'],
  ['replacedBy', 'Replaced by'],
  ['relations', 'Relations'],
  // A polyseme and its senses (glossary/polyseme.service.ts). A mapping's key is its pair of senses, already words.
  ['identityFields', 'Identity columns'],
  ['label', 'Label'],
  ['polysemeStatus', 'Status'],
  ['senses', 'Senses'],
  // describeChange's own, for an entry that is no JSON object.
  ['value', 'Value'],
]);

/** What an audit entry's key is, in words: "termStatus" → "Status"; a key it does not know, as it came. */
export function changeFieldLabel(key: string): string {
  return LABELS.get(key) ?? key;
}
