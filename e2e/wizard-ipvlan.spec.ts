import { expect, test } from '@playwright/test'
import { configOf, Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

test('an ipvlan l3 network with static addresses made with the wizard downloads as the YAML the form describes', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.startWizard('ipvlan')
  const wizard = designer.wizard

  await designer.fill('Network name (metadata.name)', 'plant-l3', wizard)
  await designer.fill('Namespace (metadata.namespace)', 'plant', wizard)
  await designer.choose('CNI spec version (cniVersion)', /^0\.4\.0/, wizard)
  await designer.next()

  await designer.fill('Master interface (master)', 'enp3s0', wizard)
  await designer.choose('Mode (mode)', /^l3 /, wizard)
  await designer.next()

  await designer.choose('IPAM type (ipam.type)', /^static/, wizard)
  await designer.fill('Address (address)', '10.20.0.10/24', wizard)
  await designer.fill('Gateway (gateway)', '10.20.0.1', wizard)
  await wizard.getByRole('button', { name: 'Add address' }).click()
  await wizard.getByRole('textbox', { name: 'Address (address)' }).nth(1).fill('fd00:20::10/64')
  await wizard.getByRole('button', { name: 'Add route' }).click()
  await designer.fill('Destination (dst)', '10.30.0.0/16', wizard)
  await designer.openAdvanced()
  await designer.fill('Name servers (nameservers)', '10.20.0.53, fd00:20::53', wizard)
  await designer.fill('Domain (domain)', 'plant.example', wizard)
  await designer.next()
  await wizard.getByRole('button', { name: 'Create network' }).click()

  const { fileName, doc } = await designer.downloadYaml()
  expect(fileName).toBe('plant-l3.yaml')
  expect(doc.metadata).toEqual({ name: 'plant-l3', namespace: 'plant' })
  const config = configOf(doc)
  expect(config).toMatchObject({ cniVersion: '0.4.0', name: 'plant-l3', type: 'ipvlan', master: 'enp3s0', mode: 'l3' })
  expect(config.ipam).toEqual({
    type: 'static',
    addresses: [{ address: '10.20.0.10/24', gateway: '10.20.0.1' }, { address: 'fd00:20::10/64' }],
    routes: [{ dst: '10.30.0.0/16' }],
    dns: { nameservers: ['10.20.0.53', 'fd00:20::53'], domain: 'plant.example' },
  })
})
