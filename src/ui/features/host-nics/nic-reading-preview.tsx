import { Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { IpJsonReading } from '../../../core'
import { IssueRows } from '../../shared/issue-rows'

/** What was read from the device before anything changes: each NIC, what was left out and why, and notes on the text. */
export function NicReadingPreview({ reading }: { reading: IpJsonReading }) {
  const { t } = useTranslation()
  return (
    <Stack spacing={1.5} component="section" aria-label={t('nics.read.nics')}>
      {reading.issues.length > 0 && (
        <Stack spacing={0.5} component="section" aria-label={t('nics.read.notes')}>
          <IssueRows dense issues={reading.issues} />
        </Stack>
      )}
      {reading.nics.length > 0 && (
        <>
          <Typography variant="h3" component="h3">{t('nics.read.found', { count: reading.nics.length })}</Typography>
          <Table size="small" aria-label={t('nics.read.nics')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('nics.name')}</TableCell>
                <TableCell align="right">{t('nics.mtu')}</TableCell>
                <TableCell>{t('nics.primary')}</TableCell>
                <TableCell>{t('nics.read.addresses')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {reading.nics.map((nic) => (
                <TableRow key={nic.name}>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{nic.name}</TableCell>
                  <TableCell align="right">{nic.mtu}</TableCell>
                  <TableCell>{nic.primary ? t('nics.read.primaryYes') : t('nics.read.none')}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{nic.addresses?.join(', ') ?? t('nics.read.none')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
      {reading.skipped.length > 0 && (
        <Stack spacing={0.5} component="section" aria-label={t('nics.read.skipped', { count: reading.skipped.length })}>
          <Typography variant="subtitle2" component="h4">{t('nics.read.skipped', { count: reading.skipped.length })}</Typography>
          <IssueRows dense issues={reading.skipped} />
        </Stack>
      )}
    </Stack>
  )
}
