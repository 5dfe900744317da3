import { readFileSync } from 'node:fs';
import ts from 'typescript';
import type { ProbeConfig } from '../probe/page-probe.ts';

// The probe is transpiled here rather than passed to Playwright as a function: tsx would wrap its inner
// functions in a `__name` helper that does not exist in the page.
const source = readFileSync(new URL('../probe/page-probe.ts', import.meta.url), 'utf8');
const transpiled = ts
  .transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  })
  .outputText.replace(/^export \{\};?$/m, '');
const body = transpiled.replace(/^export (function|interface)/gm, '$1');

/** A classic script that installs `window.__benchProbe` with this configuration. */
export function probeScript(config: ProbeConfig): string {
  return `(() => {\n${body}\ninstallBenchProbe(${JSON.stringify(config)});\n})();`;
}
