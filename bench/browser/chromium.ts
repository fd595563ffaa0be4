// How newsgraph starts headless Chromium, for the browser tests and the browser benchmark:
// the Debian package (CHROMIUM_PATH overrides it); no GPU assumed, so WebGL runs through
// SwiftShader; no background traffic, as on a closed network.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
