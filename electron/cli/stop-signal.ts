// Servers (`serve`, `hub`, `receiver`) run until SIGINT/SIGTERM. The handlers must be
// in place before `listening on URL` is printed: a supervisor or test that stops the
// server the moment it reads that line would otherwise kill it uncleanly (the signal's
// default action) before it could close its databases.
export interface StopSignal {
  /** Resolves with the first SIGINT/SIGTERM received after stopSignal() was called. */
  readonly received: Promise<NodeJS.Signals>;
}

export function stopSignal(): StopSignal {
  const received = new Promise<NodeJS.Signals>((resolve) => {
    const on = (signal: NodeJS.Signals) => {
      process.off("SIGINT", on);
      process.off("SIGTERM", on);
      resolve(signal);
    };
    process.on("SIGINT", on);
    process.on("SIGTERM", on);
  });
  return { received };
}
