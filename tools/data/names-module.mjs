// Writes a generated TypeScript module that exports a list of names as one "|"-joined string (lines of about 110
// characters, so the file stays diffable), formatted by Prettier. Used by build-cities.mjs and build-given-names.mjs.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `file`: the module's name under packages/core/src/concepts; `doc`: its comment's lines (without " * "). */
export function writeNamesModule(file, doc, exportName, names) {
  const lines = [];
  let line = '';
  for (const n of names) {
    if (line.length + n.length + 1 > 110) {
      lines.push(line);
      line = '';
    }
    line += `${n}|`;
  }
  if (line) lines.push(line);
  const out = join(dirname(fileURLToPath(import.meta.url)), '../../packages/core/src/concepts', file);
  writeFileSync(
    out,
    `/**
${doc.map((d) => ` * ${d}`).join('\n')}
 */
export const ${exportName} = [
${lines.map((l) => `  ${JSON.stringify(l)},`).join('\n')}
].join('');
`,
  );
  execFileSync('npx', ['prettier', '--write', out], { stdio: 'ignore' });
  console.log(`wrote ${out}: ${names.length} names`);
}
