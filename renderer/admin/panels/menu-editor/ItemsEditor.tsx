// Items: names and descriptions per language, price, category, picture, sold out,
// other names customers use, and which option groups apply (narrowed per item).
import { useState } from "react";
import { readAlias, writeAlias } from "../../../../shared/menu-editor/sheet-cells.ts";
import type { ItemGroupRef } from "../../../../shared/menu/schema.ts";
import { freshId, narrowItemGroup, setItemUsesGroup, typedNumber, type DraftItem } from "./draft.ts";
import { Check, Choose, Field, PickList, TextFields } from "./fields.tsx";
import { PictureField } from "./PictureField.tsx";
import type { EditorPartProps } from "./types.ts";

export function ItemsEditor(props: EditorPartProps) {
  const { draft, change, problems, w, lang } = props;
  const [selected, setSelected] = useState<number | undefined>(draft.items.length ? 0 : undefined);
  const index = selected !== undefined && selected < draft.items.length ? selected : undefined;
  const add = () => {
    change((d) => ({ ...d, items: [...d.items, { id: freshId("item", d.items), category: d.categories[0]?.id ?? "", name: {}, price: "" }] }));
    setSelected(draft.items.length);
  };
  return (
    <div className="menu-two-columns">
      <PickList
        label={w("items")}
        entries={draft.items}
        selected={index}
        onSelect={setSelected}
        name={(i) => i.name[lang] ?? Object.values(i.name)[0] ?? ""}
        problemPath={(i) => `items[${i}]`}
        problems={problems}
        actions={
          <button type="button" className="admin-button" onClick={add}>
            {w("addItem")}
          </button>
        }
      />
      {index === undefined ? <p className="menu-hint">{w("chooseItem")}</p> : <ItemForm {...props} index={index} onRemoved={() => setSelected(undefined)} />}
    </div>
  );
}

function ItemForm({ draft, change, problems, w, call, lang, index, onRemoved }: EditorPartProps & { index: number; onRemoved(): void }) {
  const item = draft.items[index]!;
  const path = `items[${index}]`;
  const langs = draft.store.languages;
  const set = (fn: (i: DraftItem) => DraftItem) => change((d) => ({ ...d, items: d.items.map((x, j) => (j === index ? fn(x) : x)) }));
  const selectOf = (g: string) => draft.optionGroups.find((x) => x.id === g)?.select;
  const text = (t: Record<string, string> | undefined) => t?.[lang] ?? Object.values(t ?? {})[0] ?? "";
  const refOf = (gid: string): Exclude<ItemGroupRef, string> | undefined => {
    const r = (item.optionGroups ?? []).find((x) => (typeof x === "string" ? x : x.group) === gid);
    return r === undefined ? undefined : typeof r === "string" ? { group: r } : r;
  };
  return (
    <form className="menu-form" aria-label={text(item.name) || item.id} onSubmit={(e) => e.preventDefault()}>
      <Field label={w("id")} value={item.id} path={`${path}.id`} problems={problems} onChange={(v) => set((i) => ({ ...i, id: v }))} />
      <TextFields label={w("name")} value={item.name} languages={langs} path={`${path}.name`} problems={problems} onChange={(name) => set((i) => ({ ...i, name }))} />
      <Choose
        label={w("category")}
        value={item.category}
        path={`${path}.category`}
        problems={problems}
        options={[{ value: "", label: w("none") }, ...draft.categories.map((c) => ({ value: c.id, label: text(c.name) || c.id }))]}
        onChange={(v) => set((i) => ({ ...i, category: v }))}
      />
      <Field label={w("price")} value={String(item.price)} inputMode="numeric" path={`${path}.price`} problems={problems} onChange={(v) => set((i) => ({ ...i, price: typedNumber(v) }))} />
      <PictureField w={w} call={call} value={item.image} path={`${path}.image`} problems={problems} onChange={(image) => set((i) => withOptional(i, "image", image))} />
      <Check label={w("soldOut")} checked={Boolean(item.soldOut)} onChange={(v) => set((i) => withOptional(i, "soldOut", v ? true : undefined))} />
      <TextFields
        label={w("description")}
        value={item.description}
        languages={langs}
        path={`${path}.description`}
        problems={problems}
        multiline
        onChange={(description) => set((i) => withOptional(i, "description", Object.keys(description).length ? description : undefined))}
      />
      {langs.map((l) => (
        <Field
          key={l}
          label={`${w("aliases")} (${l})`}
          multiline
          withInner
          value={(item.aliases?.[l] ?? []).map(writeAlias).join("\n")}
          path={`${path}.aliases.${l}`}
          problems={problems}
          onChange={(v) =>
            set((i) => {
              const list = v.split("\n").map((s) => s.trim()).filter(Boolean).map((s) => readAlias(s, selectOf));
              const aliases = { ...(i.aliases ?? {}) };
              if (list.length) aliases[l] = list as never;
              else delete aliases[l];
              return withOptional(i, "aliases", Object.keys(aliases).length ? aliases : undefined);
            })
          }
        />
      ))}
      <fieldset className="menu-texts">
        <legend>{w("optionGroups")}</legend>
        {draft.optionGroups.map((g) => {
          const ref = refOf(g.id);
          const ri = (item.optionGroups ?? []).findIndex((x) => (typeof x === "string" ? x : x.group) === g.id);
          const all = (g.choices ?? []).map((c) => c.id);
          const offered = ref?.choices ?? all;
          return (
            <div key={g.id} className="menu-group-use">
              <Check label={text(g.name) || g.id} checked={ref !== undefined} onChange={(v) => set((i) => setItemUsesGroup(i, g.id, v))} />
              {ref && g.select !== "count" && all.length > 1 ? (
                <div className="menu-narrow" role="group" aria-label={`${text(g.name)}: ${w("narrowTo")}`}>
                  {(g.choices ?? []).map((c) => (
                    <Check
                      key={c.id}
                      label={text(c.name) || c.id}
                      checked={offered.includes(c.id)}
                      onChange={(v) => {
                        const next = all.filter((id) => (id === c.id ? v : offered.includes(id)));
                        set((i) => narrowItemGroup(i, g.id, { choices: next.length === all.length ? undefined : next }));
                      }}
                    />
                  ))}
                </div>
              ) : null}
              {ref && g.select === "one" ? (
                <Choose
                  label={`${text(g.name)}: ${w("itemDefault")}`}
                  value={typeof ref.default === "string" ? ref.default : ""}
                  path={`${path}.optionGroups[${ri}]`}
                  problems={problems}
                  options={[{ value: "", label: w("default") }, ...(g.choices ?? []).filter((c) => offered.includes(c.id)).map((c) => ({ value: c.id, label: text(c.name) || c.id }))]}
                  onChange={(v) => set((i) => narrowItemGroup(i, g.id, { default: v || undefined }))}
                />
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <button
        type="button"
        className="admin-button secondary"
        onClick={() => {
          change((d) => ({ ...d, items: d.items.filter((_, j) => j !== index) }));
          onRemoved();
        }}
      >
        {w("remove")}
      </button>
    </form>
  );
}

function withOptional<T extends object, K extends string>(obj: T, key: K, value: unknown): T {
  const out = { ...obj } as Record<string, unknown>;
  if (value === undefined) delete out[key];
  else out[key] = value;
  return out as T;
}
