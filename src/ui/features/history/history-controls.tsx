import { Box, IconButton, Stack, Tooltip } from '@mui/material'
import RedoIcon from '@mui/icons-material/Redo'
import UndoIcon from '@mui/icons-material/Undo'
import { useTranslation } from 'react-i18next'
import type { Step } from '../../state/history'
import { useActions, useDesigner } from '../../state/store-context'
import { useHistoryShortcuts } from './history-shortcuts'
import { shortcutKeys, useStepText } from './step-text'

const KEYS = shortcutKeys(typeof navigator === 'undefined' ? '' : navigator.platform || navigator.userAgent)

interface ButtonProps {
  command: 'undo' | 'redo'
  step: Step | undefined
  onClick: () => void
}

/** One header button: disabled with nothing to do, its tooltip (and accessible description) naming the step and the keys. */
function HistoryButton({ command, step, onClick }: ButtonProps) {
  const { t } = useTranslation()
  const stepText = useStepText()
  const description = step
    ? t('history.withKeys', { action: t(`history.${command}Step`, { step: stepText(step.label) }), keys: KEYS[command] })
    : t(command === 'undo' ? 'history.nothingToUndo' : 'history.nothingToRedo')
  const descriptionId = `history-${command}-step`
  return (
    <Tooltip title={description} describeChild>
      {/* a disabled button gets no pointer events: the span keeps the tooltip working */}
      <span>
        <IconButton aria-label={t(`history.${command}`)} aria-describedby={descriptionId} disabled={!step} onClick={onClick}>
          {command === 'undo' ? <UndoIcon /> : <RedoIcon />}
        </IconButton>
        <Box component="span" id={descriptionId} hidden>{description}</Box>
      </span>
    </Tooltip>
  )
}

/** Undo and Redo in the header, and their keyboard shortcuts. */
export function HistoryControls() {
  const { t } = useTranslation()
  const actions = useActions()
  const undo = useDesigner((s) => s.history.past.at(-1))
  const redo = useDesigner((s) => s.history.future.at(-1))
  useHistoryShortcuts((command) => (command === 'undo' ? actions.undo() : actions.redo()))
  return (
    <Stack direction="row" role="group" aria-label={t('history.group')}>
      <HistoryButton command="undo" step={undo} onClick={() => actions.undo()} />
      <HistoryButton command="redo" step={redo} onClick={() => actions.redo()} />
    </Stack>
  )
}
