import { describe, expect, it } from 'vitest'
import ELK from 'elkjs/lib/elk.bundled.js'
import type { ElkNode } from 'elkjs/lib/elk-api'
import { topologyIds, type TopologyGraph } from '../../../../core'
import { createLayoutCache, placementsByPosition } from './layout-cache'
import { layoutKey } from './layout-key'
import { interfaceRowCentre, NODE_SIZE, sizeOf } from './node-sizes'
import { interfacePortId, toElkGraph } from './to-elk-graph'
import { placementsOf, toFlowElements } from './to-flow-elements'
import { aSmallTopology } from './topology-fixture'

const elk = new ELK()
const layout = (graph: TopologyGraph) => elk.layout(toElkGraph(graph)).then(placementsOf)

function renamed(graph: TopologyGraph, id: string, name: string): TopologyGraph {
  return { ...graph, nodes: graph.nodes.map((node) => (node.id === id && 'name' in node ? { ...node, name } : node)) }
}

/** The graph after typing another bridge name into the one NAD on it: the bridge node and the uplink's end move to the new id. */
function bridgeRenamed(graph: TopologyGraph, from: string, to: string): TopologyGraph {
  const [before, after] = [topologyIds.bridge(from), topologyIds.bridge(to)]
  return {
    nodes: graph.nodes.map((node) => (node.id === before && node.kind === 'bridge' ? { ...node, id: after, name: to } : node)),
    edges: graph.edges.map((edge) => (edge.target === before ? { ...edge, target: after } : edge)),
  }
}

describe('toElkGraph', () => {
  const elkGraph = toElkGraph(aSmallTopology())
  const byId = new Map((elkGraph.children ?? []).map((child) => [child.id, child]))

  it('nests the NICs and bridges in the host and keeps everything else at the top', () => {
    expect([...byId.keys()]).toEqual(['cluster-network', 'network:br-net', 'network:mv-net', 'workload:a', 'workload:b', 'host'])
    expect(byId.get('host')?.children?.map((child) => child.id)).toEqual(['nic:eth0', 'nic:eth1', 'bridge:br0'])
  })

  it('puts workloads, networks and the host in partitions 0, 1, 2', () => {
    const partition = (node: ElkNode | undefined) => node?.layoutOptions?.['elk.partitioning.partition']
    expect([byId.get('workload:a'), byId.get('network:br-net'), byId.get('cluster-network'), byId.get('host')].map(partition)).toEqual(['0', '1', '1', '2'])
  })

  it('sizes a workload by its interfaces and gives each interface a port at its row', () => {
    const a = byId.get('workload:a')
    expect(a?.height).toBe(NODE_SIZE.header + 4 * NODE_SIZE.interfaceRow + NODE_SIZE.padding)
    expect(a?.ports?.map((port) => [port.id, port.y])).toEqual([
      [interfacePortId('workload:a', 'eth0'), interfaceRowCentre(0)],
      [interfacePortId('workload:a', 'net1'), interfaceRowCentre(1)],
      [interfacePortId('workload:a', 'net2'), interfaceRowCentre(2)],
    ])
  })

  it('starts workload edges at the interface port and others at the node', () => {
    const ends = new Map(elkGraph.edges?.map((edge) => [edge.id, [edge.sources[0], edge.targets[0]]]))
    expect(ends.get('attachment:a:1')).toEqual(['workload:a::net2', 'network:mv-net'])
    expect(ends.get('uplink:br-net')).toEqual(['network:br-net', 'bridge:br0'])
  })

  it('sizes a network by its pools', () => {
    const graph = aSmallTopology()
    const network = graph.nodes.find((node) => node.id === 'network:br-net')
    if (network?.kind !== 'network') throw new Error('fixture')
    expect(sizeOf({ ...network, ipam: { ...network.ipam, pools: ['a', 'b', 'c'] } }).height - sizeOf(network).height).toBe(2 * NODE_SIZE.line)
  })
})

describe('the ELK layout of it', () => {
  it('places workloads left of networks left of the host, and host devices inside the host', async () => {
    const placements = await layout(aSmallTopology())
    const right = (id: string) => (placements.get(id)?.x ?? NaN) + (placements.get(id)?.width ?? NaN)
    const left = (id: string) => placements.get(id)?.x ?? NaN
    expect(right('workload:a')).toBeLessThan(left('network:br-net'))
    expect(right('workload:b')).toBeLessThan(left('cluster-network'))
    expect(right('network:mv-net')).toBeLessThan(left('host'))
    const host = placements.get('host')
    const bridge = placements.get('bridge:br0')
    // children relative to the host, inside its box
    expect(bridge && host && bridge.x >= 0 && bridge.y >= NODE_SIZE.hostHeader && bridge.x + bridge.width <= host.width).toBe(true)
  })
})

