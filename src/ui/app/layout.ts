import type { SxProps, Theme } from '@mui/material/styles'

/** The page: header over the panels, filling the window. */
export const PAGE_SX: SxProps<Theme> = { height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }

/**
 * navigator | diagram (the main view) | inspector on wide screens; below 1200px the diagram sits over the inspector,
 * and on a phone everything stacks and the page scrolls.
 */
export const MAIN_SX: SxProps<Theme> = {
  flex: 1, minHeight: 0, display: 'grid', gap: 1, p: 1, overflow: { xs: 'auto', md: 'hidden' },
  gridTemplateAreas: { xs: '"nav" "diagram" "inspector"', md: '"nav diagram" "nav inspector"', lg: '"nav diagram inspector"' },
  gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: '260px minmax(0, 1fr)', lg: '260px minmax(0, 1.5fr) minmax(400px, 1fr)', xl: '280px minmax(0, 1.8fr) minmax(520px, 1fr)' },
  gridTemplateRows: { xs: 'auto 70vh auto', md: 'minmax(0, 1.2fr) minmax(0, 1fr)', lg: 'minmax(0, 1fr)' },
}

/** The diagram over the issues list (wide screens, where the list has no place under the navigator). */
export const DIAGRAM_AREA_SX: SxProps<Theme> = {
  gridArea: 'diagram', minHeight: 0, display: 'grid', gap: 1,
  gridTemplateRows: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(120px, 1fr)' },
}

/** The inspector's two columns (form | output) once it is wide enough, whatever the window size. */
export const INSPECTOR_COLUMNS_SX: SxProps<Theme> = {
  display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: 'minmax(0, 1fr)',
  '@container (min-width: 720px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
}

/** A workload's form | outputs: the outputs (annotation, interfaces, manifests) get the wider share. */
export const WORKLOAD_COLUMNS_SX: SxProps<Theme> = {
  display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: 'minmax(0, 1fr)',
  '@container (min-width: 880px)': { gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 3fr)' },
}
