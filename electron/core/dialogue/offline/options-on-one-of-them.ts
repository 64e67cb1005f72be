// English "two chicken plates with kimchi and hold the rice on one of them": options said
// right before "on one of them" / "for one" are that part's, not the whole line's. Said
// after a comma the clause is a part of its own (english-phrases.ts anotherOrPart); said
// in one run with the item's "with …" list they were read as the line's, and both plates
// lost their rice.
import type { Atom } from "./scan.ts";
import type { Part, Unit } from "./utterance.ts";

const ON = /^(?:on|for|in|to)$/i;

/**
 * `num` opens `part` of `u`. When it follows "on"/"for", the options named right before
 * it, back to an "and", move from the line to the part.
 */
export function optionsBeforeThePart(atoms: readonly Atom[], num: Atom & { kind: "num" }, u: Unit, part: Part): void {
  let i = atoms.indexOf(num) - 1;
  const on = atoms[i]?.kind === "kw" && ON.test(atoms[i]!.text.trim());
  // (Not "all with garlic sauce but one of them no salad": what comes before is said of all.)
  if (!on) return;
  i--;
  const run: number[] = [];
  for (; i >= 0; i--) {
    const a = atoms[i]!;
    if (a.kind !== "menu" || !a.refs.every((r) => r.kind === "choice")) break;
    run.push(a.start);
  }
  // (Said after "and": "with kimchi and hold the rice on one of them".)
  if (!run.length || atoms[i]?.kind !== "sep") return;
  const moved = u.mods.filter((m) => m.at !== undefined && run.includes(m.at));
  if (moved.length !== run.length) return;
  u.mods = u.mods.filter((m) => !moved.includes(m));
  part.mods.push(...moved);
}
