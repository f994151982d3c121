import type { Edge, Node } from '@xyflow/react'
import type { ElkNode } from 'elkjs/lib/elk-api'
import type { TopologyEdge, TopologyGraph, TopologyNode } from '../../../../core'

/** Where ELK put a node, relative to its parent (the host for NICs and bridges). */
export interface Placement {
  x: number
  y: number
  width: number
  height: number
}

export type Placements = ReadonlyMap<string, Placement>

/** The placements of every node of an ELK result, by id (ELK gives children relative to their parent, as React Flow wants). */
export function placementsOf(layout: ElkNode): Map<string, Placement> {
  const placements = new Map<string, Placement>()
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      placements.set(child.id, { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 })
      visit(child)
    }
  }
  visit(layout)
  return placements
}

export type TopologyFlowNode = Node<{ node: TopologyNode }, TopologyNode['kind']>
export type TopologyFlowEdge = Edge<{ edge: TopologyEdge }, 'topology'>

/** Only what the user designs can be deleted from the canvas; host devices and the cluster network follow from it. */
function isDeletable(node: TopologyNode): boolean {
  return node.kind === 'workload' || node.kind === 'network'
}

/**
 * React Flow nodes and edges for `graph` at `placements`: parents before children (React Flow needs that order),
 * NICs and bridges inside the host by `parentId`, workload edges from the handle named after their interface.
 * Nodes without a placement (a layout still running for a new structure) are left out, with their edges.
 */
export function toFlowElements(graph: TopologyGraph, placements: Placements): { nodes: TopologyFlowNode[]; edges: TopologyFlowEdge[] } {
  const parents: TopologyFlowNode[] = []
  const children: TopologyFlowNode[] = []
  for (const node of graph.nodes) {
    const placement = placements.get(node.id)
    if (!placement) continue
    const flowNode: TopologyFlowNode = {
      id: node.id,
      type: node.kind,
      position: { x: placement.x, y: placement.y },
      width: placement.width,
      height: placement.height,
      data: { node },
      deletable: isDeletable(node),
      // the host frame is a container, not a thing to pick; its devices are
      ...(node.kind === 'host' ? { selectable: false, focusable: false, zIndex: -1 } : {}),
      ...(node.parentId !== undefined ? { parentId: node.parentId, extent: 'parent' as const } : {}),
    }
    if (node.parentId === undefined) parents.push(flowNode)
    else children.push(flowNode)
  }
  const placed = new Set([...parents, ...children].map((node) => node.id))
  const edges: TopologyFlowEdge[] = graph.edges
    .filter((edge) => placed.has(edge.source) && placed.has(edge.target))
    .map((edge) => ({
      id: edge.id,
      type: 'topology',
      source: edge.source,
      target: edge.target,
      ...(edge.sourceHandle !== undefined ? { sourceHandle: edge.sourceHandle } : {}),
      data: { edge },
      deletable: edge.kind === 'attachment',
    }))
  return { nodes: [...parents, ...children], edges }
}
