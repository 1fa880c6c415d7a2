// Chromium flags shared by the browser tests and `npm start`: only our extension, no sync, no
// component or background downloads, no first-run UI. Kept in one place so both behave alike.

/** Flags that keep Chromium quiet and offline, with `extensionPath` as the only extension. */
export function quietExtensionFlags(extensionPath) {
  return [
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--disable-extensions-except=${extensionPath}`,
    `--load-extension=${extensionPath}`,
  ];
}
