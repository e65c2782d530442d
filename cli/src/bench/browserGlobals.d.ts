// Functions `bench web` passes to playwright (page.evaluate, addInitScript) run in the browser,
// where these globals exist. The CLI compiles without the DOM library (its types would clash with
// Node's fetch), so they are declared loosely here, as in test/support/browserGlobals.d.ts.
declare const window: any;
declare const document: any;
declare const MutationObserver: any;
declare function requestAnimationFrame(callback: () => void): number;
