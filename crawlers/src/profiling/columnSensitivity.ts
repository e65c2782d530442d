/**
 * Which columns are sensitive: no value of theirs (min, max, top values) is read
 * by a profile or shown by the API. One rule, used by both: a column is
 * sensitive when
 *
 * - it is classified: its own classifications (`editable_classifications`, set
 *   by a person) or those it inherits from its glossary terms (e.g. PII from
 *   "Email address"), as `Field.inheritedClassifications` shows them; or
 * - its dataset is classified, the same two ways; or
 * - its dataset is restricted (`editable_restricted`); or
 * - its name says it holds a secret (`password`, `api_key`, `token`, ...) or what identifies or
 *   reaches a person (`email`, `phone`, `date_of_birth`, `full_name`, ...): SENSITIVE_NAME.
 *
 * Any classification counts: Polder does not know which labels a mesh deems
 * harmless, so a classified column is treated as one that is not. The names
 * count because classification comes after the first crawl, and a profile may
 * run on start: a `users.api_token` column would otherwise have its values
 * stored before anyone could say what it holds.
 */

/**
 * Words that name a secret, as a whole word of a column's name (`_`, `-`, a space, a dot, a
 * change of case or a run of digits between words): `password`, `user_password`, `apiKey`,
 * `DBPassword`, `refresh_token`, `pwd_hash`, `password2`, but not `tokenizer` or `keyword`.
 */
const SECRET_WORDS = ['password', 'passwd', 'pwd', 'passphrase', 'secret', 'token', 'apikey', 'api_key', 'private_key', 'credential', 'credentials', 'hash', 'salt', 'otp', 'pin', 'cvv', 'iban', 'ssn'];
/**
 * Words that name what identifies or reaches a person, the same way: `email`, `contact_email`,
 * `phoneNumber`, `mobile`, `date_of_birth`, `dob`, `full_name`, `driver_licence_number`. Whole
 * phrases where one word alone says too little (`name`, `passport_country`, `license_type`).
 */
const PERSONAL_WORDS = ['email', 'e_mail', 'phone', 'mobile', 'telephone', 'fax', 'birth', 'birthdate', 'birthday', 'dob', 'full_name', 'first_name', 'last_name', 'surname', 'maiden_name', 'licence_number', 'license_number', 'passport_number', 'national_id', 'tax_id', 'street_address', 'home_address'];
const SENSITIVE_NAME = new RegExp(`(^|_)(${[...SECRET_WORDS, ...PERSONAL_WORDS].join('|')})(_|$)`);

/** `apiKey`, `API-Key`, `api key` → `api_key`, `DBPassword` → `db_password`, `pin2` → `pin_2`: words joined by `_`, lower case. */
function wordsOf(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    // An acronym ends where a capitalised word begins: `APIToken`, `userSSNHash`.
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .replace(/([A-Za-z])([0-9])/g, '$1_$2')
    .replace(/([0-9])([A-Za-z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_');
}

export function hasSecretName(columnName: string): boolean {
  return SENSITIVE_NAME.test(wordsOf(columnName));
}

export interface SensitivityFacts {
  /** The column's own classifications and its terms'. */
  columnClassifications: readonly string[];
  /** The dataset's own classifications and its terms'. */
  datasetClassifications: readonly string[];
  datasetRestricted: boolean;
  columnName: string;
}

export function isSensitiveColumn(facts: SensitivityFacts): boolean {
  return facts.datasetRestricted || facts.columnClassifications.length > 0 || facts.datasetClassifications.length > 0 || hasSecretName(facts.columnName);
}

/**
 * Cypher for the facts, given the variables of a Field (`field`) and its Dataset
 * (`dataset`) in scope: a map with the keys of SensitivityFacts. Spliced into the
 * queries that need it (readProfiledDatasets.ts, the API's profile service) so
 * both read the facts the same way; it holds only the two variable names, which
 * come from code, never from input.
 */
export function sensitivityFactsCypher(field: string, dataset: string): string {
  for (const name of [field, dataset]) if (!/^[a-z][A-Za-z0-9]*$/.test(name)) throw new Error(`not a Cypher variable: ${name}`);
  const classifications = (node: string) =>
    `coalesce(${node}.editable_classifications, []) + reduce(found = [], classes IN [(${node})-[:MEANS]->(term:GlossaryTerm) | coalesce(term.classifications, [])] | found + classes)`;
  return `{columnClassifications: ${classifications(field)}, datasetClassifications: ${classifications(dataset)}, datasetRestricted: coalesce(${dataset}.editable_restricted, false) = true, columnName: ${field}.name}`;
}
