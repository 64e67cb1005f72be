// Before there is a menu (loading, disconnected) or when the menu cannot be used.
export function SystemMessage({ kind, text, detail }: { kind: "loading" | "error"; text: string; detail?: string }) {
  return (
    <main className={`system-message system-${kind}`} aria-busy={kind === "loading"}>
      <h1 className="screen-title">{text}</h1>
      {detail ? <p className="system-detail">{detail}</p> : null}
    </main>
  );
}
