import { topologyEdgeIds, topologyIds, type TopologyGraph, type TopologyInterface, type WorkloadNode } from '../../../../core'

const iface = (name: string, target: string, attachmentIndex?: number): TopologyInterface =>
  ({ name, target, addresses: [], marks: [], ...(attachmentIndex === undefined ? {} : { attachmentIndex }) })

function workload(id: string, networks: string[]): WorkloadNode {
  return {
    kind: 'workload', id: topologyIds.workload(id), workloadId: id, workloadKind: 'Pod', name: id, namespace: 'default', replicas: 1, marks: [],
    interfaces: [iface('eth0', topologyIds.clusterNetwork), ...networks.map((n, i) => iface(`net${i + 1}`, topologyIds.network(n), i))],
  }
}

/**
 * A small design as the core's builder draws it, for tests of the layout: a bridge NAD and a macvlan NAD on eth1,
 * pod `a` on both, pod `b` on the bridge.
 */
export function aSmallTopology(): TopologyGraph {
  const a = workload('a', ['br-net', 'mv-net'])
  const b = workload('b', ['br-net'])
  const host = topologyIds.host
  return {
    nodes: [
      { kind: 'host', id: host, marks: [] },
      { kind: 'nic', id: topologyIds.nic('eth0'), parentId: host, name: 'eth0', mtu: 1500, primary: true, listed: true, implicitDefaultRoute: false, marks: [] },
      { kind: 'nic', id: topologyIds.nic('eth1'), parentId: host, name: 'eth1', mtu: 9000, primary: false, listed: true, implicitDefaultRoute: false, marks: [] },
      { kind: 'bridge', id: topologyIds.bridge('br0'), parentId: host, name: 'br0', vlans: [], trunk: false, gatewayAddresses: ['10.1.0.1/24'], isGateway: true, ipMasq: false, hostReachable: true, marks: [] },
      { kind: 'cluster-network', id: topologyIds.clusterNetwork, cidrs: ['10.42.0.0/16'], marks: [] },
      { kind: 'network', id: topologyIds.network('br-net'), networkId: 'br-net', name: 'br-net', namespace: 'default', plugin: 'bridge', ipam: { type: 'host-local', pools: ['10.1.0.0/24'] }, hostReachable: true, marks: [] },
      { kind: 'network', id: topologyIds.network('mv-net'), networkId: 'mv-net', name: 'mv-net', namespace: 'default', plugin: 'macvlan', mode: 'bridge', ipam: { type: 'static', pools: [] }, hostReachable: false, marks: [] },
      a,
      b,
    ],
    edges: [
      { id: topologyEdgeIds.brEx, kind: 'br-ex', source: topologyIds.clusterNetwork, target: topologyIds.nic('eth0'), marks: [] },
      { id: topologyEdgeIds.uplink('br-net'), kind: 'uplink', source: topologyIds.network('br-net'), target: topologyIds.bridge('br0'), marks: [] },
      { id: topologyEdgeIds.uplink('mv-net'), kind: 'uplink', source: topologyIds.network('mv-net'), target: topologyIds.nic('eth1'), marks: [] },
      ...[a, b].flatMap((w) => w.interfaces.map((nic) => nic.attachmentIndex === undefined
        ? { id: topologyEdgeIds.eth0(w.workloadId), kind: 'eth0' as const, source: w.id, sourceHandle: 'eth0', target: nic.target, marks: [] }
        : { id: topologyEdgeIds.attachment(w.workloadId, nic.attachmentIndex), kind: 'attachment' as const, source: w.id, sourceHandle: nic.name, target: nic.target, workloadId: w.workloadId, attachmentIndex: nic.attachmentIndex, marks: [] })),
    ],
  }
}
