import { interfaceNameAt } from '../project/interface-names'
import { parseMac } from '../net/parse-mac'
import { annotationValueIssue, attachmentIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { AttachmentUse, ProjectIndex } from './project-index'
import { parseRequestedAddress } from './requested-address'

// Multus (pkg/multus delegateAdd, "deprecated in 3.5" but still there) passes an entry's ips and mac to the
// plugin twice: as runtimeConfig, which libcni keeps only when the NAD declares the capability, and always as
// CNI_ARGS IP=<ips joined by ','> / MAC=<mac>. What that second path does depends on the plugin (checked against
// the Debian 1.1.1 binaries): host-local reads one IP and fails on a list; static splits the list and appends it to
// its fixed addresses; bridge and macvlan read MAC; ipvlan and dhcp read neither.

function validateIps(use: AttachmentUse, issues: Issue[]): void {
  const ips = use.attachment.ips ?? []
  const config = use.network?.config
  // An address Multus cannot parse stops the pod already (reported as annotation.ips-item-not-an-ip).
  if (ips.length === 0 || !config || !ips.every((ip) => parseRequestedAddress(ip))) return
  const network = use.network!.network.name
  const ipam = config.ipam
  const declared = config.capabilities?.ips === true
  if (!ipam) {
    issues.push(attachmentIssue('attachment.ips-without-ipam', use, 'ips', { network, interface: interfaceNameAt(use.attachment, use.index) }))
  } else if (ipam.type === 'dhcp') {
    issues.push(attachmentIssue('attachment.ips-ignored-by-dhcp', use, 'ips', { network }))
  } else if (ipam.type === 'host-local') {
    if (ips.length > 1) issues.push(attachmentIssue('attachment.ips-several-for-host-local', use, 'ips', { joined: ips.join(',') }))
    else if (!declared) issues.push(attachmentIssue('attachment.ips-only-through-cni-args', use, 'ips', { network, ipam: 'host-local' }))
  } else if (ipam.type === 'static' && !declared) {
    issues.push((ipam.addresses?.length ?? 0) > 0
      ? attachmentIssue('attachment.ips-added-to-static-addresses', use, 'ips', { network, interface: interfaceNameAt(use.attachment, use.index) })
      : attachmentIssue('attachment.ips-only-through-cni-args', use, 'ips', { network, ipam: 'static' }))
  }
}

function validateMac(use: AttachmentUse, issues: Issue[]): void {
  const mac = use.attachment.mac
  const config = use.network?.config
  if (!mac) return
  if (!parseMac(mac)) {
    issues.push(annotationValueIssue('annotation.mac-invalid', use, 'mac', { value: mac }))
    return
  }
  if (!config) return
  if (config.type === 'ipvlan') issues.push(attachmentIssue('attachment.mac-ignored-by-ipvlan', use, 'mac', { mac }))
  else if (config.capabilities?.mac !== true) {
    issues.push(attachmentIssue('attachment.mac-only-through-cni-args', use, 'mac', { network: use.network!.network.name, plugin: config.type }))
  }
}

function validateUnsupportedKeys(use: AttachmentUse, issues: Issue[]): void {
  for (const key of Object.keys(use.attachment.extra ?? {})) {
    // Go matches selection keys case-insensitively.
    const lower = key.toLowerCase()
    if (lower === 'portmappings') issues.push(attachmentIssue('attachment.port-mappings-unsupported', use, `extra.${key}`))
    if (lower === 'bandwidth') issues.push(attachmentIssue('attachment.bandwidth-unsupported', use, `extra.${key}`))
  }
}

/** R-CAPS: annotation ips / mac / portMappings / bandwidth against what the NAD's plugin and capabilities make of them. */
export function validateCapabilities(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  for (const workload of index.workloads) {
    for (const use of workload.uses) {
      validateIps(use, issues)
      validateMac(use, issues)
      validateUnsupportedKeys(use, issues)
    }
  }
  return issues
}
