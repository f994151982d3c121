import type { SxProps, Theme } from '@mui/material/styles'

/** The page: header over the panels, filling the window. */
export const PAGE_SX: SxProps<Theme> = { height: '100vh', display: 'flex', flexDirection: 'column', bgcolor: 'background.default' }

/** navigator | topology + issues | inspector; room for the topology canvas and project actions to come. */
export const MAIN_SX: SxProps<Theme> = {
  flex: 1, minHeight: 0, display: 'grid', gap: 1, p: 1,
  gridTemplateColumns: { xs: '1fr', md: '260px minmax(0, 1fr)', lg: '250px 240px minmax(0, 1fr)', xl: '280px minmax(260px, 0.9fr) minmax(0, 2.6fr)' },
  gridTemplateRows: { xs: 'auto', md: 'minmax(0, 1fr)' },
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
