// Names said in pieces, before a clause is read: a partial name glued to an unknown word
// is one unknown thing, a name said twice is said once, two pieces of one name are that
// name, and (English) a word a kind shares next to one item's name only says its kind.
import type { MenuModel } from "../../../../shared/menu/model.ts";
import { itemOf, type Content } from "./mods.ts";
import type { Atom } from "./scan.ts";

/**
 * A partial name glued to an unknown word ("녹차 아이스크림") is one unknown thing. With
 * `menu` (English): a word the items of a kind share or the kind's own name, right next
 * to the name of one item of that kind ("pizza with everything", "works pizza", "pizza
 * hawaiian"), only says what kind it is; it is returned as explained.
 */
export function mergeUnknownCompounds(content: Content[], atoms: Atom[], menu?: MenuModel): Content[] {
  const kindWords: Content[] = [];
  const kindsOf = (x: Content) => (x.kind === "menu" ? x.refs.flatMap((r) => (r.kind === "item" ? [menu?.item(r.item)?.category] : r.kind === "category" ? [r.category] : [])) : []);
  const sharedKindOf = (shared: Content, full: Content) => {
    if (!menu || shared.kind !== "menu" || full.kind !== "menu" || shared.flags.topic) return false;
    const sharedWord = shared.refs.every((r) => r.kind === "category") || (shared.partial && shared.refs.filter((r) => r.kind === "item").length >= 2);
    const named = full.refs.filter((r) => r.kind === "item");
    return sharedWord && named.length === 1 && full.refs.length === 1 && kindsOf(shared).some((c) => c !== undefined && kindsOf(full).includes(c));
  };
  for (let i = 0; i + 1 < content.length; i++) {
    const a = content[i]!;
    const b = content[i + 1]!;
    // Only words said one right after the other ("녹차 아이스크림", not "스무디 대신 자몽에이드").
    if (atoms.some((x) => x.start >= a.end && x.start < b.start)) continue;
    const partialItem = (x: Content) => x.kind === "menu" && x.partial && x.refs.some((r) => r.kind === "item");
    const fullItem = (x: Content) => x.kind === "menu" && x.refs.some((r) => r.kind === "item");
    const itemId = (x: Content) => (x.kind === "menu" ? itemOf(x) : undefined);
    // ("팥붕 슈붕 세 개씩": two names of one item that say other choices of a group are two kinds.)
    if (fullItem(a) && fullItem(b) && itemId(a) === itemId(b) && !a.flags.topic && !presetsDiffer(a, b)) {
      // "오뎅 오뎅 두 개요": a name said twice in a row is said once; "bacon and egg taco", a
      // name that says choices, then the item's plain name: the choices stay said.
      const carried = presetCarried(a, b);
      if (carried) kindWords.push(a);
      content.splice(i, 2, carried ?? b);
      i--;
      continue;
    }
    if (partialItem(a) && fullItem(b) && itemId(a) === itemId(b)) {
      // "peach" + "iced tea": one name said in two pieces.
      content.splice(i, 1);
      i--;
      continue;
    }
    if (sharedKindOf(a, b) || sharedKindOf(b, a)) {
      const [shared] = content.splice(sharedKindOf(a, b) ? i : i + 1, 1);
      kindWords.push(shared!);
      i--;
      continue;
    }
    if (fullItem(a) && !partialItem(a) && partialItem(b)) {
      // "a large coffee black": a word that is only part of another name, right after a
      // full name, describes it; it is not a second item.
      content.splice(i + 1, 1);
      i--;
      continue;
    }
    // "덥네요 레몬에이드": a word that ended its own sentence (요) does not name the next thing.
    if (a.flags.end || (a.kind === "unknown" && endsAPlainSentence(a.text))) continue;
    const merge =
      (a.kind === "unknown" && (b.kind === "unknown" || fullItem(b) || partialItem(b))) ||
      (partialItem(a) && (b.kind === "unknown" || fullItem(b)));
    if (!merge || b.start < a.end) continue;
    const u: Content = { ...(b as Atom), kind: "unknown", start: a.start, tok0: a.tok0, text: `${a.text} ${b.text}`, flags: { ...b.flags } } as Content;
    content.splice(i, 2, u);
    i--;
  }
  return kindWords;
}

/**
 * "와 오늘 진짜 춥다 어묵 두 개": a Korean word the menu does not know that ends in the plain
 * 다 of a statement (춥다, 좋다, 맛있겠다, 배고프다) closes its own sentence, as "덥네요" does;
 * it names nothing after it. (Nouns ending in 다 — 소다, 사이다, 바다 — have no final
 * consonant before it, and are not these stems.)
 */
function endsAPlainSentence(text: string): boolean {
  const w = text.trim();
  const m = /([\uac00-\ud7a3])다$/.exec(w);
  if (!m || w.length < 2) return false;
  const before = m[1]!;
  const hasFinal = (before.charCodeAt(0) - 0xac00) % 28 !== 0;
  return hasFinal || /[했였겠르프쁘]/.test(before);
}

/** Whether `a` and `b` name the same item with different choices of one group. */
function presetsDiffer(a: Content, b: Content): boolean {
  const preset = (x: Content) => (x.kind === "menu" ? x.refs.find((r) => r.kind === "item" && r.preset) : undefined);
  const [pa, pb] = [preset(a), preset(b)];
  if (pa?.kind !== "item" || pb?.kind !== "item" || !pa.preset || !pb.preset) return false;
  return Object.entries(pa.preset).some(([g, v]) => pb.preset![g] !== undefined && JSON.stringify(pb.preset![g]) !== JSON.stringify(v));
}

/** `b`, the item's name said right after `a` (the same item), with the choices `a`'s name said that `b`'s does not. */
function presetCarried(a: Content, b: Content): Content | undefined {
  if (a.kind !== "menu" || b.kind !== "menu") return undefined;
  const said = a.refs.find((r) => r.kind === "item" && r.preset);
  if (!said || said.kind !== "item" || !said.preset) return undefined;
  const refs = b.refs.map((r) => (r.kind === "item" && r.item === said.item ? { ...r, preset: { ...said.preset, ...r.preset } } : r));
  return { ...b, refs };
}
