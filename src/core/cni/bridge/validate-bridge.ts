import type { BridgeConfig, StaticIpam, VlanTrunkEntry } from '../../project/model'
import { formatIp, offsetIp } from '../../net/ip-address'
import { toCidr } from '../../net/parse-cidr'
import type { RuleContext } from '../rule-context'
import { hasIpam } from '../has-ipam'
import { isValidInterfaceName } from '../../net/is-valid-interface-name'
import { utf8Length } from '../../net/utf8-length'
import { validateLinkMtu } from '../validate-mtu'

type GatewayOption = 'isGateway' | 'isDefaultGateway'

const isVlanId = (id: number): boolean => id > 0 && id <= 4094

/** collectVlanTrunk (bridge.go, v1.5.1): reports each item's problem; returns whether any VLAN ID was collected. */
function validateVlanTrunk(trunk: VlanTrunkEntry[], ctx: RuleContext): boolean {
  let collected = false
  trunk.forEach((item, index) => {
    const path = `config.vlanTrunk.${index}`
    if (item.minID !== undefined && item.maxID !== undefined) {
      if (!isVlanId(item.minID)) ctx.report('bridge.vlan-trunk-min-id-out-of-range', `${path}.minID`, { value: item.minID })
      else if (!isVlanId(item.maxID)) ctx.report('bridge.vlan-trunk-max-id-out-of-range', `${path}.maxID`, { value: item.maxID })
      else if (item.maxID < item.minID) ctx.report('bridge.vlan-trunk-min-id-above-max-id', `${path}.minID`, { minID: item.minID, maxID: item.maxID })
      else collected = true
    } else if (item.minID !== undefined) {
      ctx.report('bridge.vlan-trunk-max-id-missing', `${path}.maxID`)
    } else if (item.maxID !== undefined) {
      ctx.report('bridge.vlan-trunk-min-id-missing', `${path}.minID`)
    }
    if (item.id !== undefined) {
      if (!isVlanId(item.id)) ctx.report('bridge.vlan-trunk-id-out-of-range', `${path}.id`, { value: item.id })
      else collected = true
    }
    if (item.id === undefined && item.minID === undefined && item.maxID === undefined) {
      ctx.report('bridge.vlan-trunk-entry-empty', path)
    }
  })
  return collected
}

/**
 * calcGateways (bridge.go): with isGateway (isDefaultGateway implies it) an address without `gateway` gets the
 * subnet's first address as gateway, which the bridge then holds. When that is the pod's own static address,
 * bridge and pod share one IP.
 */
function validateGatewayIsNotPodAddress(ipam: StaticIpam, option: GatewayOption, ctx: RuleContext): void {
  ;(ipam.addresses ?? []).forEach((entry, index) => {
    if (entry.gateway !== undefined || entry.address === undefined) return
    const cidr = toCidr(entry.address)
    if (!cidr) return
    const gateway = offsetIp(cidr.network, 1n)
    if (gateway.value !== cidr.address.value) return
    ctx.report('bridge.gateway-is-pod-address', `config.ipam.addresses.${index}.address`, { option, address: entry.address, gateway: formatIp(gateway) })
  })
}

/** Every bridge rule of loadNetConf and cmdAdd on 4.17, plus the designer's bridge name and IPAM checks. */
export function validateBridge(config: BridgeConfig, ctx: RuleContext): void {
  if (config.bridge !== undefined) {
    const name = config.bridge
    if (utf8Length(name) > 15) ctx.report('bridge.name-too-long', 'config.bridge', { bridge: name })
    else if (!isValidInterfaceName(name)) ctx.report('bridge.name-invalid', 'config.bridge', { bridge: name })
    else if (ctx.hostNics.some((nic) => nic.name === name)) ctx.report('bridge.name-is-host-nic', 'config.bridge', { bridge: name })
  }
  validateLinkMtu(config.mtu, ctx)
  const vlan = config.vlan ?? 0
  if (vlan < 0 || vlan > 4094) ctx.report('bridge.vlan-out-of-range', 'config.vlan', { vlan })
  const trunkIds = config.vlanTrunk ? validateVlanTrunk(config.vlanTrunk, ctx) : false
  if (vlan > 0 && trunkIds) ctx.report('bridge.vlan-with-vlan-trunk', 'config.vlanTrunk')
  if (config.hairpinMode && config.promiscMode) ctx.report('bridge.hairpin-with-promisc', 'config.promiscMode')
  const withIpam = hasIpam(config.ipam)
  if (config.disableContainerInterface && withIpam) ctx.report('bridge.ipam-with-container-interface-disabled', 'config.disableContainerInterface')
  if (!withIpam) {
    for (const option of ['isGateway', 'isDefaultGateway', 'ipMasq'] as const) {
      if (config[option]) ctx.report('bridge.gateway-option-without-ipam', `config.${option}`, { option })
    }
  }
  // isDefaultGateway implies isGateway; name the option the user set.
  const gatewayOption: GatewayOption | undefined = config.isDefaultGateway ? 'isDefaultGateway' : config.isGateway ? 'isGateway' : undefined
  if (gatewayOption && config.ipam?.type === 'static') validateGatewayIsNotPodAddress(config.ipam, gatewayOption, ctx)
  if (config.ipam?.type === 'dhcp') {
    ctx.report('bridge.dhcp-needs-server', 'config.ipam.type')
    if (gatewayOption) ctx.report('bridge.dhcp-with-is-gateway', `config.${gatewayOption}`, { option: gatewayOption })
  }
}
