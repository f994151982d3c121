import { useDeferredValue, useMemo, useState } from 'react'
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { buildBundle, type Issue, type Project } from '../../../core'
import { projectIssues } from '../../state/derived'
import { BundleDownloads } from './bundle-downloads'
import { BundleFileBrowser } from './bundle-file-browser'
import { BundleProblems } from './bundle-problems'

interface Props {
  project: Project
  /** Close the dialog and go to the field an error is about. */
  onJump: (issue: Issue) => void
  onClose: () => void
}

/** The bundle's files in apply order with a preview of each; errors listed (and blocking) before anything goes out. */
export function BundleExportDialog({ project, onJump, onClose }: Props) {
  const { t, i18n } = useTranslation()
  const [nameInput, setNameInput] = useState('nad-designer')
  const name = useDeferredValue(nameInput)
  const bundle = useMemo(() => buildBundle(project, { name }), [project, name])
  const warnings = useMemo(() => projectIssues(project).filter((issue) => issue.severity === 'warning'), [project])
  const empty = bundle.entries.length === 0
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="bundle-export-title">
      <DialogTitle id="bundle-export-title">{t('bundleExport.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">{t('bundleExport.intro')}</Typography>
          <BundleProblems project={project} errors={bundle.blockingErrors} warnings={warnings} onJump={onJump} />
          {empty ? <Alert severity="info">{t('bundleExport.empty')}</Alert> : (
            <>
              <TextField label={t('bundleExport.name')} value={nameInput} onChange={(event) => setNameInput(event.target.value)} size="small"
                helperText={t('bundleExport.nameHelp', { name: bundle.name })} slotProps={{ htmlInput: { spellCheck: false } }} sx={{ maxWidth: 480 }} />
              <BundleFileBrowser bundle={bundle} />
              {i18n.language.startsWith('ja') && <Typography variant="caption" color="text.secondary">{t('bundleExport.readmeLanguage')}</Typography>}
            </>
          )}
        </Stack>
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <BundleDownloads bundle={bundle} disabled={empty || bundle.blockingErrors.length > 0} />
        <Button onClick={onClose}>{t('bundleExport.close')}</Button>
      </DialogActions>
    </Dialog>
  )
}
