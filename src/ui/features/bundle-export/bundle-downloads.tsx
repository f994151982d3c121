import { useState } from 'react'
import { Button, Snackbar } from '@mui/material'
import ContentCopyIcon from '@mui/icons-material/ContentCopy'
import DownloadIcon from '@mui/icons-material/Download'
import FolderZipIcon from '@mui/icons-material/FolderZip'
import { useTranslation } from 'react-i18next'
import type { Bundle } from '../../../core'
import { copyText, downloadBlob, downloadText } from '../../shared/browser-doorway'
import { zipBundle } from './zip-bundle'

/** Copy or download the bundle as one YAML stream, or download its files as a zip; off while `disabled`. */
export function BundleDownloads({ bundle, disabled }: { bundle: Bundle; disabled: boolean }) {
  const { t } = useTranslation()
  const [message, setMessage] = useState<string>()
  const [zipping, setZipping] = useState(false)
  const copy = async () => setMessage(t((await copyText(bundle.yaml)) ? 'bundleExport.copied' : 'bundleExport.copyFailed'))
  const downloadYaml = () => {
    const file = `${bundle.name}.yaml`
    downloadText(file, bundle.yaml)
    setMessage(t('bundleExport.downloaded', { file }))
  }
  const downloadZip = async () => {
    setZipping(true)
    try {
      const file = `${bundle.name}.zip`
      downloadBlob(file, await zipBundle(bundle.name, bundle.files))
      setMessage(t('bundleExport.downloaded', { file }))
    } catch (error) {
      setMessage(t('bundleExport.zipFailed', { detail: (error as Error).message }))
    } finally {
      setZipping(false)
    }
  }
  return (
    <>
      <Button variant="outlined" startIcon={<ContentCopyIcon />} disabled={disabled} onClick={() => void copy()}>{t('bundleExport.copyYaml')}</Button>
      <Button variant="outlined" startIcon={<DownloadIcon />} disabled={disabled} onClick={downloadYaml}>{t('bundleExport.downloadYaml')}</Button>
      <Button variant="contained" startIcon={<FolderZipIcon />} disabled={disabled || zipping} onClick={() => void downloadZip()}>
        {zipping ? t('bundleExport.zipping') : t('bundleExport.downloadZip')}
      </Button>
      <Snackbar open={message !== undefined} autoHideDuration={3000} onClose={() => setMessage(undefined)} message={message}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} />
    </>
  )
}
