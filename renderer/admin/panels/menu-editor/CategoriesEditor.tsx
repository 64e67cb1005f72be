// Categories: add, rename in each store language, reorder, remove (an item left in a
// removed category is reported by the validator, next to that item).
import { freshId, move, renameCategory } from "./draft.ts";
import { Field, TextFields } from "./fields.tsx";
import type { EditorPartProps } from "./types.ts";

export function CategoriesEditor({ draft, change, problems, w }: EditorPartProps) {
  const langs = draft.store.languages;
  return (
    <div className="menu-categories">
      <ol>
        {draft.categories.map((c, i) => (
          <li key={i} className="menu-card">
            <Field label={w("id")} value={c.id} path={`categories[${i}].id`} problems={problems} onChange={(v) => change((d) => renameCategory(d, c.id, v))} />
            <TextFields
              label={w("name")}
              value={c.name}
              languages={langs}
              path={`categories[${i}].name`}
              problems={problems}
              onChange={(name) => change((d) => ({ ...d, categories: d.categories.map((x, j) => (j === i ? { ...x, name } : x)) }))}
            />
            <div className="menu-row-actions">
              <button type="button" className="admin-button secondary" disabled={i === 0} onClick={() => change((d) => ({ ...d, categories: move(d.categories, i, -1) }))}>
                {w("moveUp")}
              </button>
              <button type="button" className="admin-button secondary" disabled={i === draft.categories.length - 1} onClick={() => change((d) => ({ ...d, categories: move(d.categories, i, 1) }))}>
                {w("moveDown")}
              </button>
              <button type="button" className="admin-button secondary" onClick={() => change((d) => ({ ...d, categories: d.categories.filter((_, j) => j !== i) }))}>
                {w("remove")}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="admin-button" onClick={() => change((d) => ({ ...d, categories: [...d.categories, { id: freshId("category", d.categories), name: {} }] }))}>
        {w("addCategory")}
      </button>
    </div>
  );
}
