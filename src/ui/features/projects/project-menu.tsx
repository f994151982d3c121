import { useState } from 'react'
import { Button, Divider, ListItemIcon, ListItemText, ListSubheader, Menu, MenuItem } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown'
import CheckIcon from '@mui/icons-material/Check'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import DeleteIcon from '@mui/icons-material/Delete'
import DownloadIcon from '@mui/icons-material/Download'
import EditIcon from '@mui/icons-material/Edit'
import ErrorIcon from '@mui/icons-material/Error'
import FolderIcon from '@mui/icons-material/Folder'
import { useTranslation } from 'react-i18next'
import { downloadText, toFileName } from '../../shared/browser-doorway'
import { useLibrary, useLibraryView } from '../../state/library-context'
import { useStore } from '../../state/store-context'
import { DeletedProjectSnackbar } from './deleted-project-snackbar'
import { downloadProjectFile } from './download-project-file'
import { LibraryAlerts } from './library-alerts'
import { OtherTabDialog } from './other-tab-dialog'
import { ProjectNameDialog } from './project-name-dialog'

type Naming = { kind: 'new' } | { kind: 'rename' }

/** The header's project menu: the open project's name, switching, new, rename, duplicate, delete; and what storage reports. */
export function ProjectMenu() {
  const { t } = useTranslation()
  const library = useLibrary()
  const store = useStore()
  const view = useLibraryView()
  const [anchor, setAnchor] = useState<HTMLElement>()
  const [naming, setNaming] = useState<Naming>()
  const close = () => setAnchor(undefined)
  const act = (action: () => void) => () => {
    close()
    action()
  }
  const others = view.projects.filter((entry) => naming?.kind === 'new' || entry.id !== view.currentId).map((entry) => entry.name)
  return (
    <>
      <Button color="inherit" startIcon={<FolderIcon />} endIcon={<ArrowDropDownIcon />} aria-haspopup="menu" aria-expanded={anchor !== undefined}
        aria-label={t('projects.button', { name: view.currentName })} onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', maxWidth: 260, '& .MuiButton-startIcon': { color: 'primary.main' } }}>
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{view.currentName}</span>
      </Button>
      <Menu anchorEl={anchor} open={anchor !== undefined} onClose={close} slotProps={{ list: { 'aria-label': t('projects.menu'), dense: true } }}>
        <ListSubheader>{t('projects.menu')}</ListSubheader>
        {view.projects.map((entry) => entry.problem ? (
          <MenuItem key={entry.id} onClick={act(() => downloadText(toFileName(entry.name, 'json'), library.savedText(entry.id) ?? '', 'application/json'))}>
            <ListItemIcon><ErrorIcon color="error" fontSize="small" /></ListItemIcon>
            <ListItemText primary={entry.name} secondary={t('projects.damagedItem')} />
          </MenuItem>
        ) : (
          <MenuItem key={entry.id} role="menuitemradio" aria-checked={entry.id === view.currentId} selected={entry.id === view.currentId}
            onClick={act(() => library.switchTo(entry.id))}>
            <ListItemIcon>{entry.id === view.currentId && <CheckIcon fontSize="small" />}</ListItemIcon>
            <ListItemText primary={entry.name} />
          </MenuItem>
        ))}
        <Divider />
        <MenuItem onClick={act(() => setNaming({ kind: 'new' }))}><ListItemIcon><AddIcon fontSize="small" /></ListItemIcon>{t('projects.new')}</MenuItem>
        <MenuItem onClick={act(() => setNaming({ kind: 'rename' }))}><ListItemIcon><EditIcon fontSize="small" /></ListItemIcon>{t('projects.rename')}</MenuItem>
        <MenuItem onClick={act(() => library.duplicate(view.currentId, t('projects.copyName', { name: view.currentName })))}>
          <ListItemIcon><ContentCopyIcon fontSize="small" /></ListItemIcon>{t('projects.duplicate')}
        </MenuItem>
        <MenuItem onClick={act(() => library.remove(view.currentId))}><ListItemIcon><DeleteIcon fontSize="small" /></ListItemIcon>{t('projects.delete')}</MenuItem>
        <MenuItem onClick={act(() => downloadProjectFile(view.currentName, store.getState().project))}>
          <ListItemIcon><DownloadIcon fontSize="small" /></ListItemIcon>{t('projects.download')}
        </MenuItem>
      </Menu>
      {naming && (
        <ProjectNameDialog others={others}
          title={naming.kind === 'new' ? t('projects.newTitle') : t('projects.renameTitle')}
          action={naming.kind === 'new' ? t('projects.create') : t('projects.save')}
          initial={naming.kind === 'new' ? t('projects.newName') : view.currentName}
          onCancel={() => setNaming(undefined)}
          onDone={(name) => {
            setNaming(undefined)
            if (naming.kind === 'new') library.create(name)
            else library.rename(view.currentId, name)
          }} />
      )}
      <DeletedProjectSnackbar />
      <LibraryAlerts />
      <OtherTabDialog />
    </>
  )
}
