'use client';

import { Background, type Edge, MarkerType, ReactFlow, ReactFlowProvider, useReactFlow, useStoreApi } from '@xyflow/react';
// Local to this leaf: only pages that draw a lineage graph load React Flow's styles.
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';

import { expandLineageAction } from '@/lib/actions/expandLineageAction';
import type { LineageLevel } from '@/lib/api';
import { isRootNode } from '@/lib/lineage/describeLineage';
import { lineageNodeLabel } from '@/lib/lineage/groupLineageByDegree';
// Types only: layoutLineage's elk stays on the server.
import type { LineageLayout } from '@/lib/lineage/layoutLineage';
import { expansionKey, initialExpansions } from '@/lib/lineage/lineageExpansions';
import { leftEdgeViewport } from '@/lib/lineage/leftEdgeViewport';
import { lineageFileName } from '@/lib/lineage/lineageFileName';
import { LINEAGE_NODE_HEIGHT, LINEAGE_NODE_WIDTH } from '@/lib/lineage/lineageNodeSize';
import { lineagePath } from '@/lib/lineage/lineagePath';
import { lineageSvg } from '@/lib/lineage/lineageSvg';
import type { ExpandDirection } from '@/lib/lineage/mergeLineage';

import { downloadBlob, svgToPng } from './exportLineage';
import { LineageExpand } from './lineageExplorerContext';
import { LineageLegend } from './LineageLegend';
import { type LineageFlowNode, LineageNodeCard } from './LineageNodeCard';
import { LineageTextAlternative } from './LineageTextAlternative';

const NODE_TYPES = { lineage: LineageNodeCard };
/** The search parameter holding the column whose path is highlighted (its URN). */
const COLUMN_PARAM = 'column';

/** Below this the names on the nodes cannot be read. */
const READABLE_ZOOM = 0.6;

/** Around a fitted graph, so no node touches the canvas's edge. */
const FIT_PADDING_PX = 24;
const FIT_PADDING = `${FIT_PADDING_PX}px`;

export interface LineageExplorerProps {
  /** The walk, laid out on the server. */
  initial: LineageLayout;
  level: LineageLevel;
  /** Hops the walk went each way: nodes nearer than this already show their neighbours on their side. */
  depth: number;
  /** The dataset's name, for the export's title and file name. */
  datasetName: string;
  /** The column whose path is highlighted when the page opens (`?column=`), if it is drawn. */
  initialColumn: string | null;
}

/**
 * The lineage graph, laid out (see layoutLineage): pan and zoom with the
 * mouse, the zoom buttons or the keyboard; each node's name is a link, and its
 * side buttons draw its neighbours that way (expandLineageAction: fetched,
 * merged and laid out again on the server). At column level a column's whole
 * path can be highlighted, and kept in the URL. The graph exports as SVG or
 * PNG, drawn from the same layout. Beside it, the same graph as text, and a
 * live region saying what each expansion added. Read-only otherwise: nothing
 * can be dragged, connected or deleted.
 */
export function LineageExplorer(props: LineageExplorerProps) {
  return (
    <ReactFlowProvider>
      <Explorer {...props} />
    </ReactFlowProvider>
  );
}

