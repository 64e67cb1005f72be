// English "oh not the rainbow ones, chocolate sprinkles instead" of a custard with rainbow
// sprinkles: "ones" stands for the head noun left out, and "rainbow", a word the menu has no
// name for alone, is the first word of the one choice the line in hand holds (or this turn
// names) that starts so, "Rainbow sprinkles". Read as that choice, the refusal takes it off;
// left unknown, the sprinkles stayed beside the chocolate ones.
import type { MenuRef } from "./lexicon.ts";
import { spokenNames } from "./name-forms.ts";
import type { Atom } from "./scan.ts";
import type { ParseContext } from "./utterance.ts";

type ChoiceRef = Extract<MenuRef, { kind: "choice" }>;

const words = (s: string) => s.toLowerCase().replace(/[^a-z0-9\s]/g, " ").split(/\s+/).filter(Boolean);

export function choiceByItsFirstWord(atoms: Atom[], ctx: ParseContext): Atom[] {
  const at = atoms.findIndex((a, i) => a.kind === "unknown" && (atoms[i + 1]?.kind === "num" || atoms[i + 1]?.kind === "kw") && /^ones?$/i.test(atoms[i + 1]!.text.trim()));
  if (at < 0) return atoms;
  const a = atoms[at]!;
  const ones = atoms[at + 1]!;
  const said = words(a.text);
  if (!said.length) return atoms;
  const held: ChoiceRef[] = [];
  for (const f of ctx.focus ?? []) for (const [group, v] of Object.entries(f.options ?? {})) for (const choice of Array.isArray(v) ? v : [v]) if (typeof choice === "string") held.push({ kind: "choice", group, choice, name: false });
  for (const x of atoms) if (x.kind === "menu") for (const r of x.refs) if (r.kind === "choice") held.push(r);
  const hits = new Map<string, ChoiceRef>();
  for (const r of held) {
    const c = (ctx.menu.groups.get(r.group)?.choices ?? []).find((x) => x.id === r.choice);
    if (!c) continue;
    const starts = spokenNames(c).some((n) => { const w = words(n); return w.length > said.length && said.every((s, i) => w[i] === s); });
    if (starts) hits.set(`${r.group}/${r.choice}`, { kind: "choice", group: r.group, choice: r.choice, name: false });
  }
  if (hits.size !== 1) return atoms;
  const ref = [...hits.values()][0]!;
  const read = { kind: "menu", refs: [ref], fuzzy: false, partial: false, flags: a.kind === "unknown" ? { ...a.flags } : {}, start: a.start, end: ones.end, tok0: a.tok0, tok1: ones.tok1, text: `${a.text} ${ones.text}` } as Atom;
  return [...atoms.slice(0, at), read, ...atoms.slice(at + 2)];
}

