// Bundles the diagram client into the folder given as the first argument (the bundle's web/): diagram.js with its
// CSS beside it, and the static page. Run by the Maven build after `npm ci`; `node build.mjs ../web` by hand.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const out = resolve(process.argv[2] ?? '../web');
mkdirSync(out, { recursive: true });
const started = Date.now();
await build({
    entryPoints: ['src/main.ts'],
    bundle: true,
    minify: true,
    sourcemap: false,
    // WebKitGTK of Debian bookworm and current Chromium both run ES2019.
    target: ['es2019'],
    outfile: join(out, 'diagram.js'),
    loader: { '.css': 'css', '.svg': 'text', '.ttf': 'file' },
    assetNames: '[name]-[hash]',
    legalComments: 'linked',
    logLevel: 'warning'
});
for (const file of readdirSync('static')) {
    copyFileSync(join('static', file), join(out, file));
}
console.log(`flowpilot client bundled into ${out} in ${Date.now() - started} ms`);
