import { Box, Button, Paper, Stack, Typography } from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import { useFormContext, useWatch } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { HostLocalRange } from '../../../core'
import { KeyedTextField } from '../../shared/keyed-text-field'
import { RowList } from '../../shared/row-list'
import { defaultText } from './plugin-default'
import { RouteRows } from './route-rows'

const BASE = 'config.ipam'

function RangeInputs({ path, legacy }: { path: string; legacy?: boolean }) {
  const { t: translate } = useTranslation()
  // the top-level range uses the same keys as a range in a set; its labels say which one it is
  const t = (key: string) => (legacy && key.endsWith('.label') ? translate('ipam.legacyField', { label: translate(key) }) : translate(key))
  // two per row only where the labels (with their keys) fit, whatever the window size
  return (
    <Box sx={{ containerType: 'inline-size' }}>
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: '1fr', '@container (min-width: 500px)': { gridTemplateColumns: '1fr 1fr' } }}>
        <KeyedTextField name={`${path}.subnet`} cniKey="subnet" label={t('fields.hostLocal.subnet.label')}
          help={t('fields.hostLocal.subnet.help')} placeholder="192.168.50.0/24" mono required={!legacy} />
        <KeyedTextField name={`${path}.gateway`} cniKey="gateway" label={t('fields.hostLocal.gateway.label')}
          help={t('fields.hostLocal.gateway.help')} defaultText={t('fields.hostLocal.gateway.default')} placeholder="192.168.50.1" mono />
        <KeyedTextField name={`${path}.rangeStart`} cniKey="rangeStart" label={t('fields.hostLocal.rangeStart.label')}
          help={t('fields.hostLocal.rangeStart.help')} defaultText={t('fields.hostLocal.rangeStart.default')} placeholder="192.168.50.10" mono />
        <KeyedTextField name={`${path}.rangeEnd`} cniKey="rangeEnd" label={t('fields.hostLocal.rangeEnd.label')}
          help={t('fields.hostLocal.rangeEnd.help')} defaultText={t('fields.hostLocal.rangeEnd.default')} placeholder="192.168.50.200" mono />
      </Box>
    </Box>
  )
}

/** host-local: range sets (one address per set, e.g. one IPv4 and one IPv6), routes, and the advanced keys. */
export function HostLocalFields({ part }: { part: 'basic' | 'advanced' }) {
  const { t } = useTranslation()
  const { getValues, setValue } = useFormContext()
  const ranges: unknown = useWatch({ name: `${BASE}.ranges` })
  const legacySubnet: unknown = useWatch({ name: `${BASE}.subnet` })
  const sets = Array.isArray(ranges) ? (ranges as HostLocalRange[][]) : []
  if (part === 'advanced') {
    return (
      <Stack spacing={2}>
        <KeyedTextField name={`${BASE}.dataDir`} cniKey="dataDir" label={t('fields.hostLocal.dataDir.label')}
          help={t('fields.hostLocal.dataDir.help')} defaultText={defaultText('host-local', 'dataDir') ?? '/var/lib/cni/networks'} mono />
        <KeyedTextField name={`${BASE}.resolvConf`} cniKey="resolvConf" label={t('fields.hostLocal.resolvConf.label')}
          help={t('fields.hostLocal.resolvConf.help')} placeholder="/etc/resolv.conf" mono />
        <Typography variant="h3" component="h4">{t('ipam.legacyRange')}</Typography>
        <Typography variant="body2" color="text.secondary">{t('ipam.legacyRangeHelp')}</Typography>
        <RangeInputs path={BASE} legacy />
      </Stack>
    )
  }
  const setSets = (next: HostLocalRange[][]) => setValue(`${BASE}.ranges`, next.length ? next : undefined, { shouldDirty: true })
  return (
    <Stack spacing={2}>
      {typeof legacySubnet === 'string' && legacySubnet !== '' && (
        <Typography variant="body2" color="text.secondary">{t('ipam.legacyInUse', { subnet: legacySubnet })}</Typography>
      )}
      {sets.map((set, s) => (
        <Paper key={s} variant="outlined" sx={{ p: 1.5 }} component="section" aria-label={t('ipam.rangeSetN', { n: s + 1 })}>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
            <Typography variant="h3" component="h4">{t('ipam.rangeSetN', { n: s + 1 })}</Typography>
            <Button color="inherit" onClick={() => setSets(sets.filter((_, j) => j !== s))}>{t('ipam.removeSet')}</Button>
          </Stack>
          <RowList name={`${BASE}.ranges.${s}`} title={t('ipam.rangesInSet')} addLabel={t('ipam.addRangeToSet')} minRows={1}
            unsetWhenEmpty={false} newRow={() => ({ subnet: '' })} rowLabel={(i) => t('ipam.rangeN', { n: i + 1 })}
            renderRow={(i) => <RangeInputs path={`${BASE}.ranges.${s}.${i}`} />} />
          {set.length === 0 && <Typography color="error">{t('ipam.emptySet')}</Typography>}
        </Paper>
      ))}
      <Box>
        <Button startIcon={<AddIcon />} variant="outlined"
          onClick={() => {
            const current: unknown = getValues(`${BASE}.ranges`)
            setSets([...(Array.isArray(current) ? (current as HostLocalRange[][]) : []), [{ subnet: '' }]])
          }}>
          {t('ipam.addRangeSet')}
        </Button>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>{t('ipam.rangeSetHelp')}</Typography>
      </Box>
      <RouteRows base={BASE} />
    </Stack>
  )
}
