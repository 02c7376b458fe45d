import { describe, expect, it } from 'vitest';
import { parseChart } from '../../src/extract/chart-part.js';
import { crc32, crc32Js } from '../../src/extract/crc32.js';
import { imageSize } from '../../src/extract/media.js';
import { notesText } from '../../src/extract/notes.js';
import { diagramText, readTable } from '../../src/extract/slide-shapes.js';
import { parseXml, type XmlElement } from '../../src/extract/xml.js';
import { makePng } from '../../../../tools/deck-gen/png.js';

const C =
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';

describe('charts', () => {
  it('reads a bar chart with a missing point, literal categories and a rich title', () => {
    const chart = parseChart(
      parseXml(`<c:chartSpace ${C}><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>Revenue </a:t></a:r><a:r><a:t>2024</a:t></a:r></a:p></c:rich></c:tx></c:title>
      <c:plotArea><c:barChart><c:barDir val="bar"/>
        <c:ser><c:tx><c:v>EMEA</c:v></c:tx>
          <c:cat><c:strLit><c:ptCount val="3"/><c:pt idx="0"><c:v>Q1</c:v></c:pt><c:pt idx="1"><c:v>Q2</c:v></c:pt><c:pt idx="2"><c:v>Q3</c:v></c:pt></c:strLit></c:cat>
          <c:val><c:numRef><c:f>Sheet1!$B$2:$B$4</c:f><c:numCache><c:formatCode>0.0%</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>0.25</c:v></c:pt><c:pt idx="2"><c:v>1E-1</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser>
      </c:barChart><c:lineChart><c:ser><c:tx><c:strRef><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Target</c:v></c:pt></c:strCache></c:strRef></c:tx>
          <c:cat><c:numRef><c:numCache><c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>2</c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:cat>
          <c:val><c:numLit><c:ptCount val="3"/><c:pt idx="0"><c:v>5</c:v></c:pt><c:pt idx="1"><c:v>n/a</c:v></c:pt><c:pt idx="2"><c:v>-7.5</c:v></c:pt></c:numLit></c:val></c:ser></c:lineChart></c:plotArea></c:chart></c:chartSpace>`),
    );
    expect(chart).toEqual({
      title: 'Revenue 2024',
      type: 'bar+line',
      format: '0.0%',
      series: [
        { name: 'EMEA', categories: ['Q1', 'Q2', 'Q3'], values: [0.25, null, 0.1] },
        { name: 'Target', categories: ['1', '2', '3'], values: [5, null, -7.5] },
      ],
    });
  });

  it('reads scatter x/y values, multi-level categories and a missing title', () => {
    const scatter = parseChart(
      parseXml(`<c:chartSpace ${C}><c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:scatterChart><c:ser><c:tx><c:v>Y</c:v></c:tx>
        <c:xVal><c:numRef><c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>10</c:v></c:pt><c:pt idx="1"><c:v>20</c:v></c:pt></c:numCache></c:numRef></c:xVal>
        <c:yVal><c:numRef><c:numCache><c:ptCount val="2"/><c:pt idx="0"><c:v>1.5</c:v></c:pt><c:pt idx="1"><c:v>3</c:v></c:pt></c:numCache></c:numRef></c:yVal></c:ser></c:scatterChart></c:plotArea></c:chart></c:chartSpace>`),
    );
    expect(scatter).toEqual({
      title: null,
      type: 'scatter',
      series: [{ name: 'Y', categories: ['10', '20'], values: [1.5, 3] }],
    });
    const multi = parseChart(
      parseXml(`<c:chartSpace ${C}><c:chart><c:plotArea><c:bar3DChart><c:barDir val="col"/><c:ser>
        <c:cat><c:multiLvlStrRef><c:multiLvlStrCache><c:ptCount val="2"/><c:lvl><c:pt idx="0"><c:v>Jan</c:v></c:pt><c:pt idx="1"><c:v>Feb</c:v></c:pt></c:lvl><c:lvl><c:pt idx="0"><c:v>2024</c:v></c:pt></c:lvl></c:multiLvlStrCache></c:multiLvlStrRef></c:cat>
        <c:val><c:numRef><c:numCache><c:ptCount val="2"/><c:pt idx="1"><c:v>4</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:bar3DChart></c:plotArea></c:chart></c:chartSpace>`),
    );
    expect(multi).toEqual({
      title: null,
      type: 'col3D',
      series: [{ name: '', categories: ['Jan', 'Feb'], values: [null, 4] }],
    });
  });

  it('shows a date axis as dates, not the serial numbers Excel stores (1900 and 1904 workbooks)', () => {
    const chart = (fmt: string, date1904 = false, ptFormat = '') =>
      parseChart(
        parseXml(`<c:chartSpace ${C}>${date1904 ? '<c:date1904 val="1"/>' : ''}<c:chart><c:plotArea><c:lineChart><c:ser><c:tx><c:v>S</c:v></c:tx>
        <c:cat><c:numRef><c:numCache><c:formatCode>${fmt}</c:formatCode><c:ptCount val="3"/><c:pt idx="0"${ptFormat}><c:v>37261</c:v></c:pt><c:pt idx="1"><c:v>25204</c:v></c:pt><c:pt idx="2"><c:v>45292.5</c:v></c:pt></c:numCache></c:numRef></c:cat>
        <c:val><c:numLit><c:ptCount val="3"/><c:pt idx="0"><c:v>1</c:v></c:pt><c:pt idx="1"><c:v>2</c:v></c:pt><c:pt idx="2"><c:v>3</c:v></c:pt></c:numLit></c:val></c:ser></c:lineChart></c:plotArea></c:chart></c:chartSpace>`),
      ).series[0].categories;
    expect(chart('m/d/yy')).toEqual(['2002-01-05', '1969-01-01', '2024-01-01T12:00']);
    expect(chart('[$-409]d-mmm-yyyy;@')).toEqual(['2002-01-05', '1969-01-01', '2024-01-01T12:00']);
    expect(chart('mmm')).toEqual(['2002-01-05', '1969-01-01', '2024-01-01T12:00']);
    expect(chart('m/d/yy', true)).toEqual(['2006-01-06', '1973-01-02', '2028-01-02T12:00']);
    // the 1904 flag as "true" or with no value (both mean true)
    const with1904 = (el: string) =>
      parseChart(
        parseXml(`<c:chartSpace ${C}>${el}<c:chart><c:plotArea><c:lineChart><c:ser><c:tx><c:v>S</c:v></c:tx>
        <c:cat><c:numRef><c:numCache><c:formatCode>m/d/yy</c:formatCode><c:ptCount val="1"/><c:pt idx="0"><c:v>37261</c:v></c:pt></c:numCache></c:numRef></c:cat>
        <c:val><c:numLit><c:ptCount val="1"/><c:pt idx="0"><c:v>1</c:v></c:pt></c:numLit></c:val></c:ser></c:lineChart></c:plotArea></c:chart></c:chartSpace>`),
      ).series[0].categories;
    expect(with1904('<c:date1904 val="true"/>')).toEqual(['2006-01-06']);
    expect(with1904('<c:date1904/>')).toEqual(['2006-01-06']);
    expect(with1904('<c:date1904 val="0"/>')).toEqual(['2002-01-05']);
    // numbers that are numbers: a number format, a quoted "d" in a unit, elapsed time
    expect(chart('General')).toEqual(['37261', '25204', '45292.5']);
    expect(chart('0.0" days"')).toEqual(['37261', '25204', '45292.5']);
    expect(chart('[h]:mm')).toEqual(['37261', '25204', '45292.5']);
    // a point with a date format of its own
    expect(chart('General', false, ' formatCode="yyyy-mm-dd"')).toEqual(['2002-01-05', '25204', '45292.5']);
  });

  it('reads chartex (Office 2016) series', () => {
    const cx = parseChart(
      parseXml(`<cx:chartSpace xmlns:cx="http://schemas.microsoft.com/office/drawing/2014/chartex" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
        <cx:chartData><cx:data id="0"><cx:strDim type="cat"><cx:f>A</cx:f><cx:lvl ptCount="2"><cx:pt idx="0">Start</cx:pt><cx:pt idx="1">End</cx:pt></cx:lvl></cx:strDim>
        <cx:numDim type="val"><cx:lvl ptCount="2" formatCode="General"><cx:pt idx="0">100</cx:pt><cx:pt idx="1">-20</cx:pt></cx:lvl></cx:numDim></cx:data></cx:chartData>
        <cx:chart><cx:title><cx:tx><cx:rich><a:p><a:r><a:t>Bridge</a:t></a:r></a:p></cx:rich></cx:tx></cx:title><cx:plotArea><cx:plotAreaRegion><cx:series layoutId="waterfall"><cx:tx><cx:txData><cx:v>Cash</cx:v></cx:txData></cx:tx><cx:dataId val="0"/></cx:series></cx:plotAreaRegion></cx:plotArea></cx:chart></cx:chartSpace>`),
    );
    expect(cx).toEqual({
      title: 'Bridge',
      type: 'waterfall',
      series: [{ name: 'Cash', categories: ['Start', 'End'], values: [100, -20] }],
    });
  });
});

