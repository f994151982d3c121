import { useState } from 'react'
import { Button, Snackbar } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Step, StepKind } from '../../state/history'
import { useActions, useDesigner } from '../../state/store-context'
import { useStepText } from './step-text'

/** Steps that take something away: the snackbar offers to bring it back. */
const DELETES: ReadonlySet<StepKind> = new Set(['deleteNetwork', 'deleteWorkload', 'detach', 'deleteItems', 'removePassThrough'])

/** "Deleted X — Undo" after any delete, wherever it was made; its Undo undoes that step through the history. */
export function DeleteSnackbar() {
  const { t } = useTranslation()
  const actions = useActions()
  const deletedText = useStepText('deleted')
  const last = useDesigner((s) => s.history.past.at(-1))
  const [seen, setSeen] = useState(last?.id)
  // the step stays while the snackbar slides out, so its text does not vanish mid-transition
  const [shown, setShown] = useState<{ step: Step; open: boolean }>()
  // a new last step: a delete opens the snackbar, anything else (an edit, an undo) closes it
  if (last?.id !== seen) {
    setSeen(last?.id)
    setShown(last && DELETES.has(last.label.kind) ? { step: last, open: true } : shown && { ...shown, open: false })
  }
  return (
    <Snackbar open={shown?.open === true} autoHideDuration={8000}
      onClose={(_, reason) => reason !== 'clickaway' && setShown(shown && { ...shown, open: false })}
      message={shown ? deletedText(shown.step.label) : ''}
      action={<Button color="inherit" onClick={() => shown && actions.undo(shown.step.id)}>{t('history.undo')}</Button>} />
  )
}
