import { memo, useState } from 'react'
import { Badge, Chip, IconButton, ListItem, ListItemButton, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material'
import MoreVertIcon from '@mui/icons-material/MoreVert'
import { useTranslation } from 'react-i18next'

/** What a row's clicks do, given the row's id; one object for all rows of a list, so a row re-renders only when it changes. */
export interface ItemHandlers {
  select: (id: string) => void
  duplicate: (id: string) => void
  remove: (id: string) => void
}

interface Props {
  id: string
  name: string
  secondary: string
  chip: string
  selected: boolean
  errors: number
  warnings: number
  handlers: ItemHandlers
}

/** A network or workload in the navigator, with its issue counts and a menu. */
export const ObjectListItem = memo(function ObjectListItem({ id, name, secondary, chip, selected, errors, warnings, handlers }: Props) {
  const { t } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const status = errors > 0 ? t('nav.errors', { count: errors }) : warnings > 0 ? t('nav.warnings', { count: warnings }) : t('nav.ok')
  return (
    <ListItem disablePadding
      secondaryAction={
        <>
          <IconButton edge="end" size="small" aria-label={t('nav.actionsFor', { name })} onClick={(e) => setAnchor(e.currentTarget)}>
            <MoreVertIcon fontSize="small" />
          </IconButton>
          <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
            <MenuItem onClick={() => { setAnchor(null); handlers.duplicate(id) }}>{t('nav.duplicate')}</MenuItem>
            <MenuItem onClick={() => { setAnchor(null); handlers.remove(id) }} sx={{ color: 'error.main' }}>{t('nav.delete')}</MenuItem>
          </Menu>
        </>
      }>
      <ListItemButton selected={selected} onClick={() => handlers.select(id)} aria-current={selected ? 'true' : undefined} sx={{ pr: 6 }}>
        <ListItemText
          primary={name || t('nav.unnamed')}
          secondary={secondary}
          slotProps={{ primary: { noWrap: true, sx: { fontFamily: 'monospace', fontSize: 13 } }, secondary: { noWrap: true } }} />
        <Tooltip title={status}>
          <Badge color={errors > 0 ? 'error' : 'warning'} badgeContent={errors > 0 ? errors : warnings} max={99}
            aria-label={status} sx={{ mr: 1.5, '& .MuiBadge-badge': { right: -4 } }}>
            <Chip size="small" label={chip} variant="outlined" sx={{ fontFamily: 'monospace' }} />
          </Badge>
        </Tooltip>
      </ListItemButton>
    </ListItem>
  )
})
