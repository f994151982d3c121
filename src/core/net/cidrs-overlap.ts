import type { IpAddress } from './ip-address'
import type { Cidr } from './parse-cidr'

/** True when two prefixes share at least one address (same family only). */
export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.family === b.family && a.network.value <= b.last.value && b.network.value <= a.last.value
}

/** True when the address lies inside the prefix. */
export function isAddressInCidr(ip: IpAddress, cidr: Cidr): boolean {
  return ip.family === cidr.family && ip.value >= cidr.network.value && ip.value <= cidr.last.value
}
