import { useMemo } from 'react'
import { Badge, Box, Chip, IconButton, List, ListItem, ListItemButton, ListItemText, Tooltip, Typography } from '@mui/material'
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined'
import { useTranslation } from 'react-i18next'
import type { PassThroughObject } from '../../../core'
import { useActions, useDesigner } from '../../state/store-context'
import { keptObjectName, useKeptObjectIssues } from './kept-object-issues'

/** Where a kept object was imported from, for a list row or the inspector. */
export function useKeptOrigin(): (object: PassThroughObject) => string {
  const { t } = useTranslation()
  return (object) => (object.origin
    ? t('nav.keptOrigin', { source: object.origin.source ?? '—', line: object.origin.line })
    : t('nav.keptOriginUnknown'))
}

/** The navigator's section of imported objects passed through into the bundle: each selectable and removable. */
export function KeptObjectList() {
  const { t } = useTranslation()
  const actions = useActions()
  const kept = useDesigner((s) => s.project.passThrough)
  const selection = useDesigner((s) => s.selection)
  const issues = useKeptObjectIssues()
  const origin = useKeptOrigin()
  const errors = useMemo(() => {
    const counts = new Map<number, number>()
    for (const issue of issues) if (issue.target.kind === 'passThrough') counts.set(issue.target.index, (counts.get(issue.target.index) ?? 0) + 1)
    return counts
  }, [issues])
  if (kept.length === 0) return null
  return (
    <Box component="section" aria-label={t('nav.kept')}>
      <Box sx={{ px: 2, pt: 1.5, pb: 0.5 }}>
        <Typography variant="h2">{t('nav.kept')}</Typography>
        <Typography variant="caption" color="text.secondary">{t('nav.keptHelp')}</Typography>
      </Box>
      <List dense aria-label={t('nav.kept')}>
        {kept.map((object, index) => {
          const name = keptObjectName(object)
          const count = errors.get(index) ?? 0
          const status = count > 0 ? t('nav.errors', { count }) : t('nav.ok')
          const selected = selection.kind === 'passThrough' && selection.index === index
          return (
            // a kept object has no id: its place in the list is its identity (removing one moves the selection with it)
            <ListItem key={`${index}:${object.kind}:${name}`} disablePadding
              secondaryAction={
                <Tooltip title={t('nav.remove')}>
                  <IconButton edge="end" size="small" aria-label={`${t('nav.remove')}: ${object.kind} ${name}`} onClick={() => actions.removePassThrough(index)}>
                    <DeleteOutlineIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              }>
              <ListItemButton selected={selected} aria-current={selected ? 'true' : undefined} sx={{ pr: 6 }}
                onClick={() => actions.select({ kind: 'passThrough', index })}>
                <ListItemText primary={name || t('nav.unnamed')} secondary={origin(object)}
                  slotProps={{ primary: { noWrap: true, sx: { fontFamily: 'monospace', fontSize: 13 } }, secondary: { noWrap: true } }} />
                <Tooltip title={status}>
                  <Badge color="error" badgeContent={count} max={99} aria-label={status} sx={{ mr: 1.5, '& .MuiBadge-badge': { right: -4 } }}>
                    <Chip size="small" label={object.kind} variant="outlined" sx={{ fontFamily: 'monospace' }} />
                  </Badge>
                </Tooltip>
              </ListItemButton>
            </ListItem>
          )
        })}
      </List>
    </Box>
  )
}
