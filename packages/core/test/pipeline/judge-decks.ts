import pptxgenDefault from 'pptxgenjs';

type PptxCtor = typeof pptxgenDefault.default;
const Pptx: PptxCtor =
  (pptxgenDefault as unknown as { default?: PptxCtor }).default ?? (pptxgenDefault as unknown as PptxCtor);

/** A deck of titled slides, each with its bullet lines. */
export async function makeTextDeck(
  path: string,
  slides: { title: string; lines: string[] }[],
): Promise<void> {
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_16x9';
  for (const sl of slides) {
    const s = pptx.addSlide();
    s.addText(sl.title, { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28, bold: true });
    s.addText(sl.lines.join('\n'), { x: 0.5, y: 1.4, w: 9, h: 3.5, fontSize: 18 });
  }
  await pptx.writeFile({ fileName: path });
}
