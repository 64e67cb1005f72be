// A refused action or a failure, in the customer's language, for a few seconds.
import { useEffect } from "react";
import { useKiosk } from "../context.ts";
import type { Notice } from "../state/reducer.ts";

const NOTICE_MS = 6000;

export function NoticeToast({ notice }: { notice: Notice }) {
  const { t, dispatch } = useKiosk();
  useEffect(() => {
    const id = window.setTimeout(() => dispatch({ type: "dismissNotice", id: notice.id }), NOTICE_MS);
    return () => window.clearTimeout(id);
  }, [notice.id, dispatch]);
  return (
    <div className={`toast toast-${notice.level}`} role={notice.level === "error" ? "alert" : "status"} data-code={notice.code}>
      <span className="toast-text">{notice.message}</span>
      <button type="button" className="icon-button" aria-label={t("dismiss")} onClick={() => dispatch({ type: "dismissNotice", id: notice.id })}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
