import type { Command } from './context.js';
import { concepts } from './concepts.js';
import { doctor } from './doctor.js';
import { estimate } from './estimate.js';
import { search } from './search.js';
import { simulate } from './simulate.js';
import { ingest } from './ingest.js';
import { show } from './show.js';
import { slides } from './slides.js';
import { merges } from './merges.js';
import { unmerge } from './unmerge.js';
import { exportCommand } from './export.js';
import { deleteCommand } from './delete.js';
import { repair } from './repair.js';
import { serve } from './serve.js';
import { worker } from './worker.js';

export type { CommandContext, Command } from './context.js';

export const COMMANDS: Record<string, Command> = {
  ingest,
  slides,
  concepts,
  show,
  doctor,
  search,
  estimate,
  simulate,
  merges,
  unmerge,
  export: exportCommand,
  delete: deleteCommand,
  repair,
  serve,
  worker,
};
