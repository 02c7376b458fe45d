import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderErrorsMarkdown } from './error-catalog.js';

const out = join(import.meta.dirname, '..', '..', 'docs', 'errors.md');
writeFileSync(out, renderErrorsMarkdown() + '\n');
console.log(`wrote ${out}`);
