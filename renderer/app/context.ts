// What every component of the screen reads: the state, the one dispatch function,
// the translator and money formatting in the current language.
import { createContext, useContext } from "react";
import type { Dispatch } from "./actions.ts";
import type { Translate } from "./i18n.ts";
import type { AppState } from "./state/reducer.ts";

export interface Kiosk {
  state: AppState;
  dispatch: Dispatch;
  t: Translate;
  /** Format minor units in the menu's currency, in the current language. */
  money: (minorUnits: number) => string;
  /** A price difference for an option: "+500원"; "" for 0. */
  moneyDelta: (minorUnits: number) => string;
  /** Menu text in the current language. */
  text: (t: Record<string, string> | undefined) => string;
}

export const KioskContext = createContext<Kiosk | null>(null);

export function useKiosk(): Kiosk {
  const k = useContext(KioskContext);
  if (!k) throw new Error("useKiosk outside KioskContext");
  return k;
}
