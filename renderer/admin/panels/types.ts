import type { AdminReply, AdminRequest } from "../../../shared/admin-contract.ts";
import type { AdminT } from "../i18n.ts";
import type { AdminTransport } from "../transport.ts";

/** What every admin panel gets: a way to send commands (a "locked" answer is handled for it), words, language. */
export interface PanelProps {
  call(cmd: AdminRequest): Promise<AdminReply>;
  t: AdminT;
  lang: string;
  transport: AdminTransport;
}

export type ReplyOf<T extends AdminReply["type"]> = Extract<AdminReply, { type: T }>;
