import { Button, Snackbar } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useLibrary, useLibraryView } from '../../state/library-context'

/** "Deleted project X — Undo" after a project is deleted. */
export function DeletedProjectSnackbar() {
  const { t } = useTranslation()
  const library = useLibrary()
  const { deleted } = useLibraryView()
  return (
    <Snackbar open={deleted !== undefined} autoHideDuration={10000} onClose={(_, reason) => reason !== 'clickaway' && library.forgetRemoved()}
      message={deleted ? t('projects.deleted', { name: deleted.name }) : ''}
      action={<Button color="inherit" onClick={library.undoRemove}>{t('projects.undo')}</Button>} />
  )
}
