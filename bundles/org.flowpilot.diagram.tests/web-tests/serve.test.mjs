// Browser tests of `flowpilot serve`: Debian's Chromium through playwright-core edits the example's flow diagram the
// way a person would (palette, drag, handles, in-place rename, keys, context menu), and after each edit the model
// file on disk says so. Run by ServeBrowserTest with FLOWPILOT_URL (the line serve printed), FLOWPILOT_MODEL (the
// model file serve edits) and FLOWPILOT_SCREENSHOTS (a folder for screenshots).
import assert from 'node:assert/strict';
import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from './chromium.mjs';

const url = process.env.FLOWPILOT_URL;
const modelFile = process.env.FLOWPILOT_MODEL;
const screenshots = process.env.FLOWPILOT_SCREENSHOTS ?? 'target/screenshots';
assert.ok(url && modelFile, 'FLOWPILOT_URL and FLOWPILOT_MODEL must be set');
mkdirSync(screenshots, { recursive: true });
const origin = new URL(url).origin;
const sidecar = `${modelFile}.layout`;

let browser;
let page;

const model = () => readFileSync(modelFile, 'utf8');
const layout = () => (existsSync(sidecar) ? JSON.parse(readFileSync(sidecar, 'utf8')) : { diagrams: {} });

// Waits until `check` holds for the model file, naming `what` when it does not within 10 s.
async function untilModel(what, check) {
    const deadline = Date.now() + 10000;
    let text = '';
    while (Date.now() < deadline) {
        text = model();
        if (check(text)) {
            return text;
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    assert.fail(`the model file never showed ${what}`);
}

async function untilLayout(what, check) {
    const deadline = Date.now() + 10000;
    while (Date.now() < deadline) {
        if (check(layout())) {
            return;
        }
        await new Promise(resolve => setTimeout(resolve, 50));
    }
    assert.fail(`the layout sidecar never showed ${what}`);
}

const count = (text, pattern) => (text.match(pattern) ?? []).length;
const idOf = domId => domId.replace(/^fp-diagram_/, '');
const nodeIds = () => page.$$eval('[data-svg-metadata-type="node:step"]', nodes => nodes.map(n => n.id));
const edgeIds = () => page.$$eval('[data-svg-metadata-type="edge:transition"]', edges => edges.map(e => e.id));

// The DOM id of the node named `name`, scrolled into the middle of the window.
async function nodeNamed(name) {
    const id = await page.evaluate(wanted => flowpilot.idOfName(wanted), name);
    assert.ok(id, `no node named ${name} on the diagram`);
    await page.evaluate(target => flowpilot.reveal(target), id);
    await page.waitForTimeout(150);
    return `fp-diagram_${id}`;
}

// The middle of a node as drawn in the diagram (GLSP keeps a hidden copy for measuring; that one is not it).
async function centerOf(domId) {
    const box = await page.locator(`#fp-diagram [id="${domId}"] > .fp-body`).boundingBox();
    assert.ok(box, `${domId} is not visible`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

async function nextRevision(action) {
    const before = Number(await page.evaluate(() => document.body.dataset.revision ?? '0'));
    await action();
    await page.waitForFunction(previous => Number(document.body.dataset.revision ?? '0') > previous, before, { timeout: 10000 });
}

before(async () => {
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.on('pageerror', error => console.log(`page error: ${error.message}`));
});

after(async () => {
    await browser?.close();
});

test('load: the page swaps the token for a cookie and shows the first flow with every step', async () => {
    const response = await page.goto(url);
    assert.equal(response.status(), 200);
    assert.ok(!page.url().includes('token='), `the token stays in the address bar: ${page.url()}`);
    await page.waitForSelector('body[data-diagram-ready="true"]', { timeout: 20000 });
    await page.waitForSelector('[data-svg-metadata-type="node:step"]');
    const text = model();
    const flow = text.slice(text.indexOf('<flows'), text.indexOf('</flows>'));
    const steps = count(flow, /<steps /g);
    // Nodes outside the window are not drawn: count the diagram's model, not the DOM.
    const shown = await page.evaluate(() => flowpilot.elements('node:step').length + flowpilot.elements('node:esp-phase').length);
    assert.equal(shown, steps, 'every step of the technician flow is a node');
    assert.equal(await page.locator('.fp-tab.active').textContent(), 'Pre-provisioning technician flow');
    await page.screenshot({ path: join(screenshots, 'browser-flow-diagram.png') });
    assert.deepEqual(await drawingFaults(), [], 'no line or label drawn on a node, no label on a label');
    const [palette, canvas] = await page.evaluate(() => ['.tool-palette', '#fp-diagram svg.sprotty-graph']
        .map(selector => document.querySelector(selector).getBoundingClientRect().toJSON()));
    assert.ok(palette.left >= canvas.right - 1, `the palette ${JSON.stringify(palette)} lies on the canvas ${JSON.stringify(canvas)}`);
});

// Lines through nodes and labels on nodes or labels, as the page draws them (in screen pixels): each line is
// sampled along its path, a pixel inside a node's card counts.
function drawingFaults() {
    return page.evaluate(() => {
        const inset = (r, by) => ({ left: r.left + by, top: r.top + by, right: r.right - by, bottom: r.bottom - by });
        const inside = (p, r) => p.x > r.left && p.x < r.right && p.y > r.top && p.y < r.bottom;
        const overlap = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        const nodes = [...document.querySelectorAll('#fp-diagram g.fp-node > .fp-body')]
            .map(body => ({ id: body.parentElement.id, box: inset(body.getBoundingClientRect(), 2) }));
        const labels = [...document.querySelectorAll('#fp-diagram g.fp-edge-label > rect')]
            .map(rect => ({ id: rect.closest('g.sprotty-edge')?.id, box: inset(rect.getBoundingClientRect(), 1) }));
        const faults = [];
        for (const path of document.querySelectorAll('#fp-diagram g.sprotty-edge > path:first-of-type')) {
            const matrix = path.getScreenCTM();
            const length = path.getTotalLength();
            for (let at = 0; at <= length; at += 3) {
                const local = path.getPointAtLength(at);
                const p = { x: matrix.a * local.x + matrix.c * local.y + matrix.e, y: matrix.b * local.x + matrix.d * local.y + matrix.f };
                const hit = nodes.find(node => inside(p, node.box));
                if (hit) {
                    faults.push(`${path.parentElement.id} crosses ${hit.id}`);
                    break;
                }
            }
        }
        labels.forEach((label, i) => {
            nodes.filter(node => overlap(label.box, node.box)).forEach(node => faults.push(`label of ${label.id} on ${node.id}`));
            labels.slice(i + 1).filter(other => overlap(label.box, other.box)).forEach(other => faults.push(`label of ${label.id} on label of ${other.id}`));
        });
        return faults;
    });
}

let created;
test('create from the palette: a Desktop step where the pointer drops it', async () => {
    const desktopsBefore = count(model(), /autopilot:DesktopStep/g);
    const before = new Set(await nodeIds());
    await page.locator('.tool-palette .tool-button', { hasText: /Desktop$/ }).click();
    await nextRevision(() => page.mouse.click(660, 150));
    const added = (await nodeIds()).filter(id => !before.has(id));
    assert.equal(added.length, 1, 'one new node');
    created = added[0];
    await untilModel('the new Desktop step', text => count(text, /autopilot:DesktopStep/g) === desktopsBefore + 1 && text.includes(idOf(created)));
});

test('move: dragging the new node stores its place in the layout sidecar, not in the model', async () => {
    const from = await centerOf(created);
    await nextRevision(async () => {
        await page.mouse.move(from.x, from.y);
        await page.mouse.down();
        await page.mouse.move(from.x + 40, from.y + 60, { steps: 8 });
        await page.mouse.move(from.x + 80, from.y + 120, { steps: 8 });
        await page.mouse.up();
    });
    const diagramId = Object.keys(layout().diagrams).find(id => id.startsWith('flow:'));
    await untilLayout('the moved node', l => {
        const diagram = Object.values(l.diagrams)[0] ?? { nodes: {} };
        const bounds = diagram.nodes[idOf(created)];
        return bounds && bounds.y > 0;
    });
    assert.ok(diagramId === undefined || diagramId.startsWith('flow:'));
    assert.deepEqual(await drawingFaults(), [], 'after the move, no line or label drawn on a node');
    assert.ok(!model().includes('"x"'), 'no layout in the model file');
});

let transition;
test('create and reconnect a transition: its target moves where the handle is put', async () => {
    const powerOn = await nodeNamed('Power on');
    const networkCheck = await nodeNamed('Network check');
    // The new step in the middle of the window: Power on and Network check, left of it, are in the window too.
    await page.evaluate(id => flowpilot.reveal(id), idOf(created));
    await page.waitForTimeout(150);
    const before = new Set(await edgeIds());
    await page.locator('.tool-palette .tool-button', { hasText: /Transition$/ }).click();
    const source = await centerOf(created);
    const target = await centerOf(powerOn);
    await page.mouse.click(source.x, source.y);
    await page.mouse.move(target.x, target.y, { steps: 5 });
    await nextRevision(() => page.mouse.click(target.x, target.y));
    const added = (await edgeIds()).filter(id => !before.has(id));
    assert.equal(added.length, 1, 'one new transition');
    transition = added[0];
    const transitionTo = (text, step) =>
        new RegExp(`xmi:id="${idOf(transition)}"[^>]*target="#${idOf(step)}"`).test(text) ||
        new RegExp(`target="#${idOf(step)}"[^>]*xmi:id="${idOf(transition)}"`).test(text);
    await untilModel('the transition to Power on', text => transitionTo(text, powerOn));

    await page.keyboard.press('Escape');
    // Select the edge by its line, then drag the handle at its target end onto Network check.
    const onLine = await page.evaluate(id => {
        // A point on the drawn line (the middle of a bent line's box need not be on it), in window coordinates.
        const path = document.querySelector(`#fp-diagram [id="${id}"] > path`);
        const point = path.getPointAtLength(path.getTotalLength() / 2);
        const screen = new DOMPoint(point.x, point.y).matrixTransform(path.getScreenCTM());
        return { x: screen.x, y: screen.y };
    }, transition);
    await page.mouse.click(onLine.x, onLine.y);
    await page.locator(`#fp-diagram [id^="${transition}"] circle.sprotty-routing-handle`).first().waitFor({ timeout: 5000 });
    // The reconnect handle at the target end: the handle nearest to where the line ends.
    const handle = await page.evaluate(id => {
        const path = document.querySelector(`#fp-diagram [id="${id}"] > path`);
        const end = path.getPointAtLength(path.getTotalLength());
        const endOnScreen = new DOMPoint(end.x, end.y).matrixTransform(path.getScreenCTM());
        const centers = Array.from(document.querySelectorAll(`#fp-diagram [id^="${id}"] circle.sprotty-routing-handle`)).map(circle => {
            const box = circle.getBoundingClientRect();
            return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        });
        centers.sort((a, b) => Math.hypot(a.x - endOnScreen.x, a.y - endOnScreen.y) - Math.hypot(b.x - endOnScreen.x, b.y - endOnScreen.y));
        return centers[0];
    }, transition);
    const goal = await centerOf(networkCheck);
    // GLSP reconnects by click and click: the handle, then the new end.
    await page.mouse.click(handle.x, handle.y);
    await page.mouse.move(goal.x, goal.y - 10, { steps: 12 });
    await page.mouse.move(goal.x, goal.y, { steps: 2 });
    await page.mouse.click(goal.x, goal.y);
    await untilModel('the transition reconnected to Network check', text => transitionTo(text, networkCheck));
});

test('rename in place: double-click the name, type, Enter', async () => {
    const label = page.locator(`#fp-diagram [id="${created}_name"]`);
    await label.dblclick();
    const input = page.locator('.label-edit input, .label-edit textarea').first();
    await input.waitFor({ timeout: 5000 });
    await input.fill('Desktop ready');
    await input.press('Enter');
    await untilModel('the new name', text => new RegExp(`xmi:id="${idOf(created)}"[^>]*name="Desktop ready"`).test(text));
});

test('delete with the Delete key, then undo with Ctrl+Z', async () => {
    const center = await centerOf(created);
    await page.mouse.click(center.x, center.y);
    await page.keyboard.press('Delete');
    await untilModel('the step deleted with its transition', text => !text.includes(idOf(created)) && !text.includes(idOf(transition)));
    await page.keyboard.press('Control+z');
    await untilModel('the step back after undo', text => text.includes(idOf(created)) && text.includes(idOf(transition)));
});

test('Show in profile on a hidden screen, from the context menu; Undo from the header', async () => {
    assert.ok(model().includes('microsoftSoftwareLicenseTerms="Hide"'), 'the example hides License Terms');
    const licenseTerms = await nodeNamed('License Terms');
    const center = await centerOf(licenseTerms);
    await page.mouse.click(center.x, center.y);
    await page.mouse.click(center.x, center.y, { button: 'right' });
    const item = page.locator('.fp-context-menu-item[data-id^="show-in-profile"]');
    await item.waitFor({ timeout: 5000 });
    await item.click();
    await untilModel('License Terms shown by the profile', text => !text.includes('microsoftSoftwareLicenseTerms="Hide"'));
    await page.click('#fp-undo');
    await untilModel('License Terms hidden again after Undo', text => text.includes('microsoftSoftwareLicenseTerms="Hide"'));
});

test('save: Ctrl+S writes the same model the edits left', async () => {
    const before = model();
    await page.locator('#fp-diagram').click({ position: { x: 700, y: 40 } });
    await page.keyboard.press('Control+s');
    await page.waitForTimeout(300);
    const after = model();
    assert.equal(after, before);
    assert.ok(after.includes('name="Desktop ready"'));
});

test('export SVG: the download is the drawn diagram', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#fp-export')]);
    const svg = readFileSync(await download.path(), 'utf8');
    assert.match(svg, /^<svg/);
    assert.ok(svg.includes('Power on'), 'the SVG holds the step names');
});

test('assignment diagram: profiles, ESP, groups, devices and users', async () => {
    await page.locator('.fp-tab', { hasText: 'Assignments' }).click();
    await page.waitForSelector('[data-svg-metadata-type="node:profile"]', { timeout: 20000 });
    assert.equal(await page.locator('[data-svg-metadata-type="node:group"]').count(), count(model(), /<groups /g));
    assert.ok((await page.locator('[data-svg-metadata-type="edge:assignment"]').count()) >= 2);
    await page.screenshot({ path: join(screenshots, 'browser-assignment-diagram.png') });
    assert.deepEqual(await drawingFaults(), [], 'no line or label drawn on a node, no label on a label');
});

test('security: without the token the page and the WebSocket are refused', async () => {
    const stranger = await browser.newContext();
    const refused = await stranger.request.get(`${origin}/`);
    assert.equal(refused.status(), 403);
    assert.equal(await refused.text(), '', 'a refusal renders nothing');
    assert.equal((await stranger.request.get(`${origin}/?token=not-the-token`)).status(), 403);
    assert.equal((await stranger.request.get(`${origin}/api/models`)).status(), 403);
    // A page of this origin that has no cookie (served by the test itself) tries the diagram WebSocket.
    const other = await stranger.newPage();
    await other.route(`${origin}/blank`, route => route.fulfill({ contentType: 'text/html', body: '<html><body></body></html>' }));
    await other.goto(`${origin}/blank`);
    const socket = await other.evaluate(
        address =>
            new Promise(resolve => {
                const ws = new WebSocket(address);
                ws.onopen = () => resolve('open');
                ws.onclose = () => resolve('refused');
            }),
        `${origin.replace('http', 'ws')}/glsp`
    );
    assert.equal(socket, 'refused');
    await stranger.close();
});
