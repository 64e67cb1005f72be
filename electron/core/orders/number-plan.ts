// Order numbers that never collide across the kiosks of one store on one business
// day, also while the hub is unreachable. When a kiosk pairs, the hub gives it a
// slot; the slot's block of numbers is its own for good (blocks of 200 by default:
// slot 0 → 101–299, slot 1 → 301–499, ...). The kiosk numbers its orders inside
// that block with its own day counter, so it needs the hub only once, at pairing.
// Numbers stay short enough to call out and print large: three digits for the
// first five kiosks. A kiosk that takes more orders in a day than its block holds
// goes on in the same block 10 000 higher (10101–10299, then 20101–...), so a
// number is never reused on the same day (a number called "101" twice in a day
// would send two customers to the counter).

export interface NumberPlan {
  /** The kiosk's slot at the hub (0, 1, ...). */
  slot: number;
  /** First and last number of the block (inclusive). */
  first: number;
  last: number;
}

export const DEFAULT_BLOCK_SIZE = 200;
/** Numbers below this are left to kiosks that have never paired (they count from 1). */
export const PLAN_BASE = 100;
/** Where a kiosk's numbers go once its block is used up for the day. */
export const LAP_STRIDE = 10_000;

export class NumberPlanError extends Error {}

/** How many kiosks a store can pair with blocks of this size. */
export function slotCapacity(blockSize: number): number {
  return Math.floor((LAP_STRIDE - PLAN_BASE) / blockSize);
}

export function checkBlockSize(blockSize: number): void {
  if (!Number.isInteger(blockSize) || blockSize < 10 || blockSize > 5000) {
    throw new NumberPlanError(`the block size must be a whole number from 10 to 5000, not ${blockSize}`);
  }
}

/** The block of a slot: 100 + slot × size + 1 up to the next hundred-boundary minus one (its "x00" stays unused). */
export function planForSlot(slot: number, blockSize = DEFAULT_BLOCK_SIZE): NumberPlan {
  checkBlockSize(blockSize);
  if (!Number.isInteger(slot) || slot < 0) throw new NumberPlanError(`a slot is a whole number from 0, not ${slot}`);
  if (slot >= slotCapacity(blockSize)) {
    throw new NumberPlanError(`no more than ${slotCapacity(blockSize)} kiosks can pair with blocks of ${blockSize} numbers`);
  }
  const first = PLAN_BASE + slot * blockSize + 1;
  return { slot, first, last: first + blockSize - 2 };
}

/**
 * The order number for the n-th order (1-based) of a business day at a kiosk. Without
 * a plan (never paired) numbers are 1, 2, 3, ... as on a kiosk that stands alone.
 */
export function orderNumber(plan: NumberPlan | undefined, n: number): number {
  if (!Number.isInteger(n) || n < 1) throw new NumberPlanError(`the day's order count starts at 1, not ${n}`);
  if (!plan) return n;
  const size = plan.last - plan.first + 1;
  const lap = Math.floor((n - 1) / size);
  return lap * LAP_STRIDE + plan.first + ((n - 1) % size);
}

/** Is this a well-formed plan (as read back from a file or a hub's answer)? */
export function isNumberPlan(v: unknown): v is NumberPlan {
  const p = v as NumberPlan;
  return (
    typeof v === "object" && v !== null && Number.isInteger(p.slot) && p.slot >= 0 &&
    Number.isInteger(p.first) && Number.isInteger(p.last) && p.first > PLAN_BASE && p.last >= p.first && p.last < LAP_STRIDE
  );
}
