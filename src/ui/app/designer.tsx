import { lazy, Suspense, useCallback, useMemo, useState } from 'react'
import { Box, CircularProgress, Divider, Paper, useMediaQuery } from '@mui/material'
import type { Theme } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import type { Issue, Project } from '../../core'
import { HostNicsEditor } from '../features/host-nics/host-nics-editor'
import { IssuesPanel } from '../features/issues/issues-panel'
import { jumpToIssue } from '../shared/jump-to-issue'
import { Navigator } from '../features/navigator/navigator'
import { PlatformEditor } from '../features/platform/platform-editor'
import { NETWORK_PRESETS } from '../features/network-wizard/network-presets'
import { newWorkload } from '../features/pods/new-workload'
import { TopologyOverview } from '../features/topology/topology-overview'
import { UpdatePrompt } from '../features/offline/update-prompt'
import { DeleteSnackbar } from '../features/history/delete-snackbar'
import { LibraryProvider } from '../state/library-context'
import { startProjectLibrary } from '../state/project-library'
import { newId } from '../state/new-id'
import { StoreProvider, useActions, useDesigner } from '../state/store-context'
import { PanelBoundary } from '../shared/panel-boundary'
import { i18n } from '../i18n/i18n'
import { AppHeader } from './app-header'
import { DIAGRAM_AREA_SX, MAIN_SX, PAGE_SX } from './layout'

// The inspector (forms, YAML, pods) and the wizard are loaded after the first paint.
const Inspector = lazy(() => import('./inspector').then((m) => ({ default: m.Inspector })))
const NetworkWizard = lazy(() => import('../features/network-wizard/network-wizard').then((m) => ({ default: m.NetworkWizard })))

function Loading() {
  return <Box sx={{ p: 3, display: 'flex', justifyContent: 'center' }}><CircularProgress size={24} aria-label="…" /></Box>
}

function Shell() {
  const { t } = useTranslation()
  const actions = useActions()
  // outside changes (undo, a YAML edit) reload the platform fields, as they do the forms
  const formRevision = useDesigner((s) => s.formRevision)
  const [wizardOpen, setWizardOpen] = useState(false)
  const openWizard = () => setWizardOpen(true)
  // the diagram's marks go to an issue as the issues list does and pick it there; a project-wide one (no field) shows its object
  const showIssue = useCallback((issue: Issue, orElse: () => void) => {
    actions.pickIssue(issue)
    jumpToIssue(issue, actions, orElse)
  }, [actions])
  // below 1200px the diagram has no room for the issues list under it: the list moves under the navigator
  const wide = useMediaQuery((theme: Theme) => theme.breakpoints.up('lg'))
  const issues = <PanelBoundary name={t('issuesPanel.panel')}><IssuesPanel /></PanelBoundary>
  const createWorkload = useMemo(
    () => (project: Project, name: string) => actions.createWorkload(newWorkload(newId('pod'), name, project.networks[0])),
    [actions],
  )
  return (
    <Box sx={PAGE_SX}>
      <AppHeader />
      <Box component="main" sx={MAIN_SX}>
        <Paper variant="outlined" sx={{ gridArea: 'nav', overflow: 'hidden', minHeight: 0 }}>
          <PanelBoundary name={t('nav.label')}>
            <Box sx={{ height: '100%', overflow: 'auto' }}>
              <Navigator onNewNetwork={openWizard} onNewWorkload={createWorkload} presets={NETWORK_PRESETS} />
              <Divider />
              <HostNicsEditor />
              <Divider />
              <PlatformEditor key={formRevision} />
              {!wide && <><Divider />{issues}</>}
            </Box>
          </PanelBoundary>
        </Paper>
        <Box sx={DIAGRAM_AREA_SX}>
          <Paper variant="outlined" component="section" aria-label={t('topology.title')} sx={{ overflow: 'hidden', minHeight: 0 }}>
            <PanelBoundary name={t('topology.title')}><TopologyOverview onShowIssue={showIssue} /></PanelBoundary>
          </Paper>
          {wide && <Paper variant="outlined" sx={{ overflow: 'hidden', minHeight: 0 }}>{issues}</Paper>}
        </Box>
        <Paper variant="outlined" component="section" aria-label={t('inspector.label')} sx={{ gridArea: 'inspector', overflow: 'auto', minHeight: 0 }}>
          <PanelBoundary name={t('inspector.label')}>
            <Suspense fallback={<Loading />}><Inspector onNewNetwork={openWizard} /></Suspense>
          </PanelBoundary>
        </Paper>
      </Box>
      <DeleteSnackbar />
      <UpdatePrompt />
      {wizardOpen && (
        <Suspense fallback={null}>
          <NetworkWizard open={wizardOpen} onClose={() => setWizardOpen(false)} />
        </Suspense>
      )}
    </Box>
  )
}

function storage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

function tabStorage(): Storage | undefined {
  try {
    return window.sessionStorage
  } catch {
    return undefined
  }
}

let page: ReturnType<typeof startProjectLibrary> | undefined

/** The projects of this page and the store of the open one, autosaved on every change and once more as the page goes. */
function pageLibrary() {
  if (!page) {
    const names = { first: i18n.t('projects.firstName'), recovered: i18n.t('projects.recoveredName') }
    page = startProjectLibrary(storage(), { names, newId: () => newId('project'), tabStorage: tabStorage() })
    window.addEventListener('pagehide', page.library.flush)
    // another tab of this browser wrote to the same storage: its projects and edits join this tab's
    const { library } = page
    window.addEventListener('storage', (event) => {
      if (event.storageArea === storage()) library.receive(event.key)
    })
  }
  return page
}

/** The designer itself, loaded right after the first paint: store, panels, and everything that needs the core. */
export default function Designer() {
  const { store, library } = pageLibrary()
  return (
    <LibraryProvider library={library}>
      <StoreProvider store={store}>
        <Shell />
      </StoreProvider>
    </LibraryProvider>
  )
}
