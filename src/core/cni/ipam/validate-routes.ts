import type { Route } from '../../project/model'
import { isAddressInCidr } from '../../net/cidrs-overlap'
import { formatIp, parseIp, type IpAddress } from '../../net/ip-address'
import { cidrHasHostBits, parseCidr, toCidr } from '../../net/parse-cidr'
import type { RuleContext } from '../rule-context'
import type { IpamSubnet } from './ipam-subnets'

const LINK_LOCAL = toCidr('fe80::/10')

function isLinkLocal(ip: IpAddress): boolean {
  return LINK_LOCAL !== undefined && isAddressInCidr(ip, LINK_LOCAL)
}

/** Rules for IPAM `routes` (host-local and static): dst must be a CIDR, gw must be reachable from a subnet. */
export function validateRoutes(routes: Route[] | undefined, subnets: IpamSubnet[], base: string, ctx: RuleContext): void {
  ;(routes ?? []).forEach((route, index) => {
    const path = `${base}.routes.${index}`
    const dst = route.dst === undefined ? undefined : parseCidr(route.dst)
    if (!dst || !dst.ok) {
      ctx.report('route.dst-invalid-cidr', `${path}.dst`, { value: route.dst ?? '' })
    } else if (cidrHasHostBits(dst.cidr)) {
      // Checked in a netns: IPv4 `ip route add 10.9.0.5/16` fails, IPv6 masks the prefix silently.
      const code = dst.cidr.family === 4 ? 'route.dst-host-bits-set' : 'route.dst-host-bits-ignored'
      ctx.report(code, `${path}.dst`, { value: route.dst, network: formatIp(dst.cidr.network), prefix: dst.cidr.prefix })
    }
    if (route.gw === undefined) return
    const gw = parseIp(route.gw)
    if (!gw) {
      ctx.report('ipam.invalid-ip', `${path}.gw`, { value: route.gw })
      return
    }
    if (dst?.ok && dst.cidr.family !== gw.family) {
      ctx.report('route.gw-family-mismatch', `${path}.gw`, { gw: route.gw, dst: route.dst })
      return
    }
    // An IPv6 link-local gateway is reachable on any link; anything else must sit in one of the network's subnets.
    if (subnets.length > 0 && !isLinkLocal(gw) && !subnets.some((subnet) => isAddressInCidr(gw, subnet.cidr))) {
      ctx.report('route.gw-outside-subnets', `${path}.gw`, { gw: route.gw })
    }
  })
}
