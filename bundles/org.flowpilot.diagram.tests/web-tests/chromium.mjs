// Debian's Chromium (or FLOWPILOT_CHROMIUM) through playwright-core, headless, as every browser test here starts it.
import { chromium } from 'playwright-core';

export function launchChromium() {
    return chromium.launch({
        executablePath: process.env.FLOWPILOT_CHROMIUM ?? '/usr/bin/chromium',
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    });
}
