import { List, ListItem, ListItemText } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { ImportedObject } from './read-import'

/** `file:line`, or as much of it as is known. */
export function where(file: string | undefined, line: number | undefined): string {
  return [file, line].filter((part) => part !== undefined).join(':')
}

/** Objects of the import, each with its file and line and what the designer makes of it. */
export function ImportObjectList({ objects, label }: { objects: readonly ImportedObject[]; label: string }) {
  const { t } = useTranslation()
  return (
    <List dense disablePadding aria-label={label} sx={{ maxHeight: 220, overflow: 'auto' }}>
      {objects.map((object) => {
        const details = [
          where(object.file, object.line),
          object.kind === 'workload' ? t('import.attachmentCount', { count: object.attachments }) : '',
          ...object.verbatim.map((part) => t(`import.verbatim.${part}`)),
        ]
        return (
          <ListItem key={object.id} disableGutters>
            <ListItemText primary={object.label} secondary={details.filter(Boolean).join(' · ')}
              slotProps={{ primary: { variant: 'body2', sx: { fontFamily: 'monospace' } }, secondary: { variant: 'caption' } }} />
          </ListItem>
        )
      })}
    </List>
  )
}
