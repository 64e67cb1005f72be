// Form fields of the menu editor, each with its problems (from the menu validator, in
// words) right under it, tied to the input for screen readers.
import { useId, type ReactNode } from "react";
import { problemsAt, type FieldProblem } from "../../../../shared/menu-editor/problems.ts";
import type { Text } from "../../../../shared/menu/schema.ts";
import { setText } from "./draft.ts";

const LANGUAGE_NAMES: Record<string, string> = { ko: "한국어", en: "English", ja: "日本語", zh: "中文" };

export function FieldProblems({ id, problems }: { id: string; problems: readonly FieldProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul className="menu-field-problems" id={id} role="alert">
      {problems.map((p, i) => (
        <li key={i}>{p.message}</li>
      ))}
    </ul>
  );
}

interface FieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The validator path of this field: its problems are shown under it. */
  path: string;
  problems: readonly FieldProblem[];
  /** Also show problems of what is inside (a name's languages). */
  withInner?: boolean;
  multiline?: boolean;
  inputMode?: "numeric" | "text";
  placeholder?: string;
}

export function Field({ label, value, onChange, path, problems, withInner, multiline, inputMode, placeholder }: FieldProps) {
  const id = useId();
  const mine = problemsAt(problems, path, !withInner);
  const errId = `${id}-problems`;
  const common = {
    id,
    value,
    "aria-invalid": mine.length > 0,
    ...(mine.length ? { "aria-describedby": errId } : {}),
    ...(placeholder ? { placeholder } : {}),
  };
  return (
    <div className={mine.length ? "menu-field invalid" : "menu-field"}>
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => onChange(e.currentTarget.value)} />
      ) : (
        <input {...common} type="text" inputMode={inputMode ?? "text"} onChange={(e) => onChange(e.currentTarget.value)} />
      )}
      <FieldProblems id={errId} problems={mine} />
    </div>
  );
}

/** One input per store language; the problems of the whole text (a missing language) show under the group. */
export function TextFields({ label, value, languages, path, problems, onChange, multiline }: {
  label: string;
  value: Text | undefined;
  languages: readonly string[];
  path: string;
  problems: readonly FieldProblem[];
  onChange(next: Text): void;
  multiline?: boolean;
}) {
  const id = useId();
  const whole = problemsAt(problems, path, true);
  return (
    <fieldset className={whole.length ? "menu-texts invalid" : "menu-texts"} aria-describedby={whole.length ? `${id}-problems` : undefined}>
      <legend>{label}</legend>
      {languages.map((l) => (
        <Field
          key={l}
          label={`${label} (${LANGUAGE_NAMES[l] ?? l})`}
          value={value?.[l] ?? ""}
          path={`${path}.${l}`}
          problems={problems}
          multiline={multiline ?? false}
          onChange={(v) => onChange(setText(value, l, v))}
        />
      ))}
      <FieldProblems id={`${id}-problems`} problems={whole} />
    </fieldset>
  );
}

export function Check({ label, checked, onChange }: { label: string; checked: boolean; onChange(v: boolean): void }) {
  return (
    <label className="admin-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}

export function Choose({ label, value, options, onChange, path, problems }: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(v: string): void;
  path: string;
  problems: readonly FieldProblem[];
}) {
  const id = useId();
  const mine = problemsAt(problems, path, true);
  return (
    <div className={mine.length ? "menu-field invalid" : "menu-field"}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} aria-invalid={mine.length > 0} onChange={(e) => onChange(e.currentTarget.value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldProblems id={`${id}-problems`} problems={mine} />
    </div>
  );
}

/** A list on the left (items, groups) with a problem mark on entries that have problems. */
export function PickList<T extends { id: string }>({ label, entries, selected, onSelect, name, problemPath, problems, actions }: {
  label: string;
  entries: readonly T[];
  selected: number | undefined;
  onSelect(index: number): void;
  name(entry: T): string;
  problemPath(index: number): string;
  problems: readonly FieldProblem[];
  actions?: ReactNode;
}) {
  return (
    <nav className="menu-picklist" aria-label={label}>
      <ul>
        {entries.map((e, i) => {
          const bad = problemsAt(problems, problemPath(i)).length > 0;
          return (
            <li key={i}>
              <button type="button" aria-current={selected === i ? "true" : undefined} className={bad ? "invalid" : undefined} onClick={() => onSelect(i)}>
                {name(e) || e.id || "…"}
                {bad ? <span className="menu-bad-mark" aria-label="!"> ⚠</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
      {actions}
    </nav>
  );
}
