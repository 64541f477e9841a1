export default defineContentScript({
  matches: ['*://*.lg.jp/*', '*://*.go.jp/*'],
  runAt: 'document_idle',
  main() {},
});
