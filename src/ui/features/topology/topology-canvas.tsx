import '@xyflow/react/dist/style.css'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { Alert, Box, Button, CircularProgress } from '@mui/material'
import { useColorScheme } from '@mui/material/styles'
import {
  applyEdgeChanges, applyNodeChanges, Panel, ReactFlow, ReactFlowProvider,
  type EdgeChange, type NodeChange, type NodeTypes, type EdgeTypes,
} from '@xyflow/react'
import { useTranslation } from 'react-i18next'
import { topologyIds, type TopologyGraph, type TopologyNode } from '../../../core'
import type { Selection } from '../../state/designer-store'
import { useActions, useDesigner } from '../../state/store-context'
import { DiagramExport } from './diagram-export'
import { FindNodeBox } from './find/find-node-box'
import { useArrowNavigation } from './keyboard/use-arrow-navigation'
import { useRevealNode } from './keyboard/use-reveal-node'
import { keepUnchanged } from './layout/keep-unchanged'
import { isEditOf } from './layout/same-design'
import { toFlowElements, type TopologyFlowEdge, type TopologyFlowNode } from './layout/to-flow-elements'
import { BridgeNodeView, ClusterNetworkNodeView, HostNodeView, NicNodeView } from './nodes/host-nodes'
import { MARK_BADGE_SX, MarkTooltipHost } from './nodes/mark-badge'
import { MissingNetworkNodeView, NetworkNodeView } from './nodes/network-node'
import { WorkloadNodeView } from './nodes/workload-node'
import { TopologyControls, useControlLabels } from './topology-controls'
import { TopologyEdgeView } from './topology-edge'
import { TopologyLegend } from './topology-legend'
import { useCanvasEdits } from './use-canvas-edits'
import { useFitClearOfPanels } from './use-fit-clear-of-panels'
import { usePlacements } from './use-placements'

const NODE_TYPES = {
  host: HostNodeView, nic: NicNodeView, bridge: BridgeNodeView, 'cluster-network': ClusterNetworkNodeView,
  network: NetworkNodeView, 'missing-network': MissingNetworkNodeView, workload: WorkloadNodeView,
} satisfies NodeTypes
const EDGE_TYPES = { topology: TopologyEdgeView } satisfies EdgeTypes
const DELETE_KEYS = ['Delete', 'Backspace']
const CANVAS_SX = { position: 'absolute', inset: 0, ...MARK_BADGE_SX } as const

function selectedNodeId(selection: Selection): string | undefined {
  if (selection.kind === 'network') return topologyIds.network(selection.id)
  if (selection.kind === 'workload') return topologyIds.workload(selection.id)
  return undefined
}

/** The object a node stands for in the store, if it is one the inspector opens. */
function selectionOf(node: TopologyNode): Selection | undefined {
  if (node.kind === 'network') return { kind: 'network', id: node.networkId }
  if (node.kind === 'workload') return { kind: 'workload', id: node.workloadId }
  return undefined
}

function withSelected(nodes: TopologyFlowNode[], selected: string | undefined): TopologyFlowNode[] {
  const marked = nodes.map((node) => (Boolean(node.selected) === (node.id === selected) ? node : { ...node, selected: node.id === selected }))
  // the same array when no node's selection changed: React Flow then has nothing to update
  return marked.every((node, i) => node === nodes[i]) ? nodes : marked
}

