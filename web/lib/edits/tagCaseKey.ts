/**
 * How two spellings of one tag compare: ignoring case, as the API compares them (`caseKey`,
 * api/src/modules/edits/editInputRules.ts), so `PII` and ` pii` are one tag.
 */
export function tagCaseKey(tag: string): string {
  return tag.trim().toLocaleLowerCase('en');
}
