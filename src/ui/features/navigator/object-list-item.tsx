import { memo, useState } from 'react'
import { Badge, Chip, IconButton, ListItem, ListItemButton, ListItemText, Menu, MenuItem, Tooltip } from '@mui/material'
import MoreVertIcon from '@mui/icons-material/MoreVert'
import { useTranslation } from 'react-i18next'

interface Props {
  /** The object's id, handed to the callbacks (so they stay the same functions and an unchanged item is not redrawn). */
  id: string
  name: string
  secondary: string
  chip: string
  selected: boolean
  errors: number
  warnings: number
  onSelect: (id: string) => void
  onDuplicate: (id: string) => void
  onDelete: (id: string) => void
}

/**
 * A network or workload in the navigator, with its issue counts and a menu (mounted only while open). Memoised: typing
 * in a form redraws the one item it renames, not the hundreds beside it.
 */
export const ObjectListItem = memo(function ObjectListItem({ id, name, secondary, chip, selected, errors, warnings, onSelect, onDuplicate, onDelete }: Props) {
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
          {anchor && (
            <Menu anchorEl={anchor} open onClose={() => setAnchor(null)}>
              <MenuItem onClick={() => { setAnchor(null); onDuplicate(id) }}>{t('nav.duplicate')}</MenuItem>
              <MenuItem onClick={() => { setAnchor(null); onDelete(id) }} sx={{ color: 'error.main' }}>{t('nav.delete')}</MenuItem>
            </Menu>
          )}
        </>
      }>
      <ListItemButton selected={selected} onClick={() => onSelect(id)} aria-current={selected ? 'true' : undefined} sx={{ pr: 6 }}>
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
