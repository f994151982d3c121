import { emptyProject, type Project } from '../../core'
import type { DesignerStore } from './designer-store'

export const AUTOSAVE_KEY = 'nad-designer.project'
/** Bump when the stored shape changes; add a migration below instead of dropping old saves. */
export const AUTOSAVE_VERSION = 1

interface SavedProjectV1 {
  version: 1
  project: Project
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function looksLikeProject(value: unknown): value is Project {
  if (!isRecord(value)) return false
  const { networks, workloads, hostNics, platform } = value
  return Array.isArray(networks) && networks.every((n) => isRecord(n) && typeof n.id === 'string' && typeof n.name === 'string' && typeof n.namespace === 'string')
    && Array.isArray(workloads) && workloads.every((w) => isRecord(w) && typeof w.id === 'string' && Array.isArray(w.attachments))
    && Array.isArray(hostNics) && isRecord(platform)
}

/** The project in a stored autosave text, or undefined when it is missing, from another version or damaged. */
export function parseSavedProject(text: string | null): Project | undefined {
  if (!text) return undefined
  try {
    const saved: unknown = JSON.parse(text)
    if (!isRecord(saved) || saved.version !== AUTOSAVE_VERSION) return undefined
    return looksLikeProject(saved.project) ? saved.project : undefined
  } catch {
    return undefined
  }
}

/** The text stored for a project. */
export function serializeProject(project: Project): string {
  const saved: SavedProjectV1 = { version: AUTOSAVE_VERSION, project }
  return JSON.stringify(saved)
}

/** The autosaved project, or an empty one. A bad stored value never stops the app. */
export function loadSavedProject(storage: Pick<Storage, 'getItem'> | undefined): Project {
  try {
    return parseSavedProject(storage?.getItem(AUTOSAVE_KEY) ?? null) ?? emptyProject()
  } catch {
    return emptyProject()
  }
}

/** Save the project whenever it changes (debounced). Returns the unsubscribe function. */
export function startAutosave(store: DesignerStore, storage: Pick<Storage, 'setItem'> | undefined, delayMs = 300): () => void {
  let last = store.getState().project
  let timer: ReturnType<typeof setTimeout> | undefined
  const unsubscribe = store.subscribe(() => {
    const { project } = store.getState()
    if (project === last) return
    last = project
    clearTimeout(timer)
    timer = setTimeout(() => {
      try {
        storage?.setItem(AUTOSAVE_KEY, serializeProject(project))
      } catch {
        // quota or private mode: keep working without autosave
      }
    }, delayMs)
  })
  return () => {
    clearTimeout(timer)
    unsubscribe()
  }
}
