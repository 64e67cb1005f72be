// "전복죽 맛있다고 해서 왔어요 전복죽 하나 주세요", "쌈이 모자라서요 쌈 추가 하나 해 주세요": an
// item named with no count in talk the engine does not know (words of its own around it),
// then the same item named again with its count, is ordered once: the first was talked about.
// The words around it stay unknown, so the turn is still not answered alone; this only keeps
// the best reading (no model) from making two.
import { theItemNamed } from "./atom-forms.ts";
import type { Atom } from "./scan.ts";

const itemOf = (a: Atom | undefined) => theItemNamed(a, "any");

export function itemNamedInTalk(atoms: Atom[]): Atom[] {
  const drop = new Set<Atom>();
  atoms.forEach((a, i) => {
    const item = itemOf(a);
    if (!item || atoms[i - 1]?.kind === "num" || atoms[i + 1]?.kind !== "unknown") return;
    for (let j = i + 1; j < atoms.length; j++) {
      const b = atoms[j]!;
      if (b.kind === "num" || b.kind === "sep") return;
      if (b.kind !== "menu") continue;
      if (itemOf(b) === item && atoms[j + 1]?.kind === "num") drop.add(a);
      return;
    }
  });
  return drop.size ? atoms.map((a) => (drop.has(a) ? ({ start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "unknown", flags: {} } as Atom) : a)) : atoms;
}
