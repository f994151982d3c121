import { useRef, useState } from 'react'
import { Box, Button, Chip, Stack, TextField, Typography } from '@mui/material'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import { useTranslation } from 'react-i18next'
import { IMPORT_LIMITS, type InputFile, type Project } from '../../../core'
import { CommandLine } from '../../shared/command-line'
import { buildDriftCommands } from './drift-commands'

interface Props {
  project: Project
  files: InputFile[]
  refused: string[]
  pasted: string
  /** Files picked; files dropped anywhere on the dialog are taken by the dialog itself. */
  onFiles: (files: File[]) => void
  onPaste: (text: string) => void
  onRemove: (name: string) => void
}

/** The commands to run on the device, then where their output comes in: a file picked or dropped, or text pasted. */
export function DriftSources({ project, files, refused, pasted, onFiles, onPaste, onRemove }: Props) {
  const { t } = useTranslation()
  const picker = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  return (
    <Stack spacing={1.5}>
      <Typography variant="body2">{t('drift.intro')}</Typography>
      <Stack spacing={0.75} component="section" aria-label={t('drift.commands')}>
        <Typography variant="subtitle2" component="h3">{t('drift.commands')}</Typography>
        {buildDriftCommands(project).map(({ command, what, namespace }) => (
          <CommandLine key={command} command={command} caption={t(`drift.command.${what}`, { namespace })} />
        ))}
      </Stack>
      <Box onDragOver={(event) => { event.preventDefault(); setOver(true) }} onDragLeave={() => setOver(false)} onDrop={() => setOver(false)}
        sx={{ border: 2, borderStyle: 'dashed', borderColor: over ? 'primary.main' : 'divider', borderRadius: 1, p: 1.5, textAlign: 'center' }}>
        <Typography variant="body2" component="span" sx={{ mr: 1 }}>{t('drift.drop')}</Typography>
        <Button size="small" variant="outlined" startIcon={<UploadFileIcon />} onClick={() => picker.current?.click()}>{t('drift.pick')}</Button>
        <input ref={picker} type="file" multiple hidden accept=".yaml,.yml,.json,text/yaml,application/json,text/plain"
          aria-label={t('drift.pick')} onChange={(event) => {
            onFiles(Array.from(event.target.files ?? []))
            event.target.value = ''
          }} />
      </Box>
      {(files.length > 0 || refused.length > 0) && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} aria-label={t('drift.files')}>
          {files.map((file) => <Chip key={file.name} label={file.name} onDelete={() => onRemove(file.name)} />)}
          {refused.map((message) => <Chip key={message} color="error" variant="outlined" label={message} />)}
        </Stack>
      )}
      <TextField label={t('drift.paste')} value={pasted} onChange={(event) => onPaste(event.target.value)} multiline minRows={4} maxRows={10}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
        helperText={t('drift.limits', { size: IMPORT_LIMITS.totalBytes / 1024 / 1024 })} />
    </Stack>
  )
}
