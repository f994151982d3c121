import { useState } from 'react'
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { validateProjectName, type ProjectNameProblem } from './project-name'

interface ProjectNameDialogProps {
  title: string
  action: string
  initial: string
  /** names of the other projects */
  others: readonly string[]
  onDone: (name: string) => void
  onCancel: () => void
}

function problemText(problem: ProjectNameProblem, t: (key: string, params?: Record<string, unknown>) => string) {
  if (problem.code === 'empty') return t('projects.nameEmpty')
  if (problem.code === 'taken') return t('projects.nameTaken', { name: problem.name })
  return t('projects.nameTooLong', { max: problem.max })
}

/** Asks for a project name (new project, rename); a name that cannot be used says why and is not taken. */
export function ProjectNameDialog({ title, action, initial, others, onDone, onCancel }: ProjectNameDialogProps) {
  const { t } = useTranslation()
  const [name, setName] = useState(initial)
  const [tried, setTried] = useState(false)
  const problem = validateProjectName(name, others)
  const submit = () => {
    setTried(true)
    if (!problem) onDone(name.trim())
  }
  const shown = tried || name !== initial ? problem : undefined
  return (
    <Dialog open onClose={onCancel} maxWidth="xs" fullWidth aria-labelledby="project-name-title">
      <DialogTitle id="project-name-title">{title}</DialogTitle>
      <DialogContent>
        <TextField label={t('projects.name')} value={name} autoFocus fullWidth margin="dense"
          onChange={(event) => setName(event.target.value)} onFocus={(event) => event.target.select()}
          onKeyDown={(event) => event.key === 'Enter' && submit()}
          error={shown !== undefined} helperText={shown ? problemText(shown, t) : ' '} />
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{t('projects.cancel')}</Button>
        <Button variant="contained" onClick={submit}>{action}</Button>
      </DialogActions>
    </Dialog>
  )
}
