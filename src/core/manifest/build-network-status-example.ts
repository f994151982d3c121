import type { Project, Workload } from '../project/model'
import { buildPodInterfaces } from './build-pod-interfaces'

/** Stands in for addresses only the DHCP server knows. */
export const DHCP_ADDRESS_PLACEHOLDER = '<leased by DHCP>'

/**
 * An example `k8s.v1.cni.cncf.io/network-status` value as Multus writes it for one pod of the workload:
 * key order of Multus's NetworkStatus type, bare IPs, `default` only on eth0, `dns: {}`, 4-space indent.
 */
export function buildNetworkStatusExample(workload: Workload, project: Project): string {
  const entries = buildPodInterfaces(workload, project).map((podInterface) => {
    const entry: Record<string, unknown> = { name: podInterface.networkName, interface: podInterface.interface }
    const ips = podInterface.addressSource === 'dhcp' ? [DHCP_ADDRESS_PLACEHOLDER] : podInterface.ips
    if (ips.length > 0) entry.ips = ips
    entry.mac = podInterface.mac
    if (podInterface.interface === 'eth0' && podInterface.attachment === undefined) entry.default = true
    entry.dns = {}
    return entry
  })
  return JSON.stringify(entries, null, 4)
}
