import { Button, Snackbar } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useActions, useDesigner } from '../state/store-context'

/** "Deleted X — Undo" after any delete, wherever it was clicked. */
export function UndoSnackbar() {
  const { t } = useTranslation()
  const actions = useActions()
  const undo = useDesigner((s) => s.undo)
  return (
    <Snackbar open={undo !== undefined} autoHideDuration={8000} onClose={(_, reason) => reason !== 'clickaway' && actions.forgetUndo()}
      message={undo ? t('nav.deleted', { name: undo.name }) : ''}
      action={<Button color="inherit" onClick={actions.undoDelete}>{t('nav.undo')}</Button>} />
  )
}
