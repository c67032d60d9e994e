// The bundle's proxy-agent (scripts/bundle.mjs): @puppeteer/browsers asks for one only to download a
// browser, which qbr never does.
export class ProxyAgent {
  constructor() {
    throw new Error('qbr does not download browsers: scripts/setup.sh installs Chromium');
  }
}
