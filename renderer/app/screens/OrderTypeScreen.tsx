// Order options asked on the way in (dine-in / take-out and the like): each
// single-choice order option of the menu, one at a time, as big buttons. No prices
// here: the cart's pricing rule covers line options only, so none is shown.
import { useKiosk } from "../context.ts";
import { entryOrderGroups } from "../menu/view.ts";
import type { VoiceWiring } from "../voice-slot.ts";
import { TopBar } from "../components/TopBar.tsx";

export function OrderTypeScreen({ voice }: { voice: VoiceWiring }) {
  const { state, t, dispatch, text } = useKiosk();
  const model = state.model!;
  const groups = entryOrderGroups(model);
  const group = groups[state.orderTypeStep] ?? groups[0];
  if (!group) return null;
  const current = state.cart?.orderOptions[group.id];
  return (
    <div className="screen order-type">
      <TopBar voice={voice} />
      <main className="order-type-body" aria-labelledby="order-type-title">
        <h1 id="order-type-title" className="screen-title">
          {text(group.group.name)}
        </h1>
        <div className="big-choices" role="group" aria-labelledby="order-type-title">
          {group.choices.map((c) => (
            <button
              key={c.id}
              type="button"
              className="button big-choice"
              aria-pressed={current === c.id}
              onClick={() => dispatch({ type: "chooseEntryOption", group: group.id, value: c.id })}
            >
              <span className="big-choice-name">{text(c.name)}</span>
            </button>
          ))}
        </div>
        {groups.length > 1 ? (
          <p className="step-count" aria-hidden="true">
            {state.orderTypeStep + 1} / {groups.length}
          </p>
        ) : null}
        <p className="hint">{t("attractHint")}</p>
      </main>
    </div>
  );
}
