export { chromiumExecutable, launchChromium } from '../../src/bench/browser.ts';
