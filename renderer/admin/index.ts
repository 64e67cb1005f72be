// The staff admin screen. Mount <AdminEntry transport={adminTransport()} /> once,
// next to the customer <App/> (see AdminEntry.tsx).
export { AdminEntry, type AdminEntryProps } from "./AdminEntry.tsx";
export { AdminScreen, type AdminScreenProps } from "./AdminScreen.tsx";
export { adminTransport, bridgeAdminTransport, httpAdminTransport, type AdminBridge, type AdminTransport } from "./transport.ts";
