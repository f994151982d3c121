import { classifyStorageError, LIBRARY_KEY, projectIdOfKey, serializeLibraryIndex, type LibraryEntry, type StorageFailure } from './library-format'
import type { LibraryState, LibraryStorage } from './read-library'
import type { tabSync } from './tab-sync'

/** The open project's record as another tab left it: its text, or null and its entry when that tab deleted it. */
export interface OtherTabRecord { text: string | null; entry?: LibraryEntry }

/**
 * Brings storage in line with memory: records first, the index after them, then what is no longer needed. A record
 * another tab changed since this tab read it is not overwritten (`otherTab` is what it holds now, when it is the open
 * project's), and the index is merged with the stored one before it is written.
 */
export function writeLibrary(
  storage: LibraryStorage | undefined, state: LibraryState, tabs: ReturnType<typeof tabSync>,
): { failure?: StorageFailure; otherTab?: OtherTabRecord } {
  let otherTab: OtherTabRecord | undefined
  try {
    if (!storage) throw new Error('no storage')
    for (const [key, text] of state.writes) {
      const id = projectIdOfKey(key)
      const elsewhere = id === undefined ? undefined : tabs.changedElsewhere(id)
      if (id !== undefined && elsewhere) {
        state.writes.delete(key)
        if (id === state.index.currentId) otherTab = elsewhere
        else if (elsewhere.text !== null) tabs.record(id, elsewhere.text)
        continue
      }
      storage.setItem(key, text)
      state.writes.delete(key)
      if (id !== undefined) tabs.wrote(id, text)
    }
    if (state.indexDirty) {
      const lost = tabs.mergeStored()
      if (lost) otherTab = { text: null, entry: lost }
      storage.setItem(LIBRARY_KEY, serializeLibraryIndex(state.index))
      tabs.wroteIndex()
    }
    state.indexDirty = false
    for (const key of state.removals.splice(0)) storage.removeItem(key)
    return { otherTab }
  } catch (error) {
    return { failure: storage ? classifyStorageError(error) : 'unavailable', otherTab }
  }
}
