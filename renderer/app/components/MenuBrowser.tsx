// The menu: category tabs and a grid of item cards with picture, name, base price
// (display only; the cart prices the order) and a sold-out badge.
import type { KeyboardEvent } from "react";
import { useKiosk } from "../context.ts";
import { shelves } from "../menu/view.ts";
import { ItemImage } from "./ItemImage.tsx";

export function MenuBrowser() {
  const { state, t, dispatch, text, money } = useKiosk();
  const model = state.model!;
  const all = shelves(model);
  const current = all.find((s) => s.category.id === state.category) ?? all[0];
  if (!current) return null;

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = e.key === "ArrowRight" || e.key === "ArrowDown" ? 1 : e.key === "ArrowLeft" || e.key === "ArrowUp" ? -1 : 0;
    if (!step && e.key !== "Home" && e.key !== "End") return;
    e.preventDefault();
    const next = e.key === "Home" ? 0 : e.key === "End" ? all.length - 1 : (index + step + all.length) % all.length;
    const id = all[next]!.category.id;
    dispatch({ type: "selectCategory", id });
    document.getElementById(`tab-${id}`)?.focus();
  };

  return (
    <div className="menu-browser">
      <div className="category-tabs" role="tablist" aria-label={t("categories")}>
        {all.map((s, i) => {
          const selected = s.category.id === current.category.id;
          return (
            <button
              key={s.category.id}
              id={`tab-${s.category.id}`}
              type="button"
              role="tab"
              className="category-tab"
              aria-selected={selected}
              aria-controls="menu-panel"
              tabIndex={selected ? 0 : -1}
              onClick={() => dispatch({ type: "selectCategory", id: s.category.id })}
              onKeyDown={(e) => onTabKey(e, i)}
            >
              {text(s.category.name)}
            </button>
          );
        })}
      </div>
      <div id="menu-panel" className="menu-grid-scroll" role="tabpanel" aria-labelledby={`tab-${current.category.id}`}>
        <ul className="menu-grid">
          {current.items.map((item) => {
            const name = text(item.name);
            return (
              <li key={item.id}>
                <button
                  type="button"
                  className="item-card"
                  data-item={item.id}
                  data-say={name}
                  data-say-price={item.price}
                  data-say-extra={item.soldOut ? t("soldOut") : undefined}
                  // Sold out stays focusable (aria-disabled, not disabled): a customer moving
                  // through the menu by keys or in the guided mode hears it is there and sold out.
                  aria-disabled={item.soldOut ? true : undefined}
                  aria-haspopup={item.soldOut ? undefined : "dialog"}
                  onClick={() => {
                    if (!item.soldOut) dispatch({ type: "openItem", item: item.id });
                  }}
                >
                  <ItemImage id={item.id} name={name} image={item.image} assetBase={state.assetBase} />
                  <span className="item-card-text">
                    <span className="item-name">{name}</span>
                    <span className="item-price">{money(item.price)}</span>
                  </span>
                  {item.soldOut ? <span className="badge badge-soldout">{t("soldOut")}</span> : null}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
