// Debian's Chromium, as the HTML-report test and the real-editor suite launch it: no sandbox (we run as
// root in CI), no GPU, and none of the browser's own network traffic (QUIC, component updates, sync), so
// the only requests a page makes are the ones under test.
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
