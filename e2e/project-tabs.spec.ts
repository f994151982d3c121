import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { Designer } from './designer'

test.use({ viewport: { width: 1400, height: 900 } })

const projectButton = (page: Page, name: string) => page.getByRole('button', { name: `${name}: projects`, exact: true })
const networkItems = (page: Page) => page.getByRole('list', { name: 'Networks' }).getByRole('listitem')
const menuNames = async (page: Page, current: string) => {
  await projectButton(page, current).click()
  const menu = page.getByRole('menu', { name: 'Projects' })
  const names = await menu.getByRole('menuitemradio').allInnerTexts()
  await page.keyboard.press('Escape')
  return names
}

/** Lets a test make one page's storage refuse writes, as a full storage does, to hold that tab's edit unsaved. */
async function withRefusableStorage(context: BrowserContext) {
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem
    const flags = window as unknown as { storageFull?: boolean }
    Storage.prototype.setItem = function (key: string, value: string) {
      if (flags.storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      setItem.call(this, key, value)
    }
  })
}
const setStorageFull = (page: Page, full: boolean) => page.evaluate((value) => { (window as unknown as { storageFull: boolean }).storageFull = value }, full)

/** Two tabs of one browser on the designer, the first with an empty library. */
async function twoTabs(context: BrowserContext) {
  const first = await context.newPage()
  await new Designer(first).open()
  const second = await context.newPage()
  await second.goto('/')
  await expect(projectButton(second, 'My project')).toBeVisible()
  return [first, second] as const
}

test('two tabs: a project created, renamed or deleted in one is listed in the other, and edits show in both', async ({ context }) => {
  const [first, second] = await twoTabs(context)
  const firstDesigner = new Designer(first)
  await projectButton(first, 'My project').click()
  await first.getByRole('menuitem', { name: 'New project…' }).click()
  await first.getByRole('dialog', { name: 'New project' }).getByRole('textbox', { name: 'Project name' }).fill('Site B')
  await first.getByRole('button', { name: 'Create' }).click()
  await expect(projectButton(first, 'Site B')).toBeVisible()
  await expect.poll(() => menuNames(second, 'My project')).toEqual(['My project', 'Site B'])

  // the second tab creates one too: the first tab's project stays listed in both
  await projectButton(second, 'My project').click()
  await second.getByRole('menuitem', { name: 'New project…' }).click()
  await second.getByRole('dialog', { name: 'New project' }).getByRole('textbox', { name: 'Project name' }).fill('Site C')
  await second.getByRole('button', { name: 'Create' }).click()
  await expect.poll(() => menuNames(first, 'Site B')).toEqual(['My project', 'Site B', 'Site C'])
  expect(await menuNames(second, 'Site C')).toEqual(['My project', 'Site B', 'Site C'])
  // a reload opens the project this tab had open, though the other tab opened another one since
  await first.reload()
  expect(await menuNames(first, 'Site B')).toEqual(['My project', 'Site B', 'Site C'])

  // both on Site B: what one tab adds, the other shows
  await projectButton(second, 'Site C').click()
  await second.getByRole('menuitemradio', { name: 'Site B' }).click()
  await firstDesigner.addPreset(/macvlan-net/)
  await expect(networkItems(second)).toHaveText([/^macvlan-net/])
})

test('both tabs change the open project at once: neither is overwritten; "Keep mine" saves this tab\'s as a copy', async ({ context }) => {
  await withRefusableStorage(context)
  const [first, second] = await twoTabs(context)
  await setStorageFull(second, true)
  await new Designer(second).addPreset(/bridge-conf/)
  await expect(second.getByRole('alert').filter({ hasText: 'Browser storage is full' })).toBeVisible()
  await new Designer(first).addPreset(/macvlan-net/)

  const question = second.getByRole('dialog', { name: 'This project was changed in another tab' })
  await expect(question).toBeVisible()
  await expect(question).toContainText('Neither version has been overwritten.')
  await second.screenshot({ path: '/tmp/tabs-10/other-tab-changed.png' })
  await setStorageFull(second, false)
  await question.getByRole('button', { name: 'Keep mine (saved as a copy)' }).click()
  await expect(projectButton(second, 'My project (this tab)')).toBeVisible()
  await expect(networkItems(second)).toHaveText([/^bridge-conf/])
  await expect(second.getByRole('alert').filter({ hasText: 'Browser storage is full' })).toHaveCount(0)

  await expect(networkItems(first)).toHaveText([/^macvlan-net/])
  await expect.poll(() => menuNames(first, 'My project')).toEqual(['My project', 'My project (this tab)'])
  await first.reload()
  await expect(projectButton(first, 'My project')).toBeVisible()
  await expect(networkItems(first)).toHaveText([/^macvlan-net/])
})

