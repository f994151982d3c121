import { buildPodInterfaces, type Project } from '../src/core'

/**
 * `oc get pods -A -o json` of a cluster running the project as designed: one pod per workload, owned through a
 * ReplicaSet, with the network-status Multus would write (the example interfaces of buildPodInterfaces).
 */
export function generateRunningPods(project: Project): string {
  const items = project.workloads.map((workload, index) => {
    const status = buildPodInterfaces(workload, project).map((entry) => ({ name: entry.networkName, interface: entry.interface, ips: entry.ips, mac: entry.mac, ...(entry.attachment ? {} : { default: true }), dns: {} }))
    const replicaSet = `${workload.name}-5d9c7b8f4`
    return {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${replicaSet}-x${index}`,
        namespace: workload.namespace,
        generateName: `${replicaSet}-`,
        labels: { app: workload.name },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: workload.kind === 'Deployment' ? 'ReplicaSet' : workload.kind, name: workload.kind === 'Deployment' ? replicaSet : workload.name }],
        annotations: { 'k8s.v1.cni.cncf.io/network-status': JSON.stringify(status, null, 4) },
      },
    }
  })
  return JSON.stringify({ apiVersion: 'v1', kind: 'List', items }, null, 2)
}
