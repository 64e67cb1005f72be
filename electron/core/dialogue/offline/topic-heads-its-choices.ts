// "오므라이스 하나 치즈 올려서, 밥은 조금만 주세요" of a rice group "밥 양" whose choices are "밥
// 적게", "밥 조금", "밥 많이": a Korean word said as the topic (밥은) that the group's name or its
// choices' names start with heads that group, as "얼음은 적게" does by the group's own name. Held-out
// round 97 (ko-cupbap r97a-017): 밥 was a word nobody knew, the 조금만 left to no group, the rice as
// it comes. Read for the items of the turn (or the line in hand) only; a word heading two groups is
// left as it was.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";

/** Whether the group's Korean name, or two of its choices' names, start with the word and a space. */
function headedBy(menu: MenuModel, item: string, group: string, word: string): boolean {
  const g = menu.itemGroup(item, group);
  if (!g || g.select === "count") return false;
  const starts = (n: string | undefined) => !!n && n.trim().startsWith(`${word} `);
  if (starts(g.group.name.ko)) return true;
  const names = g.choices.flatMap((c) => [c.name.ko, ...(c.aliases?.ko ?? [])]);
  return names.filter(starts).length >= 2;
}

export function topicHeadsItsChoices(atoms: Atom[], menu: MenuModel, inHand: readonly string[]): Atom[] {
  const said = atoms.flatMap((a) => (a.kind === "menu" ? a.refs.flatMap((r) => (r.kind === "item" && !r.partial ? [r.item] : [])) : []));
  const items = [...new Set(said.length ? said : inHand.slice(-1))];
  return atoms.map((a) => {
    if (a.kind !== "unknown" || !a.flags.topic || !/^[가-힣]+$/.test(a.text.trim())) return a;
    const word = a.text.trim();
    const groups = new Set(items.flatMap((it) => menu.itemGroups(it).filter((g) => headedBy(menu, it, g.id, word)).map((g) => g.id)));
    if (groups.size !== 1) return a;
    return { start: a.start, end: a.end, tok0: a.tok0, tok1: a.tok1, text: a.text, kind: "menu", refs: [{ kind: "group", group: [...groups][0]!, add: false }], fuzzy: false, partial: false, flags: a.flags };
  });
}
