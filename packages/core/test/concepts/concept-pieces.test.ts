/**
 * Pieces of names and terms (the classes of 2026-12-04's evening session): a hyphenated modifier cut from the noun it
 * is always written before, a name of five capitalised words written before other words. Made-up sentences, no
 * evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import type { LinkBlock } from '../../src/concepts/link.js';
import { block, records } from './blocks.js';

const names = (blocks: LinkBlock[], lang = 'en', slides = 20) =>
  records(blocks, lang, slides).map((r) => r.name);

describe('a hyphenated modifier', () => {
  it('written each time before a noun is no concept ("Fixed-price", "on-street"); a noun written alone is one', () => {
    const deck = [
      block(1, 'Kestrel Farms: investor update', 'title'),
      block(3, 'Fixed-price electricity contract at Farm 1 until 2027.\nThe buy-in is priced at £40m.'),
      block(4, 'Fixed-price contracts cover 80% of the load; on-street charging is piloted in Kilbride.'),
      block(5, 'Residents without driveways rely on on-street parking.\nThe buy-in completes in March.'),
      block(6, 'Pre-operative assessment starts at listing.\nThe trustees sign the buy-in.'),
      block(7, 'Pre-operative assessment nurses: 18 in post.'),
    ];
    const found = names(deck).map((n) => n.toLowerCase());
    expect(found).not.toContain('fixed-price');
    expect(found).not.toContain('on-street');
    expect(found).not.toContain('pre-operative');
    expect(found).toContain('buy-in');
  });
});

describe('a name of five capitalised words', () => {
  it('written before lower-case words is a candidate whole ("Local Authority EV Charging Strategy guidance")', () => {
    const deck = [
      block(1, 'Charging network rollout', 'title'),
      block(2, 'The Council adopted its Local Authority EV Charging Strategy 2025-2030 in February.'),
      block(3, 'Sites follow the Local Authority EV Charging Strategy guidance of the national office.'),
      block(4, 'Funding depends on the Local Authority EV Charging Strategy targets being met.'),
    ];
    const found = names(deck);
    expect(found).toContain('Local Authority EV Charging Strategy');
    expect(found).not.toContain('Local Authority EV');
  });
});
