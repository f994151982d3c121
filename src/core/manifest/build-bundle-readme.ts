import type { Project } from '../project/model'
import { sortWorkloadsForBundle, type BundleEntry } from './bundle-entries'
import { buildNetworkStatusExample } from './build-network-status-example'
import { buildVerificationCommands, MULTUS_RUNNING_COMMAND } from './build-verification-commands'

// A fence longer than any run of backticks in the text, so an imported name cannot end the code block early.
function codeBlock(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((run) => run[0].length))
  const fence = '`'.repeat(longest + 1)
  return `${fence}${language}\n${text}\n${fence}`
}

function cell(text: string): string {
  return text.replace(/[\\|]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')
}

const ROLES: Record<BundleEntry['source'], string> = {
  namespace: 'created for the design',
  network: 'network (NAD)',
  workload: 'example workload',
  'pass-through': 'passed through unchanged',
}

function contents(entries: readonly BundleEntry[]): string {
  const rows = entries.map((entry) => `| ${cell(entry.path)} | ${cell(entry.kind)} | ${cell(entry.namespace ?? '')} | ${cell(entry.name)} | ${ROLES[entry.source]} |`)
  return ['| File | Kind | Namespace | Name | |', '|---|---|---|---|---|', ...rows].join('\n')
}

function verification(project: Project): string {
  const workloads = sortWorkloadsForBundle(project.workloads)
  if (workloads.length === 0) return 'The design has no example workload; attach a pod to a network to check it.'
  return workloads
    .map((workload) => {
      // Section 1 checks Multus once for the whole device.
      const commands = buildVerificationCommands(workload)
        .filter(({ command }) => command !== MULTUS_RUNNING_COMMAND)
        .map(({ command, expectedOutput }) => (expectedOutput === undefined ? command : `${command}\n# expected: ${expectedOutput}`))
      return [
        `### ${workload.kind} ${workload.namespace}/${workload.name}`,
        codeBlock(commands.join('\n'), 'sh'),
        'Its network-status annotation should list the same networks and interfaces (addresses taken from a pool and generated MACs will differ):',
        codeBlock(buildNetworkStatusExample(workload, project), 'json'),
      ].join('\n\n')
    })
    .join('\n\n')
}

/** The bundle's README: what is in it, the Multus prerequisite, how to apply it now or at every start, how to verify. */
export function buildBundleReadme(project: Project, entries: readonly BundleEntry[], name: string): string {
  const sections = [
    `# ${name}: secondary networks for MicroShift`,
    `Written by NAD Designer. kustomization.yaml lists every file, so the directory applies as one unit.`,
    contents(entries),
    '## 1. Install Multus (once per device)',
    'MicroShift deploys Multus when it starts. On a device where MicroShift already runs, install the RPM and reboot the host; the reboot recreates the pods with their Multus annotations. Installed together with MicroShift, before its first start, no reboot is needed. Uninstalling Multus is not supported.',
    codeBlock('sudo dnf install microshift-multus\nsudo systemctl reboot', 'sh'),
    `Copy this directory under /etc/microshift/manifests.d/ (section 2) before that reboot, and the one reboot both starts Multus and applies the networks. After the reboot, \`${MULTUS_RUNNING_COMMAND}\` lists the multus pods as Running.`,
    '## 2. Apply',
    'Once, now (from the directory that holds this one):',
    codeBlock(`oc apply -k ${name}\n# or: kubectl apply -k ${name}`, 'sh'),
    'At every start of MicroShift: it applies each kustomization.yaml found in /etc/microshift/manifests, /etc/microshift/manifests.d/*, /usr/lib/microshift/manifests and /usr/lib/microshift/manifests.d/* (the /usr/lib ones for content installed by RPM or an image). `manifests.kustomizePaths` in /etc/microshift/config.yaml changes that list.',
    codeBlock(`sudo mkdir -p /etc/microshift/manifests.d/${name}\nsudo cp ${name}/*.yaml /etc/microshift/manifests.d/${name}/\nsudo systemctl restart microshift`, 'sh'),
    `To retire the objects (MicroShift 4.16 and later), move the directory to /etc/microshift/manifests.d/delete/${name}/ and restart MicroShift: it deletes what the manifests there name, including the Namespaces created for the design and everything in them.`,
    '## 3. Verify',
    'Each pod has eth0 on the cluster network plus one interface per attachment. `ls /sys/class/net` works in any image; in one that has iproute, `oc exec -n NAMESPACE POD -- ip a` also shows the addresses.',
    verification(project),
  ]
  return `${sections.join('\n\n')}\n`
}
