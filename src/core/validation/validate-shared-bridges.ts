import type { BridgeConfig } from '../project/model'
import { bridgeGatewayAddresses, type BridgeAddress } from '../cni/bridge/bridge-gateway-addresses'
import { networkIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { NetworkFacts, ProjectIndex } from './project-index'

// ensureAddr (bridge.go) refuses a second IPv4 address, and an IPv6 address from an overlapping prefix, unless forceAddress.

interface Member {
  facts: NetworkFacts
  config: BridgeConfig
  addresses: BridgeAddress[]
}

function validateBridgeGroup(bridge: string, members: Member[], issues: Issue[]): void {
  // Per device (the bridge, or its VLAN sub-interface `<bridge>.<vlan>` where isGateway puts the address when
  // vlan is set). IPv4 allows one address per device; IPv6 one per non-overlapping prefix, found by a sweep.
  const v4Owner = new Map<string, { member: Member; address: BridgeAddress }>()
  const v6ByDevice = new Map<string, { member: Member; address: BridgeAddress }[]>()
  const report = (member: Member, device: string, address: BridgeAddress, owner: { member: Member; address: BridgeAddress }) => {
    const code = member.config.forceAddress === true ? 'bridge.force-address-takes-over' : 'bridge.gateway-address-conflict'
    issues.push(networkIssue(code, member.facts, 'config.isGateway', {
      bridge: device, address: address.text, otherAddress: owner.address.text, other: owner.member.facts.key,
    }))
  }
  for (const member of members) {
    const vlan = member.config.vlan ?? 0
    const device = vlan > 0 ? `${bridge}.${vlan}` : bridge
    for (const address of member.addresses) {
      if (address.family === 6) {
        const list = v6ByDevice.get(device)
        if (list) list.push({ member, address })
        else v6ByDevice.set(device, [{ member, address }])
        continue
      }
      const owner = v4Owner.get(device)
      if (!owner) v4Owner.set(device, { member, address })
      else if (owner.address.text !== address.text) report(member, device, address, owner)
    }
  }
  for (const [device, entries] of v6ByDevice) {
    entries.sort((a, b) => (a.address.network < b.address.network ? -1 : a.address.network > b.address.network ? 1 : 0))
    let reach: { member: Member; address: BridgeAddress } | undefined
    for (const entry of entries) {
      if (reach && reach.address.last >= entry.address.network && reach.address.text !== entry.address.text) report(entry.member, device, entry.address, reach)
      if (!reach || entry.address.last > reach.address.last) reach = entry
    }
  }
  // v1.5.1 ensureBridge ignores EEXIST, so mtu and vlan_filtering of an existing bridge stay as created
  // (newer upstream calls LinkModify instead); promiscMode is switched on by every NAD that sets it.
  const first = members[0]!
  for (const member of members.slice(1)) {
    const { config } = member
    if ((config.mtu ?? 0) !== (first.config.mtu ?? 0)) {
      issues.push(networkIssue('bridge.created-settings-differ', member.facts, 'config.mtu', {
        bridge, setting: 'mtu', value: String(config.mtu ?? 'unset'), otherValue: String(first.config.mtu ?? 'unset'), other: first.facts.key,
      }))
    }
    // vlan or vlanTrunk (even []) turns vlan_filtering on at creation; different non-zero vlans on one filtering bridge are fine.
    if (vlanFiltering(config) !== vlanFiltering(first.config)) {
      issues.push(networkIssue('bridge.created-settings-differ', member.facts, config.vlanTrunk !== undefined ? 'config.vlanTrunk' : 'config.vlan', {
        bridge, setting: 'VLAN filtering', value: vlanFiltering(config) ? 'on' : 'off', otherValue: vlanFiltering(first.config) ? 'on' : 'off', other: first.facts.key,
      }))
    }
    if ((config.promiscMode === true) !== (first.config.promiscMode === true)) {
      issues.push(networkIssue('bridge.promisc-mode-differs', member.facts, 'config.promiscMode', { bridge, other: first.facts.key }))
    }
  }
}

function vlanFiltering(config: BridgeConfig): boolean {
  return (config.vlan ?? 0) !== 0 || config.vlanTrunk !== undefined
}

/**
 * R-BRIDGE-SHARED: bridge NADs naming the same bridge (cni0 when omitted) share one device: only one gateway
 * address per family fits (forceAddress steals it), and mtu / VLAN filtering are set by whichever NAD creates it.
 */
export function validateSharedBridges(index: ProjectIndex): Issue[] {
  const groups = new Map<string, Member[]>()
  for (const facts of index.networks) {
    if (facts.config?.type !== 'bridge' || facts.bridge === undefined) continue
    const member = { facts, config: facts.config, addresses: bridgeGatewayAddresses(facts.config, facts.rangeSets) }
    const group = groups.get(facts.bridge)
    if (group) group.push(member)
    else groups.set(facts.bridge, [member])
  }
  const issues: Issue[] = []
  for (const [bridge, members] of groups) if (members.length > 1) validateBridgeGroup(bridge, members, issues)
  return issues
}

