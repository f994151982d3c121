import { seededRandom } from '../../bench/generate-project'

/** The bench's seeded PRNG (mulberry32) with the picks the generator needs, so a corpus is reproducible from its seed. */
export class SeededRandom {
  /** A float in [0, 1). */
  readonly next: () => number

  constructor(seed: number) {
    this.next = seededRandom(seed)
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(0, items.length - 1)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }

  /** `undefined` (field left unset) with probability 1 - `probability`, else a pick. */
  maybe<T>(probability: number, items: readonly T[]): T | undefined {
    return this.chance(probability) ? this.pick(items) : undefined
  }
}
