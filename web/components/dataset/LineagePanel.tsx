import { ApiErrorBanner } from '@/components/ApiErrorBanner';
import { LineageExplorer } from '@/components/lineage/LineageExplorer';
import type { ApiResult, LineageLevel, LineageResult } from '@/lib/api';
import { layoutLineage } from '@/lib/lineage/layoutLineage';

interface LineagePanelProps {
  /** The walk around the dataset, asked by the page as it starts (getLineage), awaited here. */
  lineage: Promise<ApiResult<LineageResult>>;
  /** The dataset's name, for the export. */
  name: string;
  depth: number;
  level: LineageLevel;
  /** The column whose path to highlight (`?column=`), at column level. */
  column: string | null;
}

/**
 * Everything within `depth` hops of the dataset, both ways, of datasets or of
 * columns: the graph laid out here on the server, and the explorer that draws
 * it and grows it, with the same as a list. Streamed in after the page.
 */
export async function LineagePanel({ lineage: walk, name, depth, level, column }: LineagePanelProps) {
  const result = await walk;
  if (!result.ok) return <ApiErrorBanner failure={result.failure} />;
  const lineage = result.data;
  // At column level every column of the dataset is a start; those without any
  // lineage would only crowd the graph, so they are named below it instead.
  const linked = new Set(lineage.edges.flatMap((edge) => [edge.from, edge.to]));
  const quiet = level === 'FIELD' ? lineage.nodes.filter((node) => node.degree === 0 && !linked.has(node.urn)) : [];
  const nodes = lineage.nodes.filter((node) => !quiet.includes(node));
  const hasLineage = nodes.some((node) => node.degree !== 0);
  const what = level === 'FIELD' ? 'column lineage' : 'lineage';

  if (!hasLineage) {
    return (
      <>
        {lineage.isPartial && (
          <p className="notice" role="note">
            Partial: the API stopped the walk at its depth or size cap, so there is more lineage than shown here.
          </p>
        )}
        <p className="muted">No {what} is recorded within {depth} {depth === 1 ? 'hop' : 'hops'}.</p>
      </>
    );
  }
  const layout = await layoutLineage({ ...lineage, nodes });
  return (
    <>
      <LineageExplorer initial={layout} level={level} depth={depth} datasetName={name} initialColumn={level === 'FIELD' ? column : null} />
      {quiet.length > 0 && (
        <p className="muted">
          No column lineage recorded for {quiet.length === 1 ? 'the column' : `these ${quiet.length} columns`}:{' '}
          {quiet.map((node, index) => (
            <span key={node.urn}>
              {index > 0 && ', '}
              <code>{node.name}</code>
            </span>
          ))}
          .
        </p>
      )}
    </>
  );
}
