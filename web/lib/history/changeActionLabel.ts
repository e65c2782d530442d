const LABELS: Record<string, string> = {
  updateDescription: 'edited the description',
  setOwners: 'set the owners',
  setTags: 'set the tags',
  setTerms: 'set the glossary terms',
  setClassifications: 'set the classifications',
  setCertification: 'changed the certification',
  setRestricted: 'changed whether it is restricted',
  setOutputPorts: 'set the output ports',
  // Glossary terms (a term's history).
  createGlossaryTerm: 'created the term',
  updateGlossaryTerm: 'edited the term',
  submitGlossaryTerm: 'submitted it for review',
  withdrawGlossaryTerm: 'withdrew it from review',
  approveGlossaryTerm: 'approved it',
  rejectGlossaryTerm: 'rejected it',
  reworkGlossaryTerm: 'took it back to draft',
  deprecateGlossaryTerm: 'deprecated it',
  addGlossaryTermRelation: 'added a relation',
  removeGlossaryTermRelation: 'removed a relation',
  importGlossary: 'imported it',
  seedGlossary: 'loaded it from a glossary seed file',
  // A column's term suggestions.
  runTermSuggestionRules: 'suggested a glossary term',
  acceptTermSuggestion: 'accepted a suggested term',
  rejectTermSuggestion: 'rejected a suggested term',
  // Polysemes.
  createPolyseme: 'created the polyseme',
  updatePolyseme: 'edited the polyseme',
  setSenseMapping: 'mapped two senses',
  removeSenseMapping: 'removed a mapping between senses',
  setIdentityFields: 'set the identity columns',
  // The platform's own.
  suspendCertification: 'suspended the certification',
  triggerCrawl: 'crawled it now',
};

/** What an audit entry's mutation did, as the end of "ada … ": the mutation's name when it is a new one. */
export function changeActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
