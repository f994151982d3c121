import type { BridgeConfig } from '../project/model'
import { toCidr } from '../net/parse-cidr'
import { formatIp, parseIp } from '../net/ip-address'
import { networkIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { NetworkFacts, ProjectIndex } from './project-index'

/** A gateway address the bridge plugin puts on the bridge for one family (calcGateways), e.g. `10.1.1.1/24`. */
interface BridgeAddress {
  family: 4 | 6
  text: string
  network: bigint
  last: bigint
}

/** Addresses isGateway puts on the bridge: each range set's (or static address's) gateway with the pod prefix. */
function gatewayAddresses(facts: NetworkFacts, config: BridgeConfig): BridgeAddress[] {
  if (config.isGateway !== true && config.isDefaultGateway !== true) return []
  const ipam = config.ipam
  const found: BridgeAddress[] = []
  if (ipam?.type === 'host-local') {
    for (const set of facts.rangeSets ?? []) {
      const range = set.ranges[0]
      if (!range) continue
      const { subnet, gateway } = range
      found.push({ family: set.family, text: `${formatIp(gateway)}/${subnet.prefix}`, network: subnet.network.value, last: subnet.last.value })
    }
  } else if (ipam?.type === 'static') {
    for (const { address, gateway } of ipam.addresses ?? []) {
      const cidr = toCidr(address)
      if (!cidr) continue
      // Without a gateway in IPAM the plugin uses the first host address of the pod subnet.
      const ip = gateway === undefined ? { family: cidr.family, value: cidr.network.value + 1n } : parseIp(gateway)
      if (!ip) continue
      found.push({ family: cidr.family, text: `${formatIp(ip)}/${cidr.prefix}`, network: cidr.network.value, last: cidr.last.value })
    }
  }
  return found
}

/** ensureAddr refuses a second IPv4 address, and an IPv6 address from an overlapping prefix, unless forceAddress. */
function conflicts(a: BridgeAddress, b: BridgeAddress): boolean {
  if (a.family !== b.family || a.text === b.text) return false
  return a.family === 4 || (a.network <= b.last && b.network <= a.last)
}

interface Member {
  facts: NetworkFacts
  config: BridgeConfig
  addresses: BridgeAddress[]
}

function validateBridgeGroup(bridge: string, members: Member[], issues: Issue[]): void {
  // IPv4 allows one owner; IPv6 one per non-overlapping prefix, so this list stays short.
  const owners: { member: Member; address: BridgeAddress }[] = []
  const seen = new Set<string>()
  for (const member of members) {
    for (const address of member.addresses) {
      if (seen.has(address.text)) continue
      const owner = owners.find((o) => conflicts(o.address, address))
      if (!owner) {
        owners.push({ member, address })
        seen.add(address.text)
        continue
      }
      const code = member.config.forceAddress === true ? 'bridge.force-address-takes-over' : 'bridge.gateway-address-conflict'
      issues.push(networkIssue(code, member.facts, 'config.isGateway', {
        bridge, address: address.text, otherAddress: owner.address.text, other: owner.member.facts.key,
      }))
    }
  }
  const first = members[0]!
  for (const member of members.slice(1)) {
    const { config } = member
    for (const setting of ['mtu', 'vlan'] as const) {
      const mine = config[setting] ?? 0
      const theirs = first.config[setting] ?? 0
      // A non-zero vlan turns vlan_filtering on at creation; different non-zero vlans on one filtering bridge are fine.
      const differs = setting === 'vlan' ? (mine === 0) !== (theirs === 0) : mine !== theirs
      if (differs) {
        issues.push(networkIssue('bridge.created-settings-differ', member.facts, `config.${setting}`, {
          bridge, setting, value: String(config[setting] ?? 'unset'), otherValue: String(first.config[setting] ?? 'unset'), other: first.facts.key,
        }))
      }
    }
    if ((config.promiscMode === true) !== (first.config.promiscMode === true)) {
      issues.push(networkIssue('bridge.promisc-mode-differs', member.facts, 'config.promiscMode', { bridge, other: first.facts.key }))
    }
  }
}

/**
 * R-BRIDGE-SHARED: bridge NADs naming the same bridge (cni0 when omitted) share one device: only one gateway
 * address per family fits (forceAddress steals it), and mtu / VLAN filtering are set by whichever NAD creates it.
 */
export function validateSharedBridges(index: ProjectIndex): Issue[] {
  const groups = new Map<string, Member[]>()
  for (const facts of index.networks) {
    if (facts.config?.type !== 'bridge' || facts.bridge === undefined) continue
    const member = { facts, config: facts.config, addresses: gatewayAddresses(facts, facts.config) }
    const group = groups.get(facts.bridge)
    if (group) group.push(member)
    else groups.set(facts.bridge, [member])
  }
  const issues: Issue[] = []
  for (const [bridge, members] of groups) if (members.length > 1) validateBridgeGroup(bridge, members, issues)
  return issues
}

