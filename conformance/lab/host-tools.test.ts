import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HOST_TOOLS, findMissingHostTools, installHint, missingToolInMessage } from './host-tools'

// What the bridge plugin printed on a machine without nftables (Debian containernetworking-plugins 1.1.1).
const NFT_MISSING = `failed to setup spoof-check: failed to execute nft nft -j -f /tmp/spoofcheck-2131308295: exec: "nft": ` +
  `executable file not found in $PATH stdout:'' stderr:''`

describe('host tools', () => {
  it('names the package of each program the lab or a plugin needs and is missing', () => {
    const installed = new Set(['ip', 'unshare', 'mount'])
    expect(findMissingHostTools((command) => installed.has(command))).toEqual([
      { command: 'dnsmasq', package: 'dnsmasq-base' },
      { command: 'nft', package: 'nftables' },
    ])
    expect(findMissingHostTools(() => true)).toEqual([])
  })

  it('reads the missing program from a Go exec error', () => {
    expect(missingToolInMessage(NFT_MISSING)).toEqual({ command: 'nft', package: 'nftables' })
    expect(missingToolInMessage('exec: "ebtables": executable file not found in $PATH')).toEqual({ command: 'ebtables', package: undefined })
    expect(missingToolInMessage('failed to create bridge "br-test": operation not supported')).toBeUndefined()
  })

  it('gives one install line, and says so when the lab does not know the package', () => {
    expect(installHint([{ command: 'nft', package: 'nftables' }, { command: 'dnsmasq', package: 'dnsmasq-base' }]))
      .toBe('apt-get install -y nftables dnsmasq-base (scripts/install-test-deps.sh installs the known ones)')
    expect(installHint([{ command: 'ebtables', package: undefined }]))
      .toContain('install what provides ebtables and add it to conformance/lab/host-tools.ts')
  })

  it('is installed by scripts/install-test-deps.sh, package by package', () => {
    const script = readFileSync(new URL('../../scripts/install-test-deps.sh', import.meta.url), 'utf8')
    const listed = /^packages=\(([^)]*)\)/m.exec(script)?.[1]?.split(/\s+/) ?? []
    for (const tool of Object.values(HOST_TOOLS)) expect(listed).toContain(tool.package)
    expect(listed).toContain('containernetworking-plugins')
  })
})
