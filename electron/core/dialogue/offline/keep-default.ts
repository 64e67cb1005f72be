// Keeping what an item comes with: "핫도그 하나 양파는 넣고 피클만 빼 주세요", "아 피클 그냥
// 넣어 주세요", "a hot dog, keep the onions, just no relish", "actually leave the relish on".
// The menu shows what an item comes with by a removal of it ("양파 빼기", "No relish"); its
// thing said with a verb that puts it in or keeps it (넣어, 올려, keep, leave) is kept: a
// removal of it on the line is taken back, and beside a removal of something else
// ("X는 넣고 Y만 빼고": the contrast) it asks for nothing — not the removal, and not an
// extra of it where the menu sells one too ("숙주는 넣고" is not 숙주 추가). Said alone of
// a line without that removal it stays what it was (options.ts: an extra, or a guess).
import type { MenuModel } from "../../../../shared/menu/model.ts";
import type { Atom } from "./scan.ts";
import type { Bare, Mod, ParseContext, Unit } from "./utterance.ts";
import { removalOfItem } from "./removal-named-item.ts";

/** Korean verbs that put a thing in or on (not 추가, which asks for more of it). */
const PUT_IN = /^(?:넣|올려|올리|얹|들어)/;
/** English verbs that keep a thing ("keep the onions", "leave the relish on"). */
const KEEP = /^(?:keep|leave)$/i;
/** English words that say a thing said before them is wanted after all ("cabbage is fine"). */
const FINE = /^(?:fine|ok|okay|good)$/i;

/** Marks the kept things; the words of the verbs that keep them (their role is given here). */
export function markKept(atoms: readonly Atom[], units: readonly Unit[], bare: readonly Bare[], explained: Set<number>): string[] {
  const verbs: string[] = [];
  const mods = [...units.flatMap((u) => [...u.mods, ...u.parts.flatMap((p) => p.mods)]), ...bare.flatMap((b) => [...b.mods, ...b.parts.flatMap((p) => p.mods)])];
  for (const m of mods) {
    if (m.kind !== "choice" || m.neg || (!m.onlyRefused && !m.leftOutOnly?.length)) continue;
    const i = atoms.findIndex((a) => a.start === m.at && a.kind === "menu");
    if (i < 0) continue;
    const verb = keptBy(atoms, i);
    if (verb === undefined) continue;
    m.keep = true;
    // ("X는 넣고 Y만 빼 주세요": something else refused in the same breath.)
    // (Or "with onions no cilantro", the removal said by the menu's name: with-then-without.ts.)
    if (mods.some((o) => o !== m && o.kind === "choice" && o.neg) || (atoms[i]!.kind === "menu" && atoms[i]!.flags.kept)) m.contrast = true;
    explained.add(verb.start);
    verbs.push(verb.text);
  }
  return verbs;
}

/**
 * "a sandwich hot no slaw" → "actually leave the slaw on", where the slaw is also sold
 * alone: the thing kept is the one the line in hand spells a removal of ("No slaw") and
 * has, not a side of slaw ordered. Its removal is taken back, as for a thing kept that is
 * only an option. Only where one line in hand holds that removal.
 */
export function keptItemsAsRemovals(atoms: readonly Atom[], units: Unit[], bare: Bare[], menu: MenuModel, focus: ParseContext["focus"], explained: Set<number>): string[] {
  const verbs: string[] = [];
  for (let k = 0; k < units.length; k++) {
    const u = units[k]!;
    if (u.kind !== "item" || !u.item || u.qtyExplicit || u.mods.length || u.parts.length || u.remove || u.asked || u.replaced) continue;
    const i = atoms.findIndex((a) => a.kind === "menu" && a.text === u.text && a.refs.some((r) => r.kind === "item" && r.item === u.item));
    const verb = i < 0 ? undefined : keptBy(atoms, i);
    if (!verb) continue;
    const holders = (focus ?? []).flatMap((l) => {
      const hit = removalOfItem(menu, l.item, u.item!, u.text);
      const held = hit ? l.options?.[hit.group] : undefined;
      return hit && Array.isArray(held) && held.includes(hit.choice) ? [hit] : [];
    });
    if (holders.length !== 1) continue;
    const mod: Mod = { kind: "choice", cands: [{ ...holders[0]!, name: true }], neg: false, text: u.text, onlyRefused: true, keep: true, ...(atoms[i]!.start !== undefined ? { at: atoms[i]!.start } : {}) };
    bare.push({ qtyExplicit: false, mods: [mod], parts: [], kws: u.kws, corrects: u.corrects, both: false, only: false, clause: u.clause, asked: false, setQty: false });
    units.splice(k--, 1);
    explained.add(verb.start);
    verbs.push(verb.text);
  }
  return verbs;
}

/** The verb that keeps the thing at `i`, if one does. */
/** "is fine", "are ok" at k: the thing said right before is wanted ("cabbage is fine"). */
export function saidToBeFine(atoms: readonly Atom[], k: number): boolean {
  const be = atoms[k];
  const fine = atoms[k + 1];
  return be?.kind === "kw" && /^(?:is|are)$/i.test(be.text.trim()) && fine?.kind === "kw" && fine.keywords.includes("yes") && FINE.test(fine.text.trim());
}

function keptBy(atoms: readonly Atom[], i: number): Atom | undefined {
  const a = atoms[i]!;
  // Fillers ("양파 그냥 넣어 주세요", "keep the onions") and the rest of a list of things
  // ("양파랑 케첩은 넣고", "keep the onions and ketchup") may stand between.
  const between = (x: Atom | undefined) =>
    !!x &&
    ((x.kind === "kw" && x.keywords.every((k) => k === "filler" || k === "the")) ||
      (x.kind === "sep" && x.why === "conj") ||
      (x.kind === "menu" && x.refs.length > 0 && x.refs.every((r) => r.kind === "choice" || r.kind === "group")));
  if (/[\uac00-\ud7a3]/.test(a.text)) {
    let j = i + 1;
    while (between(atoms[j])) j++;
    const v = atoms[j];
    return v?.kind === "kw" && v.keywords.includes("add") && PUT_IN.test(v.text) ? v : undefined;
  }
  // ("leave the onions off", "keep them out": taken off, not kept.)
  let k = i + 1;
  while (between(atoms[k])) k++;
  if (/^(?:off|out)$/i.test(atoms[k]?.text ?? "")) return undefined;
  // ("oh never mind, cabbage is fine": the thing said to be fine, after it, is kept.)
  if (saidToBeFine(atoms, k - 1)) return atoms[k];
  let j = i - 1;
  while (between(atoms[j])) j--;
  const v = atoms[j];
  if (v && (v.kind === "unknown" || v.kind === "kw") && KEEP.test(v.text)) return v;
  // ("with onions no cilantro", "just the onions no cilantro": with-then-without.ts.)
  if (a.kind === "menu" && a.flags.kept) return v?.kind === "kw" && v.keywords.includes("with") ? v : a;
  return undefined;
}

/** The choices of a kept mod that leave its thing off ("hold/onion"). */
export function keptRemovals(m: Mod & { kind: "choice" }): Array<{ group: string; choice: string }> {
  if (m.onlyRefused) return m.cands;
  // (From the words' own refs: "미더덕" names "미더덕 추가" too, and the mod's choices keep only that.)
  return (m.leftOutOnly ?? []).map((k) => ({ group: k.slice(0, k.indexOf("/")), choice: k.slice(k.indexOf("/") + 1) }));
}
