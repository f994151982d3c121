import { useCallback, useEffect, useMemo, useState } from 'react'
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { IMPORT_LIMITS, type InputFile, type Project } from '../../../core'
import { ImportPreview } from './import-preview'
import { ImportSources } from './import-sources'
import { readFiles, type ReadFiles } from '../../shared/read-files'
import { runImport, type ImportRun } from './run-import'

interface ImportDialogProps {
  current: Project
  /** Files dropped on the page before the dialog opened. */
  initial: ReadFiles
  onAdd: (imported: Project) => void
  onReplace: (imported: Project) => void
  onClose: () => void
}

/** Paste, pick or drop YAML; see what it holds and what is wrong; then add it to the project or replace the project. */
export function ImportDialog({ current, initial, onAdd, onReplace, onClose }: ImportDialogProps) {
  const { t } = useTranslation()
  const tooLargeText = useCallback((tooLarge: ReadFiles['tooLarge']) => tooLarge.map((file) =>
    t('import.tooLarge', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1), limit: IMPORT_LIMITS.totalBytes / 1024 / 1024 })), [t])
  const [files, setFiles] = useState<InputFile[]>(initial.read)
  const [refused, setRefused] = useState<string[]>(() => tooLargeText(initial.tooLarge))
  const [pasted, setPasted] = useState('')
  const addFiles = async (picked: File[]) => {
    const { read, tooLarge } = await readFiles(picked)
    setRefused((before) => [...before, ...tooLargeText(tooLarge)])
    // a file picked again replaces the earlier copy of the same name
    setFiles((before) => [...before.filter((file) => !read.some((next) => next.name === file.name)), ...read])
  }
  // pasted text reads as one more file, named in the user's language (findings and kept objects cite it by that name)
  const pastedName = t('import.pastedSource')
  const sources = useMemo(() => (pasted.trim() === '' ? files : [...files, { name: pastedName, text: pasted }]), [files, pasted, pastedName])
  // the result of reading one exact list of sources; any other list is still being read
  const [result, setResult] = useState<{ sources: InputFile[]; run: ImportRun }>()
  useEffect(() => {
    if (sources.length === 0) return
    let current = true
    const timer = setTimeout(() => void runImport(sources).then((run) => current && setResult({ sources, run })), 300)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [sources])
  const run = sources.length > 0 && result?.sources === sources ? result.run : undefined
  const reading = sources.length > 0 && run === undefined
  const summary = run?.ok ? run.summary : undefined
  const usable = !reading && summary !== undefined && summary.objects.length > 0
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="import-title">
      <DialogTitle id="import-title">{t('import.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <ImportSources files={files} pasted={pasted} refused={refused} onFiles={(picked) => void addFiles(picked)} onPaste={setPasted}
            onRemove={(name) => setFiles((before) => before.filter((file) => file.name !== name))} />
          {reading && <LinearProgress aria-label={t('import.reading')} />}
          {run && !run.ok && <Alert severity="error">{t(`import.failed.${run.reason}`, { detail: run.detail ?? '' })}</Alert>}
          {summary && <ImportPreview summary={summary} />}
          {usable && <Alert severity="info">{t('import.nothingChangesYet', { networks: current.networks.length, workloads: current.workloads.length })}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('import.cancel')}</Button>
        <Button disabled={!usable} onClick={() => summary && onReplace(summary.project)}>{t('import.replace')}</Button>
        <Button variant="contained" disabled={!usable} onClick={() => summary && onAdd(summary.project)}>{t('import.add')}</Button>
      </DialogActions>
    </Dialog>
  )
}
