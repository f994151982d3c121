import { describe, expect, it } from 'vitest'
import { parseNetworksAnnotation } from './parse-networks-annotation'

const codes = (value: string) => parseNetworksAnnotation(value, 'apps').issues.map((issue) => issue.code)

describe('parseNetworksAnnotation', () => {
  it.each([
    ['net-a, other/net-b@data0 (vector 88)', 'net-a, other/net-b@data0', []],
    ['Net_A is not a DNS-1123 label (vector 89)', 'Net_A', ['annotation.comma-item-not-a-dns-label']],
    ['a/b/c has more than one slash (vector 90)', 'a/b/c', ['annotation.comma-item-too-many-slashes']],
    ['a@x@y has more than one at (vector 91)', 'a@x@y', ['annotation.comma-item-too-many-ats']],
    ['an interface name over 15 characters is refused (vector 92)', 'a@sixteen-chars-xx', ['annotation.interface-name-invalid']],
    ['exactly 15 characters are accepted', 'a@fifteen-chars-x', []],
    ['Multus counts bytes: 9 accented letters are 18 bytes', 'a@ééééééééé', ['annotation.interface-name-invalid']],
    ['a bare JSON object is not a list (vector 93)', '{"name":"a"}', ['annotation.not-a-json-list']],
    ['an invalid mac is refused (vector 94)', '[{"name":"a","mac":"zz"}]', ['annotation.mac-invalid']],
    ['an invalid IP is refused (vector 95)', '[{"name":"a","ips":["10.1.1.300"]}]', ['annotation.ips-item-not-an-ip']],
    ['a CIDR is accepted in ips', '[{"name":"a","ips":["10.1.1.5/24","fd00::5/64"]}]', []],
    ['a bad CIDR prefix is refused', '[{"name":"a","ips":["10.1.1.5/33"]}]', ['annotation.ips-item-not-an-ip']],
    ['an IPv4 address with leading zeros is refused like Go', '[{"name":"a","ips":["010.1.1.5"]}]', ['annotation.ips-item-not-an-ip']],
    ['default-route must hold IPs', '[{"name":"a","default-route":["10.1.1.1","nope"]}]', ['annotation.default-route-not-an-ip']],
    ['gateway is an unknown selection key', '[{"name":"a","gateway":["10.1.1.1"]}]', ['annotation.unknown-selection-key']],
    ['keys are matched ignoring case', '[{"NAME":"a","Interface":"eth1","MAC":"02:00:00:00:00:01"}]', []],
    ['interfaceRequest is the old spelling', '[{"name":"a","interfaceRequest":"data0"}]', ['annotation.interface-request-old-spelling']],
    ['a JSON item without a name is refused', '[{"namespace":"x"}]', ['annotation.item-missing-name']],
    ['a wrong JSON type is refused', '[{"name":"a","ips":"10.1.1.5"}]', ['annotation.wrong-json-type']],
    ['invalid JSON is reported', '[{"name":"a",}]', ['annotation.invalid-json']],
    ['a list item that is not an object is refused', '["a"]', ['annotation.list-item-not-an-object']],
    ['an empty comma item is refused', 'a,,b', ['annotation.comma-item-empty']],
    ['an empty value means no networks', '', ['annotation.empty']],
    ['a JSON interface name is not checked by Multus (the plugin checks it later)', '[{"name":"a","interface":"sixteen-chars-xx"}]', []],
  ])('%s', (_, value, expected) => {
    expect(codes(value)).toEqual(expected)
  })

  it('reads the comma form into attachments, dropping the pod namespace', () => {
    expect(parseNetworksAnnotation(' net-a , apps/net-b@data0, other/net-c ', 'apps').attachments).toEqual([
      { network: 'net-a' },
      { network: 'net-b', interface: 'data0' },
      { network: 'net-c', namespace: 'other' },
    ])
  })

  it('reads the JSON form with every modelled key and keeps unknown keys in extra', () => {
    const parsed = parseNetworksAnnotation(
      '[{"name":"a","namespace":"other","interface":"net9","ips":["10.1.1.5/24"],"mac":"02:00:00:00:00:01","default-route":["10.1.1.1"],"gateway":["x"],"cni-args":{"k":"v"}}]',
      'apps',
    )
    expect(parsed.form).toBe('json')
    expect(parsed.attachments).toEqual([
      {
        network: 'a',
        namespace: 'other',
        interface: 'net9',
        ips: ['10.1.1.5/24'],
        mac: '02:00:00:00:00:01',
        defaultRoute: ['10.1.1.1'],
        extra: { gateway: ['x'], 'cni-args': { k: 'v' } },
      },
    ])
    expect(parsed.issues[0]).toMatchObject({ field: 'attachments.0.extra.gateway', params: { key: 'gateway' } })
  })

  it('uses interfaceRequest only when interface is empty, as Multus does', () => {
    const parsed = parseNetworksAnnotation('[{"name":"a","interface":"x1","interfaceRequest":"x2"}]')
    expect(parsed.attachments[0]?.interface).toBe('x1')
  })

  it('keeps a rejected comma item in place so positions still match', () => {
    expect(parseNetworksAnnotation('a/b/c,net-b').attachments.map((a) => a.network)).toEqual(['a/b/c', 'net-b'])
  })

  it('does not store a __proto__ key', () => {
    const [attachment] = parseNetworksAnnotation('[{"name":"a","__proto__":{"polluted":true}}]').attachments
    expect(attachment?.extra).toBeUndefined()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('never throws on odd input', () => {
    for (const value of ['[', '"', '{}', 'null', '[null]', '[[]]', ',', '@', '/', '[{"name":1}]', '[{"__proto__":{"x":1}}]']) {
      expect(() => parseNetworksAnnotation(value)).not.toThrow()
    }
  })
})
