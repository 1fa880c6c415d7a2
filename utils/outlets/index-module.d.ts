// The outlets index made at build time (wxt.config.ts: outletIndexModule), as JSON (./index-file.ts).
declare module 'virtual:sourcelight-outlet-index' {
  const indexJson: string;
  export default indexJson;
}
