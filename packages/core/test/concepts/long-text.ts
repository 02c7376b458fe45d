/**
 * A notes block's text of `chars` characters or a little more, made of names, cues, quoted and cited titles and
 * plain words, on one line or broken every `breakEvery` words: the long-line test and `bench/concepts/long-lines.ts`.
 */
const WORDS = [
  'the',
  'Harbour Board',
  'approved',
  'a',
  'plan',
  'with',
  'partners: Accenture',
  'and',
  'Every',
  'Reader',
  'Rises',
  '“A Quoted Work Title Here”',
  'Lane, P. (2017). Making Sense of Legacy Systems.',
  'for',
  'Northwind Analytics',
  'in',
  'Q3.',
];

export function longText(chars: number, breakEvery = 0): string {
  let t = '';
  for (let i = 0; t.length < chars; i++)
    t += WORDS[(i * 7) % WORDS.length] + (breakEvery > 0 && i % breakEvery === breakEvery - 1 ? '\n' : ' ');
  return t;
}
