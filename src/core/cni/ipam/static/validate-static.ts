import type { StaticIpam } from '../../../project/model'
import { isAddressInCidr } from '../../../net/cidrs-overlap'
import { formatIp, parseIp } from '../../../net/ip-address'
import { formatCidrNetwork, parseCidr } from '../../../net/parse-cidr'
import type { RuleContext } from '../../rule-context'
import { validateAddressesPerFamily } from '../../validate-cni-version'
import { ipamSubnets } from '../ipam-subnets'
import { validateRoutes } from '../validate-routes'

/** static rules: CIDR addresses, gateways inside their subnet, no network address as host, addresses present. */
export function validateStatic(ipam: StaticIpam, cniVersion: string | undefined, ips: boolean, ctx: RuleContext, base = 'config.ipam'): void {
  const addresses = ipam.addresses ?? []
  // A warning, not an error: Multus also passes annotation ips as CNI_ARGS IP=, which static reads
  // (multus.go DelegateAdd; checked against static 1.1.1). Pods without ips then fail.
  if (addresses.length === 0 && !ips) ctx.report('static.addresses-missing', `${base}.addresses`)
  const families: (4 | 6)[] = []
  addresses.forEach((entry, index) => {
    const path = `${base}.addresses.${index}`
    const parsed = entry.address === undefined || entry.address === '' ? undefined : parseCidr(entry.address)
    // an entry without an address fails the same way as a bad one (ParseCIDR of ""), but needs different words
    if (!parsed) {
      ctx.report('static.address-missing', `${path}.address`)
    } else if (!parsed.ok) {
      ctx.report('static.address-not-cidr', `${path}.address`, { value: entry.address })
    } else {
      const { cidr } = parsed
      families.push(cidr.family)
      // IPv4 only: in IPv6 the all-zero host part is the subnet-router anycast address, which a host may hold.
      if (cidr.family === 4 && cidr.prefix <= 30 && cidr.address.value === cidr.network.value) {
        ctx.report('static.address-is-network-address', `${path}.address`, { value: entry.address })
      } else if (cidr.family === 4 && cidr.prefix <= 30 && cidr.address.value === cidr.last.value) {
        ctx.report('static.address-is-broadcast', `${path}.address`, { value: entry.address })
      }
    }
    if (entry.gateway === undefined) return
    const gateway = parseIp(entry.gateway)
    if (!gateway) ctx.report('ipam.invalid-ip', `${path}.gateway`, { value: entry.gateway })
    else if (parsed?.ok && !isAddressInCidr(gateway, parsed.cidr)) {
      ctx.report('static.gateway-outside-subnet', `${path}.gateway`, { value: formatIp(gateway), subnet: formatCidrNetwork(parsed.cidr) })
    }
  })
  validateAddressesPerFamily(families, cniVersion, `${base}.addresses`, ctx)
  validateRoutes(ipam.routes, ipamSubnets(ipam, base), base, ctx)
  if (ipam.dns) ctx.report('dns.not-written-to-pod', `${base}.dns`)
}
