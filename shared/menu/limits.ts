// How big a menu may be. The whole menu goes into every model prompt and is
// searched on every offline turn, so a menu file is bounded in size, in counts and
// in text length; past a bound the file is refused with the bound named (a real
// café or restaurant menu is far inside all of them).

export const MENU_LIMITS = {
  /** The menu file, in bytes (images are separate files). */
  fileBytes: 1_000_000,
  items: 500,
  categories: 100,
  /** Option groups and order options together. */
  groups: 100,
  choicesPerGroup: 100,
  /** Aliases per item (or group, choice) per language. */
  aliasesPerLanguage: 50,
  /** Characters of one name, alias or tag. */
  nameChars: 100,
  descriptionChars: 500,
} as const;

type Report = (path: readonly (string | number)[], msg: string) => void;
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Reports every bound the menu (as parsed JSON) goes past. */
export function checkMenuLimits(m: Record<string, unknown>, report: Report): void {
  const L = MENU_LIMITS;
  const count = (list: unknown, max: number, path: string, what: string) => {
    const n = arr(list).length;
    if (n > max) report([path], `${n} ${what}; a menu may have at most ${max}`);
  };
  count(m.items, L.items, "items", "items");
  count(m.categories, L.categories, "categories", "categories");
  const groups = [...arr(m.optionGroups), ...arr(m.orderOptions)];
  if (groups.length > L.groups) report(["optionGroups"], `${groups.length} option groups and order options; a menu may have at most ${L.groups}`);

  const text = (t: unknown, path: (string | number)[], max: number) => {
    if (!isObj(t)) return;
    for (const [lang, s] of Object.entries(t)) if (typeof s === "string" && s.length > max) report([...path, lang], `${s.length} characters; at most ${max}`);
  };
  const aliases = (a: unknown, path: (string | number)[]) => {
    if (!isObj(a)) return;
    for (const [lang, list] of Object.entries(a)) {
      const items = arr(list);
      if (items.length > L.aliasesPerLanguage) report([...path, lang], `${items.length} aliases; at most ${L.aliasesPerLanguage} per language`);
      items.forEach((x, i) => {
        const s = typeof x === "string" ? x : isObj(x) ? x.text : undefined;
        if (typeof s === "string" && s.length > L.nameChars) report([...path, lang, i], `${s.length} characters; at most ${L.nameChars}`);
      });
    }
  };
  if (isObj(m.store)) text(m.store.name, ["store", "name"], L.nameChars);
  for (const [listName, list] of [["orderOptions", m.orderOptions], ["optionGroups", m.optionGroups]] as const) {
    arr(list).forEach((g, gi) => {
      if (!isObj(g)) return;
      text(g.name, [listName, gi, "name"], L.nameChars);
      aliases(g.aliases, [listName, gi, "aliases"]);
      const choices = arr(g.choices);
      if (choices.length > L.choicesPerGroup) report([listName, gi, "choices"], `${choices.length} choices; at most ${L.choicesPerGroup}`);
      choices.forEach((c, ci) => {
        if (!isObj(c)) return;
        text(c.name, [listName, gi, "choices", ci, "name"], L.nameChars);
        aliases(c.aliases, [listName, gi, "choices", ci, "aliases"]);
      });
    });
  }
  arr(m.categories).forEach((c, ci) => isObj(c) && text(c.name, ["categories", ci, "name"], L.nameChars));
  arr(m.items).forEach((it, ii) => {
    if (!isObj(it)) return;
    text(it.name, ["items", ii, "name"], L.nameChars);
    text(it.description, ["items", ii, "description"], L.descriptionChars);
    aliases(it.aliases, ["items", ii, "aliases"]);
    arr(it.tags).forEach((tag, ti) => {
      if (typeof tag === "string" && tag.length > L.nameChars) report(["items", ii, "tags", ti], `${tag.length} characters; at most ${L.nameChars}`);
    });
  });
}
