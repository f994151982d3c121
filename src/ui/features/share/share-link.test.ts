import { deflateSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { aBridgeNetwork, aPod, attach, aProject, hostLocal } from '../../../core/validation/test-builders'
import { buildShareLink, MAX_SHARED_PROJECT_BYTES, readShareFragment, shareFragmentOf } from './share-link'

const PAGE = 'http://127.0.0.1:4173/'

function encoded(bytes: Uint8Array): string {
  return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

describe('share links', () => {
  const network = aBridgeNetwork({ bridge: 'br-edge', ipam: hostLocal('192.168.50.0/24') }, { name: 'edge' })
  const project = aProject([network], [aPod([attach(network)], { id: 'p1', name: 'probe' })])

  it('carry the whole project in the fragment and read back equal', async () => {
    const link = await buildShareLink(project, `${PAGE}?x=1#old`)
    expect(link.startsWith(`${PAGE}?x=1#p=1.`)).toBe(true)
    const fragment = shareFragmentOf(new URL(link).hash)
    expect(fragment).toBeDefined()
    const shared = await readShareFragment(fragment ?? '')
    expect(shared).toEqual({ ok: true, project, issues: [] })
  })

  it('are compressed: a 60-network design fits well under the link limit', async () => {
    const networks = Array.from({ length: 60 }, (_, i) =>
      aBridgeNetwork({ bridge: `br${i}`, ipam: hostLocal(`10.${i}.0.0/24`) }, { name: `net-${i}`, id: `n${i}` }))
    const link = await buildShareLink(aProject(networks), PAGE)
    expect(link.length).toBeLessThan(8_000)
  })

  it('ignore fragments that are no share link', () => {
    expect(shareFragmentOf('')).toBeUndefined()
    expect(shareFragmentOf('#section-2')).toBeUndefined()
    expect(shareFragmentOf('#p=1.abc')).toBe('1.abc')
  })

  it.each([
    ['another encoding version', '2.AAAA', 'unsupported-version'],
    ['no data', '1.', 'damaged'],
    ['characters outside base64url', '1.ab$cd', 'damaged'],
    ['bytes that are no deflate stream', `1.${encoded(strToU8('plain text, not compressed'))}`, 'damaged'],
    ['a deflate stream cut short', `1.${encoded(deflateSync(strToU8('x'.repeat(5000) + Math.random())).subarray(0, 8))}`, 'damaged'],
    ['JSON that is no project', `1.${encoded(deflateSync(strToU8('{"hello":"world"}')))}`, 'not-a-project'],
  ])('refuse %s, saying why', async (_, fragment, reason) => {
    expect(await readShareFragment(fragment)).toMatchObject({ ok: false, reason })
  })

  it('refuse a link that would inflate past the limit, without inflating it all', async () => {
    const bomb = deflateSync(new Uint8Array(MAX_SHARED_PROJECT_BYTES * 2), { level: 9 })
    expect(bomb.length).toBeLessThan(100_000)
    expect(await readShareFragment(`1.${encoded(bomb)}`)).toMatchObject({ ok: false, reason: 'too-large' })
  })
})
