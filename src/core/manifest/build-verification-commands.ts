import { interfaceNamesFor } from '../project/interface-names'
import type { Workload } from '../project/model'

// Names and labels can come from any imported manifest: beyond the characters Kubernetes allows in them, a word is
// single-quoted, so a copied command cannot run more than it shows.
function shellWord(text: string): string {
  return /^[A-Za-z0-9._/=-]+$/.test(text) ? text : `'${text.replaceAll("'", `'\\''`)}'`
}

function podLabel(workload: Workload): string {
  const template = (workload.manifest?.spec as { template?: { metadata?: { labels?: Record<string, unknown> } } } | undefined)?.template
  const first = Object.entries(template?.metadata?.labels ?? {}).find(([, value]) => typeof value === 'string')
  return shellWord(first ? `${first[0]}=${String(first[1])}` : `app=${workload.name}`)
}

/** A shell command, and what it prints when the attachments worked (the UI writes it as a translated comment). */
export interface VerificationCommand {
  command: string
  expectedOutput?: string
}

/** Lists the Multus pods: Running once the microshift-multus RPM is installed and the host rebooted. */
export const MULTUS_RUNNING_COMMAND = 'oc get pod -A | grep multus'

/** Shell commands that show whether the attachments worked: Multus running, the network-status, the pod's interfaces. */
export function buildVerificationCommands(workload: Workload): VerificationCommand[] {
  const ns = shellWord(workload.namespace)
  const commands: VerificationCommand[] = [{ command: MULTUS_RUNNING_COMMAND }]
  let pod = shellWord(workload.kind === 'StatefulSet' ? `${workload.name}-0` : workload.name)
  if (workload.kind === 'Deployment' || workload.kind === 'DaemonSet') {
    commands.push({ command: `POD=$(oc get pod -n ${ns} -l ${podLabel(workload)} -o jsonpath='{.items[0].metadata.name}')` })
    pod = '"$POD"'
  }
  commands.push({ command: `oc get pod ${pod} -n ${ns} -o jsonpath='{.metadata.annotations.k8s\\.v1\\.cni\\.cncf\\.io/network-status}'` })
  // The example image (ubi-minimal) has no `ip`; sysfs lists the pod's interfaces in any image.
  const names = ['eth0', ...interfaceNamesFor(workload.attachments)]
  commands.push({ command: `oc exec -n ${ns} ${pod} -- ls /sys/class/net`, expectedOutput: names.join(' ') })
  return commands
}
