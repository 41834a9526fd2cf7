// Diagram benchmark (a timed harness, not a test): generated flows of 50 and 500 steps served by `flowpilot serve`,
// measured in Debian's Chromium. Prints medians of: time to first render (navigation to every node drawn), ELK
// layered layout on the server (as serve reports it with -Dflowpilot.diagram.timings=true), and the edit round trip
// (palette create: the click on the canvas, by its event's time stamp, to the updated diagram drawn), broken down by
// the page's WebSocket traffic into the page's work before it sends the operation, the wait for the server's model
// (the server's work and the transfer) and the page's work drawing it.
//   FLOWPILOT_SERVE="path/to/product/flowpilot serve" node benchmark.mjs [runs]
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';

const runs = Number(process.argv[2] ?? 7);
const serveCommand = (process.env.FLOWPILOT_SERVE ?? 'releng/org.flowpilot.product/target/products/org.flowpilot.product/linux/gtk/x86_64/flowpilot/flowpilot serve').split(' ');
const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

// A flow of `steps` steps: a chain with a two-way decision every tenth step that joins again.
function flowModel(steps) {
    const ids = Array.from({ length: steps }, (_, i) => `_s${i}`);
    const kinds = ['ScreenStep', 'RebootStep', 'SignInStep', 'MfaStep', 'NetworkCheckStep'];
    let xml = '<?xml version="1.0" encoding="UTF-8"?>\n<autopilot:AutopilotModel xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI"'
        + ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:autopilot="http://flowpilot.org/autopilot/1.0"'
        + ` xmi:id="_model" name="Benchmark ${steps}">\n  <flows xmi:id="_flow" name="Generated flow of ${steps} steps" start="#_s0">\n`;
    ids.forEach((id, i) => {
        const kind = i === 0 ? 'PowerOnStep' : i === steps - 1 ? 'DesktopStep' : kinds[i % kinds.length];
        xml += `    <steps xsi:type="autopilot:${kind}" xmi:id="${id}" name="Step ${i}" sourceDocument="generated"/>\n`;
    });
    let t = 0;
    for (let i = 0; i < steps - 1; i++) {
        xml += `    <transitions xmi:id="_t${t++}" source="#${ids[i]}" target="#${ids[i + 1]}"/>\n`;
        if (i % 10 === 5 && i + 3 < steps) {
            xml += `    <transitions xmi:id="_t${t++}" source="#${ids[i]}" target="#${ids[i + 3]}">\n`
                + '      <guard xsi:type="autopilot:ConnectivityCondition" connectivity="Wi-Fi"/>\n    </transitions>\n';
        }
    }
    return xml + '  </flows>\n</autopilot:AutopilotModel>\n';
}

async function serve(model) {
    const [command, ...args] = serveCommand;
    const child = spawn(command, [...args, model], {
        env: { ...process.env, FLOWPILOT_VMARGS: '-Dflowpilot.diagram.timings=true' },
        stdio: ['ignore', 'pipe', 'pipe']
    });
    const layouts = [];
    const timings = [];
    // The JVM may write a line in several pieces: only whole lines are read.
    let pending = '';
    child.stderr.on('data', data => {
        pending += String(data);
        const lines = pending.split('\n');
        pending = lines.pop();
        for (const line of lines) {
            timings.push(line);
            const match = /ELK layered, (\d+) boxes, ([\d.]+) ms/.exec(line);
            if (match) {
                layouts.push({ boxes: Number(match[1]), ms: Number(match[2]) });
            }
        }
    });
    const url = await new Promise((resolve, reject) => {
        child.stdout.once('data', data => resolve(String(data).trim().split('\n')[0]));
        child.once('exit', code => reject(new Error(`serve exited with ${code}`)));
    });
    return { child, url, layouts, timings };
}

