// The main ordering screen: the menu on one side, the conversation and the cart on
// the other (below in portrait), and the item sheet over it when an item is open.
import { useKiosk } from "../context.ts";
import type { VoiceWiring } from "../voice-slot.ts";
import { TopBar } from "../components/TopBar.tsx";
import { MenuBrowser } from "../components/MenuBrowser.tsx";
import { ConversationPanel } from "../components/ConversationPanel.tsx";
import { CartPanel, CheckoutBar } from "../components/CartPanel.tsx";
import { ItemSheet } from "../components/ItemSheet.tsx";

export function OrderingScreen({ voice }: { voice: VoiceWiring }) {
  const { state, t } = useKiosk();
  return (
    <div className="screen ordering">
      <TopBar voice={voice} />
      <main className="ordering-menu" aria-labelledby="menu-title">
        <h1 id="menu-title" className="visually-hidden">
          {t("menu")}
        </h1>
        {state.prefs.easy ? <p className={`easy-voice-first ${state.voice.input ? "" : "easy-voice-off"}`}>{t(state.voice.input ? "easyVoiceFirst" : "easyVoiceOff")}</p> : null}
        <MenuBrowser />
      </main>
      <aside className="ordering-side" aria-label={`${t("conversation")}, ${t("cart")}`}>
        <div className="side-panels">
          <ConversationPanel />
          <CartPanel />
        </div>
        <CheckoutBar />
      </aside>
      {state.sheetItem ? <ItemSheet key={state.sheetItem} itemId={state.sheetItem} /> : null}
    </div>
  );
}
