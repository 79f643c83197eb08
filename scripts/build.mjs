// Bundles the server (one ESM file, packages left external) and the small client script.
// esbuild resolves package.json "imports" (#src/*) and TSX; a build takes about a second.
import { build } from 'esbuild'

const started = Date.now()
await Promise.all([
  build({
    entryPoints: ['src/server/index.ts'],
    outfile: 'dist/server.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    sourcemap: true,
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    logLevel: 'warning',
  }),
  build({
    entryPoints: ['src/cli/index.ts'],
    outfile: 'dist/cli.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    packages: 'external',
    sourcemap: true,
    jsx: 'automatic',
    jsxImportSource: 'hono/jsx',
    logLevel: 'warning',
  }),
  build({
    entryPoints: ['src/ui/client/app.ts'],
    outfile: 'dist/public/app.js',
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2020',
    minify: true,
    logLevel: 'warning',
  }),
  build({
    entryPoints: ['src/ui/client/check-in.ts'],
    outfile: 'dist/public/check-in.js',
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2020',
    minify: true,
    logLevel: 'warning',
  }),
  // The SCORM lesson page's player: the 1.2 and 2004 runtimes are chunks loaded on demand.
  build({
    entryPoints: ['src/ui/client/scorm.ts'],
    outdir: 'dist/public',
    chunkNames: 'scorm-[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2020',
    minify: true,
    logLevel: 'warning',
  }),
])
console.log(`built in ${Date.now() - started} ms`)
