import { resolve } from 'node:path';
import { extractDeck, OsmoseError, toSlidesJson } from '@osmose/core';
import { table } from '../format.js';
import type { Command } from './context.js';
import { printJson } from './context.js';

export const slides: Command = {
  summary: 'Show what extraction reads from one deck (no store involved)',
  usage: '<file> [--json]',
  help: '  --json   the extraction as JSON: {"slides":[{index, hidden, title, section, layout, texts, notes, tables, charts, images}]}',
  options: {},
  async run(ctx) {
    if (ctx.args.length !== 1) throw new OsmoseError('OSM_CONFIG_INVALID', 'Name exactly one deck.');
    const path = resolve(ctx.args[0]);
    // read at offsets, never whole: a deck with a 3 GB video costs its XML only (OSM_INPUT_NOT_FOUND when missing)
    const deck = await extractDeck({ path });
    const json = toSlidesJson(deck);
    if (ctx.json) {
      printJson(ctx, json);
      return 0;
    }
    ctx.stdout.write(
      table(
        ['#', 'hidden', 'section', 'title', 'texts', 'notes', 'tables', 'charts', 'images'],
        json.slides.map((s) => [
          s.index,
          s.hidden ? 'yes' : '',
          s.section ?? '',
          s.title ?? '',
          s.texts.length,
          s.notes ? 'yes' : '',
          s.tables.length,
          s.charts.length,
          s.images.length,
        ]),
        ['r', 'l', 'l', 'l', 'r', 'l', 'r', 'r', 'r'],
      ) + `\n${json.slides.length} slides (${deck.format}${deck.strict ? ', strict OOXML' : ''})\n`,
    );
    return 0;
  },
};
