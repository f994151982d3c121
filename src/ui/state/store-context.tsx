import { createContext, startTransition, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
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

/**
 * A slice of the designer state that follows each change as a transition: a keystroke commits without rendering
 * this component at all, and React renders it afterwards, interruptibly (a further keystroke comes first). For views
 * derived from the whole project (diagram, issues, lists), which `useDeferredValue` would still re-render with the old
 * value inside every keystroke. `select` is read at each change; it should not depend on props that change.
 */
export function useDeferredDesigner<T>(select: (state: DesignerState) => T): T {
  const store = useStore()
  const [value, setValue] = useState(() => select(store.getState()))
  const latestSelect = useRef(select)
  useEffect(() => {
    latestSelect.current = select
  })
  useEffect(() => {
    const follow = () => {
      const next = latestSelect.current(store.getState())
      startTransition(() => setValue(() => next))
    }
    // a change between the first render and this subscription is not missed
    follow()
    return store.subscribe(follow)
  }, [store])
  return value
}
