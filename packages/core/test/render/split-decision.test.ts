import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDeck } from '../../src/extract/index.js';
import {
  cutSlideList,
  retargetSlideLinks,
  slideParts,
  windowPlan,
  writeWindowDecks,
} from '../../src/render/slide-windows.js';
import { FIRST_RANGE, shouldSplit } from '../../src/render/render-deck.js';
import { generateBenchDeck } from '../../../../tools/deck-gen/index.js';

describe('streamed rendering: when a deck is converted in two ranges', () => {
  it('only a deck of more than three first ranges, with two free LibreOffice processes and two idle cores', () => {
    const big = 10 * FIRST_RANGE;
    expect(shouldSplit(big, 2, 6)).toBe(true);
    expect(shouldSplit(3 * FIRST_RANGE, 2, 6)).toBe(false); // small: one process is as quick
    expect(shouldSplit(big, 1, 6)).toBe(false); // another deck holds a process: the second range would queue
    expect(shouldSplit(big, 2, 1.5)).toBe(false); // a loaded machine: both processes load the whole deck
    expect(shouldSplit(0, 2, 6)).toBe(false); // slide count unknown
  });
});

describe('slide windows (a large deck rendered as small decks of its slides)', () => {
  it('plans growing windows: 6 slides first, then three times larger, a small remainder joins the last', () => {
    expect(windowPlan(19, FIRST_RANGE)).toEqual([
      [1, 6],
      [7, 19],
    ]);
    expect(windowPlan(250, FIRST_RANGE)).toEqual([
      [1, 6],
      [7, 24],
      [25, 78],
      [79, 250],
    ]);
    const big = windowPlan(1000, FIRST_RANGE);
    expect(big[0]).toEqual([1, 6]);
    expect(big.at(-1)![1]).toBe(1000);
    for (let k = 1; k < big.length; k++) expect(big[k][0]).toBe(big[k - 1][1] + 1); // no gap, no overlap
  });

  it('cuts the slide list to a window, whatever the namespace prefix and element form, and keeps slide numbers', () => {
    const xml =
      '<?xml version="1.0"?><x:presentation xmlns:x="p" xmlns:r="r"><x:sldMasterIdLst/>' +
      '<x:sldIdLst><x:sldId id="256" r:id="rId2"/><x:sldId id="257" r:id="rId3"><x:extLst/></x:sldId>' +
      '<x:sldId id="258" r:id="rId4"/></x:sldIdLst><x:sldSz cx="1" cy="2"/></x:presentation>';
    expect(cutSlideList(xml, 1, 2)).toBe(
      '<?xml version="1.0"?><x:presentation xmlns:x="p" xmlns:r="r"><x:sldMasterIdLst/>' +
        '<x:sldIdLst><x:sldId id="256" r:id="rId2"/><x:sldId id="257" r:id="rId3"><x:extLst/></x:sldId>' +
        '</x:sldIdLst><x:sldSz cx="1" cy="2"/></x:presentation>',
    );
    // a later window starts its numbering where it sits in the whole deck
    expect(cutSlideList(xml, 2, 3)).toBe(
      '<?xml version="1.0"?><x:presentation xmlns:x="p" xmlns:r="r" firstSlideNum="2"><x:sldMasterIdLst/>' +
        '<x:sldIdLst><x:sldId id="257" r:id="rId3"><x:extLst/></x:sldId><x:sldId id="258" r:id="rId4"/>' +
        '</x:sldIdLst><x:sldSz cx="1" cy="2"/></x:presentation>',
    );
    expect(cutSlideList(xml.replace('xmlns:r="r"', 'xmlns:r="r" firstSlideNum="10"'), 3, 3)).toContain(
      'firstSlideNum="12"',
    );
    expect(cutSlideList(xml, 1, 3)).toBeNull(); // the whole deck: nothing to cut
    expect(cutSlideList(xml, 2, 4)).toBeNull(); // outside the list
    expect(cutSlideList('<p:presentation/>', 1, 1)).toBeNull();
  });

  it("a window's links to slides outside it point back at the linking slide; other relationships stay", () => {
    const pres =
      '<p:presentation xmlns:r="r"><p:sldIdLst><p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId3"/>' +
      '<p:sldId id="258" r:id="rId4"/></p:sldIdLst></p:presentation>';
    const rels =
      '<Relationships><Relationship Id="rId1" Type="t/slideMaster" Target="slideMasters/slideMaster1.xml"/>' +
      '<Relationship Id="rId2" Type="t/slide" Target="slides/slide1.xml"/>' +
      '<Relationship Id="rId3" Type="t/slide" Target="/ppt/slides/slide3.xml"/>' +
      '<Relationship Id="rId4" Type="t/slide" Target="slides/slide2.xml"/></Relationships>';
    const parts = slideParts(pres, rels);
    expect(parts).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide3.xml', 'ppt/slides/slide2.xml']);
    expect(slideParts(pres, rels.replace('Id="rId3"', 'Id="rId9"'))).toBeNull(); // one cannot be told
    const slideRels =
      '<Relationships><Relationship Id="rId1" Type="t/slideLayout" Target="../slideLayouts/slideLayout2.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slide2.xml"/>' +
      '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="../slides/slide3.xml"/>' +
      '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://x.test/slide9.xml" TargetMode="External"/></Relationships>';
    // window of slides 1–2 of the list (slide1.xml, slide3.xml): slide3's link to slide2.xml goes, its link to itself stays
    const kept = new Set(parts!.slice(0, 2));
    const out = retargetSlideLinks(slideRels, 'ppt/slides/slide3.xml', kept);
    expect(out).toContain(
      'Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slide3.xml"',
    );
    expect(out).toContain('Target="../slides/slide3.xml"');
    expect(out).toContain('Target="../slideLayouts/slideLayout2.xml"');
    expect(out).toContain('Target="https://x.test/slide9.xml"');
    // every link inside the window: unchanged
    expect(retargetSlideLinks(slideRels, 'ppt/slides/slide3.xml', new Set(parts!))).toBe(slideRels);
  });

  it('written windows hold their slides: extracted, they are the slides of the whole deck', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'osmose-windows-'));
    try {
      const deck = join(dir, 'deck.pptx');
      await generateBenchDeck(deck, 30);
      const plan = windowPlan(30, FIRST_RANGE);
      const paths = plan.map((_, k) => join(dir, `w${k}.pptx`));
      expect(await writeWindowDecks(deck, plan, paths)).toBe(true);
      const whole = await extractDeck({ path: deck });
      const key = (s: (typeof whole.slides)[number]) => [s.title, s.hash];
      const parts = [];
      for (const p of paths) parts.push(...(await extractDeck({ path: p })).slides.map(key));
      expect(parts).toEqual(whole.slides.map(key));
      // not a package it can read: false, and the caller renders from the whole deck
      writeFileSync(join(dir, 'bad.pptx'), 'not a zip');
      expect(await writeWindowDecks(join(dir, 'bad.pptx'), plan, paths)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
