import { formatIp, offsetIp, parseIp, ipEquals, type IpAddress } from '../net/ip-address'
import { toCidr } from '../net/parse-cidr'
import { hostLocalRawSets } from '../cni/ipam/host-local/host-local-range-sets'
import type { HostLocalRange, Network } from '../project/model'

/** Where the example addresses of an interface come from. */
export type AddressSource = 'requested' | 'static' | 'host-local' | 'dhcp' | 'none' | 'unknown'

/** Example addresses for one attachment, bare (no prefix) as Multus writes them in network-status. */
export interface ExampleAddresses {
  source: AddressSource
  ips: string[]
}

function bare(address: string): string {
  return address.split('/')[0] ?? address
}

// host-local (plugins/ipam/host-local/backend/allocator): the range starts at rangeStart or network+1,
// the gateway defaults to network+1 and is never handed out; `skip` earlier leases of the same example pod.
function hostLocalAddress(range: HostLocalRange, skip: number): string | undefined {
  const cidr = toCidr(range.subnet)
  if (cidr === undefined) return undefined
  const first = offsetIp(cidr.network, 1n)
  const gateway = range.gateway === undefined ? first : parseIp(range.gateway)
  let candidate: IpAddress = range.rangeStart === undefined ? first : (parseIp(range.rangeStart) ?? first)
  let remaining = skip
  for (let guard = 0; guard < 1000; guard++) {
    if (candidate.value >= cidr.last.value && cidr.family === 4) return undefined
    if (!(gateway && ipEquals(candidate, gateway))) {
      if (remaining === 0) return formatIp(candidate)
      remaining--
    }
    candidate = offsetIp(candidate, 1n)
  }
  return undefined
}

/** Plausible addresses the pod gets on an attachment: the requested ones, static ones, or the first pool addresses. */
export function exampleAddresses(network: Network | undefined, requested: string[] | undefined, earlierLeases: number): ExampleAddresses {
  const ipam = network?.config && network.config.type !== 'foreign' ? network.config.ipam : undefined
  const hasRequest = requested !== undefined && requested.length > 0
  if (network === undefined || network.config === undefined) return hasRequest ? { source: 'requested', ips: requested.map(bare) } : { source: 'unknown', ips: [] }
  // Without IPAM there is nothing to assign requested addresses, and dhcp takes whatever the server leases.
  if (ipam === undefined) return { source: 'none', ips: [] }
  if (ipam.type === 'dhcp') return { source: 'dhcp', ips: [] }
  if (hasRequest) return { source: 'requested', ips: requested.map(bare) }
  switch (ipam.type) {
    case 'static':
      return { source: 'static', ips: (ipam.addresses ?? []).map((address) => bare(address.address)) }
    case 'host-local': {
      const ips = hostLocalRawSets(ipam).flatMap((set) => (set.ranges[0] ? (hostLocalAddress(set.ranges[0].range, earlierLeases) ?? []) : []))
      return { source: 'host-local', ips }
    }
    default:
      return { source: 'unknown', ips: [] }
  }
}
