import type { BridgeConfig } from '../../project/model'
import { formatIp, parseIp } from '../../net/ip-address'
import { toCidr } from '../../net/parse-cidr'
import type { ResolvedRangeSet } from '../ipam/host-local/host-local-range-sets'

/** A gateway address the bridge plugin puts on the bridge for one family (calcGateways), e.g. `10.1.1.1/24`. */
export interface BridgeAddress {
  family: 4 | 6
  text: string
  network: bigint
  last: bigint
}

/**
 * Addresses isGateway (or isDefaultGateway) puts on the bridge: each host-local range set's gateway (`rangeSets`,
 * resolved with the plugin's defaults) or each static address's gateway, with the pod prefix.
 */
export function bridgeGatewayAddresses(config: BridgeConfig, rangeSets: readonly ResolvedRangeSet[] | undefined): BridgeAddress[] {
  if (config.isGateway !== true && config.isDefaultGateway !== true) return []
  const ipam = config.ipam
  const found: BridgeAddress[] = []
  if (ipam?.type === 'host-local') {
    for (const set of rangeSets ?? []) {
      const range = set.ranges[0]
      if (!range) continue
      const { subnet, gateway } = range
      found.push({ family: set.family, text: `${formatIp(gateway)}/${subnet.prefix}`, network: subnet.network.value, last: subnet.last.value })
    }
  } else if (ipam?.type === 'static') {
    for (const { address, gateway } of ipam.addresses ?? []) {
      // The decoder keeps an entry without `address`; the per-network rules report it.
      const cidr = typeof address === 'string' ? toCidr(address) : undefined
      if (!cidr) continue
      // Without a gateway in IPAM the plugin uses the first host address of the pod subnet.
      const ip = gateway === undefined ? { family: cidr.family, value: cidr.network.value + 1n } : parseIp(gateway)
      if (!ip) continue
      found.push({ family: cidr.family, text: `${formatIp(ip)}/${cidr.prefix}`, network: cidr.network.value, last: cidr.last.value })
    }
  }
  return found
}
