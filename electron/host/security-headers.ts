// The Content-Security-Policy and related headers every response to the screen
// carries, in the web host and in the Electron shell alike. The screen loads only
// its own files: no inline script, no eval, no third-party origin. The exceptions,
// and why:
// - 'wasm-unsafe-eval': the voice-activity model runs in onnxruntime-web (WebAssembly);
// - blob: workers and media: onnxruntime's worker proxy, and reply audio played from blobs;
// - data: images: small inline icons in CSS.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "media-src 'self' blob: data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers for every file the screen loads (plus Content-Type, Content-Length, Cache-Control). */
export function securityHeaders(): Record<string, string> {
  return {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    // Cross-origin isolation lets onnxruntime-web use threads (SharedArrayBuffer);
    // every subresource is our own, so nothing breaks.
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Embedder-Policy": "require-corp",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "microphone=(self), camera=(), geolocation=(), payment=(), usb=()",
  };
}
