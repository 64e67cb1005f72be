// A read-back check: a counted add-on made one more from its word alone, right before a choice
// of the same line. "칠라킬레스 하나 계란은 스크램블로요", "an omelette plate, eggs scrambled": the
// word for the eggs names the counted "Extra eggs" too, and read so it added an egg beside the
// scrambled eggs asked for, answered alone (blind round 64). A thing's word said with no number
// and no adding word, followed by how it is made, is the subject of that choice as likely as
// one more of it; whatever step read it, the count raised so is the engine's guess.
import { saysCountName } from "./extra-of-choice.ts";
import type { Atom } from "./scan.ts";
import { type TurnResult, linesReached } from "./turn-draft.ts";

export function countWordBeforeItsChoice(d: TurnResult): string[] {
  const u = d.utterance;
  const out: string[] = [];
  for (const x of u.units) {
    if (x.asked || !x.item) continue;
    for (const m of x.mods) {
      // The counted group the word raised: as a count, or as a choice whose words also name a
      // counted group the item has instead ("egg scrambled" of a dish with "Extra egg", blind round 63).
      const counted = m.kind === "count" && !m.numbered && m.op === "add" ? m.group : m.kind === "choice" && m.orCount && !m.orCount.numbered && !m.neg ? m.orCount.group : undefined;
      if (counted === undefined || m.at === undefined) continue;
      const i = u.atoms.findIndex((a) => a.start === m.at);
      const word = u.atoms[i];
      // (Nor the add-on's own name, "chicken malai roll double filling medium": said so, it is ordered.)
      if (word?.kind !== "menu" || saysMore(word) || saysCountName(d.menu, counted, word.text)) continue;
      const next = u.atoms[i + 1];
      if (next?.kind !== "menu" || !next.refs.length || !next.refs.every((r) => r.kind === "choice" && d.menu.itemGroup(x.item!, r.group)?.select === "one")) continue;
      const raised = linesReached(d).some((l) => {
        if (l.item !== x.item) return false;
        const was = d.before.lines.find((b) => b.id === l.id)?.options[counted] ?? d.menu.itemGroup(l.item, counted)?.default ?? 0;
        const now = l.options[counted];
        return typeof now === "number" && typeof was === "number" && now > was;
      });
      if (raised) out.push(`"${m.text}" made one more of ${counted}, said with no number right before "${next.text}"`);
    }
  }
  return out;
}

/** The word itself says more: an adding word after it, "extra", 더, or a name that adds ("extra egg", "계란 추가"). */
function saysMore(a: Atom & { kind: "menu" }): boolean {
  return !!(a.flags.added || a.flags.extra || a.flags.more) || a.refs.some((r) => r.kind === "group" && (r.add || r.times !== undefined));
}
