import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { loadSavedProject, startAutosave } from './state/autosave'
import { createDesignerStore } from './state/designer-store'

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

const store = createDesignerStore({ project: loadSavedProject(storage()), selection: { kind: 'none' }, formRevision: 0 })
startAutosave(store, storage())

const root = document.getElementById('root')
if (root) createRoot(root).render(<StrictMode><App store={store} /></StrictMode>)
