// Browser tests of the simulation panel of `flowpilot serve`: in Debian's Chromium, a person opens the user flow of
// the example, chooses Adele's scenario, steps, steps back and runs; the diagram's highlights and the screen preview
// beside it follow. Run by ServeBrowserTest with FLOWPILOT_URL (the line serve printed) and FLOWPILOT_SCREENSHOTS.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from './chromium.mjs';

const url = process.env.FLOWPILOT_URL;
const screenshots = process.env.FLOWPILOT_SCREENSHOTS ?? 'target/screenshots';
assert.ok(url, 'FLOWPILOT_URL must be set');
mkdirSync(screenshots, { recursive: true });

const USER_FLOW = 'Pre-provisioning user flow, Microsoft Entra join';
const ADELE = 'Adele signs in to her laptop';

let browser;
let page;

before(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('pageerror', error => console.log(`page error: ${error.message}`));
});

after(async () => {
    await browser?.close();
});

const highlighted = id => page.evaluate(wanted => flowpilot.highlighted(wanted), id);
const idOfName = name => page.evaluate(wanted => flowpilot.idOfName(wanted), name);
const preview = () => page.frameLocator('#fp-sim-preview').locator('section.screen');

// Presses a panel button and waits for the server's answer to be drawn in the panel.
async function click(buttonId) {
    const answers = Number(await page.evaluate(() => document.body.dataset.simulationAnswers));
    await page.locator(`#${buttonId}`).click();
    await page.waitForFunction(before => Number(document.body.dataset.simulationAnswers) > before, answers, { timeout: 10000 });
}

// Presses a panel button; then the run has taken `steps` steps and the diagram marks `stepName` current.
async function press(buttonId, steps, stepName) {
    await click(buttonId);
    assert.equal(await page.evaluate(() => document.body.dataset.simulationSteps), String(steps));
    const id = await idOfName(stepName);
    assert.ok(id, `no node named ${stepName}`);
    await page.waitForFunction(wanted => {
        const current = flowpilot.highlighted('current-step');
        return current.length === 1 && current[0] === wanted;
    }, id, { timeout: 10000 });
    return id;
}

async function previewScreen(screen) {
    await preview().waitFor({ timeout: 10000 });
    await page.waitForFunction(
        wanted => document.querySelector('#fp-sim-preview')?.srcdoc.includes(`data-screen="${wanted}"`),
        screen,
        { timeout: 10000 }
    );
    assert.equal(await preview().getAttribute('data-screen'), screen);
    assert.equal(await preview().getAttribute('data-windows'), '11', "Adele's laptop runs Windows 11");
}

test('choose: the panel offers the flows and scenarios; choosing the user flow opens its diagram', async () => {
    await page.goto(url);
    await page.waitForSelector('body[data-diagram-ready="true"]', { timeout: 20000 });
    assert.equal(await page.locator('#fp-simulation').isHidden(), true, 'the panel waits for Simulate');
    await page.locator('#fp-simulate').click();
    await page.waitForSelector('#fp-simulation');
    assert.equal(await page.locator('#fp-sim-step').isDisabled(), true, 'nothing to step before a run starts');
    await Promise.all([page.waitForNavigation(), page.locator('#fp-sim-flow').selectOption({ label: USER_FLOW })]);
    await page.waitForSelector('body[data-diagram-ready="true"]', { timeout: 20000 });
    assert.equal(await page.locator('.fp-tab.active').textContent(), USER_FLOW);
    await page.locator('#fp-simulate').click();
    await page.locator('#fp-sim-scenario').selectOption({ label: ADELE });
    assert.deepEqual(await highlighted('current-step'), [], 'no run, no highlight');
});

test('step: twice from the start, Power on then Network check, which show no screen', async () => {
    await click('fp-sim-start');
    assert.equal(await page.evaluate(() => document.body.dataset.simulationSteps), '0');
    assert.equal(await page.locator('#fp-sim-start').textContent(), 'Restart');
    assert.equal(await page.locator('#fp-sim-step-back').isDisabled(), true, 'nothing to undo before the first step');
    const powerOn = await press('fp-sim-step', 1, 'Power on');
    const networkCheck = await press('fp-sim-step', 2, 'Network check');
    const taken = await highlighted('path-taken');
    assert.ok(taken.includes(powerOn) && taken.includes(networkCheck), `both steps on the path: ${taken}`);
    assert.equal((await highlighted('transition-taken')).length, 2, 'Power on → Network check → the next step');
    assert.equal(await page.locator('#fp-sim-preview').isHidden(), true, 'no screen at a network check');
    assert.match(await page.locator('#fp-sim-message').textContent(), /^Not on screen: /);
    assert.equal(await page.locator('#fp-sim-status').getAttribute('data-status'), 'ran');
});

test('step twice more and back once: the preview follows the screens, the diagram the step', async () => {
    const language = await press('fp-sim-step', 3, 'Language/Country/Region');
    await previewScreen('language-region');
    const keyboard = await press('fp-sim-step', 4, 'Keyboard');
    await previewScreen('keyboard');
    assert.ok((await highlighted('path-taken')).includes(language));
    await press('fp-sim-step-back', 3, 'Language/Country/Region');
    await previewScreen('language-region');
    assert.equal(await page.locator('#fp-sim-status').getAttribute('data-screen'), 'language-region');
    assert.ok(!(await highlighted('path-taken')).includes(keyboard), 'the step undone is no longer on the path');
    await page.screenshot({ path: join(screenshots, 'browser-simulation.png') });
});

test('run: to the end, at the desktop; the License Terms the profile hides marked skipped', async () => {
    await press('fp-sim-run', 11, 'Desktop');
    await previewScreen('desktop');
    assert.equal(await page.locator('#fp-sim-step').isDisabled(), true, 'nothing left to step');
    assert.match(await page.locator('#fp-sim-status').textContent(), /run desktop/);
    assert.ok((await highlighted('skipped')).includes(await idOfName('License Terms')), 'the hidden screen');
    await page.screenshot({ path: join(screenshots, 'browser-simulation-end.png') });
});

test('restart and stop: back before the first step, then a plain diagram', async () => {
    await click('fp-sim-start');
    assert.equal(await page.evaluate(() => document.body.dataset.simulationSteps), '0');
    await page.waitForFunction(() => flowpilot.highlighted('path-taken').length === 0, null, { timeout: 10000 });
    await click('fp-sim-stop');
    assert.equal(await page.locator('#fp-sim-start').textContent(), 'Start');
    // A stopped run leaves the diagram plain.
    await page.waitForFunction(() => flowpilot.highlighted('current-step').length === 0, null, { timeout: 10000 });
    assert.equal(await page.locator('#fp-sim-status').textContent(), 'Choose a scenario and press Start.');
});
