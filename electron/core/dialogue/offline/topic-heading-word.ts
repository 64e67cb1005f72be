// Korean "굴순두부 하나 … 밥은 흑미로 주세요", "들깨순두부 하나랑 비지찌개 하나 … 밥은 둘 다
// 흑미로요": a word said with 은/는 and no count, that names an item sold alone (밥 for the
// 공기밥) and the group of the dishes just named (their rice, "공기밥"), then a choice of that
// group, is the group's heading: the dishes' rice is black rice. Read as the item it added a
// bowl of black rice, answered alone (blind round 37, twice in one store). English says it
// with "with" (group-heading-word.ts).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { asFiller } from "./atom-forms.ts";
import { keyOf, keyWithoutParticle } from "./name-forms.ts";
import type { Atom } from "./scan.ts";

type MenuAtom = Atom & { kind: "menu" };
const isMenu = (a: Atom | undefined): a is MenuAtom => a?.kind === "menu";

export function topicWordAsGroupHeading(atoms: Atom[], menu: MenuModel): Atom[] {
  return atoms.map((a, i) => {
    if (!isMenu(a) || a.fuzzy || !a.flags.topic || !a.refs.length || !a.refs.every((r) => r.kind === "item")) return a;
    if (atoms[i - 1]?.kind === "num" || atoms[i + 1]?.kind === "num") return a;
    // The choice said next ("둘 다" / "both" may come between).
    let j = i + 1;
    while (atoms[j]?.kind === "kw" && (atoms[j] as Atom & { kind: "kw" }).keywords.every((k) => k === "both" || k === "filler")) j++;
    const next = atoms[j];
    if (!isMenu(next) || !next.refs.length || !next.refs.every((r) => r.kind === "choice")) return a;
    const groups = new Set(next.refs.flatMap((r) => (r.kind === "choice" ? [r.group] : [])));
    // The dishes named before it in the turn, every one of them taking that group.
    const dishes = atoms.slice(0, i).flatMap((x) => (isMenu(x) && x.refs.every((r) => r.kind === "item") ? [x.refs.map((r) => (r.kind === "item" ? r.item : ""))] : []));
    if (!dishes.length) return a;
    const said = keyWithoutParticle(a.text);
    const heads = [...groups].filter((g) => {
      const names = Object.values(menu.groups.get(g)?.name ?? {}).map(keyOf);
      return names.some((n) => n.includes(said)) && dishes.every((its) => its.some((it) => menu.itemGroup(it, g)));
    });
    return heads.length === 1 ? asFiller(a) : a;
  });
}
