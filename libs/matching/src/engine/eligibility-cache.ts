import { dateKey, type EligibilityBounds, type EligibilityCheck, type EligibilityFacts, RESIDENCE_BASES } from '../match.types.js';
import { dateOfDay } from '../scoring/day-number.js';
import { yieldToEventLoop } from './yield-to-event-loop.js';

const CANDIDATES_PER_SLICE = 4096;

/**
 * IGU eligibility of every packed candidate on a given day, as a bitset,
 * computed through the injected check once per (candidate set, day). IGU
 * positions start on few distinct days, so this turns one rule evaluation per
 * pair into one per candidate and day.
 */
export class EligibilityCache {
  private check: EligibilityCheck | undefined;
  private readonly byDay = new Map<number, Uint32Array>();
  private keys?: { born: Int32Array; arrived: Int32Array; residence: Uint8Array; prior: Uint8Array };

  constructor(private readonly facts: readonly EligibilityFacts[]) {}

  get words(): number {
    return Math.ceil(this.facts.length / 32);
  }

  bitsFor(day: number, check: EligibilityCheck): Uint32Array {
    const cached = this.cached(day, check);
    if (cached) return cached;
    const bits = new Uint32Array(this.words);
    this.fill(bits, dateOfDay(day), check, 0, this.facts.length);
    this.byDay.set(day, bits);
    return bits;
  }

  /** Same, in slices with yields in between, so an API process stays responsive. */
  async bitsForAsync(day: number, check: EligibilityCheck): Promise<Uint32Array> {
    const cached = this.cached(day, check);
    if (cached) return cached;
    const bits = new Uint32Array(this.words);
    const date = dateOfDay(day);
    for (let from = 0; from < this.facts.length; from += CANDIDATES_PER_SLICE) {
      this.fill(bits, date, check, from, Math.min(this.facts.length, from + CANDIDATES_PER_SLICE));
      await yieldToEventLoop();
    }
    this.byDay.set(day, bits);
    return bits;
  }

  /** Forgets everything computed so far (e.g. after the rules changed). */
  clear(): void {
    this.byDay.clear();
  }

  private cached(day: number, check: EligibilityCheck): Uint32Array | undefined {
    // A different rule function invalidates everything computed with the old one.
    if (check !== this.check) {
      this.byDay.clear();
      this.check = check;
    }
    return this.byDay.get(day);
  }

  private fill(bits: Uint32Array, date: string, check: EligibilityCheck, from: number, to: number): void {
    if (check.onDay) {
      this.fillWithin(bits, check.onDay(date), from, to);
      return;
    }
    for (let candidate = from; candidate < to; candidate++) {
      if (check(this.facts[candidate], date)) bits[candidate >>> 5] |= 1 << (candidate & 31);
    }
  }

  /** The day's bounds against the facts as numbers (extracted once): a few integer comparisons per candidate. */
  private fillWithin(bits: Uint32Array, bounds: EligibilityBounds, from: number, to: number): void {
    if (!bounds.open) return;
    const { born, arrived, residence, prior } = (this.keys ??= this.extractKeys());
    let allowed = 0;
    for (const basis of bounds.residenceBases) allowed |= 1 << residenceBit(basis);
    const { bornFrom, bornTo, arrivedFrom } = bounds;
    for (let candidate = from; candidate < to; candidate++) {
      if (
        prior[candidate] === 0 &&
        (allowed & (1 << residence[candidate])) !== 0 &&
        born[candidate] >= bornFrom &&
        born[candidate] <= bornTo &&
        arrived[candidate] >= arrivedFrom
      ) {
        bits[candidate >>> 5] |= 1 << (candidate & 31);
      }
    }
  }

  /** One plain loop (TypedArray.from with a mapper walks an iterator: several times slower on a whole side). */
  private extractKeys() {
    const count = this.facts.length;
    const keys = {
      born: new Int32Array(count),
      arrived: new Int32Array(count),
      residence: new Uint8Array(count),
      prior: new Uint8Array(count),
    };
    for (let candidate = 0; candidate < count; candidate++) {
      const facts = this.facts[candidate];
      keys.born[candidate] = dateKey(facts.dateOfBirth);
      keys.arrived[candidate] = dateKey(facts.arrivedInDenmarkOn);
      keys.residence[candidate] = residenceBit(facts.residenceBasis);
      keys.prior[candidate] = facts.priorIgu ? 1 : 0;
    }
    return keys;
  }
}

/** A residence basis as a bit position; an unknown one gets bit 31, which no bounds allow. */
function residenceBit(basis: string): number {
  const index = (RESIDENCE_BASES as readonly string[]).indexOf(basis);
  return index < 0 ? 31 : index;
}
