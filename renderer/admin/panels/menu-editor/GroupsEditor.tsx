// Option groups (and order options, the same form without "applies to"): how they are
// chosen (one / several / a count), required or with a default, choices with prices,
// and which items they apply to.
import { useState } from "react";
import { freshId, itemsUsing, optionalNumber, removeGroup, renameGroup, setItemUsesGroup, setText, typedNumber, type DraftGroup, type GroupList } from "./draft.ts";
import { Check, Choose, Field, PickList, TextFields } from "./fields.tsx";
import type { EditorPartProps } from "./types.ts";

export function GroupsEditor(props: EditorPartProps & { list: GroupList }) {
  const { draft, change, problems, w, lang, list } = props;
  const groups = draft[list] ?? [];
  const [selected, setSelected] = useState<number | undefined>(groups.length ? 0 : undefined);
  const index = selected !== undefined && selected < groups.length ? selected : undefined;
  const add = () => {
    change((d) => {
      const all = [...(d.optionGroups ?? []), ...(d.orderOptions ?? [])];
      const g: DraftGroup = { id: freshId(list === "orderOptions" ? "order-option" : "group", all), name: {}, select: "one", choices: [{ id: "choice-1", name: {} }] };
      return { ...d, [list]: [...(d[list] ?? []), g] };
    });
    setSelected(groups.length);
  };
  return (
    <div className="menu-two-columns">
      <PickList
        label={list === "orderOptions" ? w("orderOptions") : w("groups")}
        entries={groups}
        selected={index}
        onSelect={setSelected}
        name={(g) => g.name[lang] ?? Object.values(g.name)[0] ?? ""}
        problemPath={(i) => `${list}[${i}]`}
        problems={problems}
        actions={
          <button type="button" className="admin-button" onClick={add}>
            {list === "orderOptions" ? w("addOrderOption") : w("addGroup")}
          </button>
        }
      />
      {index === undefined ? <p className="menu-hint">{w("chooseGroup")}</p> : <GroupForm {...props} index={index} onRemoved={() => setSelected(undefined)} />}
    </div>
  );
}

