import { formatCidrNetwork, toCidr, type Cidr } from '../net/parse-cidr'
import type { AttachmentUse } from './project-index'
import { cidrOfField } from './cidr-of-field'

/** A subnet the pod interface of an attachment lives in. */
export interface AttachmentSubnet {
  family: 4 | 6
  first: bigint
  last: bigint
  text: string
}

/** Whether the NAD's static addresses reach this attachment: runtime ips replace them only with capabilities.ips. */
export function keepsFixedAddresses(use: AttachmentUse): boolean {
  return !(use.network?.config?.capabilities?.ips === true && (use.attachment.ips?.length ?? 0) > 0)
}

function fromCidr(cidr: Cidr, text: string): AttachmentSubnet {
  return { family: cidr.family, first: cidr.network.value, last: cidr.last.value, text }
}

/**
 * The subnets an attachment's interface gets addresses in, as far as the project tells: host-local ranges,
 * static addresses (plus requested ips with a prefix). Undefined when unknown (dhcp, foreign IPAM, no config);
 * an empty list when the NAD has no IPAM at all.
 */
export function attachmentSubnets(use: AttachmentUse): AttachmentSubnet[] | undefined {
  const config = use.network?.config
  if (!config) return undefined
  const ipam = config.ipam
  if (!ipam) return []
  if (ipam.type === 'host-local') {
    return use.network?.rangeSets?.flatMap((set) => set.ranges).map((range) => fromCidr(range.subnet, formatCidrNetwork(range.subnet)))
  }
  if (ipam.type !== 'static') return undefined
  const subnets: AttachmentSubnet[] = []
  if (keepsFixedAddresses(use)) {
    for (const { address } of ipam.addresses ?? []) {
      const cidr = cidrOfField(address)
      if (cidr) subnets.push(fromCidr(cidr, address))
    }
  }
  for (const ip of use.attachment.ips ?? []) {
    const cidr = toCidr(ip)
    if (cidr) subnets.push(fromCidr(cidr, ip))
  }
  return subnets
}
