import { KERNEL_MTU } from '../cni/validate-mtu'
import { isValidInterfaceName } from '../net/is-valid-interface-name'
import type { HostNic } from '../project/model'
import { crossObjectIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { ProjectIndex } from './project-index'

function nicIssue(code: Parameters<typeof crossObjectIssue>[0], nic: HostNic, field: 'name' | 'mtu' | 'primary', params: Issue['params']): Issue {
  return crossObjectIssue(code, { kind: 'hostNic', name: nic.name }, field, params)
}

// An Ethernet device's MTU lies in ETH_MIN_MTU..ETH_MAX_MTU (68 is also the smallest MTU IPv4 allows, RFC 791).
function isEthernetMtu(mtu: number): boolean {
  return Number.isInteger(mtu) && mtu >= KERNEL_MTU.min && mtu <= KERNEL_MTU.max
}

/** The node's NICs as entered: valid Linux names, one NIC per name, one default-route NIC, an Ethernet MTU. */
export function validateHostNics(index: ProjectIndex): Issue[] {
  const issues: Issue[] = []
  const seen = new Set<string>()
  const duplicated = new Set<string>()
  let firstPrimary: HostNic | undefined
  for (const nic of index.project.hostNics) {
    if (!isValidInterfaceName(nic.name)) issues.push(nicIssue('host-nic.name-invalid', nic, 'name', { name: nic.name }))
    else if (seen.has(nic.name) && !duplicated.has(nic.name)) {
      duplicated.add(nic.name)
      issues.push(nicIssue('host-nic.name-duplicated', nic, 'name', { name: nic.name }))
    }
    seen.add(nic.name)
    if (!isEthernetMtu(nic.mtu)) issues.push(nicIssue('host-nic.mtu-outside-ethernet-range', nic, 'mtu', { name: nic.name, mtu: String(nic.mtu), ...KERNEL_MTU }))
    if (!nic.primary) continue
    if (firstPrimary) issues.push(nicIssue('host-nic.primary-marked-twice', nic, 'primary', { name: nic.name, first: firstPrimary.name }))
    else firstPrimary = nic
  }
  return issues
}
