import { lazy, Suspense, useState } from 'react'
import { IconButton, Tooltip } from '@mui/material'
import CompareArrowsIcon from '@mui/icons-material/CompareArrows'
import { useTranslation } from 'react-i18next'
import type { Issue } from '../../../core'
import { useActions, useDesigner } from '../../state/store-context'
import type { DriftInput } from './drift-dialog'

// The report and its worker are loaded when first asked for.
const DriftDialog = lazy(() => import('./drift-dialog'))

/** The header's "Compare with the device" button; what was pasted stays while the user looks at the designer. */
export function DriftControls() {
  const { t } = useTranslation()
  const actions = useActions()
  const [open, setOpen] = useState(false)
  // read only while the dialog is open: the header does not re-render on every edit
  const project = useDesigner((s) => (open ? s.project : undefined))
  const [input, setInput] = useState<DriftInput>({ files: [], refused: [], pasted: '' })
  const close = () => setOpen(false)
  const selectWorkload = (id: string) => {
    actions.select({ kind: 'workload', id })
    close()
  }
  const pickIssue = (issue: Issue) => {
    if (issue.target.kind === 'workload') actions.focusField({ kind: 'workload', id: issue.target.id }, issue.field)
    close()
  }
  return (
    <>
      <Tooltip title={t('drift.button')}>
        <IconButton aria-label={t('drift.button')} onClick={() => setOpen(true)}><CompareArrowsIcon /></IconButton>
      </Tooltip>
      {open && project && (
        <Suspense fallback={null}>
          <DriftDialog project={project} input={input} onInput={setInput} onSelectWorkload={selectWorkload} onPickIssue={pickIssue} onClose={close} />
        </Suspense>
      )}
    </>
  )
}