test('"Load that version" shows the other tab\'s project; a project deleted elsewhere can be kept', async ({ context }) => {
  await withRefusableStorage(context)
  const [first, second] = await twoTabs(context)
  await setStorageFull(second, true)
  await new Designer(second).addPreset(/bridge-conf/)
  await new Designer(first).addPreset(/macvlan-net/)
  await setStorageFull(second, false)
  await second.getByRole('dialog', { name: 'This project was changed in another tab' }).getByRole('button', { name: 'Load that version' }).click()
  await expect(networkItems(second)).toHaveText([/^macvlan-net/])
  await expect(projectButton(second, 'My project')).toBeVisible()

  await projectButton(first, 'My project').click()
  await first.getByRole('menuitem', { name: 'Delete' }).click()
  const deleted = second.getByRole('dialog', { name: 'This project was deleted in another tab' })
  await expect(deleted).toBeVisible()
  await deleted.getByRole('button', { name: 'Keep it' }).click()
  // the first tab opened a fresh project of the same name: the kept one is renamed beside it
  await expect.poll(() => menuNames(first, 'My project')).toEqual(['My project', 'My project 2'])
  await expect(projectButton(second, 'My project 2')).toBeVisible()
  await expect(networkItems(second)).toHaveText([/^macvlan-net/])
})

test('a project repaired on reading says what was repaired, in English and Japanese, and offers the original', async ({ page }) => {
  const designer = new Designer(page)
  await designer.open()
  const original = await page.evaluate(() => {
    const record = JSON.parse(localStorage.getItem(Object.keys(localStorage).find((key) => key.startsWith('nad-designer.projects.')) ?? '') ?? '{}')
    record.project.platform = 'x'
    record.project.hostNics = { eth0: 1500 }
    const text = JSON.stringify(record)
    for (const key of Object.keys(localStorage)) if (key.startsWith('nad-designer.projects.')) localStorage.setItem(key, text)
    return text
  })
  await page.reload()
  const notice = page.getByRole('alert').filter({ hasText: 'Project My project was opened, but parts of its saved file could not be read' })
  await expect(notice).toBeVisible()
  await expect(notice.getByRole('listitem')).toHaveCount(2)
  await expect(notice).toContainText('hostNics')
  await expect(notice).toContainText('platform')
  await expect(notice).toHaveCSS('opacity', '1')
  await page.screenshot({ path: '/tmp/tabs-10/repaired-en.png' })
  const [download] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the original' }).click()])
  expect(await readFile(await download.path(), 'utf8')).toBe(original)

  await designer.choose('Language', '日本語')
  await expect(page.getByRole('alert').filter({ hasText: '保存されたファイルの一部を読み取れなかったため修復しました' })).toHaveCSS('opacity', '1')
  await page.screenshot({ path: '/tmp/tabs-10/repaired-ja.png' })
})

test.describe('in Japanese', () => {
  test.use({ locale: 'ja-JP' })

  test('the question about the other tab\'s change is asked in Japanese', async ({ context }) => {
    await withRefusableStorage(context)
    const first = await context.newPage()
    await first.goto('/')
    await first.evaluate(() => localStorage.clear())
    await first.goto('/')
    const second = await context.newPage()
    await second.goto('/')
    await expect(second.getByRole('button', { name: 'マイプロジェクト: プロジェクト' })).toBeVisible()
    await setStorageFull(second, true)
    await second.getByRole('button', { name: 'プリセット', exact: true }).click()
    await second.getByRole('menuitem', { name: /bridge-conf/ }).click()
    await first.getByRole('button', { name: 'プリセット', exact: true }).click()
    await first.getByRole('menuitem', { name: /macvlan-net/ }).click()
    const question = second.getByRole('dialog', { name: 'このプロジェクトは別のタブで変更されました' })
    await expect(question).toContainText('どちらの版も上書きしていません。')
    await second.screenshot({ path: '/tmp/tabs-10/other-tab-changed-ja.png' })
    await setStorageFull(second, false)
    await question.getByRole('button', { name: 'このタブの版を残す (コピーとして保存)' }).click()
    await expect(second.getByRole('button', { name: 'マイプロジェクト (このタブ): プロジェクト' })).toBeVisible()
  })
})
