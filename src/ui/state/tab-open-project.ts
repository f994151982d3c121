/** The part of Web Storage this needs (sessionStorage: one per tab, kept across reloads). */
export type TabStorage = Pick<Storage, 'getItem' | 'setItem'>

const TAB_OPEN_PROJECT_KEY = 'nad-designer.tab.open-project'

/**
 * Each tab remembers which project it has open, so that reloading a tab opens that project again, not the one another
 * tab opened last (the library's index keeps only one open project, the last writer's).
 */
export function tabOpenProject(storage: TabStorage | undefined) {
  return {
    remembered(): string | null {
      try {
        return storage?.getItem(TAB_OPEN_PROJECT_KEY) ?? null
      } catch {
        return null
      }
    },
    remember(id: string) {
      try {
        storage?.setItem(TAB_OPEN_PROJECT_KEY, id)
      } catch {
        // without sessionStorage a reload opens the project opened last in any tab, as before
      }
    },
  }
}
