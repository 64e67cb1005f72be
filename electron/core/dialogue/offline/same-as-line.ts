// The kiosk asked a choice of one line ("Which size for the Iced Tea?") and the customer
// answers "same as the Coke": the choice the other line has, where exactly one other line of
// that item holds a choice of that group the asked item offers. A cashier is sure.
import type { Ask } from "../engine.ts";
import { apply, lineById, lineChanged, type TurnDraft } from "./turn-draft.ts";
import type { Outcome } from "./outcomes.ts";
import { keyOf } from "./name-forms.ts";

const SAME_AS = /^\s*(?:and\s+|just\s+)?(?:the\s+)?same\s+(?:as|like)\s+(?:the|my)?\s*[^,.;!?]+?[\s.,!]*(?:please)?[\s.!]*$/i;

export function sameChoiceAsLine(d: TurnDraft, ask: Ask | undefined): Outcome[] | undefined {
  const u = d.utterance;
  if (u.lang !== "en" || ask?.kind !== "choice" || !SAME_AS.test(u.text)) return undefined;
  const asked = lineById(d.state, ask.lineId);
  const units = u.units.filter((x) => x.kind === "item" && x.item);
  if (!asked || units.length !== 1 || u.bare.some((b) => b.mods.length) || units[0]!.mods.length || units[0]!.qtyExplicit) return undefined;
  const offered = d.menu.itemGroup(asked.item, ask.group);
  const others = d.state.lines.filter((l) => l.id !== asked.id && l.item === units[0]!.item);
  // (Of the same group, else of another the other item has whose choice is named as one the
  // asked group offers: the empanada's "Chicken" filling for the croqueta's.)
  const nameOf = (group: string, id: string) => keyOf(d.menu.groups.get(group)?.choices?.find((c) => c.id === id)?.name.en ?? id);
  const offeredAs = (group: string, v: unknown) => (typeof v === "string" ? offered?.choices.find((c) => (group === ask.group ? c.id === v : keyOf(c.name.en ?? c.id) === nameOf(group, v)))?.id : undefined);
  const fromLine = (l: (typeof others)[number]) => {
    const own = offeredAs(ask.group, l.options[ask.group]);
    if (own || ask.group in l.options) return own ? [own] : [];
    return [...new Set(Object.entries(l.options).flatMap(([g, v]) => offeredAs(g, v) ?? []))];
  };
  const values = others.flatMap(fromLine);
  if (values.length !== 1 || others.length !== 1) return undefined;
  const r = apply(d, { type: "setOptions", lineId: asked.id, options: { [ask.group]: values[0]! } });
  if (!r.ok) return undefined;
  return [{ kind: "acted-on", text: u.text }, lineChanged(d, r.lineId ?? asked.id, asked.id)];
}