function Explorer({ initial, level, depth, datasetName, initialColumn }: LineageExplorerProps) {
  const ids = { label: useId(), column: useId(), path: useId() };
  const [layout, setLayout] = useState(initial);
  const [expanded, setExpanded] = useState(() => new Set(initialExpansions(initial, depth)));
  const [pending, setPending] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [column, setColumn] = useState(() => (initialColumn && initial.nodes.some((node) => node.urn === initialColumn) ? initialColumn : null));
  const { fitView, getZoom, setViewport, zoomIn, zoomOut } = useReactFlow();
  const flowStore = useStoreApi();
  // The node to take the keyboard once an expansion is drawn (its button is gone by then); a new token each time.
  const [focusRequest, setFocusRequest] = useState<{ urn: string; token: number } | null>(null);
  const isFirstLayout = useRef(true);

  const path = useMemo(() => (column ? lineagePath(layout.edges, column) : null), [column, layout.edges]);
  // The first view, once React Flow knows the canvas's size: the chosen column's path if there is one, else the whole
  // graph; but never so small the names cannot be read. A dataset graph too big for that opens on the root (the
  // dataset of the page), centred, the rest a pan away (or fitted whole with "Show all"): fitting the whole graph at
  // a readable zoom instead centred its middle, leaving the root off-screen on a phone. A column graph too big opens
  // with its left edge in view and its root's columns centred up and down (leftEdgeViewport): centred on those
  // columns alone, it opened with its upstream columns cut off at the left.
  const openingFit = async () => {
    if (path) return void (await fitView({ padding: FIT_PADDING, minZoom: READABLE_ZOOM, maxZoom: 1, nodes: [...path.nodes].map((id) => ({ id })) }));
    await fitView({ padding: FIT_PADDING, maxZoom: 1 });
    if (getZoom() >= READABLE_ZOOM) return;
    const rootNodes = layout.nodes.filter((node) => isRootNode(node, layout.root));
    if (level === 'FIELD') {
      const { width, height } = flowStore.getState();
      await setViewport(leftEdgeViewport(layout.nodes, rootNodes, { width, height }, { padding: FIT_PADDING_PX, minZoom: READABLE_ZOOM, maxZoom: 1 }));
      return;
    }
    await fitView({ padding: FIT_PADDING, minZoom: READABLE_ZOOM, maxZoom: 1, nodes: rootNodes.map((node) => ({ id: node.urn })) });
  };
  const columns = useMemo(
    () =>
      layout.nodes
        .filter((node) => node.type === 'FIELD')
        .map((node) => ({ urn: node.urn, label: lineageNodeLabel(node), ownColumn: node.dataset?.urn === layout.root }))
        .sort((a, b) => Number(b.ownColumn) - Number(a.ownColumn) || a.label.localeCompare(b.label)),
    [layout],
  );

  // One expansion at a time, each merged into the graph the previous one drew (a ref: two clicks may land before a render).
  const busy = useRef(false);
  const expand = useCallback(
    (urn: string, direction: ExpandDirection) => {
      if (busy.current) return;
      busy.current = true;
      const key = expansionKey(urn, direction);
      const node = layout.nodes.find((candidate) => candidate.urn === urn);
      setPending(key);
      setStatus(`Looking ${direction === 'UPSTREAM' ? 'upstream' : 'downstream'} of ${node ? lineageNodeLabel(node) : urn}…`);
      void expandLineageAction({ graph: layout, urn, direction, level })
        .then((result) => {
          setStatus(result.message);
          if (!result.ok) return;
          setExpanded((previous) => new Set(previous).add(key));
          setLayout(result.layout);
          setFocusRequest((previous) => ({ urn, token: (previous?.token ?? 0) + 1 }));
        })
        .catch(() => setStatus('The catalog could not be reached. Check the connection and try again.'))
        .finally(() => {
          busy.current = false;
          setPending(null);
        });
    },
    [layout, level],
  );

  // After an expansion, the whole graph in view again. (The expanded node takes the keyboard itself: see focusToken.)
  useEffect(() => {
    if (isFirstLayout.current) {
      isFirstLayout.current = false;
      return;
    }
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    void fitView({ padding: FIT_PADDING, duration: reduceMotion ? 0 : 300 });
  }, [layout, fitView]);

  // A column chosen: its path in view. Only then, not when an expansion changes the path's edges
  // (that fits the whole graph, above); `path` is this render's, the column's.
  const isFirstColumn = useRef(true);
  useEffect(() => {
    if (isFirstColumn.current) {
      isFirstColumn.current = false;
      return;
    }
    const nodes = path ? [...path.nodes].map((id) => ({ id })) : undefined;
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    void fitView({ padding: FIT_PADDING, maxZoom: 1, duration: reduceMotion ? 0 : 300, ...(nodes ? { nodes } : {}) });
  }, [column, fitView]);

  const chooseColumn = (urn: string) => {
    setColumn(urn === '' ? null : urn);
    // In the URL, so the view can be shared; the native history API, so the page is not fetched again.
    const url = new URL(window.location.href);
    if (urn === '') url.searchParams.delete(COLUMN_PARAM);
    else url.searchParams.set(COLUMN_PARAM, urn);
    window.history.replaceState(null, '', url);
  };

  const title = `Lineage of ${datasetName} (${level === 'FIELD' ? 'columns' : 'datasets'})`;
  const exportSvg = () => {
    const { svg } = lineageSvg(layout, { title, path });
    downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), lineageFileName(datasetName, level, 'svg'));
    setStatus('SVG downloaded.');
  };
  const exportPng = () => {
    const { svg, width, height } = lineageSvg(layout, { title, path });
    svgToPng(svg, width, height)
      .then((png) => {
        downloadBlob(png, lineageFileName(datasetName, level, 'png'));
        setStatus('PNG downloaded.');
      })
      .catch((error: unknown) => setStatus(`No PNG: ${error instanceof Error ? error.message : String(error)}. The SVG export still works.`));
  };

  const nodes: LineageFlowNode[] = useMemo(
    () =>
      layout.nodes.map((node) => ({
        id: node.urn,
        type: 'lineage',
        position: { x: node.x, y: node.y },
        // Sizes given up front let React Flow draw on the server, before any measuring.
        width: LINEAGE_NODE_WIDTH,
        height: LINEAGE_NODE_HEIGHT,
        data: {
          node,
          root: layout.root,
          canExpandUp: !expanded.has(expansionKey(node.urn, 'UPSTREAM')),
          canExpandDown: !expanded.has(expansionKey(node.urn, 'DOWNSTREAM')),
          onPath: path?.nodes.has(node.urn) ?? false,
          focusToken: focusRequest?.urn === node.urn ? focusRequest.token : undefined,
        },
      })),
    [layout, expanded, path, focusRequest],
  );
  const edges: Edge[] = useMemo(
    () =>
      layout.edges.map((edge) => {
        const onPath = path?.edges.has(edge.id) ?? false;
        const classes = ['lineage-edge'];
        // Where one domain's data feeds another's: dashed and coloured (the legend says so).
        if (edge.crossesDomains) classes.push('lineage-edge--cross-domain');
        if (onPath) classes.push('lineage-edge--path');
        else if (path) classes.push('lineage-edge--faded');
        return {
          id: edge.id,
          source: edge.from,
          target: edge.to,
          markerEnd: { type: MarkerType.ArrowClosed, color: onPath ? 'var(--accent)' : edge.crossesDomains ? 'var(--lineage-cross)' : 'var(--lineage-edge)' },
          className: classes.join(' '),
          zIndex: onPath ? 1 : 0,
        };
      }),
    [layout.edges, path],
  );
  const context = useMemo(() => ({ expand, pending }), [expand, pending]);
  const chosen = column ? columns.find((candidate) => candidate.urn === column) : undefined;

  return (
    <LineageExpand.Provider value={context}>
      <div className="lineage-explorer__toolbar">
        {level === 'FIELD' && columns.length > 0 && (
          <div className="sort-form">
            <label htmlFor={ids.column}>Highlight the path of</label>
            <select id={ids.column} value={column ?? ''} onChange={(event) => chooseColumn(event.currentTarget.value)} aria-describedby={chosen ? ids.path : undefined}>
              <option value="">no column</option>
              {columns.map((candidate) => (
                <option key={candidate.urn} value={candidate.urn}>
                  {candidate.label}
                </option>
              ))}
            </select>
          </div>
        )}
        {/* Beside the graph, not on it: React Flow's own controls float over the canvas and hid the nodes under them. */}
        <div className="lineage-explorer__export" role="group" aria-label="Zoom the graph">
          <button type="button" className="button button--secondary button--small" onClick={() => void zoomIn()} aria-label="Zoom in">
            +
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => void zoomOut()} aria-label="Zoom out">
            −
          </button>
          <button type="button" className="button button--secondary button--small" onClick={() => void fitView({ padding: FIT_PADDING })}>
            Show all
          </button>
        </div>
        <div className="lineage-explorer__export" role="group" aria-label="Export the graph">
          <button type="button" className="button button--secondary button--small" onClick={exportSvg}>
            Download SVG
          </button>
          <button type="button" className="button button--secondary button--small" onClick={exportPng}>
            Download PNG
          </button>
        </div>
      </div>
      {layout.isPartial && (
        <p className="notice" role="note">
          Partial: the API stopped the walk at its depth or size cap, so there is more lineage than shown here.
        </p>
      )}
      {chosen && path && (
        <p id={ids.path} className="lineage-path-summary">
          The path of <strong>{chosen.label}</strong>: {path.edges.size} {path.edges.size === 1 ? 'edge' : 'edges'} through {path.nodes.size}{' '}
          {path.nodes.size === 1 ? 'column' : 'columns'}, highlighted in the graph and marked in the list.
        </p>
      )}
      <LineageLegend showPath={level === 'FIELD'} />
      <p id={ids.label} className="visually-hidden">
        Lineage graph: upstream on the left, downstream on the right. Each asset links to its page; the buttons beside it expand its lineage that way. The same
        assets and edges are listed after it.
      </p>
      <div className={`lineage-canvas${level === 'FIELD' ? ' lineage-canvas--columns' : ''}`} role="group" aria-labelledby={ids.label} aria-busy={pending !== null}>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={NODE_TYPES}
          // Once, when the canvas is measured; later layouts and columns fit in the effects above.
          onInit={() => void openingFit()}
          minZoom={0.2}
          nodesDraggable={false}
          nodesConnectable={false}
          elementsSelectable={false}
          // The links and buttons inside the nodes are the Tab stops; focusable wrappers would double them.
          nodesFocusable={false}
          edgesFocusable={false}
          proOptions={{ hideAttribution: true }}
          colorMode="system"
        >
          <Background />
        </ReactFlow>
      </div>
      <p className="lineage-status" role="status">
        {status}
      </p>
      <LineageTextAlternative layout={layout} level={level} path={path} />
    </LineageExpand.Provider>
  );
}
