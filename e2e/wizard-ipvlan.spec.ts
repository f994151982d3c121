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

  // static is where the chapter's ipvlan example starts
  await expect(wizard.getByRole('combobox', { name: 'IPAM type (ipam.type)' })).toHaveText(/^static/)
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

test('clicking straight through: Next stops at the static address, explained and focused; with it, the network is the chapter\'s', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.startWizard('ipvlan')
  const wizard = designer.wizard
  await designer.next()
  await designer.next()
  const address = wizard.getByRole('textbox', { name: 'Address (address)' })
  // untouched: not red yet; left empty: red and explained
  await expect(address).toHaveAttribute('aria-invalid', 'false')
  await page.screenshot({ path: '/tmp/wizard-11/ipvlan-ipam-fresh.png' })
  await address.focus()
  await address.press('Tab')
  await expect(address).toHaveAttribute('aria-invalid', 'true')
  await designer.next()
  await expect(address).toBeFocused()
  await expect(wizard.getByText(/An address entry has no `address`; static rejects it/)).toBeVisible()
  await expect(wizard.getByText('This step has an error, shown at its field: fix it to go on.')).toBeVisible()
  await page.screenshot({ path: '/tmp/wizard-11/ipvlan-held-at-address.png' })
  await address.fill('192.168.10.10/24')
  await expect(wizard.getByText(/This step has an error/)).toBeHidden()
  await designer.next()
  await wizard.getByRole('button', { name: 'Create network' }).click()
  await expect(wizard).toBeHidden()
  await expect(page.getByTestId('issue-count')).toHaveAccessibleName(/^Errors: 0,/)
  const config = configOf((await designer.downloadYaml()).doc)
  expect(config).toMatchObject({ type: 'ipvlan', ipam: { type: 'static', addresses: [{ address: '192.168.10.10/24' }] } })
})
