import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, preloadDesigner } from './app/app'
import { startLanguage } from './i18n/i18n'

preloadDesigner()
void startLanguage()

const root = document.getElementById('root')
if (root) createRoot(root).render(<StrictMode><App /></StrictMode>)