function Canvas({ graph }: { graph: TopologyGraph }) {
  const { t } = useTranslation()
  const { mode, systemMode } = useColorScheme()
  const colorMode = (mode === 'system' ? systemMode : mode) === 'dark' ? 'dark' : 'light'
  const actions = useActions()
  const { placements, layout, error } = usePlacements(graph)
  const selected = selectedNodeId(useDesigner((s) => s.selection))
  const laidOut = useMemo(() => (placements ? toFlowElements(graph, placements) : undefined), [graph, placements])
  // React Flow keeps its own node state (drags, its selection) until the next layout; the store's selection is
  // pushed into it whenever that changes (a click in the navigator), and a node React Flow selects selects its object.
  // A new graph (each keystroke) keeps every node and edge it did not change as the same object, so only those redraw.
  const [local, setLocal] = useState({ from: laidOut, selected, nodes: withSelected(laidOut?.nodes ?? [], selected), edges: laidOut?.edges ?? [] })
  if (local.from !== laidOut || local.selected !== selected) {
    const fresh = local.from !== laidOut
    setLocal({
      from: laidOut, selected,
      nodes: withSelected(fresh ? keepUnchanged(local.from?.nodes ?? [], local.nodes, laidOut?.nodes ?? []) : local.nodes, selected),
      edges: fresh ? keepUnchanged(local.from?.edges ?? [], local.edges, laidOut?.edges ?? []) : local.edges,
    })
  }
  const { nodes, edges } = local
  const onNodesChange = useCallback((changes: NodeChange<TopologyFlowNode>[]) => {
    for (const change of changes) {
      if (change.type !== 'select' || !change.selected) continue
      const node = graph.nodes.find((candidate) => candidate.id === change.id)
      const selection = node && selectionOf(node)
      if (selection) actions.select(selection)
      // a NIC opens in the node NICs (one not listed there: the section, to add it)
      else if (node?.kind === 'nic') actions.focusNic(node.name, 'name')
    }
    setLocal((current) => ({ ...current, nodes: applyNodeChanges(changes, current.nodes) }))
  }, [actions, graph, setLocal])
  const onEdgesChange = useCallback(
    (changes: EdgeChange<TopologyFlowEdge>[]) => setLocal((current) => ({ ...current, edges: applyEdgeChanges(changes, current.edges) })),
    [setLocal],
  )
  const edits = useCanvasEdits(graph)
  const onArrowKey = useArrowNavigation()

  // frame a design when it appears (the first one, an import, another project) and when an edit changes its structure,
  // clear of the panels over the canvas: whole when it is readable so, else its top-left corner at a readable zoom
  // (frameDesign). An edit of a design too large to frame whole keeps the view the user has (it was panned to where
  // they work; a jump back to the corner would lose it, and remounting the cards there costs a second), and the
  // selected object is brought into view if the edit moved it off screen.
  const viewportRef = useRef<HTMLDivElement>(null)
  const fitView = useFitClearOfPanels(viewportRef)
  const framed = useRef<{ layout: unknown; ids: ReadonlySet<string> }>(undefined)
  useEffect(() => {
    if (!layout || framed.current?.layout === layout || nodes.length === 0) return
    const ids = new Set(nodes.map((node) => node.id))
    const afterEdit = isEditOf(framed.current?.ids, ids)
    framed.current = { layout, ids }
    void fitView({ afterEdit })
  }, [fitView, layout, nodes])

  useRevealNode(selected, viewportRef, layout)

  const controlLabels = useControlLabels()
  const [legendOpen, setLegendOpen] = useState(false)
  const [renderAll, setRenderAll] = useState(false)
  if (error && !placements) return <Alert severity="error" sx={{ m: 1 }}>{t('topology.layoutFailed', { message: error })}</Alert>
  return (
    <Box ref={viewportRef} onKeyDownCapture={onArrowKey} sx={CANVAS_SX}>
      <MarkTooltipHost>
        <ReactFlow<TopologyFlowNode, TopologyFlowEdge>
          nodes={nodes} edges={edges} nodeTypes={NODE_TYPES} edgeTypes={EDGE_TYPES}
          onNodesChange={onNodesChange} onEdgesChange={onEdgesChange}
          onConnect={edits.onConnect} isValidConnection={edits.isValidConnection} onBeforeDelete={edits.onBeforeDelete}
          deleteKeyCode={DELETE_KEYS} colorMode={colorMode} onlyRenderVisibleElements={!renderAll}
          minZoom={0.05} maxZoom={2} proOptions={{ hideAttribution: true }} aria-label={t('topology.title')} ariaLabelConfig={controlLabels}
        >
          <Panel position="top-left"><FindNodeBox nodes={graph.nodes} /></Panel>
          <Panel position="top-right">
            <DiagramExport
              container={viewportRef} setRenderAll={setRenderAll}
              leading={<Button aria-pressed={legendOpen} onClick={() => setLegendOpen((open) => !open)}>{t('topology.legend.title')}</Button>}
            />
          </Panel>
          {legendOpen && <Panel position="bottom-left" style={{ marginLeft: 56 }}><TopologyLegend /></Panel>}
          <TopologyControls onFit={() => void fitView()} />
        </ReactFlow>
      </MarkTooltipHost>
      {!placements && (
        <Box sx={{ position: 'absolute', inset: 0, display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <CircularProgress size={24} aria-label={t('topology.loading')} />
        </Box>
      )}
    </Box>
  )
}

/** The interactive diagram (React Flow, laid out by ELK in a worker); loaded lazily with its libraries. */
export default function TopologyCanvas({ graph }: { graph: TopologyGraph }) {
  return <ReactFlowProvider><Canvas graph={graph} /></ReactFlowProvider>
}
