import { useState } from 'react'
import { Box, List, ListItem, ListItemButton, ListItemText, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Bundle } from '../../../core'
import { CodeBlock } from '../../shared/code-block'

/** The bundle's files in kustomization order, and the contents of the one picked. */
export function BundleFileBrowser({ bundle }: { bundle: Bundle }) {
  const { t } = useTranslation()
  const [picked, setPicked] = useState(0)
  const index = Math.min(picked, bundle.files.length - 1)
  const file = bundle.files[index]
  const describe = (path: string, position: number): string => {
    const entry = bundle.entries[position]
    if (entry) {
      const object = `${entry.kind} ${entry.namespace === undefined ? '' : `${entry.namespace}/`}${entry.name}`
      return `${t(`bundleExport.role.${entry.source}`)} · ${object}`
    }
    return t(path === 'kustomization.yaml' ? 'bundleExport.role.kustomization' : 'bundleExport.role.readme')
  }
  return (
    <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ minHeight: 0 }}>
      <Box component="section" aria-labelledby="bundle-files-title" sx={{ width: { md: 360 }, flexShrink: 0 }}>
        <Typography id="bundle-files-title" variant="h3" component="h3" sx={{ mb: 0.5 }}>
          {t('bundleExport.files')} · {t('bundleExport.fileCount', { count: bundle.files.length })}
        </Typography>
        <List dense disablePadding aria-labelledby="bundle-files-title" sx={{ maxHeight: 420, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
          {bundle.files.map((candidate, position) => (
            <ListItem key={candidate.path} disablePadding>
              <ListItemButton selected={position === index} onClick={() => setPicked(position)} aria-current={position === index ? 'true' : undefined}>
                <ListItemText primary={candidate.path} secondary={describe(candidate.path, position)}
                  slotProps={{ primary: { variant: 'body2', sx: { fontFamily: 'monospace', overflowWrap: 'anywhere' } }, secondary: { variant: 'caption' } }} />
              </ListItemButton>
            </ListItem>
          ))}
        </List>
      </Box>
      {file && (
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="h3" component="h3" sx={{ mb: 0.5, fontFamily: 'monospace' }}>{file.path}</Typography>
          <CodeBlock text={file.text} label={t('bundleExport.preview', { file: file.path })} maxHeight={420} wrap={file.path === 'README.md'} />
        </Box>
      )}
    </Stack>
  )
}
