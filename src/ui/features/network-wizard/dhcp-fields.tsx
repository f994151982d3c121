import { Alert, Stack } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { KeyedSwitch } from '../../shared/keyed-switch'
import { KeyedTextField } from '../../shared/keyed-text-field'
import { RowList } from '../../shared/row-list'
import { defaultText } from './plugin-default'

const BASE = 'config.ipam'

/** dhcp: leases from a DHCP server on the master's segment, through the node's dhcp daemon. */
export function DhcpFields({ part }: { part: 'basic' | 'advanced' }) {
  const { t } = useTranslation()
  if (part === 'basic') {
    return (
      <Stack spacing={1}>
        <Alert severity="info">{t('ipam.dhcpCaveats')}</Alert>
      </Stack>
    )
  }
  return (
    <Stack spacing={2}>
      <KeyedTextField name={`${BASE}.daemonSocketPath`} cniKey="daemonSocketPath" label={t('fields.dhcp.daemonSocketPath.label')}
        help={t('fields.dhcp.daemonSocketPath.help')} defaultText={defaultText('dhcp', 'daemonSocketPath') ?? '/run/cni/dhcp.sock'} mono />
      <RowList name={`${BASE}.request`} title={t('fields.dhcp.request.label')} addLabel={t('ipam.addOption')}
        newRow={() => ({ option: '' })} rowLabel={(i) => t('ipam.optionN', { n: i + 1 })}
        renderRow={(i) => (
          <Stack spacing={1}>
            <KeyedTextField name={`${BASE}.request.${i}.option`} cniKey="option" label={t('fields.dhcp.option.label')}
              help={t('fields.dhcp.option.help')} placeholder="121" mono />
            <KeyedSwitch name={`${BASE}.request.${i}.skipDefault`} cniKey="skipDefault" label={t('fields.dhcp.skipDefault.label')}
              help={t('fields.dhcp.skipDefault.help')} defaultValue={false} />
          </Stack>
        )} />
      <RowList name={`${BASE}.provide`} title={t('fields.dhcp.provide.label')} addLabel={t('ipam.addOption')}
        newRow={() => ({ option: '' })} rowLabel={(i) => t('ipam.optionN', { n: i + 1 })}
        renderRow={(i) => (
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
            <KeyedTextField name={`${BASE}.provide.${i}.option`} cniKey="option" label={t('fields.dhcp.option.label')}
              help={t('fields.dhcp.provideOption.help')} placeholder="host-name" mono />
            <KeyedTextField name={`${BASE}.provide.${i}.value`} cniKey="value" label={t('fields.dhcp.value.label')}
              help={t('fields.dhcp.value.help')} mono />
            <KeyedTextField name={`${BASE}.provide.${i}.fromArg`} cniKey="fromArg" label={t('fields.dhcp.fromArg.label')}
              help={t('fields.dhcp.fromArg.help')} placeholder="K8S_POD_NAME" mono />
          </Stack>
        )} />
    </Stack>
  )
}
