import { describe, expect, it } from 'vitest'
import { buildPodInterfaces } from '../manifest/build-pod-interfaces'
import type { Workload } from '../project/model'
import {
  aBridgeNetwork, aDeployment, aMacvlanNetwork, aPod, aProject, attach, aWorkload, hostLocal, staticIpam,
} from '../validation/test-builders'
import { validateProject } from '../validation/validate-project'
import { buildTopology } from './build-topology'
import type { TopologyGraph, WorkloadNode } from './topology-graph'

const lan = aBridgeNetwork({ bridge: 'br1', isGateway: true, ipam: hostLocal('10.1.1.0/24') }, { name: 'lan', id: 'lan' })
const cam = aMacvlanNetwork({ master: 'eth1', ipam: staticIpam('192.168.5.5/24') }, { name: 'cam', id: 'cam' })

function workloadNode(graph: TopologyGraph, workload: Workload): WorkloadNode {
  const node = graph.nodes.find((candidate): candidate is WorkloadNode => candidate.kind === 'workload' && candidate.workloadId === workload.id)
  if (!node) throw new Error(`no node for ${workload.id}`)
  return node
}

describe('buildTopology', () => {
  const pod = aPod([attach(lan), attach(cam, { interface: 'cam0' }), attach('gone')], { name: 'p', id: 'p' })
  const project = { ...aProject([lan, cam], [pod], [{ name: 'eth0', mtu: 1500, primary: true }]) }
  const graph = buildTopology(project, validateProject(project))

  it('orders nodes host, NICs, bridges, cluster network, networks, missing networks, workloads', () => {
    expect(graph.nodes.map((node) => node.id)).toEqual([
      'host', 'nic:eth0', 'nic:eth1', 'bridge:br1', 'cluster-network', 'network:lan', 'network:cam', 'missing:default/gone', 'workload:p',
    ])
  })

  it('puts the cluster network on the primary NIC through br-ex, with the platform CIDRs', () => {
    expect(graph.nodes.find((node) => node.kind === 'cluster-network')).toMatchObject({ cidrs: ['10.42.0.0/16'] })
    expect(graph.edges.filter((edge) => edge.kind === 'br-ex')).toMatchObject([{ id: 'br-ex', source: 'cluster-network', target: 'nic:eth0' }])
  })

  it('links each NAD to its bridge or master NIC', () => {
    expect(graph.edges.filter((edge) => edge.kind === 'uplink').map((edge) => [edge.id, edge.source, edge.target])).toEqual([
      ['uplink:lan', 'network:lan', 'bridge:br1'], ['uplink:cam', 'network:cam', 'nic:eth1'],
    ])
  })

  it('gives the workload eth0 then one interface per attachment, in annotation order, each to the node it uses', () => {
    expect(workloadNode(graph, pod).interfaces.map((nic) => [nic.name, nic.attachmentIndex, nic.target])).toEqual([
      ['eth0', undefined, 'cluster-network'], ['net1', 0, 'network:lan'], ['cam0', 1, 'network:cam'], ['net3', 2, 'missing:default/gone'],
    ])
    expect(graph.edges.filter((edge) => edge.source === 'workload:p').map((edge) => [edge.id, edge.kind, edge.sourceHandle, edge.target, edge.attachmentIndex])).toEqual([
      ['eth0:p', 'eth0', 'eth0', 'cluster-network', undefined],
      ['attachment:p:0', 'attachment', 'net1', 'network:lan', 0],
      ['attachment:p:1', 'attachment', 'cam0', 'network:cam', 1],
      ['attachment:p:2', 'attachment', 'net3', 'missing:default/gone', 2],
    ])
  })

  it('labels each interface with the addresses the Pod outputs show', () => {
    const expected = buildPodInterfaces(pod, project).map((nic) => nic.ips)
    expect(workloadNode(graph, pod).interfaces.map((nic) => nic.addresses)).toEqual(expected)
    expect(expected).toEqual([['10.42.0.17'], ['10.1.1.2'], ['192.168.5.5'], []])
  })

  it('resolves an attachment in its own namespace, else the workload\'s, and draws each missing NAD once', () => {
    const apps = aMacvlanNetwork({}, { name: 'lan', namespace: 'apps', id: 'apps-lan' })
    const workloads = [
      aPod([attach('lan', { namespace: 'apps' }), attach('lan'), attach('nope')], { id: 'a', namespace: 'apps' }),
      aPod([attach('lan'), attach('nope', { namespace: 'apps' })], { id: 'b', namespace: 'web' }),
    ]
    const result = buildTopology(aProject([apps], workloads), [])
    expect(result.edges.filter((edge) => edge.kind === 'attachment').map((edge) => [edge.id, edge.target])).toEqual([
      ['attachment:a:0', 'network:apps-lan'], ['attachment:a:1', 'network:apps-lan'], ['attachment:a:2', 'missing:apps/nope'],
      ['attachment:b:0', 'missing:web/lan'], ['attachment:b:1', 'missing:apps/nope'],
    ])
    expect(result.nodes.filter((node) => node.kind === 'missing-network').map((node) => [node.id, node.namespace, node.name])).toEqual([
      ['missing:apps/nope', 'apps', 'nope'], ['missing:web/lan', 'web', 'lan'],
    ])
  })

  it.each<[string, Workload, number | undefined]>([
    ['a Pod is one pod', aPod([]), 1],
    ['a Deployment shows its replicas', aDeployment(3, []), 3],
    ['a StatefulSet without replicas runs one', aWorkload('StatefulSet', []), 1],
    ['a DaemonSet runs one pod per node, so no count', aWorkload('DaemonSet', [], { replicas: 4 }), undefined],
  ])('%s', (_rule, workload, replicas) => {
    expect(workloadNode(buildTopology(aProject([], [workload]), []), workload).replicas).toBe(replicas)
  })

  it('draws an empty project as the host, its default-route NIC and the cluster network', () => {
    const empty = buildTopology(aProject([]), [])
    expect(empty.nodes.map((node) => node.kind)).toEqual(['host', 'nic', 'cluster-network'])
    expect(empty.edges.map((edge) => edge.kind)).toEqual(['br-ex'])
  })

  it('builds the same graph from the same project (ids and order are stable)', () => {
    expect(buildTopology(project, validateProject(project))).toEqual(graph)
  })

  it('keeps node ids when an unrelated field changes', () => {
    const edited = { ...project, networks: [{ ...lan, config: { ...lan.config!, mtu: 1400 } }, cam] }
    expect(buildTopology(edited, []).nodes.map((node) => node.id)).toEqual(graph.nodes.map((node) => node.id))
  })
})
