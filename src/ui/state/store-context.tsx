import { createContext, useContext, useMemo, type ReactNode } from 'react'
import { designerActions, type DesignerActions } from './designer-actions'
import { useDesignerState, type DesignerState, type DesignerStore } from './designer-store'

const StoreContext = createContext<DesignerStore | null>(null)

/** Makes the designer store available to every panel. */
export function StoreProvider({ store, children }: { store: DesignerStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>
}

/** The designer store of the nearest provider. */
export function useStore(): DesignerStore {
  const store = useContext(StoreContext)
  if (!store) throw new Error('useStore outside StoreProvider')
  return store
}

/** Select a slice of the designer state. */
export function useDesigner<T>(select: (state: DesignerState) => T): T {
  return useDesignerState(useStore(), select)
}

/** The store's actions, stable for the store's lifetime. */
export function useActions(): DesignerActions {
  const store = useStore()
  return useMemo(() => designerActions(store), [store])
}
