const LABELS: Record<string, string> = {
  updateDescription: 'edited the description',
  setOwners: 'set the owners',
  setTags: 'set the tags',
  setTerms: 'set the glossary terms',
  setClassifications: 'set the classifications',
  setCertification: 'changed the certification',
  setRestricted: 'changed whether it is restricted',
  setOutputPorts: 'set the output ports',
};

/** What an audit entry's mutation did, as the end of "ada … ": the mutation's name when it is a new one. */
export function changeActionLabel(action: string): string {
  return LABELS[action] ?? action;
}