function GroupForm({ draft, change, problems, w, lang, list, index, onRemoved }: EditorPartProps & { list: GroupList; index: number; onRemoved(): void }) {
  const g = (draft[list] ?? [])[index]!;
  const path = `${list}[${index}]`;
  const langs = draft.store.languages;
  const set = (fn: (g: DraftGroup) => DraftGroup) => change((d) => ({ ...d, [list]: (d[list] ?? []).map((x, j) => (j === index ? fn(x) : x)) }));
  const text = (t: Record<string, string> | undefined) => t?.[lang] ?? Object.values(t ?? {})[0] ?? "";
  const field = <K extends keyof DraftGroup>(k: K, v: DraftGroup[K] | undefined) =>
    set((x) => {
      const out = { ...x };
      if (v === undefined) delete out[k];
      else out[k] = v;
      return out;
    });
  const choices = g.choices ?? [];
  const setChoices = (next: NonNullable<DraftGroup["choices"]>) => set((x) => ({ ...x, choices: next }));
  const using = list === "optionGroups" ? itemsUsing(draft, g.id) : [];

  const changeSelect = (select: DraftGroup["select"]) =>
    set((x) => {
      const out: DraftGroup = { ...x, select };
      delete out.default;
      if (select === "count") {
        delete out.choices;
      } else {
        if (!out.choices) out.choices = [{ id: "choice-1", name: {} }];
        delete out.unitPrice;
      }
      if (select === "one") {
        delete out.min;
        delete out.max;
      }
      return out;
    });

  return (
    <form className="menu-form" aria-label={text(g.name) || g.id} onSubmit={(e) => e.preventDefault()}>
      <Field label={w("id")} value={g.id} path={`${path}.id`} problems={problems} onChange={(v) => change((d) => renameGroup(d, list, g.id, v))} />
      <TextFields label={w("name")} value={g.name} languages={langs} path={`${path}.name`} problems={problems} onChange={(name) => set((x) => ({ ...x, name }))} />
      <Choose
        label={w("select")}
        value={g.select}
        path={`${path}.select`}
        problems={problems}
        options={[
          { value: "one", label: w("selectOne") },
          { value: "many", label: w("selectMany") },
          { value: "count", label: w("selectCount") },
        ]}
        onChange={(v) => changeSelect(v as DraftGroup["select"])}
      />
      {g.select === "one" ? (
        <>
          <Check label={w("required")} checked={g.default === undefined} onChange={(v) => field("default", v ? undefined : choices[0]?.id)} />
          {g.default !== undefined ? (
            <Choose
              label={w("default")}
              value={String(g.default)}
              path={`${path}.default`}
              problems={problems}
              options={choices.map((c) => ({ value: c.id, label: text(c.name) || c.id }))}
              onChange={(v) => field("default", v)}
            />
          ) : null}
        </>
      ) : null}
      {g.select !== "one" ? (
        <div className="menu-inline">
          <Field label={w("min")} inputMode="numeric" value={g.min === undefined ? "" : String(g.min)} path={`${path}.min`} problems={problems} onChange={(v) => field("min", optionalNumber(v))} />
          <Field label={w("max")} inputMode="numeric" value={g.max === undefined ? "" : String(g.max)} path={`${path}.max`} problems={problems} onChange={(v) => field("max", optionalNumber(v))} />
        </div>
      ) : null}
      {g.select === "count" ? (
        <div className="menu-inline">
          <Field label={w("default")} inputMode="numeric" value={g.default === undefined ? "" : String(g.default)} path={`${path}.default`} problems={problems} onChange={(v) => field("default", optionalNumber(v) as DraftGroup["default"])} />
          <Field label={w("unitPrice")} inputMode="numeric" value={g.unitPrice === undefined ? "" : String(g.unitPrice)} path={`${path}.unitPrice`} problems={problems} onChange={(v) => field("unitPrice", optionalNumber(v))} />
        </div>
      ) : (
        <fieldset className="menu-texts">
          <legend>{w("choices")}</legend>
          {choices.map((c, ci) => (
            <div key={ci} className="menu-card">
              <Field label={w("choiceId")} value={c.id} path={`${path}.choices[${ci}].id`} problems={problems} onChange={(v) => setChoices(choices.map((x, j) => (j === ci ? { ...x, id: v } : x)))} />
              {langs.map((l) => (
                <Field
                  key={l}
                  label={`${w("choiceName")} (${l})`}
                  value={c.name[l] ?? ""}
                  path={`${path}.choices[${ci}].name.${l}`}
                  problems={problems}
                  onChange={(v) => setChoices(choices.map((x, j) => (j === ci ? { ...x, name: setText(x.name, l, v) } : x)))}
                />
              ))}
              {langs.map((l) => (
                <Field
                  key={`a-${l}`}
                  label={`${w("aliases")} (${l})`}
                  multiline
                  withInner
                  value={(c.aliases?.[l] ?? []).join("\n")}
                  path={`${path}.choices[${ci}].aliases.${l}`}
                  problems={problems}
                  onChange={(v) => setChoices(choices.map((x, j) => (j === ci ? withAliases(x, l, v) : x)))}
                />
              ))}
              <Field
                label={w("choicePrice")}
                inputMode="numeric"
                value={c.price === undefined ? "" : String(c.price)}
                path={`${path}.choices[${ci}].price`}
                problems={problems}
                onChange={(v) => setChoices(choices.map((x, j) => (j === ci ? dropUndefined({ ...x, price: v.trim() === "" ? undefined : typedNumber(v) }) : x)))}
              />
              <button type="button" className="admin-button secondary" onClick={() => setChoices(choices.filter((_, j) => j !== ci))}>
                {w("remove")}
              </button>
            </div>
          ))}
          <button type="button" className="admin-button secondary" onClick={() => setChoices([...choices, { id: freshId("choice", choices), name: {} }])}>
            {w("addChoice")}
          </button>
        </fieldset>
      )}
      {list === "optionGroups" ? (
        <fieldset className="menu-texts">
          <legend>{w("appliesTo")}</legend>
          {draft.items.map((it) => (
            <Check
              key={it.id}
              label={text(it.name) || it.id}
              checked={using.includes(it.id)}
              onChange={(v) => change((d) => ({ ...d, items: d.items.map((x) => (x.id === it.id ? setItemUsesGroup(x, g.id, v) : x)) }))}
            />
          ))}
        </fieldset>
      ) : null}
      <button
        type="button"
        className="admin-button secondary"
        onClick={() => {
          change((d) => removeGroup(d, list, g.id));
          onRemoved();
        }}
      >
        {w("remove")}
      </button>
    </form>
  );
}

/** Other names of a choice, one per line ("매운 거" for Spicy); none at all removes the field. */
function withAliases<C extends { aliases?: Record<string, string[]> }>(choice: C, lang: string, text: string): C {
  const list = text.split("\n").map((s) => s.trim()).filter(Boolean);
  const aliases = { ...(choice.aliases ?? {}) };
  if (list.length) aliases[lang] = list;
  else delete aliases[lang];
  const out: C = { ...choice, aliases };
  if (Object.keys(aliases).length === 0) delete out.aliases;
  return out;
}

function dropUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
