/** What a page knows of a dataset's classifications: its own, and each column's own and inherited ones. */
interface ClassifiedDataset {
  classifications: readonly string[] | null;
  fields: ReadonlyArray<{ classifications: readonly string[] | null; inheritedClassifications: readonly string[] | null }>;
}

/**
 * The classifications to offer when classifying a dataset or one of its columns: those the catalog names
 * (its glossary terms' and its policies', as getClassificationChoices reads them) and those already on
 * this dataset and its columns, once each, in order. Masked lists (null) add nothing.
 *
 *   ['CONFIDENTIAL', 'PII'], { classifications: ['INTERNAL'], fields: [{ classifications: ['PII'], inheritedClassifications: null }] }
 *     → ['CONFIDENTIAL', 'INTERNAL', 'PII']
 */
export function classificationChoices(catalog: readonly string[], dataset: ClassifiedDataset): string[] {
  return namedClassifications([catalog, dataset.classifications, ...dataset.fields.flatMap((field) => [field.classifications, field.inheritedClassifications])]);
}

/** Every classification the lists name, once each, sorted; a null list (masked, or none) adds nothing. */
export function namedClassifications(lists: ReadonlyArray<readonly string[] | null>): string[] {
  return [...new Set(lists.flatMap((list) => list ?? []))].sort((a, b) => a.localeCompare(b));
}
