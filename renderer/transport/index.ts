export { connectKiosk } from "./connect.ts";
export type { ConnectOptions, KioskTransport, SocketLike, TransportStatus } from "./connect.ts";
