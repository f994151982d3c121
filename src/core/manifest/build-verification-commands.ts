import { interfaceNamesFor } from '../project/interface-names'
import type { Workload } from '../project/model'

function podLabel(workload: Workload): string {
  const template = (workload.manifest?.spec as { template?: { metadata?: { labels?: Record<string, unknown> } } } | undefined)?.template
  const first = Object.entries(template?.metadata?.labels ?? {}).find(([, value]) => typeof value === 'string')
  return first ? `${first[0]}=${String(first[1])}` : `app=${workload.name}`
}

/** Shell commands that show whether the attachments worked: Multus running, the network-status, each interface. */
export function buildVerificationCommands(workload: Workload): string[] {
  const ns = workload.namespace
  const commands = ['oc get pod -A | grep multus']
  let pod = workload.name
  if (workload.kind === 'StatefulSet') pod = `${workload.name}-0`
  if (workload.kind === 'Deployment' || workload.kind === 'DaemonSet') {
    commands.push(`POD=$(oc get pod -n ${ns} -l ${podLabel(workload)} -o jsonpath='{.items[0].metadata.name}')`)
    pod = '"$POD"'
  }
  commands.push(`oc get pod ${pod} -n ${ns} -o jsonpath='{.metadata.annotations.k8s\\.v1\\.cni\\.cncf\\.io/network-status}'`)
  for (const name of interfaceNamesFor(workload.attachments)) {
    commands.push(`oc exec -n ${ns} ${pod} -- ip -d addr show ${name}`)
  }
  return commands
}
