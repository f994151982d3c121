import type { Project } from '../../../core'

/** A command to run on the device, and what it fetches (an i18n key and its values). */
export interface DriftCommand {
  command: string
  what: 'one' | 'namespace' | 'all'
  namespace?: string
}

// Only names Kubernetes accepts reach a command line: anything else typed into the design must not run in a shell.
const NAMESPACE = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/

/** The `oc` commands that print what the comparison reads: one pod, the pods of each namespace the design uses, all pods. */
export function buildDriftCommands(project: Project): DriftCommand[] {
  const namespaces = [...new Set(project.workloads.map((workload) => workload.namespace))].filter((namespace) => NAMESPACE.test(namespace)).sort()
  return [
    { command: 'oc get pod NAME -n NAMESPACE -o yaml', what: 'one' },
    ...namespaces.map((namespace) => ({ command: `oc get pods -n ${namespace} -o yaml`, what: 'namespace' as const, namespace })),
    { command: 'oc get pods -A -o yaml', what: 'all' },
  ]
}
