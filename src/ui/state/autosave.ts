import { emptyProject, parseProjectFile, serializeProjectFile, type Project } from '../../core'
import type { DesignerStore } from './designer-store'

export const AUTOSAVE_KEY = 'nad-designer.project'

/** The project in a stored autosave text (the core's project file format), or undefined when it is missing, unsupported or damaged. */
export function parseSavedProject(text: string | null): Project | undefined {
  return text ? parseProjectFile(text).project : undefined
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
        storage?.setItem(AUTOSAVE_KEY, serializeProjectFile(project))
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
