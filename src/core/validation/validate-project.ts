import type { Project } from '../project/model'
import type { Issue } from './issue'
import { buildProjectIndex, type ProjectIndex } from './project-index'
import { validateCapabilities } from './validate-capabilities'
import { validateDefaultRoutes } from './validate-default-routes'
import { validateFixedMacs } from './validate-fixed-macs'
import { validateInterfaceNames } from './validate-interface-names'
import { validateMasters } from './validate-masters'
import { validateNetworkReferences } from './validate-network-references'
import { validateRequestedIps } from './validate-requested-ips'
import { validateStaticAddresses } from './validate-static-addresses'

/** The cross-object rules, each over the shared index (reference section 4). */
const PROJECT_RULES: readonly ((index: ProjectIndex) => Issue[])[] = [
  validateNetworkReferences,
  validateInterfaceNames,
  validateDefaultRoutes,
  validateCapabilities,
  validateRequestedIps,
  validateStaticAddresses,
  validateMasters,
  validateFixedMacs,
]

/** Every finding for a project: each network's own rules plus the cross-object and workload rules. Never throws. */
export function validateProject(project: Project): Issue[] {
  const issues: Issue[] = []
  const index = buildProjectIndex(project)
  for (const rule of PROJECT_RULES) {
    for (const issue of rule(index)) issues.push(issue)
  }
  return issues
}
