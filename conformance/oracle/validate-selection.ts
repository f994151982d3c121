import { isIP } from 'node:net'
import type { CaseAttachment } from '../cases/conformance-case'

const MAC = /^([0-9a-f]{2}([:-])[0-9a-f]{2}(\2[0-9a-f]{2}){4}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})$/i

/**
 * Multus checks the annotation's `mac` and `ips` before any plugin runs, whatever the NAD's capabilities
 * (k8sclient.go parsePodNetworkAnnotation): "failed to mac: …", "failed to parse IP address …", "failed to parse CIDR …".
 */
export function validateSelection(attachment: CaseAttachment): string | undefined {
  if (attachment.mac !== undefined && !MAC.test(attachment.mac)) {
    return `failed to mac: address ${attachment.mac}: invalid MAC address`
  }
  for (const ip of attachment.ips ?? []) {
    const [address = '', prefix] = ip.split('/')
    if (prefix === undefined && isIP(address) === 0) return `failed to parse IP address "${ip}"`
    if (prefix !== undefined && (isIP(address) === 0 || !/^\d+$/.test(prefix) || Number(prefix) > (isIP(address) === 4 ? 32 : 128))) {
      return `failed to parse CIDR "${ip}": invalid CIDR address: ${ip}`
    }
  }
  return undefined
}