const browser = await launchChromium();
const folder = mkdtempSync(join(tmpdir(), 'flowpilot-benchmark-'));
console.log(`diagram benchmark: ${runs} runs each, medians; nproc=${(await import('node:os')).cpus().length}, load ${(await import('node:os')).loadavg()[0].toFixed(2)}`);
for (const steps of [50, 500]) {
    const model = join(folder, `flow-${steps}.autopilot`);
    writeFileSync(model, flowModel(steps));
    const server = await serve(model);
    const renders = [];
    const roundTrips = [];
    const parts = { send: [], server: [], draw: [], cpu: [], graph: [], json: [] };
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    // When the page sends an operation and receives a model, in its own clock.
    await context.addInitScript(() => {
        window.benchmarkSocket = { sent: 0, received: 0 };
        const send = WebSocket.prototype.send;
        WebSocket.prototype.send = function (data) {
            if (!window.benchmarkSocket.sent && String(data).includes('"kind":"createNode"')) {
                window.benchmarkSocket.sent = performance.now();
            }
            return send.call(this, data);
        };
        const Socket = window.WebSocket;
        window.WebSocket = function (...args) {
            const socket = new Socket(...args);
            socket.addEventListener('message', event => {
                if (!window.benchmarkSocket.received && String(event.data).includes('"kind":"updateModel"')) {
                    window.benchmarkSocket.received = performance.now();
                }
            });
            return socket;
        };
        window.WebSocket.prototype = Socket.prototype;
        Object.assign(window.WebSocket, Socket);
    });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('body[data-diagram-ready="true"]', { timeout: 60000 });
    for (let run = 0; run < runs + 1; run++) {
        const started = Date.now();
        await page.reload();
        await page.waitForFunction(count => document.body.dataset.diagramReady === 'true'
            && window.flowpilot.elements('node:step').length === count
            && document.querySelectorAll('#fp-diagram g.fp-node').length > 0, steps, { timeout: 60000, polling: 'raf' });
        if (run > 0) {
            renders.push(Date.now() - started);
        }
    }
    for (let run = 0; run < runs + 1; run++) {
        const before = await page.evaluate(() => window.flowpilot.elements('node:step').length);
        await page.locator('.tool-palette .tool-button', { hasText: /Reboot$/ }).click();
        const free = await page.evaluate(() => {
            // An empty spot of the canvas: nothing but the canvas under it and around it.
            const palette = document.querySelector('.tool-palette').getBoundingClientRect();
            const clear = (x, y) => [[0, 0], [-60, -30], [60, 30], [-60, 30], [60, -30]].every(([dx, dy]) => {
                const hit = document.elementFromPoint(x + dx, y + dy);
                return hit && !hit.closest('g.fp-node') && !hit.closest('.sprotty-edge') && !hit.closest('.tool-palette');
            });
            for (let y = 120; y < window.innerHeight - 40; y += 20) {
                for (let x = 80; x < palette.x - 80; x += 20) {
                    if (clear(x, y)) {
                        return { x, y };
                    }
                }
            }
            return { x: 80, y: window.innerHeight - 40 };
        });
        // The round trip starts at the click itself (its event's time stamp), not before the search for a free spot.
        await page.evaluate(() => {
            window.benchmarkSocket = { sent: 0, received: 0 };
            window.benchmarkClick = 0;
            document.addEventListener('mousedown', event => (window.benchmarkClick = event.timeStamp), { capture: true, once: true });
        });
        const timed = server.timings.length;
        await page.mouse.click(free.x, free.y);
        await page.waitForFunction(count => window.flowpilot.elements('node:step').length > count, before, { polling: 'raf' });
        const { drawn, click, sent, received } = await page.evaluate(() => ({
            drawn: window.flowpilot.lastUpdate(), click: window.benchmarkClick, ...window.benchmarkSocket
        }));
        if (run > 0) {
            roundTrips.push(drawn - click);
            parts.send.push(sent - click);
            parts.server.push(received - sent);
            parts.draw.push(drawn - received);
            // The server's CPU for the edit, as serve reports it (products from this one on): the operation, which
            // includes the graph built again and its JSON (GLSP runs the redraw the command stack asks for at once,
            // on the thread of the operation).
            const cpu = kind => server.timings.slice(timed).map(line => new RegExp(`${kind}.*CPU ([\\d.]+) ms`).exec(line))
                .filter(Boolean).map(match => Number(match[1]))[0];
            if (cpu('operation') !== undefined) {
                parts.cpu.push(cpu('operation'));
                parts.graph.push(cpu('graph of'));
                if (cpu('JSON of the graph') !== undefined) {
                    parts.json.push(cpu('JSON of the graph'));
                }
            }
        }
    }
    // Layout on demand (the header's Layout button): ELK over the whole diagram, timed by serve. A model opens
    // with ELK only once per server (the arrangement is remembered), so the layout figure comes from these runs.
    for (let run = 0; run < runs + 1; run++) {
        const revision = await page.evaluate(() => window.flowpilot.revision());
        await page.locator('#fp-layout').click();
        await page.waitForFunction(previous => window.flowpilot.revision() > previous, revision, { polling: 'raf' });
    }
    await context.close();
    server.child.kill('SIGTERM');
    // The first run of each JVM is a cold start; the median is over the warm ones, as for the other figures.
    const layouts = server.layouts.filter(l => l.boxes >= steps).map(l => l.ms).slice(1);
    console.log(`${steps} steps: first render ${median(renders)} ms, ELK layout ${median(layouts).toFixed(1)} ms (${layouts.length} runs), edit round trip ${median(roundTrips).toFixed(1)} ms`
        + ` (page to send ${median(parts.send).toFixed(1)}, server and transfer ${median(parts.server).toFixed(1)}, page to draw ${median(parts.draw).toFixed(1)}; medians of each)`
        + (parts.cpu.length > 0 ? `; server CPU for the edit ${median(parts.cpu).toFixed(1)} ms (graph ${median(parts.graph).toFixed(1)}`
            + (parts.json.length > 0 ? `, JSON ${median(parts.json).toFixed(1)})` : ')') : ''));
}
await browser.close();
