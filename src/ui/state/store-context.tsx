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
 *
 * With `settleMs`, a change that comes within `settleMs` of the one before waits until the slice has stayed the same
 * for `settleMs`: a lone edit shows at once, a run of keystrokes once typing pauses (for views whose every update
 * costs the page, such as the diagram).
 */
export function useDeferredDesigner<T>(select: (state: DesignerState) => T, settleMs = 0): T {
  const store = useStore()
  const [value, setValue] = useState(() => select(store.getState()))
  const latestSelect = useRef(select)
  const shown = useRef(value)
  useEffect(() => {
    latestSelect.current = select
  })
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    let lastChange = Number.NEGATIVE_INFINITY
    const show = (next: T) => {
      shown.current = next
      startTransition(() => setValue(() => next))
    }
    const follow = () => {
      const next = latestSelect.current(store.getState())
      clearTimeout(timer)
      timer = undefined
      if (Object.is(next, shown.current)) return
      const now = performance.now()
      const settled = now - lastChange >= settleMs
      lastChange = now
      if (settled) show(next)
      else timer = setTimeout(() => show(latestSelect.current(store.getState())), settleMs)
    }
    // a change between the first render and this subscription is not missed
    follow()
    const unsubscribe = store.subscribe(follow)
    return () => {
      clearTimeout(timer)
      unsubscribe()
    }
  }, [store, settleMs])
  return value
}
