import { crossObjectIssue } from './cross-object-issue'
import type { Issue } from './issue'
import type { ProjectIndex } from './project-index'

const PROJECT = { kind: 'project' } as const

/** R-DHCP (daemon part), R-NETPOL and R-INSTALL: notes said once per project, only when it has networks. */
export function validateProjectNotes(index: ProjectIndex): Issue[] {
  if (index.networks.length === 0) return []
  const issues: Issue[] = []
  const dhcp = index.networks.filter((facts) => facts.config?.ipam?.type === 'dhcp').length
  if (dhcp > 0) issues.push(crossObjectIssue('project.dhcp-daemon-required', PROJECT, '', { count: dhcp }))
  issues.push(crossObjectIssue('project.network-policies-do-not-apply', PROJECT, ''))
  issues.push(crossObjectIssue('project.multus-install-needs-reboot', PROJECT, ''))
  return issues
}
