import { bridgeGatewayAddresses } from '../cni/bridge/bridge-gateway-addresses'
import { DEFAULT_ROUTE_NIC, type NetworkFacts, type ProjectIndex } from '../validation/project-index'
import { topologyIds, type BridgeNode, type NicNode } from './topology-graph'

/** The node's devices the NADs use, and which device each NAD's uplink goes to. */
export interface HostDevices {
  nics: NicNode[]
  bridges: BridgeNode[]
  /** Node id of the bridge or master NIC per network id. */
  uplinkOf: Map<string, string>
  /** Ids of the bridge networks whose pods share a device the host has an address on (so they reach the host). */
  hostReachable: Set<string>
  /** The NIC carrying the default route (br-ex sits on it). */
  primaryNic: NicNode
}

// A foreign plugin (vlan, host-device, ...) may still name a NIC of the node as `master`.
function foreignMaster(facts: NetworkFacts): string | undefined {
  const config = facts.network.config
  if (config?.type !== 'foreign') return undefined
  const master = config.raw.master
  return typeof master === 'string' && master !== '' ? master : undefined
}

function newBridge(name: string): BridgeNode {
  return { kind: 'bridge', id: topologyIds.bridge(name), parentId: topologyIds.host, name, vlans: [], trunk: false, gatewayAddresses: [], isGateway: false, ipMasq: false, hostReachable: false, marks: [] }
}

// isGateway puts the address on the bridge, or with `vlan` on its sub-interface `<bridge>.<vlan>` (bridge.go
// ensureVlanInterface), which only pods of that VLAN share.
function deviceOf(bridge: string, vlan: number): string {
  return vlan > 0 ? `${bridge}.${vlan}` : bridge
}

function addBridgeMember(bridge: BridgeNode, facts: NetworkFacts, first: boolean, addressed: Set<string>): void {
  const config = facts.config
  if (config?.type !== 'bridge') return
  const vlan = config.vlan ?? 0
  if (vlan !== 0 && !bridge.vlans.includes(vlan)) bridge.vlans.push(vlan)
  if (config.vlanTrunk !== undefined) bridge.trunk = true
  // isDefaultGateway implies isGateway in the plugin.
  if (config.isGateway === true || config.isDefaultGateway === true) {
    bridge.isGateway = true
    addressed.add(deviceOf(bridge.name, vlan))
  }
  if (config.ipMasq === true) bridge.ipMasq = true
  for (const address of bridgeGatewayAddresses(config, facts.rangeSets)) {
    if (!bridge.gatewayAddresses.includes(address.text)) bridge.gatewayAddresses.push(address.text)
  }
  bridge.hostReachable = bridge.isGateway
  // v1.5.1 keeps an existing bridge as created, so the first NAD's mtu is the one it gets.
  if (first && config.mtu !== undefined) bridge.mtu = config.mtu
}

/**
 * The NICs (listed under Node NICs, then every other master a NAD names, in NAD order) and the bridges bridge NADs
 * create (a master naming one of them sits on it). An omitted master resolves as the rules resolve it: the primary NIC, else an implicit default-route NIC,
 * which also stands in for the primary NIC when none is marked (the cluster network leaves through it).
 */
export function buildHostDevices(index: ProjectIndex): HostDevices {
  const nics = new Map<string, NicNode>()
  for (const nic of index.project.hostNics) {
    if (nics.has(nic.name)) continue
    nics.set(nic.name, {
      kind: 'nic', id: topologyIds.nic(nic.name), parentId: topologyIds.host, name: nic.name, mtu: nic.mtu,
      primary: false, listed: true, implicitDefaultRoute: false, marks: [],
    })
  }
  // The first NIC marked primary carries the default route, as the rules read it.
  const markedPrimary = index.project.hostNics.find((nic) => nic.primary)
  const nicNamed = (name: string): NicNode => {
    let nic = nics.get(name)
    if (!nic) {
      const implicit = name === DEFAULT_ROUTE_NIC
      nic = { kind: 'nic', id: topologyIds.nic(name), parentId: topologyIds.host, name, primary: implicit, listed: false, implicitDefaultRoute: implicit, marks: [] }
      nics.set(name, nic)
    }
    return nic
  }
  const bridges = new Map<string, BridgeNode>()
  const uplinkOf = new Map<string, string>()
  const addressed = new Set<string>()
  for (const facts of index.networks) {
    if (facts.bridge === undefined) continue
    let bridge = bridges.get(facts.bridge)
    const first = bridge === undefined
    if (!bridge) bridges.set(facts.bridge, (bridge = newBridge(facts.bridge)))
    addBridgeMember(bridge, facts, first, addressed)
    uplinkOf.set(facts.network.id, bridge.id)
  }
  for (const facts of index.networks) {
    const master = facts.master ?? foreignMaster(facts)
    if (master === undefined) continue
    // A macvlan/ipvlan may sit on a bridge a bridge NAD creates; a declared NIC of that name still wins.
    const bridge = nics.has(master) ? undefined : bridges.get(master)
    uplinkOf.set(facts.network.id, bridge?.id ?? nicNamed(master).id)
  }
  const hostReachable = new Set<string>()
  for (const facts of index.networks) {
    if (facts.config?.type === 'bridge' && facts.bridge !== undefined && addressed.has(deviceOf(facts.bridge, facts.config.vlan ?? 0))) {
      hostReachable.add(facts.network.id)
    }
  }
  const primaryNic = nicNamed(markedPrimary?.name ?? DEFAULT_ROUTE_NIC)
  primaryNic.primary = true
  return { nics: [...nics.values()], bridges: [...bridges.values()], uplinkOf, hostReachable, primaryNic }
}
