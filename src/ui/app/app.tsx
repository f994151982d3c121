import { lazy, Suspense } from 'react'
import { CssBaseline } from '@mui/material'
import { ThemeProvider } from '@mui/material/styles'
import { I18nextProvider } from 'react-i18next'
import { i18n } from '../i18n/i18n'
import { PanelBoundary } from '../shared/panel-boundary'
import { ShellSkeleton } from './shell-skeleton'
import { theme } from './theme'

// Everything that needs the core (validation, YAML) is a separate chunk: the frame paints first.
const loadDesigner = () => import('./designer')
const Designer = lazy(loadDesigner)

/** Theme and language around the designer, with a skeleton of the page while it loads. */
export function App() {
  return (
    <ThemeProvider theme={theme} defaultMode="system">
      <CssBaseline enableColorScheme />
      <I18nextProvider i18n={i18n}>
        <PanelBoundary name="NAD Designer">
          <Suspense fallback={<ShellSkeleton />}>
            <Designer />
          </Suspense>
        </PanelBoundary>
      </I18nextProvider>
    </ThemeProvider>
  )
}

/** Start fetching the designer before React renders. */
export function preloadDesigner() {
  void loadDesigner()
}