describe('tables, SmartArt, notes', () => {
  const A = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
  const cell = (t: string, attrs = ''): string =>
    `<a:tc${attrs}><a:txBody><a:p><a:r><a:t>${t}</a:t></a:r></a:p></a:txBody></a:tc>`;

  it('keeps a merged cell once, in its anchor', () => {
    const tbl = parseXml(
      `<a:tbl ${A}><a:tr>${cell('A', ' gridSpan="2"')}${cell('A-covered', ' hMerge="1"')}${cell('B', ' rowSpan="2"')}</a:tr>` +
        `<a:tr>${cell('c')}${cell('d')}${cell('B-covered', ' vMerge="1"')}</a:tr></a:tbl>`,
    );
    expect(readTable(tbl)).toEqual([
      ['A', '', 'B'],
      ['c', 'd', ''],
    ]);
  });

  it('reads SmartArt content points, not transitions', () => {
    const data = parseXml(
      `<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" ${A}><dgm:ptLst>` +
        `<dgm:pt type="doc"><dgm:t><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>` +
        `<dgm:pt><dgm:t><a:p><a:r><a:t>Plan</a:t></a:r></a:p></dgm:t></dgm:pt>` +
        `<dgm:pt type="sibTrans"><dgm:t><a:p><a:r><a:t>ignored</a:t></a:r></a:p></dgm:t></dgm:pt>` +
        `<dgm:pt><dgm:t><a:p><a:r><a:t>Build</a:t></a:r></a:p><a:p><a:r><a:t>Run</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`,
    );
    expect(diagramText(data)).toBe('Plan\nBuild\nRun');
  });

  it('reads the notes body placeholder only', () => {
    const sp = (id: number, ph: string, text: string): string =>
      `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="s"/><p:cNvSpPr/><p:nvPr>${ph}</p:nvPr></p:nvSpPr><p:txBody><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp>`;
    const notes = (body: string): XmlElement =>
      parseXml(
        `<p:notes xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" ${A}><p:cSld><p:spTree>${body}</p:spTree></p:cSld></p:notes>`,
      );
    expect(
      notesText(
        notes(
          sp(2, '<p:ph type="sldNum"/>', '7') +
            sp(3, '<p:ph type="body" idx="1"/>', 'Say hello') +
            sp(4, '<p:ph type="dt"/>', '1/1/2024'),
        ),
      ),
    ).toEqual({
      shapeId: '3',
      text: 'Say hello',
    });
    expect(notesText(notes(sp(2, '<p:ph type="sldNum"/>', '7')))).toEqual({ shapeId: '', text: '' });
  });
});

