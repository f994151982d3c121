import type { Project } from '../../core'
import type { Selection } from './designer-store'

/** The selection stored for this project, if it still points at an object of the project. */
export function parseSavedSelection(text: string | null, project: Project): Selection {
  try {
    const saved: unknown = text ? JSON.parse(text) : undefined
    if (typeof saved !== 'object' || saved === null) return { kind: 'none' }
    const { kind, id } = saved as { kind?: unknown; id?: unknown }
    if (kind === 'network' && project.networks.some((n) => n.id === id)) return { kind, id: id as string }
    if (kind === 'workload' && project.workloads.some((w) => w.id === id)) return { kind, id: id as string }
  } catch {
    // a damaged value just means nothing is selected
  }
  return { kind: 'none' }
}
