// Opens a Flowpilot HTML run report in Debian's Chromium through playwright-core (no browser download) and prints,
// as one JSON object, what the page shows through the markup contract: the steps, their screens, buttons, text
// boxes and ESP phases, with their sizes as laid out, plus every request the page made and every script error.
// Usage: node check-report.mjs REPORT.html [SCREENSHOT_DIR]
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [report, screenshots] = process.argv.slice(2);
if (!report) {
  console.error('usage: node check-report.mjs REPORT.html [SCREENSHOT_DIR]');
  process.exit(2);
}
const profile = mkdtempSync(join(tmpdir(), 'flowpilot-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.FLOWPILOT_CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('request', request => { if (!request.url().startsWith('file:')) requests.push(request.url()); });
  page.on('pageerror', error => errors.push(String(error)));
  page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
  await page.goto(pathToFileURL(resolve(report)).href, { waitUntil: 'load' });

  const facts = await page.evaluate(() => {
    const rect = element => {
      const r = element.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const visible = element => {
      const r = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
    };
    // Whether the element lies within the screen, so nothing is cut off at its edges.
    const inside = (element, screen) => {
      const e = element.getBoundingClientRect();
      const s = screen.getBoundingClientRect();
      return e.left >= s.left - 0.5 && e.top >= s.top - 0.5 && e.right <= s.right + 0.5 && e.bottom <= s.bottom + 0.5;
    };
    const screenFacts = screen => ({
      id: screen.dataset.screen,
      windows: screen.dataset.windows,
      box: rect(screen),
      title: (screen.querySelector('h1')?.textContent ?? '').trim(),
      fontFamily: getComputedStyle(screen).fontFamily,
      buttons: [...screen.querySelectorAll('button')].map(button => ({
        id: button.dataset.button ?? null,
        text: button.textContent.trim(),
        ariaLabel: button.getAttribute('aria-label'),
        enabled: !button.disabled,
        visible: visible(button),
        inside: inside(button, screen),
        expanded: button.getAttribute('aria-expanded'),
      })),
      inputs: [...screen.querySelectorAll('input')].map(input => ({
        field: input.dataset.field ?? null, value: input.value, visible: visible(input), inside: inside(input, screen),
      })),
      phases: [...screen.querySelectorAll('[data-esp-phase]')].map(phase => ({
        id: phase.dataset.espPhase, state: phase.dataset.state, visible: visible(phase), inside: inside(phase, screen),
        items: [...phase.querySelectorAll('li[data-state]')].filter(visible).map(item => item.dataset.state),
      })),
    });
    return {
      title: document.title,
      images: document.images.length,
      steps: [...document.querySelectorAll('section.step')].map(step => ({
        step: Number(step.dataset.step),
        status: step.dataset.status,
        text: step.textContent.replace(/\s+/g, ' ').trim(),
        screens: [...step.querySelectorAll('section.screen')].map(screenFacts),
      })),
      screensOutsideSteps: [...document.querySelectorAll('section.screen')].filter(s => !s.closest('section.step'))
        .length,
    };
  });

  const shots = [];
  if (screenshots) {
    mkdirSync(screenshots, { recursive: true });
    for (const step of await page.$$('section.step')) {
      const screen = await step.$('section.screen');
      if (!screen) continue;
      const number = String(await step.getAttribute('data-step')).padStart(2, '0');
      const id = await screen.getAttribute('data-screen');
      const windows = await screen.getAttribute('data-windows');
      const path = join(screenshots, `windows${windows}-step${number}-${id}.png`);
      await screen.screenshot({ path, animations: 'disabled' });
      shots.push(path);
    }
  }
  console.log(JSON.stringify({ requests, errors, screenshots: shots, ...facts }));
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