describe('crc32', () => {
  it('gives the same, known values natively and in JS', () => {
    const data = new TextEncoder().encode('123456789');
    expect(crc32(data)).toBe(0xcbf43926);
    expect(crc32Js(data)).toBe(0xcbf43926);
    const big = new Uint8Array(100_000).map((_, i) => (i * 31) & 0xff);
    expect(crc32Js(big)).toBe(crc32(big));
  });
});

describe('image headers', () => {
  it('reads PNG, GIF and JPEG pixel sizes', () => {
    expect(imageSize(makePng(37, 11, () => [1, 2, 3]))).toEqual({ width: 37, height: 11 });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x2c, 0x01, 0xc8, 0x00, 0, 0, 0]);
    expect(imageSize(gif)).toEqual({ width: 300, height: 200 });
    // SOI, APP0 (16 bytes), SOF2 (progressive) 1689 × 2894
    const jpeg = new Uint8Array([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
      0x01, 0x00, 0x00, 0xff, 0xc2, 0x00, 0x11, 0x08, 0x06, 0x99, 0x0b, 0x4e, 0x03, 0x01, 0x22, 0x00, 0x02,
      0x11, 0x01, 0x03, 0x11, 0x01,
    ]);
    expect(imageSize(jpeg)).toEqual({ width: 2894, height: 1689 });
    expect(imageSize(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]))).toBeUndefined();
  });
});
