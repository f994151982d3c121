import { Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { KeyedTextField } from '../../shared/keyed-text-field'
import { RowList } from '../../shared/row-list'
import { DnsFields, RouteRows } from './route-rows'

const BASE = 'config.ipam'

/** static: fixed addresses (every pod of the NAD gets the same ones unless the pod asks for its own), routes, DNS. */
export function StaticFields({ part }: { part: 'basic' | 'advanced' }) {
  const { t } = useTranslation()
  if (part === 'advanced') {
    return (
      <Stack spacing={2}>
        <Typography variant="h3" component="h4">{t('ipam.staticDns')}</Typography>
        <DnsFields base={`${BASE}.dns`} />
      </Stack>
    )
  }
  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">{t('ipam.staticNote')}</Typography>
      <RowList name={`${BASE}.addresses`} title={t('ipam.addresses')} addLabel={t('ipam.addAddress')}
        newRow={() => ({ address: '' })} rowLabel={(i) => t('ipam.addressN', { n: i + 1 })}
        renderRow={(i) => (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <KeyedTextField name={`${BASE}.addresses.${i}.address`} cniKey="address" label={t('fields.static.address.label')}
              help={t('fields.static.address.help')} placeholder="192.168.10.10/24" mono required />
            <KeyedTextField name={`${BASE}.addresses.${i}.gateway`} cniKey="gateway" label={t('fields.static.gateway.label')}
              help={t('fields.static.gateway.help')} placeholder="192.168.10.1" mono />
          </Stack>
        )} />
      <RouteRows base={BASE} />
    </Stack>
  )
}
