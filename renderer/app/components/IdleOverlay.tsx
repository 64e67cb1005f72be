// "Are you still there?" with the seconds left; any touch or key keeps the order,
// and the customer can turn the time limit off altogether (until the next customer).
import { useKiosk } from "../context.ts";
import { useDialogFocus } from "../hooks/useDialogFocus.ts";

export function IdleOverlay({ secondsLeft, onStay, onLeave, onNoLimit }: { secondsLeft: number; onStay: () => void; onLeave: () => void; onNoLimit: () => void }) {
  const { t } = useKiosk();
  const ref = useDialogFocus<HTMLDivElement>(onStay);
  return (
    <div className="modal-backdrop" onClick={onStay}>
      <div ref={ref} className="modal idle-modal" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-body" onClick={(e) => e.stopPropagation()}>
        <h2 id="idle-title" className="modal-title">
          {t("idleTitle")}
        </h2>
        <p id="idle-body" className="idle-count">
          {t("idleBody", { s: secondsLeft })}
        </p>
        <div className="modal-buttons">
          <button type="button" className="button button-primary button-large" data-autofocus="" onClick={onStay}>
            {t("idleContinue")}
          </button>
          <button type="button" className="button button-large" onClick={onNoLimit}>
            {t("idleNoLimit")}
          </button>
          <button type="button" className="button button-large" onClick={onLeave}>
            {t("startOver")}
          </button>
        </div>
      </div>
    </div>
  );
}
