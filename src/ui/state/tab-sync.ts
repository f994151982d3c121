import { LIBRARY_KEY, parseLibraryIndex, projectKey, selectionKey, type LibraryEntry, type LibraryIndex } from './library-format'
import { mergeLibraryIndex } from './merge-library-index'
import { recordProblem, type LibraryState, type LibraryStorage } from './read-library'

const copyOf = (index: LibraryIndex): LibraryIndex => ({ currentId: index.currentId, projects: index.projects.map((entry) => ({ ...entry })) })

/**
 * What this tab knows of storage, so that it never overwrites what another tab of the same browser wrote: the text of
 * each project record as this tab last read or wrote it, and the index as this tab last read or wrote it (the base of
 * a three-way merge with the index another tab stored).
 */
export function tabSync(storage: LibraryStorage | undefined, state: LibraryState) {
  const seen = new Map<string, string>()
  for (const [id, text] of state.texts) if (!state.writes.has(projectKey(id))) seen.set(id, text)
  const readStoredIndex = (): LibraryIndex | undefined => {
    const parsed = parseLibraryIndex(storage?.getItem(LIBRARY_KEY) ?? '')
    return 'index' in parsed ? parsed.index : undefined
  }
  let base: LibraryIndex = readStoredIndex() ?? { currentId: '', projects: [] }

  /** Reads a record another tab listed, and forgets those it deleted; returns the open project's entry if that was deleted. */
  function takeIndex(merged: LibraryIndex): LibraryEntry | undefined {
    const open = state.index.projects.find((entry) => entry.id === state.index.currentId)
    state.index = merged
    const listed = new Set(merged.projects.map((entry) => entry.id))
    for (const { id } of merged.projects) {
      if (state.texts.has(id) || state.writes.has(projectKey(id))) continue
      const text = storage?.getItem(projectKey(id)) ?? null
      if (text !== null) record(id, text)
      else state.problems.set(id, { kind: 'missing' })
      const selection = storage?.getItem(selectionKey(id)) ?? null
      if (selection !== null) state.selections.set(id, selection)
    }
    for (const id of [...state.texts.keys()]) {
      if (listed.has(id) || id === merged.currentId) continue
      state.texts.delete(id)
      state.problems.delete(id)
      state.selections.delete(id)
      seen.delete(id)
    }
    return listed.has(merged.currentId) ? undefined : open
  }

  /** Keeps a record's text as stored by another tab. */
  function record(id: string, text: string) {
    seen.set(id, text)
    state.texts.set(id, text)
    const problem = recordProblem(text)
    if (problem) state.problems.set(id, problem)
    else state.problems.delete(id)
  }

  /** Merge the index another tab stored since this tab's last read or write into this tab's; the open entry if it went. */
  function mergeStoredIndex(): LibraryEntry | undefined {
    const theirs = readStoredIndex()
    if (!theirs) return undefined
    const lost = takeIndex(mergeLibraryIndex(base, state.index, theirs))
    base = theirs
    return lost
  }

  return {
    record,
    /** The stored text of a record (null: deleted) when another tab changed it since this tab last read or wrote it. */
    changedElsewhere(id: string): { text: string | null } | undefined {
      const known = seen.get(id)
      if (known === undefined) return undefined
      const text = storage?.getItem(projectKey(id)) ?? null
      return text === known ? undefined : { text }
    },
    wrote: (id: string, text: string) => seen.set(id, text),
    forget: (id: string) => seen.delete(id),
    isKnown: (id: string, text: string) => seen.get(id) === text,
    /** Before this tab writes the index: merge what another tab stored since. */
    mergeStored: mergeStoredIndex,
    wroteIndex: () => {
      base = copyOf(state.index)
    },
    /**
     * Another tab stored the index (a storage event). What is stored now is read, not the event's value: an event can
     * arrive after this tab wrote a newer index, and its older list would look like deletions.
     */
    receivedIndex: mergeStoredIndex,
  }
}
