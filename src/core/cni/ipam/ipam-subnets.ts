import type { Ipam } from '../../project/model'
import { toCidr, type Cidr } from '../../net/parse-cidr'
import { hostLocalRawSets } from './host-local/host-local-range-sets'

/** A subnet an IPAM config hands addresses from, with the model path of the field that declares it. */
export interface IpamSubnet {
  cidr: Cidr
  path: string
  text: string
}

/** Every parseable subnet of a host-local (range subnets) or static (address prefixes) IPAM; none for dhcp. */
export function ipamSubnets(ipam: Ipam | undefined, base = 'config.ipam'): IpamSubnet[] {
  if (!ipam) return []
  const subnets: IpamSubnet[] = []
  if (ipam.type === 'host-local') {
    for (const set of hostLocalRawSets(ipam, base)) {
      for (const { path, range } of set.ranges) {
        const cidr = range.subnet === undefined ? undefined : toCidr(range.subnet)
        if (cidr) subnets.push({ cidr, path: `${path}.subnet`, text: range.subnet })
      }
    }
  }
  if (ipam.type === 'static') {
    ;(ipam.addresses ?? []).forEach((address, index) => {
      const cidr = address.address === undefined ? undefined : toCidr(address.address)
      if (cidr) subnets.push({ cidr, path: `${base}.addresses.${index}.address`, text: address.address })
    })
  }
  return subnets
}
