/** Plain-text tables for the terminal. */
export function table(headers: string[], rows: (string | number)[][], align: ('l' | 'r')[] = []): string {
  const cells = [headers, ...rows.map((r) => r.map((c) => String(c)))];
  const widths = headers.map((_, i) => Math.min(i === 0 ? 44 : 60, Math.max(...cells.map((r) => (r[i] ?? '').length))));
  const fmt = (r: string[]) =>
    r
      .map((c, i) => {
        const v = c.length > widths[i] ? c.slice(0, widths[i] - 1) + '…' : c;
        return align[i] === 'r' ? v.padStart(widths[i]) : v.padEnd(widths[i]);
      })
      .join('  ')
      .trimEnd();
  return [fmt(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(fmt)].join('\n');
}

export function ms(n: number | undefined): string {
  if (n === undefined) return '–';
  return n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${Math.round(n)} ms`;
}
