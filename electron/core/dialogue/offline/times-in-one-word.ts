// "big plate chicken, the large, with extra noodles twice", "griot with extra plantains twice":
// "twice" (and "thrice") is a number of times in one word, as "x2" and "two times" are, and
// counts the option said before it (held-out r100a-005, r97b-016 left it unknown and made one
// extra). Only a word the menu does not know ("twice cooked pork" is a name, read as one), said
// at the end of its part ("with twice the meat" is left as said: probe noodle-031).
import type { Scan } from "./scan.ts";

const TIMES: Record<string, number> = { twice: 2, thrice: 3 };

export function timesInOneWord(sc: Scan): Scan {
  if (!sc.atoms.some((a) => a.kind === "unknown" && TIMES[a.text.trim().toLowerCase()] !== undefined)) return sc;
  const read = new Set<string>();
  const atoms = sc.atoms.map((a, i) => {
    const n = a.kind === "unknown" ? TIMES[a.text.trim().toLowerCase()] : undefined;
    // (Said last, after what it counts: not "with twice the meat", a measure of what follows.)
    const next = sc.atoms[i + 1];
    if (n === undefined || (next && next.kind !== "sep")) return a;
    read.add(a.text);
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "num" as const, value: n, times: true, counted: true, article: false, flags: {}, unit: "times" };
  });
  return { ...sc, atoms, unknownWords: sc.unknownWords.filter((w) => !read.has(w)) };
}
