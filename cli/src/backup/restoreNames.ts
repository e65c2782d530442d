/**
 * What a restore writes into the graph for its own use and removes again before it is done
 * (importGraph.ts). A backup may not use these names (readBackup.ts): a node of the file labelled
 * like the restore's own would be deleted with them, and a property named like its id would be
 * lost. The labels begin with `_`, which no label of a backup may (backupFormat.ts's IDENTIFIER).
 */

/** Label of every node the restore wrote, until its last step clears it. */
export const IMPORTING = '_PolderImport';

/** A node's id in the file, which the restore's relationships find their ends by (index IMPORT_INDEX). */
export const IMPORT_ID = '_polderImportId';

export const IMPORT_INDEX = 'polder_import_id';

/** Label of the one node that marks an unfinished restore: the graph then holds nothing else of value. */
export const RESTORING = '_PolderRestore';
