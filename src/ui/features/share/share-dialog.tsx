import { useEffect, useRef, useState } from 'react'
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, TextField, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { parseProjectFile, serializeProjectFile, type Project } from '../../../core'
import { copyText, downloadText } from '../../shared/browser-doorway'
import { buildShareLink, MAX_SHARE_LINK_LENGTH } from './share-link'
import type { ProjectOffer } from './project-offer'

export const PROJECT_FILE_NAME = 'nad-designer-project.json'

interface ShareDialogProps {
  project: Project
  onClose: () => void
  /** A project file the user opened: offered for replacing the current project, as a link is. */
  onOpenFile: (offer: ProjectOffer) => void
}

/** Share the project as a link (the whole project in the URL fragment, no server) or carry it as a file. */
export function ShareDialog({ project, onClose, onOpenFile }: ShareDialogProps) {
  const { t } = useTranslation()
  const [link, setLink] = useState<string>()
  const [copied, setCopied] = useState<boolean>()
  const fileInput = useRef<HTMLInputElement>(null)
  useEffect(() => {
    let current = true
    void buildShareLink(project, window.location.href).then((built) => current && setLink(built))
    return () => {
      current = false
    }
  }, [project])
  const tooLong = link !== undefined && link.length > MAX_SHARE_LINK_LENGTH
  const openFile = async (file: File | undefined) => {
    if (!file) return
    const read = parseProjectFile(await file.text())
    onOpenFile(read.project ? { ok: true, source: 'file', project: read.project, issues: read.issues }
      : { ok: false, source: 'file', reason: 'not-a-project', issues: read.issues })
  }
  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="share-title">
      <DialogTitle id="share-title">{t('share.title')}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">{t('share.linkHelp')}</Typography>
          {link === undefined && <Typography variant="body2">{t('share.building')}</Typography>}
          {link !== undefined && !tooLong && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <TextField label={t('share.link')} value={link} size="small" fullWidth slotProps={{ htmlInput: { readOnly: true } }}
                onFocus={(event) => event.target.select()} />
              <Button variant="contained" sx={{ flexShrink: 0 }} onClick={() => void copyText(link).then(setCopied)}>{t('share.copy')}</Button>
            </Stack>
          )}
          {copied === true && <Alert severity="success" role="status">{t('share.copied')}</Alert>}
          {copied === false && <Alert severity="error">{t('copy.failed')}</Alert>}
          {tooLong && (
            <Alert severity="warning">{t('share.tooLong', { length: link.length.toLocaleString(), limit: MAX_SHARE_LINK_LENGTH.toLocaleString() })}</Alert>
          )}
          <Typography variant="body2" color="text.secondary">{t('share.fileHelp')}</Typography>
          <Stack direction="row" spacing={1}>
            <Button variant={tooLong ? 'contained' : 'outlined'}
              onClick={() => downloadText(PROJECT_FILE_NAME, serializeProjectFile(project), 'application/json')}>
              {t('share.downloadFile')}
            </Button>
            <Button variant="outlined" onClick={() => fileInput.current?.click()}>{t('share.openFile')}</Button>
            <input ref={fileInput} type="file" accept=".json,application/json" hidden aria-label={t('share.openFile')}
              onChange={(event) => {
                void openFile(event.target.files?.[0])
                event.target.value = ''
              }} />
          </Stack>
        </Stack>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{t('share.close')}</Button></DialogActions>
    </Dialog>
  )
}
