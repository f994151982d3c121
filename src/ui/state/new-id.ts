let counter = 0

/** A fresh id for a network or workload (random in browsers, a counter elsewhere). */
export function newId(prefix: string): string {
  counter += 1
  const random = globalThis.crypto?.randomUUID?.().slice(0, 8) ?? String(counter)
  return `${prefix}-${random}-${counter}`
}
