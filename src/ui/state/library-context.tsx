import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react'
import type { LibraryView, ProjectLibrary } from './project-library'

const LibraryContext = createContext<ProjectLibrary | null>(null)

/** Makes the page's project library available to the project menu and to whatever opens a project. */
export function LibraryProvider({ library, children }: { library: ProjectLibrary; children: ReactNode }) {
  return <LibraryContext.Provider value={library}>{children}</LibraryContext.Provider>
}

/** The project library of the nearest provider. */
export function useLibrary(): ProjectLibrary {
  const library = useContext(LibraryContext)
  if (!library) throw new Error('useLibrary outside LibraryProvider')
  return library
}

/** What the library shows: its projects, the open one, and whether the latest changes are stored. */
export function useLibraryView(): LibraryView {
  const library = useLibrary()
  return useSyncExternalStore(library.subscribe, library.getView, library.getView)
}
