/** What each editor of a dataset's, a column's or a data product's description, owners, tags or certification is given besides the value it edits. */
export interface EntityEditorProps {
  urn: string;
  /** The version the page read: sent as `expectedVersion`. */
  version: number;
  /** Where the optional comment is kept, in its hint's words: "kept in the dataset’s history". */
  keptIn: string;
}

/**
 * For an editor a page holds one of for each of several things (a column's, in each row of a schema
 * table): what it edits, in words ("column email"), which ends its labels for screen readers.
 */
export interface SubjectProps {
  subject?: string;
}
