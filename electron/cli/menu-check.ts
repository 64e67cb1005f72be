// `kiosk menu check FILE`: exit 0 and a one-line summary, or exit 1 and every problem.
import { loadMenuFile, MenuError } from "../core/menu/load.ts";
import { UsageError } from "./args.ts";

export async function runMenuCommand(argv: string[]): Promise<number> {
  const [sub, file, ...extra] = argv;
  if (sub !== "check" || !file || extra.length > 0) throw new UsageError("usage: kiosk menu check FILE");
  try {
    const { model } = await loadMenuFile(file);
    const m = model.menu;
    const soldOut = m.items.filter((i) => i.soldOut).length;
    console.log(
      `ok: ${m.store.id} (${model.text(m.store.name, model.defaultLanguage)}): ${m.items.length} items in ${m.categories.length} categories, ` +
        `${m.optionGroups.length} option groups, ${(m.orderOptions ?? []).length} order options, languages ${m.store.languages.join("/")}, ${m.store.currency}` +
        (soldOut ? `, ${soldOut} sold out` : ""),
    );
    return 0;
  } catch (err) {
    if (!(err instanceof MenuError)) throw err;
    console.error(`${file}: ${err.problems.length} problem${err.problems.length === 1 ? "" : "s"}`);
    for (const p of err.problems) console.log(p);
    return 1;
  }
}
