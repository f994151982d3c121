import type { ReactNode } from 'react'
import { Box, Button, IconButton, Stack, Tooltip, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined'
import { useFormContext, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'

interface Props {
  /** Form path of the list (`config.ipam.routes`). */
  name: string
  title: string
  addLabel: string
  newRow: () => unknown
  renderRow: (index: number) => ReactNode
  /** Describes a row for the remove button's accessible name (`Route 2`). */
  rowLabel: (index: number) => string
  /** Keep at least this many rows. */
  minRows?: number
  /** Leave the key out when the last row is removed. */
  unsetWhenEmpty?: boolean
}

/** An editable list of rows inside a form: add at the end, remove any row. */
export function RowList({ name, title, addLabel, newRow, renderRow, rowLabel, minRows = 0, unsetWhenEmpty = true }: Props) {
  const { t } = useTranslation()
  const { getValues, setValue } = useFormContext()
  const value: unknown = useWatch({ name })
  const rows = Array.isArray(value) ? value.length : 0
  const current = (): unknown[] => {
    const list: unknown = getValues(name)
    return Array.isArray(list) ? list : []
  }
  return (
    <Box>
      <Typography variant="h3" component="h4" sx={{ mb: 1 }}>{title}</Typography>
      <Stack spacing={1.5}>
        {Array.from({ length: rows }, (_, index) => (
          <Stack sx={{ alignItems: 'flex-start' }} key={index} direction="row" spacing={1}>
            <Box sx={{ flex: 1, minWidth: 0 }}>{renderRow(index)}</Box>
            <Tooltip title={t('rows.remove', { row: rowLabel(index) })}>
              <span>
                <IconButton aria-label={t('rows.remove', { row: rowLabel(index) })} disabled={rows <= minRows} sx={{ mt: 0.5 }}
                  onClick={() => {
                    const next = current().filter((_, j) => j !== index)
                    setValue(name, next.length === 0 && unsetWhenEmpty ? undefined : next, { shouldDirty: true })
                  }}>
                  <DeleteOutlineIcon fontSize="small" />
                </IconButton>
              </span>
            </Tooltip>
          </Stack>
        ))}
      </Stack>
      <Button startIcon={<AddIcon />} sx={{ mt: 1 }} onClick={() => setValue(name, [...current(), newRow()], { shouldDirty: true })}>
        {addLabel}
      </Button>
    </Box>
  )
}
