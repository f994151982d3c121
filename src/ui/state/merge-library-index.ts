import { uniqueName, type LibraryEntry, type LibraryIndex } from './library-format'

/**
 * Joins this tab's index with the one another tab stored, both grown from `base` (what this tab last read or wrote):
 * their additions, renames and deletions are kept, and so are this tab's. A project both renamed takes this tab's name; a
 * project this tab added keeps its place after the project it followed here, renamed if the other tab took its name.
 * The open project (`currentId`) is this tab's.
 */
export function mergeLibraryIndex(base: LibraryIndex, mine: LibraryIndex, theirs: LibraryIndex): LibraryIndex {
  const baseNames = new Map(base.projects.map((entry) => [entry.id, entry.name]))
  const mineById = new Map(mine.projects.map((entry) => [entry.id, entry]))
  const removedHere = (id: string) => baseNames.has(id) && !mineById.has(id)
  const projects: LibraryEntry[] = theirs.projects.filter((entry) => !removedHere(entry.id)).map((entry) => {
    const here = mineById.get(entry.id)
    const renamedHere = here !== undefined && baseNames.has(entry.id) && here.name !== baseNames.get(entry.id)
    return renamedHere ? { ...entry, name: here.name } : entry
  })
  const listed = new Set(projects.map((entry) => entry.id))
  mine.projects.forEach((entry, position) => {
    if (baseNames.has(entry.id) || listed.has(entry.id)) return
    const before = mine.projects[position - 1]
    const after = before ? projects.findIndex((other) => other.id === before.id) + 1 : 0
    const others = projects.filter((other) => other.id !== entry.id)
    projects.splice(after > 0 || !before ? after : projects.length, 0, { id: entry.id, name: uniqueName(entry.name, others) })
    listed.add(entry.id)
  })
  return { currentId: mine.currentId, projects }
}
