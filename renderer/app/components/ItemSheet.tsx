// The item sheet: the item's option groups (one / many / count, narrowed for this
// item), required ones marked, each choice with its price difference, a quantity,
// and Add (which stays disabled until every required choice is made).
import { useState } from "react";
import type { EffectiveGroup } from "../../../shared/menu/model.ts";
import { useKiosk } from "../context.ts";
import { choicePrice } from "../menu/view.ts";
import { countOf, initialSelection, isChosen, missingRequired, pressChoice, setCount, type Selection } from "../menu/selection.ts";
import { useDialogFocus } from "../hooks/useDialogFocus.ts";
import { ItemImage } from "./ItemImage.tsx";
import { Stepper } from "./Stepper.tsx";

const MAX_SHEET_QTY = 20;

export function ItemSheet({ itemId }: { itemId: string }) {
  const { state, t, dispatch, text, money } = useKiosk();
  const model = state.model!;
  const item = model.item(itemId)!;
  const [sel, setSel] = useState<Selection>(() => initialSelection(model, itemId));
  const [qty, setQty] = useState(1);
  const close = () => dispatch({ type: "closeItem" });
  const ref = useDialogFocus<HTMLDivElement>(close);
  const groups = model.itemGroups(itemId);
  const missing = missingRequired(model, itemId, sel);
  const name = text(item.name);

  return (
    <div className="sheet-backdrop" onClick={close}>
      <div ref={ref} className="sheet" role="dialog" aria-modal="true" aria-labelledby="sheet-title" onClick={(e) => e.stopPropagation()}>
        <div className="sheet-head">
          <ItemImage id={item.id} name={name} image={item.image} assetBase={state.assetBase} className="sheet-image" />
          <div className="sheet-head-text">
            <h2 id="sheet-title" className="sheet-title">
              {name}
            </h2>
            {item.description ? <p className="sheet-description">{text(item.description)}</p> : null}
            <p className="sheet-price">{money(item.price)}</p>
          </div>
          <button type="button" className="icon-button sheet-close" aria-label={t("close")} onClick={close}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <div className="sheet-body">
          {groups.map((eg) => (
            <GroupPicker key={eg.id} eg={eg} sel={sel} onChange={setSel} missing={missing.includes(eg)} />
          ))}
        </div>
        <div className="sheet-foot">
          <Stepper
            value={qty}
            min={1}
            max={MAX_SHEET_QTY}
            onChange={setQty}
            valueLabel={t("quantity")}
            decLabel={t("decrease", { item: name })}
            incLabel={t("increase", { item: name })}
          />
          <div className="sheet-add">
            {missing.length > 0 ? (
              <p className="sheet-missing" id="sheet-missing">
                {t("chooseFirst", { group: missing.map((g) => text(g.group.name)).join(", ") })}
              </p>
            ) : null}
            <button
              type="button"
              className="button button-primary button-large"
              data-autofocus={groups.length === 0 ? "" : undefined}
              disabled={missing.length > 0}
              aria-describedby={missing.length > 0 ? "sheet-missing" : undefined}
              onClick={() => dispatch({ type: "addItem", item: itemId, qty, options: sel })}
            >
              {qty > 1 ? t("addWithQty", { n: qty }) : t("add")}
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function GroupPicker({ eg, sel, onChange, missing }: { eg: EffectiveGroup; sel: Selection; onChange: (s: Selection) => void; missing: boolean }) {
  const { t, text, moneyDelta } = useKiosk();
  const legendId = `group-${eg.id}`;
  const groupName = text(eg.group.name);
  const badge = eg.required ? (
    <span className={`badge ${missing ? "badge-required-open" : "badge-required"}`}>{t("required")}</span>
  ) : eg.select === "many" ? (
    <span className="badge badge-optional">{t("chooseUpTo", { n: eg.max })}</span>
  ) : null;

  if (eg.select === "count") {
    const n = countOf(eg, sel);
    const unit = choicePrice(eg);
    return (
      <fieldset className="option-group option-count" data-group={eg.id}>
        <legend id={legendId} className="option-legend">
          {groupName} {badge}
          {unit ? <span className="option-unit-price">{moneyDelta(unit)}</span> : null}
        </legend>
        <Stepper
          value={n}
          min={eg.min}
          max={eg.max}
          onChange={(v) => onChange(setCount(eg, sel, v))}
          valueLabel={groupName}
          decLabel={`${groupName} −1`}
          incLabel={`${groupName} +1`}
        />
      </fieldset>
    );
  }

  const type = eg.select === "one" ? "radio" : "checkbox";
  const chosen = Array.isArray(sel[eg.id]) ? (sel[eg.id] as string[]).length : 0;
  return (
    <fieldset className={`option-group ${missing ? "option-missing" : ""}`} data-group={eg.id}>
      <legend id={legendId} className="option-legend">
        {groupName} {badge}
      </legend>
      <div className="choices">
        {eg.choices.map((c) => {
          const checked = isChosen(sel, eg.id, c.id);
          const atMax = eg.select === "many" && !checked && chosen >= eg.max;
          const extra = choicePrice(eg, c.id);
          const delta = moneyDelta(extra);
          return (
            <label key={c.id} className={`choice ${checked ? "choice-on" : ""} ${atMax ? "choice-off" : ""}`} data-choice={c.id}>
              <input
                data-say={`${groupName}: ${text(c.name)}`}
                data-say-delta={extra || undefined}
                type={type}
                name={`opt-${eg.id}`}
                value={c.id}
                checked={checked}
                disabled={atMax}
                // Native `required` on the radios tells assistive tech what the "Required" badge shows.
                required={eg.required || undefined}
                onChange={() => onChange(pressChoice(eg, sel, c.id))}
                className="choice-input"
              />
              <span className="choice-name">{text(c.name)}</span>
              {delta ? <span className="choice-price">{delta}</span> : null}
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
