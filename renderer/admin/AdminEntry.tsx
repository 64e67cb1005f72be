// Mount this once next to the customer screen: an invisible corner (top-left) that
// opens the admin screen after a deliberate gesture (hold 3 s, or 5 quick taps),
// and the admin screen itself as a full-screen layer above the customer screen.
//   <App ... />
//   <AdminEntry transport={adminTransport()} />
import { useEffect, useMemo, useRef, useState } from "react";
import "./admin.css";
import { AdminScreen } from "./AdminScreen.tsx";
import { AdminGestureDetector, DEFAULT_GESTURE, type GestureOptions } from "./gesture.ts";
import type { AdminTransport } from "./transport.ts";

export interface AdminEntryProps {
  transport: AdminTransport;
  lang?: string;
  gesture?: GestureOptions;
  /** Told when the admin screen opens or closes (e.g. to pause the customer idle timer). */
  onOpenChange?(open: boolean): void;
}

export function AdminEntry({ transport, lang, gesture = DEFAULT_GESTURE, onOpenChange }: AdminEntryProps) {
  const [open, setOpen] = useState(false);
  const detector = useMemo(() => new AdminGestureDetector(gesture), [gesture]);
  const holdTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => onOpenChange?.(open), [open, onOpenChange]);
  useEffect(() => () => clearTimeout(holdTimer.current), []);

  const openAdmin = () => {
    clearTimeout(holdTimer.current);
    setOpen(true);
  };

  if (open) return <AdminScreen transport={transport} onExit={() => setOpen(false)} {...(lang ? { lang } : {})} />;
  return (
    <div
      className="admin-corner"
      aria-hidden="true"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture?.(e.pointerId);
        const wait = detector.down(performance.now());
        clearTimeout(holdTimer.current);
        holdTimer.current = setTimeout(() => {
          if (detector.holdElapsed(performance.now())) openAdmin();
        }, wait);
      }}
      onPointerUp={() => {
        clearTimeout(holdTimer.current);
        if (detector.up(performance.now())) openAdmin();
      }}
      onPointerCancel={() => {
        clearTimeout(holdTimer.current);
        detector.cancel();
      }}
    />
  );
}
