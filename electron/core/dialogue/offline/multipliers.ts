// "pad thai x2 tofu", "pad thai x 2", "2x pad thai", "pad thai times 2": a multiplier sign
// said with a number is how many, also where the number is a choice's name on the menu
// (a spice level "2"), and also where the sign comes first, as people write and say it
// after the thing ("x2"). A number before its counter ("two times") is read where
// numbers meet their counters (atoms.ts); this only puts these forms in that order.
import type { Atom } from "./atoms.ts";
import { parseDigits } from "./numbers.ts";

type Counted = Atom & { counter?: "times" | "unit" };

/** English multiplier signs that may come before the number. */
const SIGN_FIRST = /^(?:x|times)$/i;

const isTimes = (a: Counted | undefined): boolean => a?.kind === "kw" && a.counter === "times";

/** A choice named by digits alone ("2" of a spice scale) read as the number it is. */
function digitsAsNumber(a: Counted | undefined): Counted | undefined {
  if (a?.kind === "num") return a.article ? undefined : a;
  if (a?.kind !== "menu" || !a.refs.every((r) => r.kind === "choice")) return undefined;
  const value = parseDigits(a.text);
  return value === undefined ? undefined : { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "num", value, times: false, counted: false, article: false, flags: {} };
}

export function multipliers<T extends Counted>(atoms: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const next = atoms[i + 1];
    const prev = out[out.length - 1];
    // "2x": the digits before the sign are a number, not the choice "2".
    if (a.kind === "menu" && isTimes(next) && next!.tok0 === a.tok1 + 1) {
      const n = digitsAsNumber(a);
      if (n) {
        out.push(n as T);
        continue;
      }
    }
    // "x2", "times 2": the sign first, then the number; nothing counted before the sign.
    const n = isTimes(a) && SIGN_FIRST.test(a.text) && prev?.kind !== "num" && next && next.tok0 === a.tok1 + 1 ? digitsAsNumber(next) : undefined;
    if (n?.kind === "num") {
      out.push({ ...n, start: a.start, tok0: a.tok0, text: `${a.text} ${n.text}`, times: true, counted: true, unit: a.text } as T);
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
