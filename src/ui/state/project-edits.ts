import { mergeImports, type Attachment, type HostNic, type Network, type Platform, type Project, type Workload } from '../../core'

/** Add a network at the end. */
export function addNetwork(project: Project, network: Network): Project {
  return { ...project, networks: [...project.networks, network] }
}

/** Replace the network with the same id. */
export function replaceNetwork(project: Project, network: Network): Project {
  return { ...project, networks: project.networks.map((n) => (n.id === network.id ? network : n)) }
}

/** Remove a network; attachments that named it stay, so the validator can report them as dangling. */
export function deleteNetwork(project: Project, id: string): Project {
  return { ...project, networks: project.networks.filter((n) => n.id !== id) }
}

/** `stem` when no name in `taken` is it, else the first free `stem-2`, `stem-3`, ... */
export function freeName(taken: ReadonlySet<string>, stem: string): string {
  if (!taken.has(stem)) return stem
  for (let i = 2; ; i++) if (!taken.has(`${stem}-${i}`)) return `${stem}-${i}`
}

/** A name not yet used by a network in `namespace`: `base-copy`, `base-copy-2`, ... */
export function freeNetworkName(project: Project, base: string, namespace: string): string {
  return freeName(new Set(project.networks.filter((n) => n.namespace === namespace).map((n) => n.name)), `${base}-copy`.slice(0, 58))
}

/** Copy a network under a new id and a free name, right after the original. */
export function duplicateNetwork(project: Project, id: string, newId: string): Project {
  const index = project.networks.findIndex((n) => n.id === id)
  const original = project.networks[index]
  if (!original) return project
  const name = freeNetworkName(project, original.name, original.namespace)
  const config = original.config && original.config.type !== 'foreign' && original.config.name !== undefined
    ? { ...structuredClone(original.config), name }
    : structuredClone(original.config)
  const copy: Network = { ...structuredClone(original), id: newId, name, config }
  const networks = [...project.networks]
  networks.splice(index + 1, 0, copy)
  return { ...project, networks }
}

/** Add a workload at the end. */
export function addWorkload(project: Project, workload: Workload): Project {
  return { ...project, workloads: [...project.workloads, workload] }
}

/** Replace the workload with the same id. */
export function replaceWorkload(project: Project, workload: Workload): Project {
  return { ...project, workloads: project.workloads.map((w) => (w.id === workload.id ? workload : w)) }
}

/** Remove a workload. */
export function deleteWorkload(project: Project, id: string): Project {
  return { ...project, workloads: project.workloads.filter((w) => w.id !== id) }
}

/** Copy a workload under a new id and name. */
export function duplicateWorkload(project: Project, id: string, newId: string): Project {
  const index = project.workloads.findIndex((w) => w.id === id)
  const original = project.workloads[index]
  if (!original) return project
  const name = freeName(new Set(project.workloads.map((w) => w.name)), `${original.name}-copy`)
  const workloads = [...project.workloads]
  workloads.splice(index + 1, 0, { ...structuredClone(original), id: newId, name })
  return { ...project, workloads }
}

/** Replace the node's NIC list (names, MTUs, which one is primary). */
export function setHostNics(project: Project, hostNics: HostNic[]): Project {
  return { ...project, hostNics }
}

/** Replace the cluster's own networks (MicroShift config.yaml network.clusterNetwork / serviceNetwork). */
export function setPlatform(project: Project, platform: Platform): Project {
  return { ...project, platform }
}

/**
 * Adds an imported project's networks, workloads and passed-through objects after the current ones; an id already taken
 * gets `#2`, `#3`, ...; a passed-through object already there, byte for byte, is not added again.
 */
export function addImportedProject(project: Project, imported: Project): Project {
  const merged = mergeImports([
    { project, findings: [], origins: {} },
    { project: imported, findings: [], origins: {} },
  ]).project
  // The same object imported twice (the same file added again) is kept once: a second copy would only make the bundle
  // fail (bundle.duplicate-object). Where it was read from does not make it another object.
  const kept = new Set<string>()
  const passThrough = merged.passThrough.filter((object) => {
    const key = JSON.stringify([object.kind, object.namespace ?? '', object.name, object.text])
    if (kept.has(key)) return false
    kept.add(key)
    return true
  })
  return { ...project, networks: merged.networks, workloads: merged.workloads, passThrough }
}

/** Remove the passed-through object at `index`; the same project when there is none. */
export function removePassThrough(project: Project, index: number): Project {
  if (index < 0 || index >= project.passThrough.length) return project
  return { ...project, passThrough: project.passThrough.filter((_, i) => i !== index) }
}

/** Attach a workload to one more network, after its others (it becomes net<N+1> unless it names its interface). */
export function addAttachment(project: Project, workloadId: string, attachment: Attachment): Project {
  if (!project.workloads.some((w) => w.id === workloadId)) return project
  return { ...project, workloads: project.workloads.map((w) => (w.id === workloadId ? { ...w, attachments: [...w.attachments, attachment] } : w)) }
}

/** Remove a workload's attachment at `index`; the ones after it move up (net3 becomes net2). */
export function removeAttachment(project: Project, workloadId: string, index: number): Project {
  const workload = project.workloads.find((w) => w.id === workloadId)
  if (!workload || index < 0 || index >= workload.attachments.length) return project
  const attachments = workload.attachments.filter((_, i) => i !== index)
  return { ...project, workloads: project.workloads.map((w) => (w.id === workloadId ? { ...w, attachments } : w)) }
}
