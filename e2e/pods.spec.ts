import { expect, test } from '@playwright/test'
import { load } from 'js-yaml'
import { Designer } from './designer'

test.use({ viewport: { width: 1600, height: 1000 } })

test('a pod with two attachments gets the short annotation, net1 and net2, and the JSON form once it asks for an IP', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/Host-only bridge/)
  await designer.addPreset(/ipvlan l3 with static/)

  await page.getByRole('button', { name: 'New example pod' }).click()
  const form = page.getByRole('form', { name: 'example-pod-1' })
  await form.getByRole('button', { name: 'Add attachment' }).click()
  await designer.choose('Network (name)', 'plant-l3', form.getByRole('combobox', { name: 'Network (name)' }).nth(1).locator('..').locator('..'))

  const annotation = page.getByRole('region', { name: 'Pod annotation' }).locator('pre')
  await expect(annotation).toHaveText('pods-local,plant-l3')
  const interfaces = page.getByRole('table', { name: 'Interfaces the pod will get' })
  await expect(interfaces.getByRole('row')).toHaveCount(4)
  await expect(interfaces.getByRole('row').nth(1)).toContainText('eth0')
  await expect(interfaces.getByRole('row').nth(1)).toContainText('ovn-kubernetes')
  await expect(interfaces.getByRole('row').nth(2)).toContainText('net1')
  await expect(interfaces.getByRole('row').nth(2)).toContainText('default/pods-local')
  await expect(interfaces.getByRole('row').nth(3)).toContainText('net2')
  await expect(interfaces.getByRole('row').nth(3)).toContainText('default/plant-l3')

  // a requested IP needs the JSON form
  await form.getByRole('textbox', { name: 'Static IPs (ips)' }).nth(1).fill('10.20.0.42/24')
  await expect(annotation).toHaveText('[{"name":"pods-local"},{"name":"plant-l3","ips":["10.20.0.42/24"]}]')
  await expect(page.getByRole('region', { name: 'Expected network-status' }).locator('pre')).toContainText('10.20.0.42')
  await expect(page.getByRole('region', { name: 'Verify on the device' }).locator('pre')).toContainText('net2')
  await page.screenshot({ path: '/tmp/pods.png', fullPage: true })

  await page.getByRole('button', { name: 'Copy annotation' }).click()
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('[{"name":"pods-local"},{"name":"plant-l3","ips":["10.20.0.42/24"]}]')

  // every output can be copied and downloaded
  for (const what of ['annotation', 'interfaces', 'manifest', 'network-status', 'commands']) {
    await expect(page.getByRole('button', { name: `Copy ${what}` })).toBeVisible()
    await expect(page.getByRole('button', { name: `Download ${what}` })).toBeVisible()
  }
  const table = await designer.download('Download interfaces')
  expect(table.fileName).toBe('example-pod-1-interfaces.tsv')
  expect(table.text.split('\n')[3]).toMatch(/^net2\tdefault\/plant-l3\t10\.20\.0\.42\t/)

  const { fileName, text } = await designer.download('Download manifest')
  expect(fileName).toBe('example-pod-1.yaml')
  // the file is the manifest shown
  expect(await page.getByRole('region', { name: 'Example manifest' }).locator('pre').textContent()).toBe(text)
  const pod = load(text) as { kind: string; metadata: { name: string; annotations: Record<string, string> } }
  expect(pod.kind).toBe('Pod')
  expect(pod.metadata.name).toBe('example-pod-1')
  expect(pod.metadata.annotations['k8s.v1.cni.cncf.io/networks']).toBe('[{"name":"pods-local"},{"name":"plant-l3","ips":["10.20.0.42/24"]}]')
})

test('a Deployment whose attachment takes the default route gets the JSON annotation in its pod template', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  await designer.addPreset(/Host-only bridge/)
  await page.getByRole('button', { name: 'New example pod' }).click()
  const form = page.getByRole('form', { name: 'example-pod-1' })
  await designer.choose('Kind (kind)', 'Deployment', form)
  await form.getByRole('textbox', { name: 'Replicas (replicas)' }).fill('2')
  await form.getByRole('textbox', { name: 'Interface name (interface)' }).fill('lan0')
  await form.getByRole('textbox', { name: 'Default route via (default-route)' }).fill('192.168.100.1')
  const annotation = page.getByRole('region', { name: 'Pod annotation' }).locator('pre')
  await expect(annotation).toHaveText('[{"name":"pods-local","interface":"lan0","default-route":["192.168.100.1"]}]')
  await expect(page.getByRole('table', { name: 'Interfaces the pod will get' }).getByRole('row').nth(2)).toContainText('lan0')
  const { doc } = await designer.download('Download manifest')
  const deployment = doc as { kind: string; spec: { replicas: number; template: { metadata: { annotations: Record<string, string> } } } }
  expect(deployment.kind).toBe('Deployment')
  expect(deployment.spec.replicas).toBe(2)
  expect(JSON.parse(deployment.spec.template.metadata.annotations['k8s.v1.cni.cncf.io/networks'] ?? '')).toEqual([
    { name: 'pods-local', interface: 'lan0', 'default-route': ['192.168.100.1'] },
  ])
})
