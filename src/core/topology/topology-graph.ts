import type { Issue, IssueParams, Severity } from '../validation/issue'
import type { WorkloadKind } from '../project/model'

/**
 * The design as a graph, without positions: what the diagram draws and the screen-reader table lists.
 * Node ids are stable across edits of unrelated fields (they key on object ids and device names), so a
 * layout cache keyed on ids and edge ends survives typing.
 */
export interface TopologyGraph {
  nodes: TopologyNode[]
  edges: TopologyEdge[]
}

/**
 * Something the picture marks on a node, an interface or an edge: an issue of the core (then `issue` is that very
 * object, so a click can select it in the issues list) or a fact of the topology itself (`topology.*` codes).
 */
export interface TopologyMark {
  code: string
  severity: Severity
  params: IssueParams
  issue?: Issue
}

interface NodeBase {
  id: string
  /** The enclosing node (the host for NICs and bridges). */
  parentId?: string
  marks: TopologyMark[]
}

/** The MicroShift device: holds its NICs and the bridges that bridge NADs create. */
export interface HostNode extends NodeBase {
  kind: 'host'
}

/** A NIC of the node: listed under Node NICs, or named as a master (then `listed` is false). */
export interface NicNode extends NodeBase {
  kind: 'nic'
  /** The device name; for the implicit default-route NIC the placeholder the rules' params use (label it by `implicitDefaultRoute`). */
  name: string
  mtu?: number
  /** Carries the node's default route; OVN-Kubernetes' br-ex sits on it. */
  primary: boolean
  listed: boolean
  /** Stands for "the default-route NIC" because a NAD left `master` empty and no NIC is marked primary. */
  implicitDefaultRoute: boolean
}

/** A Linux bridge that one or more bridge NADs create (their `bridge` key, `cni0` by default). */
export interface BridgeNode extends NodeBase {
  kind: 'bridge'
  name: string
  /** VLAN ids the NADs on it tag with (`vlan`), in NAD order, without repeats. */
  vlans: number[]
  /** Some NAD on it sets `vlanTrunk`. */
  trunk: boolean
  /** Gateway addresses the bridge gets (isGateway), as CIDR or bare address. */
  gatewayAddresses: string[]
  isGateway: boolean
  ipMasq: boolean
  /** The host has an address on the bridge, so it can reach the pods on it. */
  hostReachable: boolean
  mtu?: number
}

/** The cluster network every pod's eth0 is on (OVN-Kubernetes, through br-ex on the primary NIC). */
export interface ClusterNetworkNode extends NodeBase {
  kind: 'cluster-network'
  cidrs: string[]
}

/** One NetworkAttachmentDefinition of the design. */
export interface NetworkNode extends NodeBase {
  kind: 'network'
  networkId: string
  name: string
  namespace: string
  /** `bridge`, `macvlan`, `ipvlan`, a foreign type as written, or `?` when spec.config has no usable type. */
  plugin: string
  mode?: string
  vlan?: number
  ipam: TopologyIpam
  /** Pods on it can talk to the host over it (false for macvlan/ipvlan: the kernel keeps the master apart). */
  hostReachable: boolean
}

/** IPAM as the diagram shows it: the type and its pools or fixed addresses. */
export interface TopologyIpam {
  /** `host-local`, `static`, `dhcp`, a foreign type, or `none`. */
  type: string
  /** Ranges (`10.1.0.0/24`, `10.1.0.10-10.1.0.50`) or addresses (`192.168.1.5/24`), in config order. */
  pools: string[]
}

/** A reference to a NAD the design does not have: drawn so the dangling attachment is visible. */
export interface MissingNetworkNode extends NodeBase {
  kind: 'missing-network'
  name: string
  namespace: string
}

/** A Pod, Deployment, StatefulSet or DaemonSet with its interfaces. */
export interface WorkloadNode extends NodeBase {
  kind: 'workload'
  workloadId: string
  workloadKind: WorkloadKind
  name: string
  namespace: string
  /** Replicas of a Deployment or StatefulSet (1 for a Pod); undefined for a DaemonSet (one pod per node). */
  replicas?: number
  /** eth0 first, then one per attachment in annotation order. */
  interfaces: TopologyInterface[]
}

/** One interface inside the example pod. */
export interface TopologyInterface {
  /** eth0, net1..netN or the requested name; also the handle id of its edge. */
  name: string
  /** Position in the annotation; undefined for eth0. */
  attachmentIndex?: number
  /** Addresses, bare, as the example pod gets them (requested, static, or the first of the pool). */
  addresses: string[]
  /** The node this interface's edge goes to (the cluster network for eth0). */
  target: string
  marks: TopologyMark[]
}

export type TopologyNode =
  | HostNode | NicNode | BridgeNode | ClusterNetworkNode | NetworkNode | MissingNetworkNode | WorkloadNode

/**
 * `attachment`: a pod interface to its NAD (or missing NAD); `eth0`: a pod to the cluster network;
 * `uplink`: a NAD to the bridge or master NIC it uses; `br-ex`: the cluster network to the primary NIC.
 */
export type TopologyEdgeKind = 'attachment' | 'eth0' | 'uplink' | 'br-ex'

export interface TopologyEdge {
  id: string
  kind: TopologyEdgeKind
  source: string
  /** The interface name on a workload node's side. */
  sourceHandle?: string
  target: string
  /** For `attachment` edges: the workload and position of the attachment the edge stands for. */
  workloadId?: string
  attachmentIndex?: number
  marks: TopologyMark[]
}

/** Stable node ids. */
export const topologyIds = {
  host: 'host',
  clusterNetwork: 'cluster-network',
  nic: (name: string) => `nic:${name}`,
  bridge: (name: string) => `bridge:${name}`,
  network: (networkId: string) => `network:${networkId}`,
  missingNetwork: (namespace: string, name: string) => `missing:${namespace}/${name}`,
  workload: (workloadId: string) => `workload:${workloadId}`,
} as const

/** Stable edge ids: one br-ex edge, one uplink per NAD, one eth0 edge per workload, one edge per attachment. */
export const topologyEdgeIds = {
  brEx: 'br-ex',
  uplink: (networkId: string) => `uplink:${networkId}`,
  eth0: (workloadId: string) => `eth0:${workloadId}`,
  attachment: (workloadId: string, attachmentIndex: number) => `attachment:${workloadId}:${attachmentIndex}`,
} as const
