import { useEffect, useState } from 'react'
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, Stack, TextField, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { HostNic, IpJsonReading } from '../../../core'
import { CommandLine } from '../../shared/command-line'
import type { WorkerRun } from '../../shared/run-in-worker'
import { mergeHostNics } from './merge-host-nics'
import { NicReadingPreview } from './nic-reading-preview'
import { runIpJson } from './run-ip-json'

/** The command whose output the dialog reads; addr carries each link's MTU too, route tells the primary NIC. */
export const IP_JSON_COMMAND = 'ip -j addr; ip -j route'

interface Props {
  current: HostNic[]
  onApply: (nics: HostNic[]) => void
  onClose: () => void
}

/** Paste `ip -j` output from the device, see the NICs it lists, then replace the node's NICs with them or merge them in. */
export default function ReadDeviceDialog({ current, onApply, onClose }: Props) {
  const { t } = useTranslation()
  const [text, setText] = useState('')
  const [result, setResult] = useState<{ text: string; run: WorkerRun<IpJsonReading> }>()
  useEffect(() => {
    if (text.trim() === '') return
    let live = true
    // `current` is read once per text: the NICs do not change while this dialog is open.
    const timer = setTimeout(() => void runIpJson(text, current).then((run) => live && setResult({ text, run })), 300)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [text, current])
  const run = text.trim() !== '' && result?.text === text ? result.run : undefined
  const reading = run?.ok ? run.value : undefined
  const usable = reading !== undefined && reading.nics.length > 0
  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby="read-device-title">
      <DialogTitle id="read-device-title">{t('nics.read.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2">{t('nics.read.intro')}</Typography>
          <CommandLine command={IP_JSON_COMMAND} caption={t('nics.read.command')} />
          <TextField label={t('nics.read.paste')} value={text} onChange={(event) => setText(event.target.value)} multiline minRows={4} maxRows={10}
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }} />
          {text.trim() !== '' && run === undefined && <LinearProgress aria-label={t('nics.read.reading')} />}
          {run && !run.ok && <Alert severity="error">{t(`nics.read.failed.${run.reason}`, { detail: run.detail ?? '' })}</Alert>}
          {reading && <NicReadingPreview reading={reading} />}
          {usable && <Alert severity="info">{t('nics.read.current', { count: current.length })} {t('nics.read.mergeHelp')}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('nics.read.cancel')}</Button>
        <Button disabled={!usable} onClick={() => reading && onApply(reading.nics)}>{t('nics.read.replace')}</Button>
        <Button variant="contained" disabled={!usable} onClick={() => reading && onApply(mergeHostNics(current, reading.nics))}>{t('nics.read.merge')}</Button>
      </DialogActions>
    </Dialog>
  )
}
