import type { Project } from '../../core'
import { stepLabel, type EditRecord } from './history'
import { deleteNetwork, deleteWorkload, removeAttachment } from './project-edits'

/** What one delete gesture takes away (a selection on the canvas). */
export interface DoomedItems {
  networkIds: readonly string[]
  workloadIds: readonly string[]
  attachments: readonly { workloadId: string; index: number }[]
}

/** The attachments that go on their own: not those of a deleted workload; later indices first, so earlier ones do not move. */
function separateAttachments(project: Project, items: DoomedItems) {
  const doomed = new Set(items.workloadIds)
  const seen = new Set<string>()
  return items.attachments
    .filter(({ workloadId, index }) => {
      const key = `${workloadId}:${index}`
      if (doomed.has(workloadId) || seen.has(key)) return false
      seen.add(key)
      return project.workloads.find((w) => w.id === workloadId)?.attachments[index] !== undefined
    })
    .sort((a, b) => b.index - a.index)
}

function present(project: Project, items: DoomedItems) {
  return {
    networks: project.networks.filter((n) => items.networkIds.includes(n.id)),
    workloads: project.workloads.filter((w) => items.workloadIds.includes(w.id)),
    attachments: separateAttachments(project, items),
  }
}

/** The project without the doomed items; the same project when none of them is in it. */
export function removeItems(project: Project, items: DoomedItems): Project {
  const { networks, workloads, attachments } = present(project, items)
  let next = project
  for (const { id } of workloads) next = deleteWorkload(next, id)
  for (const { id } of networks) next = deleteNetwork(next, id)
  for (const { workloadId, index } of attachments) next = removeAttachment(next, workloadId, index)
  return next
}

/** The step's label: the one thing deleted, by name, or how many things went. */
export function describeRemoval(project: Project, items: DoomedItems): EditRecord {
  const { networks, workloads, attachments } = present(project, items)
  const [network] = networks
  const [workload] = workloads
  const [attachment] = attachments
  const count = networks.length + workloads.length + attachments.length
  if (count === 1 && network) return { label: stepLabel('deleteNetwork', { name: network.name }), subject: { kind: 'network', id: network.id } }
  if (count === 1 && workload) return { label: stepLabel('deleteWorkload', { name: workload.name }), subject: { kind: 'workload', id: workload.id } }
  if (count === 1 && attachment) {
    const owner = project.workloads.find((w) => w.id === attachment.workloadId)
    const network = owner?.attachments[attachment.index]?.network ?? ''
    return { label: stepLabel('detach', { pod: owner?.name ?? '', network }), subject: { kind: 'workload', id: attachment.workloadId } }
  }
  return { label: stepLabel('deleteItems', { count }), subject: { kind: 'none' } }
}
