import { parseIp, type IpAddress } from '../net/ip-address'
import { toCidr } from '../net/parse-cidr'

/** An annotation `ips` entry as Multus accepts it: an IP, or an IP with a prefix. */
export interface RequestedAddress {
  ip: IpAddress
  hasPrefix: boolean
}

/** Parses an annotation `ips` entry; undefined when Multus would reject it (failed to parse IP address). */
export function parseRequestedAddress(text: string): RequestedAddress | undefined {
  if (text.includes('/')) {
    const cidr = toCidr(text)
    return cidr ? { ip: cidr.address, hasPrefix: true } : undefined
  }
  const ip = parseIp(text)
  return ip ? { ip, hasPrefix: false } : undefined
}

/** A text key for an address, equal for `10.1.1.5` and `10.1.1.5/24`. */
export function addressKey(ip: IpAddress): string {
  return `${ip.family}:${ip.value.toString(16)}`
}
