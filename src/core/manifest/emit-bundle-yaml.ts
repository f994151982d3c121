import type { Project } from '../project/model'
import { buildBundleEntries } from './bundle-entries'
import type { EmitOptions } from './emit-nad-yaml'

/**
 * The whole bundle as one `---`-separated YAML stream (for `oc apply -f`): the objects of buildBundle's files, in
 * the same order, without validating (the CLI's `render`).
 */
export function emitBundleYaml(project: Project, options: EmitOptions = {}): string {
  return buildBundleEntries(project, options).map((entry) => entry.text).join('---\n')
}
