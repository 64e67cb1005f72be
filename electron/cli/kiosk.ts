// The `kiosk` command line (docs/cli.md). Every failure is one clear line
// on stderr and a non-zero exit, never a stack trace.
import { UsageError } from "./args.ts";
import { MenuError } from "../core/menu/load.ts";

const USAGE = `usage:
  kiosk menu check FILE
  kiosk converse --menu FILE [--engine offline|llm|hybrid] [--lang ko|en] [--json] [--cases FILE.jsonl]
  kiosk eval --menu FILE --cases FILE.jsonl [--engine offline|llm|hybrid] [--no-model] [--json]
  kiosk serve [--menu FILE] [--host 127.0.0.1] [--port 8787] [--engine offline|llm|hybrid] [--tls-cert FILE --tls-key FILE]
  kiosk receiver --secret S [--port 8788] [--host 127.0.0.1] [--store FILE.jsonl] [--tolerance-ms 300000]
      (--secret defaults to $KIOSK_WEBHOOK_SECRET; --store keeps received orders across restarts;
       --tolerance-ms is how far a delivery's signed timestamp may be from the receiver's clock)
  kiosk hub [--host 127.0.0.1] [--port 8790] [--data DIR] [--secret S] [--staff-pin P] [--block-size 200] [--lang ko]
      (the store hub; --secret defaults to $KIOSK_HUB_SECRET, --staff-pin to $KIOSK_HUB_STAFF_PIN and is
       required beyond 127.0.0.1; kitchen display /kds, pickup board /board, staff /staff)`;

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case "menu": {
      const { runMenuCommand } = await import("./menu-check.ts");
      return runMenuCommand(rest);
    }
    case "converse": {
      const { runConverse } = await import("./converse.ts");
      return runConverse(rest);
    }
    case "eval": {
      const { runEval } = await import("./eval.ts");
      return runEval(rest);
    }
    case "serve": {
      const { runServe } = await import("./serve.ts");
      // Everything is closed when it returns: leave now, whatever stray handle (a
      // voice probe, a timer) would otherwise keep a stopped kiosk's process alive.
      process.exit(await runServe(rest));
    }
    case "receiver": {
      const { runReceiver } = await import("./receiver.ts");
      return runReceiver(rest);
    }
    case "hub": {
      const { runHub } = await import("./hub.ts");
      return runHub(rest);
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      console.log(USAGE);
      return cmd === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${cmd}"\n${USAGE}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    // Servers keep running (they resolve only when stopped); others exit with their code.
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof MenuError) {
      console.error(`kiosk: menu ${err.file}: ${err.problems.join("; ")}`);
      process.exit(1);
    }
    if (err instanceof UsageError) {
      console.error(`kiosk: ${err.message}`);
      process.exit(2);
    }
    const e = err as Error;
    console.error(`kiosk: ${e?.message ?? String(err)}`);
    if (process.env.KIOSK_DEBUG) console.error(e?.stack);
    process.exit(1);
  },
);
