// "라떼 세 잔" then "하나 줄여 주세요" / "두 잔 줄여 주세요": 줄여 right after a count takes
// that many off (read as the words that take things off, "하나 빼 주세요"), not "make it
// that many" — which "두 잔으로 줄여 주세요" says, with 로. After anything else ("시럽 줄여 주세요": less of it) it asks for something
// this engine cannot measure, and stays a plain request, as before it was known.
import type { Atom } from "./atoms.ts";
import type { Keyword } from "./language.ts";

export function fewerByCount(atoms: Atom[]): Atom[] {
  return atoms.map((a, i) => {
    if (a.kind !== "kw" || !a.keywords.includes("fewer")) return a;
    const prev = atoms[i - 1];
    // ("두 잔으로 줄여 주세요" says the total: the request it always was.)
    const counted = prev?.kind === "num" && !prev.article && !prev.times && !prev.flags.dir;
    const keywords: Keyword[] = [...a.keywords.filter((k) => k !== "fewer" && k !== "request"), counted ? "remove" : "request"];
    return { ...a, keywords };
  });
}
