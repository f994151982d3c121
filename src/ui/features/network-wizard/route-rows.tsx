import { Stack } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { KeyedTextField } from '../../shared/keyed-text-field'
import { RowList } from '../../shared/row-list'

/** `routes` of host-local or static IPAM. */
export function RouteRows({ base }: { base: string }) {
  const { t } = useTranslation()
  const name = `${base}.routes`
  return (
    <RowList name={name} title={t('ipam.routes')} addLabel={t('ipam.addRoute')} newRow={() => ({ dst: '' })}
      rowLabel={(i) => t('ipam.routeN', { n: i + 1 })}
      renderRow={(i) => (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
          <KeyedTextField name={`${name}.${i}.dst`} cniKey="dst" label={t('fields.route.dst.label')} help={t('fields.route.dst.help')}
            placeholder="0.0.0.0/0" mono />
          <KeyedTextField name={`${name}.${i}.gw`} cniKey="gw" label={t('fields.route.gw.label')} help={t('fields.route.gw.help')}
            placeholder="192.168.1.1" mono />
        </Stack>
      )} />
  )
}

/** A `dns` object (top-level or static IPAM). */
export function DnsFields({ base }: { base: string }) {
  const { t } = useTranslation()
  return (
    <Stack spacing={2}>
      <KeyedTextField name={`${base}.nameservers`} cniKey="nameservers" kind="list" label={t('fields.dns.nameservers.label')}
        help={t('fields.dns.nameservers.help')} placeholder="192.168.1.53, 2001:db8::53" mono />
      <KeyedTextField name={`${base}.domain`} cniKey="domain" label={t('fields.dns.domain.label')} help={t('fields.dns.domain.help')}
        placeholder="plant.example" />
      <KeyedTextField name={`${base}.search`} cniKey="search" kind="list" label={t('fields.dns.search.label')}
        help={t('fields.dns.search.help')} placeholder="plant.example, example" />
      <KeyedTextField name={`${base}.options`} cniKey="options" kind="list" label={t('fields.dns.options.label')}
        help={t('fields.dns.options.help')} placeholder="ndots:2" />
    </Stack>
  )
}
