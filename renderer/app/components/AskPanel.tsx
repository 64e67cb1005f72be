// When the kiosk asks something it can show as buttons (a required choice for a
// line, an order option, "shall I place the order?"), the answers appear at once as
// big buttons; pressing one does the same as saying it.
import { useEffect, useRef } from "react";
import { useKiosk } from "../context.ts";
import type { Ask } from "../state/reducer.ts";
import { choicePrice } from "../menu/view.ts";

export function AskPanel({ ask }: { ask: Ask }) {
  const { state, t, dispatch, text, moneyDelta } = useKiosk();
  const model = state.model!;
  const ref = useRef<HTMLElement>(null);
  // A question the customer cannot see is no question: bring the answers into view.
  // (A block body on purpose: Chromium's scrollIntoView may return a promise, and an
  // effect must return nothing or a cleanup function.)
  useEffect(() => {
    ref.current?.scrollIntoView({ block: "nearest" });
  }, [ask]);
  let title: string;
  let buttons: { key: string; label: string; extra?: string; onPress: () => void; primary?: boolean }[];

  if (ask.kind === "choice") {
    const eg = model.itemGroup(ask.item, ask.group);
    if (!eg) return null;
    title = `${model.itemName(ask.item, state.lang)} · ${text(eg.group.name)}`;
    buttons = eg.choices.map((c) => ({
      key: c.id,
      label: text(c.name),
      extra: moneyDelta(choicePrice(eg, c.id)),
      onPress: () => dispatch({ type: "chooseLineOption", lineId: ask.lineId, group: eg.id, value: c.id }),
    }));
  } else if (ask.kind === "orderOption") {
    const g = model.orderGroup(ask.group);
    if (!g) return null;
    title = text(g.group.name);
    buttons = g.choices.map((c) => ({
      key: c.id,
      label: text(c.name),
      onPress: () => dispatch({ type: "chooseOrderOption", group: g.id, value: c.id }),
    }));
  } else if (ask.kind === "confirm") {
    title = t("reviewTitle");
    buttons = [
      { key: "yes", label: t("confirmYes"), primary: true, onPress: () => dispatch({ type: "answerConfirm", yes: true }) },
      { key: "no", label: t("confirmNo"), onPress: () => dispatch({ type: "answerConfirm", yes: false }) },
    ];
  } else {
    return null;
  }

  return (
    <section ref={ref} className="ask-panel" aria-labelledby="ask-title" data-ask={ask.kind}>
      <div className="ask-head">
        <h3 id="ask-title" className="ask-title">
          {title}
        </h3>
        <button type="button" className="icon-button" aria-label={t("dismiss")} onClick={() => dispatch({ type: "dismissAsk" })}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="ask-buttons">
        {buttons.map((b) => (
          <button key={b.key} type="button" className={`button ask-button ${b.primary ? "button-primary" : ""}`} data-answer={b.key} onClick={b.onPress}>
            <span>{b.label}</span>
            {b.extra ? <span className="ask-extra">{b.extra}</span> : null}
          </button>
        ))}
      </div>
    </section>
  );
}
