// Easy mode's confirm step: every change to the order is asked first, with big
// yes / no buttons. Nothing is sent until the customer says yes.
import { useKiosk } from "../context.ts";
import { useDialogFocus } from "../hooks/useDialogFocus.ts";

export function ConfirmDialog({ question, onYes, onNo }: { question: string; onYes: () => void; onNo: () => void }) {
  const { t } = useKiosk();
  const ref = useDialogFocus<HTMLDivElement>(onNo);
  return (
    <div className="modal-backdrop confirm-backdrop" onClick={onNo}>
      <div ref={ref} className="modal confirm-modal" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-question" onClick={(e) => e.stopPropagation()}>
        <h2 id="confirm-title" className="modal-title">
          {t("confirmTitle")}
        </h2>
        <p id="confirm-question" className="confirm-question">
          {question}
        </p>
        <div className="modal-buttons">
          <button type="button" className="button button-primary button-large" data-autofocus="" data-answer="yes" onClick={onYes}>
            {t("yes")}
          </button>
          <button type="button" className="button button-large" data-answer="no" onClick={onNo}>
            {t("no")}
          </button>
        </div>
      </div>
    </div>
  );
}
