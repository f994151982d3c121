import { useEffect, useMemo, useState } from 'react'
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { IMPORT_LIMITS, type InputFile, type Issue, type NetworkStatusComparison, type Project } from '../../../core'
import { readFiles } from '../../shared/read-files'
import type { WorkerRun } from '../../shared/run-in-worker'
import { DriftReport } from './drift-report'
import { DriftSources } from './drift-sources'
import { runDrift } from './run-drift'

/** What the user gave to compare; kept while the dialog is closed, so a jump to the designer and back loses nothing. */
export interface DriftInput {
  files: InputFile[]
  refused: string[]
  pasted: string
}

interface Props {
  project: Project
  input: DriftInput
  onInput: (change: (before: DriftInput) => DriftInput) => void
  onSelectWorkload: (id: string) => void
  onPickIssue: (issue: Issue) => void
  onClose: () => void
}

/** Paste or drop `oc get pod(s) -o yaml` output from the device and see, per pod, how it differs from the design. */
export default function DriftDialog({ project, input, onInput, onSelectWorkload, onPickIssue, onClose }: Props) {
  const { t } = useTranslation()
  const addFiles = async (picked: File[]) => {
    const { read, tooLarge } = await readFiles(picked)
    const refused = tooLarge.map((file) => t('drift.tooLarge', { name: file.name, size: (file.size / 1024 / 1024).toFixed(1), limit: IMPORT_LIMITS.totalBytes / 1024 / 1024 }))
    onInput((before) => ({ ...before, refused: [...before.refused, ...refused],
      files: [...before.files.filter((file) => !read.some((next) => next.name === file.name)), ...read] }))
  }
  // Files and the paste are one stream of YAML documents (JSON is YAML), as `oc get` output concatenated would be.
  const text = useMemo(() => [...input.files.map((file) => file.text), input.pasted].filter((part) => part.trim() !== '').join('\n---\n'), [input])
  const [result, setResult] = useState<{ text: string; project: Project; run: WorkerRun<NetworkStatusComparison> }>()
  useEffect(() => {
    if (text === '') return
    let current = true
    const timer = setTimeout(() => void runDrift(project, text).then((run) => current && setResult({ text, project, run })), 300)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [project, text])
  const run = text !== '' && result?.text === text && result.project === project ? result.run : undefined
  const reading = text !== '' && run === undefined
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="drift-title">
      <DialogTitle id="drift-title">{t('drift.title')}</DialogTitle>
      {/* a file dropped anywhere here is for the comparison (not the page's import, nor opened by the browser) */}
      <DialogContent onDragOver={(event) => event.preventDefault()} onDrop={(event) => {
        event.preventDefault()
        void addFiles(Array.from(event.dataTransfer.files))
      }}>
        <Stack spacing={2}>
          <DriftSources project={project} files={input.files} refused={input.refused} pasted={input.pasted}
            onFiles={(picked) => void addFiles(picked)} onPaste={(pasted) => onInput((before) => ({ ...before, pasted }))}
            onRemove={(name) => onInput((before) => ({ ...before, files: before.files.filter((file) => file.name !== name) }))} />
          {reading && <LinearProgress aria-label={t('drift.reading')} />}
          {run && !run.ok && <Alert severity="error">{t(`drift.failed.${run.reason}`, { detail: run.detail ?? '' })}</Alert>}
          {run?.ok && <DriftReport comparison={run.value} workloads={project.workloads} onSelectWorkload={onSelectWorkload} onPickIssue={onPickIssue} />}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('drift.close')}</Button>
      </DialogActions>
    </Dialog>
  )
}
