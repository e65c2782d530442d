// Functions passed to playwright's page.evaluate run in the browser, where these
// globals exist. The test project compiles without the DOM library (its types
// would clash with Node's fetch), so they are declared loosely here.
declare const window: any;
declare const document: any;
