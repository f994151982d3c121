import { useCallback, useMemo } from 'react'
import type { Connection, Edge, IsValidConnection, Node } from '@xyflow/react'
import type { Project, TopologyEdge, TopologyGraph, TopologyNode } from '../../../core'
import { useActions, useStore } from '../../state/store-context'

/** What a drag from a workload handle to a node may do: attach a workload to a NAD, nothing else. */
export function isAttachable(nodes: ReadonlyMap<string, TopologyNode>, source: string, target: string): boolean {
  return nodes.get(source)?.kind === 'workload' && nodes.get(target)?.kind === 'network'
}

/** The attachment a workload gets for a NAD: its name, and its namespace when it is not the workload's own. */
export function attachmentTo(project: Project, workloadId: string, networkId: string) {
  const workload = project.workloads.find((w) => w.id === workloadId)
  const network = project.networks.find((n) => n.id === networkId)
  if (!workload || !network) return undefined
  return network.namespace === workload.namespace ? { network: network.name } : { network: network.name, namespace: network.namespace }
}

/** Canvas edits through the store: connect = add an attachment, delete = remove attachments, NADs, workloads. */
export function useCanvasEdits(graph: TopologyGraph) {
  const actions = useActions()
  const store = useStore()
  const nodes = useMemo(() => new Map(graph.nodes.map((node) => [node.id, node])), [graph])
  const edges = useMemo(() => new Map<string, TopologyEdge>(graph.edges.map((edge) => [edge.id, edge])), [graph])
  const isValidConnection: IsValidConnection = useCallback(
    (connection) => connection.source !== null && connection.target !== null && isAttachable(nodes, connection.source, connection.target),
    [nodes],
  )
  const onConnect = useCallback((connection: Connection) => {
    const from = nodes.get(connection.source)
    const to = nodes.get(connection.target)
    if (from?.kind !== 'workload' || to?.kind !== 'network') return
    const attachment = attachmentTo(store.getState().project, from.workloadId, to.networkId)
    if (attachment) actions.addAttachment(from.workloadId, attachment)
  }, [actions, nodes, store])
  // The store decides what goes, as one undoable step: React Flow deletes nothing itself (the new graph comes back from
  // the project). A deleted node takes its edges along in React Flow; the object goes as the navigator deletes it (a
  // NAD's attachments stay, pointing at a NAD that is gone), so only edges deleted on their own remove attachments.
  const onBeforeDelete = useCallback(async (doomed: { nodes: Node[]; edges: Edge[] }) => {
    const deletedNodes = new Set(doomed.nodes.map(({ id }) => id))
    const picked = doomed.nodes.map(({ id }) => nodes.get(id))
    actions.deleteItems({
      workloadIds: picked.flatMap((node) => (node?.kind === 'workload' ? [node.workloadId] : [])),
      networkIds: picked.flatMap((node) => (node?.kind === 'network' ? [node.networkId] : [])),
      attachments: doomed.edges.flatMap(({ id }) => {
        const edge = edges.get(id)
        return edge?.kind === 'attachment' && edge.workloadId !== undefined && edge.attachmentIndex !== undefined
          && !deletedNodes.has(edge.source) && !deletedNodes.has(edge.target)
          ? [{ workloadId: edge.workloadId, index: edge.attachmentIndex }] : []
      }),
    })
    return false
  }, [actions, nodes, edges])
  return { isValidConnection, onConnect, onBeforeDelete }
}