describe('toFlowElements', () => {
  it('gives React Flow parents first, children by parentId, and edges from the interface handle', async () => {
    const graph = aSmallTopology()
    const { nodes, edges } = toFlowElements(graph, await layout(graph))
    const hostIndex = nodes.findIndex((node) => node.id === topologyIds.host)
    const bridgeIndex = nodes.findIndex((node) => node.id === 'bridge:br0')
    expect(hostIndex).toBeGreaterThanOrEqual(0)
    expect(bridgeIndex).toBeGreaterThan(hostIndex)
    expect(nodes[bridgeIndex]?.parentId).toBe('host')
    expect(nodes.find((node) => node.id === 'workload:a')?.parentId).toBeUndefined()
    expect(edges.find((edge) => edge.id === 'attachment:a:1')).toMatchObject({ source: 'workload:a', sourceHandle: 'net2', target: 'network:mv-net', deletable: true })
    const uplink = edges.find((edge) => edge.id === 'uplink:br-net')
    expect(uplink && 'sourceHandle' in uplink).toBe(false)
    expect(uplink?.deletable).toBe(false)
    expect(nodes.filter((node) => node.deletable).map((node) => node.id).sort()).toEqual(['network:br-net', 'network:mv-net', 'workload:a', 'workload:b'])
  })

  it('leaves out a node not yet placed, and its edges', () => {
    const graph = aSmallTopology()
    const placements = new Map([['workload:a', { x: 0, y: 0, width: 1, height: 1 }], ['network:br-net', { x: 5, y: 0, width: 1, height: 1 }]])
    const { nodes, edges } = toFlowElements(graph, placements)
    expect(nodes.map((node) => node.id)).toEqual(['network:br-net', 'workload:a'])
    expect(edges.map((edge) => edge.id)).toEqual(['attachment:a:0'])
  })
})

describe('layoutKey and the layout cache', () => {
  it('ignores a rename and sees a new attachment', () => {
    const graph = aSmallTopology()
    expect(layoutKey(renamed(graph, 'network:br-net', 'other'))).toBe(layoutKey(graph))
    const fewer = { ...graph, edges: graph.edges.filter((edge) => edge.id !== 'attachment:b:0') }
    expect(layoutKey(fewer)).not.toBe(layoutKey(graph))
  })

  it('ignores a bridge renamed in place (its node id is its name) and sees an edge moved to another row', () => {
    const graph = aSmallTopology()
    expect(layoutKey(bridgeRenamed(graph, 'br0', 'br0a'))).toBe(layoutKey(graph))
    const moved = { ...graph, edges: graph.edges.map((edge) => (edge.id === 'attachment:a:1' ? { ...edge, sourceHandle: 'net1' } : edge)) }
    expect(layoutKey(moved)).not.toBe(layoutKey(graph))
  })

  it('runs ELK once for graphs that differ only in names, and places a renamed node where its namesake was', async () => {
    const runs: ElkNode[] = []
    const cache = createLayoutCache((graph) => {
      runs.push(graph)
      return elk.layout(graph)
    })
    const graph = aSmallTopology()
    const first = await cache.layout(graph)
    const second = await cache.layout(renamed(graph, 'workload:a', 'renamed'))
    expect(second).toBe(first)
    const bridged = bridgeRenamed(graph, 'br0', 'br0a')
    const placements = placementsByPosition(bridged.nodes.map((node) => node.id), await cache.layout(bridged))
    expect(runs).toHaveLength(1)
    expect(placements.get('bridge:br0a')).toEqual(placementsByPosition(graph.nodes.map((node) => node.id), first).get('bridge:br0'))
    expect(placements.has('bridge:br0')).toBe(false)
  })

  it('forgets the least recently used layout past its capacity, and a failed one at once', async () => {
    let runs = 0
    const cache = createLayoutCache((graph) => {
      runs += 1
      return runs === 1 ? Promise.reject(new Error('worker gone')) : elk.layout(graph)
    }, 1)
    const graph = aSmallTopology()
    await expect(cache.layout(graph)).rejects.toThrow('worker gone')
    await cache.layout(graph)
    expect(runs).toBe(2)
    await cache.layout({ ...graph, edges: [] })
    await cache.layout(graph)
    expect(runs).toBe(4)
  })
})
