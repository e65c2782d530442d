/**
 * Every lineage node is drawn this size: elk needs sizes up front, and so does
 * React Flow to render on the server. Apart from layoutLineage so that the
 * browser's code can read them without bundling elk.
 */
export const LINEAGE_NODE_WIDTH = 240;
export const LINEAGE_NODE_HEIGHT = 64;
