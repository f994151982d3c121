import type { Project } from '../project/model'
import type { Issue } from './issue'
import { revalidateProject } from './revalidate-project'

/** Every finding for a project: each network's own rules plus the cross-object and workload rules. Never throws. */
export function validateProject(project: Project): Issue[] {
  return revalidateProject(undefined, project).issues
}
