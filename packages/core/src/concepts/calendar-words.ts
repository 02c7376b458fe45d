/**
 * Dates written as words, in any language ICU knows: the months and days of the week of a document's language from
 * the locale data Node ships (Intl.DateTimeFormat), and the quarters and halves of a year. A name made of them and
 * of numbers only is a date ("Kasım", "Eylül 2024", "IV кв", "Dördüncü çeyrek", "25년 2H"), no concept.
 */
import { lowerIn, stripDiacritics } from './normalise.js';

const cache = new Map<string, Set<string>>();

/** A word as the sets below hold it: lower case, no diacritics, its digits one "#" ("10월" → "#월"). */
export function calendarForm(word: string, lang = 'en'): string {
  // (composed again: Hangul syllables come apart under NFKD)
  return stripDiacritics(lowerIn(word, lang)).normalize('NFC').replace(/\.$/, '').replace(/\d+/g, '#');
}

/**
 * The months (as named alone and in a date: Polish "styczeń", "stycznia") and the days of the week of `lang`, in full,
 * with English's; each word of a name of several ("tháng 10" → "thang", "#").
 */
export function calendarWords(lang: string): Set<string> {
  const hit = cache.get(lang);
  if (hit) return hit;
  const out = new Set<string>();
  for (const l of new Set(['en', lang])) {
    const add = (value: string) => {
      for (const w of value.split(/\s+/)) {
        const f = calendarForm(w, l);
        // (a month's number alone is no word of it: "#" of "tháng 10", "1" of Czech "1." months)
        if (f !== '#' && f.length >= 2) out.add(f);
      }
    };
    try {
      const formats = [
        new Intl.DateTimeFormat(l, { month: 'long', timeZone: 'UTC' }),
        new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', timeZone: 'UTC' }),
      ];
      for (let m = 0; m < 12; m++)
        for (const f of formats)
          for (const p of f.formatToParts(Date.UTC(2024, m, 15))) if (p.type === 'month') add(p.value);
      const days = new Intl.DateTimeFormat(l, { weekday: 'long', timeZone: 'UTC' });
      // (1 January 2024 was a Monday)
      for (let d = 0; d < 7; d++)
        for (const p of days.formatToParts(Date.UTC(2024, 0, 1 + d))) if (p.type === 'weekday') add(p.value);
    } catch {
      // a language ICU does not know: its months stay unknown
    }
  }
  cache.set(lang, out);
  return out;
}

/**
 * A quarter's or a half-year's word (keys: lower case, no diacritics): "quarter", "çeyrek", "кв", "kwartał",
 * "čtvrtletí", "kvartal", "neljännes", "trimestru", "negyedév", "τρίμηνο", "triwulan", "quý", "분기"; a half:
 * "półrocze", "pololetí", "halvår", "félév", "εξάμηνο", "반기" (their codes, "Q3", "2H", are PERIOD_CODE). Tested on
 * calendarForm's output, so without diacritics; the accented forms are listed for the reader.
 */
const PERIOD_WORD =
  /^(?:quarters?|halves|ceyrek|yarıyıl|yariyil|кв|квартал|квартала|кварталы|полугодие|полугодия|півріччя|kwartał|kwartal|kwartale|kwartału|kwartalu|polrocze|półrocze|ctvrtleti|čtvrtletí|pololeti|pololetí|stvrtrok|štvrťrok|polrok|kvartal|kvartalet|kvartaler|halvar|halvår|halvaret|halvåret|neljannes|neljännes|vuosineljannes|vuosineljännes|vuosipuolisko|puolivuotis|trimestru|trimestrul|semestru|semestrul|negyedev|negyedév|negyedevben|felev|félév|τριμηνο|τρίμηνο|εξαμηνο|εξάμηνο|triwulan|kuartal|caturwulan|semester|quy|quý|분기|반기|상반기|하반기)$/u;
/** A quarter's or a half's code ("Q3", "3Q", "H1", "2H", "T3"): a date beside a year only ("H1" alone is a hypothesis). */
const PERIOD_CODE = /^(?:q[1-4]|[1-4]q|t[1-4]|h[12]|[12]h)$/u;
/** An ordinal or a number of a period: digits, Roman numerals, a written ordinal ("dördüncü", "четвертый", "first"). */
const PERIOD_ORDINAL =
  /^(?:#(?:st|nd|rd|th|er|e|o|º|ª|\.)?|[ivx]+|first|second|third|fourth|birinci|ikinci|ucuncu|üçüncü|dorduncu|dördüncü|ilk|son|первый|второй|третий|четвертый|четвёртый|pierwszy|drugi|trzeci|czwarty|prvni|první|druhy|druhý|treti|třetí|ctvrty|čtvrtý|forsta|första|andra|tredje|fjarde|fjärde|forste|første|anden|andet|fjerde|ensimmainen|ensimmäinen|toinen|kolmas|neljas|neljäs|primul|elso|első|masodik|második|harmadik|negyedik|πρωτο|πρώτο|δευτερο|δεύτερο|τριτο|τρίτο|τεταρτο|τέταρτο|pertama|kedua|ketiga|keempat|mot|một|hai|ba|bon|bốn)$/u;
/** A year written with its Korean, Chinese or Japanese sign ("25년", "2025年"), or its digits ("2025", "FY25"). */
const YEAR = /^(?:#년|#年|#年度|#|fy#|fy|#r|#г|#г\.?|г)$/u;

/**
 * Whether `surface` is only a date by words: months, days, quarters, halves, their numbers and years, and at least one
 * word of them ("Kasım", "Eylül 2024", "IV кв", "Dördüncü çeyrek", "25년 2H"; not "2024" alone, nor "Q3 Review").
 */
export function calendarName(surface: string, lang: string): boolean {
  const raw = surface.split(/[\s–—/-]+/u).filter(Boolean);
  if (raw.length === 0) return false;
  const months = calendarWords(lang);
  let dated = false;
  let year = false;
  let code = false;
  // (each word's form only until the first that is no date's: every candidate of a deck is asked)
  for (const r of raw) {
    const w = calendarForm(r, lang);
    if (months.has(w) || PERIOD_WORD.test(w)) dated = true;
    else if (PERIOD_CODE.test(r.toLowerCase())) code = true;
    else if (YEAR.test(w)) year = true;
    else if (!PERIOD_ORDINAL.test(w)) return false;
  }
  return dated || (code && year);
}

/** A word of a Korean roadmap's date: its year, half, quarter or month ("26년", "1H", "4Q", "3월", "2분기", "상반기"). */
const KOREAN_DATE_WORD = /^(?:\d{2,4}년|[1-4]Q|Q[1-4]|[12]H|H[12]|\d{1,2}월|[1-4]분기|[상하]반기)$/iu;

/**
 * A Korean roadmap's date and its stage ("26년 1H 양산", "27년 개발", "1H 양산"), or a stage in progress ("양산 중", "검토
 * 중"): a milestone's line, no concept.
 */
export function koreanDatedStage(surface: string): boolean {
  const ws = surface.split(/\s+/);
  if (ws.length === 2 && ws[1] === '중') return true;
  return (
    ws.length >= 2 &&
    ws.length <= 3 &&
    ws.slice(0, -1).every((w) => KOREAN_DATE_WORD.test(w)) &&
    !KOREAN_DATE_WORD.test(ws[ws.length - 1])
  );
}
