/**
 * The entity-resolution log keeps one entry per merged pair: the first decision (method, score, deck, time) while the
 * deck that decided it is stored, the next deck's decision once it is gone, and an undo is reported as done once.
 */
import { afterEach, describe, it } from 'vitest';
import { openEmbeddedStore, type EmbeddedStore } from '../../src/store/embedded-store.js';
import { mergeLogScenario } from './merge-log-scenario.js';

let s: EmbeddedStore | undefined;
afterEach(() => s?.close());

describe('the merge log of the embedded store', () => {
  it('keeps the first decision per pair while its deck is stored; an undo happens once', async () => {
    s = openEmbeddedStore(':memory:');
    await mergeLogScenario(s.graph);
  });
});
