export { chromiumPath, launchChromium } from '../../src/bench/browser.ts';
