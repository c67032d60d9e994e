// Puppeteer cannot download its own browser on our build machines; qbr finds one itself
// (see src/print/find-browser.ts), so installing never tries.
module.exports = { skipDownload: true };
