// What a phrase of the menu refers to: an item (or a partial name of one), a choice, an
// option group, an order option, a category or a tag. lexicon.ts builds the phrases and
// re-exports the type, which most of the engine reads.
import type { OptionValue } from "../../../../shared/menu/schema.ts";

export type MenuRef =
  | { kind: "item"; item: string; preset?: Record<string, OptionValue>; partial: boolean }
  | { kind: "choice"; group: string; choice: string; name: boolean; derived?: true; clipped?: true; refused?: true }
  /** `times`: "double", "triple patty" for a count every item comes with at least one of: that many in all. */
  | { kind: "group"; group: string; add: boolean; times?: number }
  | { kind: "order"; group: string; choice: string }
  | { kind: "orderGroup"; group: string }
  | { kind: "category"; category: string; partial: boolean }
  | { kind: "tag"; tag: string };

/** The refs with repeats left out. */
export function dedupe(refs: MenuRef[]): MenuRef[] {
  const seen = new Set<string>();
  return refs.filter((r) => {
    const k = JSON.stringify(r);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
