import type { Project } from '../project/model'
import type { Issue } from './issue'
import { buildProjectIndex, type ProjectIndex } from './project-index'
import { validateCapabilities } from './validate-capabilities'
import { validateDefaultRoutes } from './validate-default-routes'
import { validateInterfaceNames } from './validate-interface-names'
import { validateNetworkReferences } from './validate-network-references'

/** The cross-object rules, each over the shared index (reference section 4). */
const PROJECT_RULES: readonly ((index: ProjectIndex) => Issue[])[] = [
  validateNetworkReferences,
  validateInterfaceNames,
  validateDefaultRoutes,
  validateCapabilities,
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
