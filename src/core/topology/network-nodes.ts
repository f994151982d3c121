import { PLUGIN_DEFAULTS } from '../cni/plugin-defaults'
import { formatRange, resolveHostLocalRange } from '../cni/ipam/host-local/host-local-range-sets'
import { hostLocalRawSets } from '../cni/ipam/host-local/host-local-range-sets'
import type { HostLocalIpam, Ipam, PluginConfig } from '../project/model'
import type { NetworkFacts } from '../validation/project-index'
import { topologyIds, type NetworkNode, type TopologyIpam } from './topology-graph'

// A foreign object's `type` as written, or `?` when it has none the diagram could show.
function writtenType(raw: Record<string, unknown>): string {
  return typeof raw.type === 'string' && raw.type !== '' ? raw.type : '?'
}

// A whole subnet as `10.1.0.0/24`; a narrowed one (rangeStart / rangeEnd) as host-local prints it, `start-end`.
function hostLocalPools(ipam: HostLocalIpam): string[] {
  return hostLocalRawSets(ipam).flatMap((set, index) =>
    set.ranges.map(({ path, range }) => {
      if (range.rangeStart === undefined && range.rangeEnd === undefined) return range.subnet
      const resolved = resolveHostLocalRange(range, path, index)
      return resolved ? formatRange(resolved) : range.subnet
    }),
  )
}

/** IPAM as the diagram shows it: the type and its pools (host-local) or fixed addresses (static). */
export function topologyIpam(ipam: Ipam | undefined): TopologyIpam {
  switch (ipam?.type) {
    case undefined:
      return { type: 'none', pools: [] }
    case 'host-local':
      return { type: 'host-local', pools: hostLocalPools(ipam) }
    case 'static':
      return { type: 'static', pools: (ipam.addresses ?? []).flatMap(({ address }) => (typeof address === 'string' ? [address] : [])) }
    case 'dhcp':
      return { type: 'dhcp', pools: [] }
    case 'foreign':
      return { type: writtenType(ipam.raw), pools: [] }
  }
}

function foreignIpam(raw: Record<string, unknown>): TopologyIpam {
  const ipam = raw.ipam
  if (typeof ipam !== 'object' || ipam === null || Array.isArray(ipam)) return { type: 'none', pools: [] }
  return { type: writtenType(ipam as Record<string, unknown>), pools: [] }
}

function modeOf(config: PluginConfig | undefined): string | undefined {
  if (config?.type === 'macvlan') return config.mode || PLUGIN_DEFAULTS.macvlan.mode
  if (config?.type === 'ipvlan') return config.mode || PLUGIN_DEFAULTS.ipvlan.mode
  return undefined
}

/** One NAD as a node; `hostReachable` says whether the host has an address on the device its pods share. */
export function buildNetworkNode(facts: NetworkFacts, hostReachable: boolean): NetworkNode {
  const { network } = facts
  const config = network.config
  const node: NetworkNode = {
    kind: 'network',
    id: topologyIds.network(network.id),
    networkId: network.id,
    name: network.name,
    namespace: network.namespace,
    plugin: config === undefined ? '?' : config.type === 'foreign' ? writtenType(config.raw) : config.type,
    ipam: config?.type === 'foreign' ? foreignIpam(config.raw) : topologyIpam(config?.ipam),
    hostReachable,
    marks: [],
  }
  const mode = modeOf(config)
  if (mode !== undefined) node.mode = mode
  if (config?.type === 'bridge' && config.vlan !== undefined && config.vlan !== 0) node.vlan = config.vlan
  return node
}
