import { lazy, Suspense, useState } from 'react'
import { IconButton, Tooltip } from '@mui/material'
import FolderZipIcon from '@mui/icons-material/FolderZip'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../../core'
import { jumpToIssue } from '../../shared/jump-to-issue'
import { useActions, useDesigner } from '../../state/store-context'

// The dialog, buildBundle and its README writer load on the first export, not with the page.
const BundleExportDialog = lazy(() => import('./bundle-export-dialog').then((m) => ({ default: m.BundleExportDialog })))

/** The header's Export bundle button and its dialog; a click on an error closes it and goes to the error's field. */
export function BundleExportControls() {
  const { t } = useTranslation()
  const actions = useActions()
  const [open, setOpen] = useState(false)
  // read only while the dialog is open: the header does not re-render on every edit
  const project = useDesigner((s) => (open ? s.project : undefined))
  const jump = (issue: Issue) => {
    setOpen(false)
    // the dialog lists as clickable only the issues that have a field, a NIC or a kept object to go to
    jumpToIssue(issue, actions, () => undefined)
  }
  return (
    <>
      <Tooltip title={t('bundleExport.button')}>
        <IconButton aria-label={t('bundleExport.button')} onClick={() => setOpen(true)}><FolderZipIcon /></IconButton>
      </Tooltip>
      {open && project && <Suspense fallback={null}><BundleExportDialog project={project} onJump={jump} onClose={() => setOpen(false)} /></Suspense>}
    </>
  )
}
