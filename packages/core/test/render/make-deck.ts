import pptxgenDefault from 'pptxgenjs';

type PptxCtor = typeof pptxgenDefault.default;
const Pptx: PptxCtor =
  (pptxgenDefault as unknown as { default?: PptxCtor }).default ?? (pptxgenDefault as unknown as PptxCtor);

/** A small deck made with pptxgenjs: title, bullets, a table and a chart, one slide each plus a title slide. */
export async function makeSmallDeck(path: string, slides = 4, hidden: number[] = []): Promise<void> {
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_16x9';
  for (let i = 1; i <= slides; i++) {
    const s = pptx.addSlide();
    if (hidden.includes(i)) s.hidden = true;
    s.addText(`Slide ${i}: Quarterly review`, {
      x: 0.5,
      y: 0.3,
      w: 9,
      h: 0.8,
      fontSize: 28,
      bold: true,
      fontFace: 'Calibri',
    });
    if (i % 3 === 0) {
      s.addTable(
        [
          [{ text: 'Region' }, { text: 'Revenue' }],
          [{ text: 'EMEA' }, { text: `${i * 10}` }],
        ],
        { x: 0.5, y: 1.5, w: 6 },
      );
    } else if (i % 3 === 2) {
      s.addChart(
        pptx.ChartType.bar,
        [{ name: 'Sales', labels: ['Q1', 'Q2', 'Q3'], values: [i, i * 2, i * 3] }],
        { x: 0.5, y: 1.4, w: 8, h: 3.5 },
      );
    } else {
      s.addText(`Point A for slide ${i}\nPoint B for slide ${i}`, {
        x: 0.5,
        y: 1.4,
        w: 8,
        h: 2,
        fontSize: 18,
        bullet: true,
      });
    }
  }
  await pptx.writeFile({ fileName: path });
}
