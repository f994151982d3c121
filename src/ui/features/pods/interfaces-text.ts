import type { PodInterface } from '../../../core'

/** The interfaces table as tab-separated text (header row first), for the clipboard or a spreadsheet. */
export function interfacesText(interfaces: readonly PodInterface[], headers: readonly [string, string, string, string]): string {
  const rows = interfaces.map((i) => [i.interface, i.networkName, i.ips.join(', '), i.mac])
  return `${[headers, ...rows].map((row) => row.join('\t')).join('\n')}\n`
}
