// The store itself: its id, its name in each language, the currency and the languages
// the menu is written in (the first is the kiosk's own; each text field asks for all).
import { useState } from "react";
import { Field, TextFields } from "./fields.tsx";
import type { EditorPartProps } from "./types.ts";

export function StoreEditor({ draft, change, problems, w }: EditorPartProps) {
  const store = draft.store;
  const set = (patch: Partial<typeof store>) => change((d) => ({ ...d, store: { ...d.store, ...patch } }));
  // What is typed ("ko, " on the way to "ko, en") stays as typed; the draft gets the list.
  const [languagesText, setLanguagesText] = useState(store.languages.join(", "));
  return (
    <div className="menu-store">
      <Field label={w("id")} value={store.id} path="store.id" problems={problems} onChange={(id) => set({ id })} />
      <TextFields label={w("storeName")} value={store.name} languages={store.languages} path="store.name" problems={problems} onChange={(name) => set({ name })} />
      <Field label={w("currency")} value={store.currency} path="store.currency" problems={problems} onChange={(currency) => set({ currency: currency.trim().toUpperCase() })} />
      <Field
        label={w("languages")}
        value={languagesText}
        path="store.languages"
        problems={problems}
        withInner
        onChange={(v) => {
          setLanguagesText(v);
          set({ languages: v.split(/[,\s]+/).map((l) => l.trim().toLowerCase()).filter(Boolean) });
        }}
      />
    </div>
  );
}
