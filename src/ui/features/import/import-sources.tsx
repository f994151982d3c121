import { useRef, useState, type DragEvent } from 'react'
import { Box, Button, Chip, Stack, TextField, Typography } from '@mui/material'
import UploadFileIcon from '@mui/icons-material/UploadFile'
import { useTranslation } from 'react-i18next'
import { IMPORT_LIMITS, type InputFile } from '../../../core'

interface ImportSourcesProps {
  files: InputFile[]
  pasted: string
  refused: string[]
  onFiles: (files: File[]) => void
  onPaste: (text: string) => void
  onRemove: (name: string) => void
}

/** Where the YAML comes from: files picked or dropped (several at once) and text pasted. */
export function ImportSources({ files, pasted, refused, onFiles, onPaste, onRemove }: ImportSourcesProps) {
  const { t } = useTranslation()
  const picker = useRef<HTMLInputElement>(null)
  const [over, setOver] = useState(false)
  const drop = (event: DragEvent) => {
    event.preventDefault()
    setOver(false)
    onFiles(Array.from(event.dataTransfer.files))
  }
  return (
    <Stack spacing={1.5}>
      <Box onDragOver={(event) => { event.preventDefault(); setOver(true) }} onDragLeave={() => setOver(false)} onDrop={drop}
        data-testid="import-drop-zone"
        sx={{ border: 2, borderStyle: 'dashed', borderColor: over ? 'primary.main' : 'divider', borderRadius: 1, p: 2, textAlign: 'center' }}>
        <Typography variant="body2" sx={{ mb: 1 }}>{t('import.drop')}</Typography>
        <Button variant="outlined" startIcon={<UploadFileIcon />} onClick={() => picker.current?.click()}>{t('import.pick')}</Button>
        <input ref={picker} type="file" multiple hidden accept=".yaml,.yml,.json,text/yaml,application/json,text/plain"
          aria-label={t('import.pick')} onChange={(event) => {
            onFiles(Array.from(event.target.files ?? []))
            event.target.value = ''
          }} />
      </Box>
      {(files.length > 0 || refused.length > 0) && (
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} aria-label={t('import.files')}>
          {files.map((file) => (
            <Chip key={file.name} label={`${file.name} · ${t('import.size', { size: (file.text.length / 1024).toFixed(1) })}`}
              onDelete={() => onRemove(file.name)} />
          ))}
          {refused.map((message) => <Chip key={message} color="error" variant="outlined" label={message} />)}
        </Stack>
      )}
      <TextField label={t('import.paste')} value={pasted} onChange={(event) => onPaste(event.target.value)} multiline minRows={4} maxRows={12}
        slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
        helperText={t('import.limits', { size: IMPORT_LIMITS.totalBytes / 1024 / 1024 })} />
    </Stack>
  )
}
