import { useEffect, useState } from 'react'
import { IconButton, Tooltip } from '@mui/material'
import FileOpenIcon from '@mui/icons-material/FileOpen'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../../core'
import { addImportedProject } from '../../state/project-edits'
import { useActions, useDesigner, useStore } from '../../state/store-context'
import { ImportDialog } from './import-dialog'
import { readFiles, type ReadFiles } from '../../shared/read-files'

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/** The header's Import button; files dropped anywhere on the page open the import with them. */
export function ImportControls() {
  const { t } = useTranslation()
  const actions = useActions()
  const store = useStore()
  const [open, setOpen] = useState<ReadFiles>()
  // read only while the dialog is open: the header does not re-render on every edit
  const project = useDesigner((s) => (open ? s.project : undefined))
  useEffect(() => {
    // without this a dropped file replaces the page (the browser opens it) and the design is gone from view
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault()
    }
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event) || event.defaultPrevented) return
      event.preventDefault()
      void readFiles(Array.from(event.dataTransfer?.files ?? [])).then(setOpen)
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [])
  const close = () => setOpen(undefined)
  const replace = (imported: Project) => {
    const { project } = store.getState()
    actions.replaceProject({ ...imported, hostNics: project.hostNics, platform: project.platform }, 'importReplace')
    close()
  }
  const add = (imported: Project) => {
    const { project } = store.getState()
    actions.replaceProject(addImportedProject(project, imported), 'importAdd')
    close()
  }
  return (
    <>
      <Tooltip title={t('import.button')}>
        <IconButton aria-label={t('import.button')} onClick={() => setOpen({ read: [], tooLarge: [] })}><FileOpenIcon /></IconButton>
      </Tooltip>
      {open && project && <ImportDialog current={project} initial={open} onAdd={add} onReplace={replace} onClose={close} />}
    </>
  )
}
