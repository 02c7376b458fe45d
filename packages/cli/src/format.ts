import stringWidth from 'string-width';

/** Terminal columns a string takes (CJK and emoji are 2 wide, combining marks and ANSI codes 0). */
export const displayWidth = (s: string): number => stringWidth(s);

/** One line: newlines, tabs and other control characters become single spaces. */
export function oneLine(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Cuts `s` to at most `width` columns (display width), ending with … when cut. */
export function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return out + '…';
}

/** Pads to `width` columns (display width), on the right ('l') or the left ('r'). */
export function pad(s: string, width: number, align: 'l' | 'r' = 'l'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return align === 'r' ? fill + s : s + fill;
}

/**
 * Plain-text tables for the terminal. Widths are display widths (a Chinese or Japanese name takes two
 * columns per character) and every cell is one line, so rows always line up.
 */
export function table(
  headers: string[],
  rows: (string | number)[][],
  align: ('l' | 'r')[] = [],
  opts: { maxWidths?: number[] } = {},
): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => oneLine(String(c))))];
  const widths = headers.map((_, i) =>
    Math.min(
      opts.maxWidths?.[i] ?? (i === 0 ? 44 : 60),
      Math.max(...cells.map((r) => displayWidth(r[i] ?? ''))),
    ),
  );
  const fmt = (r: string[]) =>
    r
      .map((c, i) => pad(truncate(c, widths[i]), widths[i], align[i] ?? 'l'))
      .join('  ')
      .trimEnd();
  return [fmt(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(fmt)].join('\n');
}

export function ms(n: number | undefined): string {
  if (n === undefined) return '–';
  return n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`;
}
