/**
 * Per-document language detection (script, then the share of each language's most frequent function words)
 * and function-word lists from the maintained `stopwords-iso` collection for every corpus language.
 * Deterministic and cheap: it runs on every document before candidate extraction.
 */
import { createRequire } from 'node:module';

const ISO = createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;

/** High-frequency, mostly language-specific function words (enough to tell Latin-script languages apart). */
const MARKERS: Record<string, string> = {
  en: 'the and of to is for with that are this on be your an as by from it can or not you we have will which',
  // ("de" is as frequent in French, Spanish, Portuguese, Dutch and Turkish: no marker of any; nor are Spanish "o",
  // the Portuguese article, and Turkish "da", Portuguese "of the")
  fr: 'le la les des du et est une pour dans que qui sur pas par avec au aux ce sont vous nous ou cette leur plus un',
  de: 'der die das und ist nicht mit den von zu für auf ein eine im sich auch werden oder wie dem sie bei nach wird',
  es: 'el los las del y que en por para una con es se como más al lo su sus este esta pero son la no un',
  pt: 'o os da do das dos não uma para com em que é no na ao se mais como pelo pela nas nos à às também são está num numa',
  it: 'il della che di per non sono gli una con le del nel alla dei anche come più questo',
  nl: 'het een van en is niet met voor op zijn dat die te ook als bij aan worden',
  // (the Scandinavian languages share most function words: their own spellings decide, "och"/"og", "av"/"af",
  // "seg"/"sig", "etter"/"efter"; none holds "et", "for" or "den", which French, English and German hold)
  sv: 'och att är för inte också från till när hur vid eller ett sig kan har på av med som det jag vi ska mot efter',
  da: 'og at er ikke også fra til når hvordan ved eller sig kan har på af med som det jeg vi skal mod efter nogle hvad mellem blive bliver',
  no: 'og at er ikke også fra til når hvordan ved eller seg kan har på av med som det jeg vi skal mot etter noen hva mellom bli blir',
  tr: 've bir bu için ile olarak veya değil gibi daha olan çok ise kadar',
  id: 'dan yang di untuk dengan ini dari tidak ke dalam akan pada adalah atau juga',
  // (and the one-letter prepositions "w", "z", which no other marker list holds: Polish has few long function words)
  pl: 'nie się że jest jak przez dla oraz jego być które w z ze we od są lub także między',
  // Czech and Slovak: their own "and/or", "for", "is/are", "also", "in" ("v", which Polish writes "w"), and "on",
  // "to" ("na", "do"), which Portuguese writes too (a Portuguese text has many more of its own); no "a", which
  // Portuguese, Hungarian and Romanian write
  cs: 'je se že pro jsou nebo jako při také být až což který která které není ve v ze jeho podle mezi proto tak byl na do',
  sk: 'je sa že pre sú alebo ako pri tiež byť aj až čo ktorý ktorá ktoré nie vo v zo jeho podľa medzi preto tak bol na do',
  // Romanian: "and" (both spellings of its comma letter), "in", "with", "on", "for", "from", "which"; no "de", "la",
  // "este", which French and Spanish write
  ro: 'și şi în cu pe care pentru sunt din sau prin ale al unui unei această acest fost către privind până între precum',
  hu: 'az és hogy nem egy meg van vagy mint csak már kell ez volt lesz pedig által szerint között után számára valamint illetve is',
  fi: 'ja ei että kuin myös tai ovat oli mutta sekä jos kun tämä joka voi vain niin ole olla mukaan kanssa jälkeen aikana alle',
  vi: 'và của các là cho với trong được những có không này để một người từ theo khi trên đã sẽ',
};
const MARKER_SETS = Object.fromEntries(Object.entries(MARKERS).map(([k, v]) => [k, new Set(v.split(' '))]));

/**
 * The languages a short phrase is written in, by its marker function words ("Código dos Contratos Públicos": pt;
 * "Code de la commande publique": fr, es; "General Data Protection Regulation": none, so any).
 */
export function phraseLanguages(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu))
    for (const [lang, set] of Object.entries(MARKER_SETS)) if (set.has(m[0])) out.add(lang);
  return out;
}
/**
 * Letters (or letter pairs) only one of those languages writes: a word with one is a vote too, which decides a short
 * deck of labels with few function words ("Snížení spotřeby energie o 20 %" has Portuguese-looking "o", "do", "na").
 * (Czech ř ů ě, Slovak ľ ĺ ŕ, Polish ł ą ę ź ż, Romanian ș ț ă with the cedilla form ţ that Turkish lacks, Hungarian
 * ő ű, Finnish's double and harmonic vowels; not ä, ö, ü, â, î, ô, ş alone, which several write)
 */
const LETTERS: [string, RegExp][] = [
  ['cs', /[řůě]/u],
  ['sk', /[ľĺŕ]/u],
  ['pl', /[łąęźż]/u],
  ['ro', /[șțţă]/u],
  // (and a word with ö or ü and an acute vowel, which German does not write and Czech has no ö for: "költségek")
  ['hu', /[őű]|[öü]\p{L}*[áéíóú]|[áéíóú]\p{L}*[öü]/u],
  ['fi', /(?:ää|yy|öö|yä|äy|yö)/u],
  // (Vietnamese: its horned and barred letters, and the vowels with a dot below or a hook above)
  ['vi', /[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u],
];

/**
 * Function words `stopwords-iso` lacks that make filler phrases on slides ("с помощью", "на основе",
 * "en base a"): prepositional nouns and discourse words, per language.
 */
const EXTRA: Record<string, string> = {
  ru:
    'помощью основе также т.е т.д т.п например является являются позволяет позволяют использовать используется использования виде рамках целью связи случае качестве счет ' +
    // a preposition written with a hyphen, modal words, "a large number of", "this/given", possessives
    'из-за из-под по-прежнему хотим можем будем должны должен должна должно нужно необходимо можно следует количество ' +
    'данный данная данное данного данной данному данным данную ' +
    'ваш ваша ваше ваши вашего вашей вашему вашим вашими ваших вашу наш наша наше наши нашего нашей нашему нашим нашими наших нашу ' +
    'свой своя своё свое свои своего своей своему своим своими своих свою',
  // ("junto a", "junto da": a preposition's first word, "certificação junto da ANPG")
  pt: 'junto através mediante perante',
  es: 'junto acerca posibles base través mediante pueden puede debe deben permite permiten forma manera modo basado basada basados basadas relacionado relacionada relacionados relacionadas quisiéramos queremos',
  fr: 'propos afin cadre travers permet permettent peut peuvent doit doivent au-delà ci-dessous ci-dessus ci-après',
  // ("mögliche Angriffsszenarien": the inflected forms of "possible", which the list has only uninflected)
  de: 'mithilfe anhand bzw usw ggf z.b d.h kann können muss müssen soll sollte mögliche möglichen möglicher mögliches nächste nächsten nächster nächstes',
  // "next", "main", "current", "total" (Dutch, Swedish, Danish, Norwegian), which head filler phrases as "key" does
  nl: 'volgende belangrijkste huidige totale gemiddelde diverse verschillende gekozen gekozene',
  sv: 'nästa viktigaste nuvarande totala olika genomförda planerade vald valda valt',
  da: 'næste vigtigste nuværende samlede forskellige valgt valgte',
  no: 'neste viktigste nåværende samlede forskjellige valgt valgte',
  // "lack of", "one", "whole" (Polish); "through", "all" (Indonesian)
  pl: 'brak jedno jeden jedna cały cała całe',
  id: 'melalui seluruh',
  // "next", "main", "key", "current", "total", "average", "one", "low", "high" (Czech, Slovak, Romanian, Hungarian,
  // Finnish)
  // (and "dle", "according to", short of "podle")
  cs: 'dle další hlavní klíčové klíčový klíčová současný současná současné celkový celková celkové průměrný průměrná průměrné jeden jedna jedno',
  sk: 'ďalšie hlavné kľúčové kľúčový súčasný súčasná súčasné celkový celková celkové priemerný priemerná priemerné jeden jedna jedno',
  ro: 'principal principale principalii cheie actual actuală actuale următori următoarele următorii total totală',
  hu: 'jelenlegi következő fő főbb legfontosabb teljes kulcsfontosságú alacsony magas kiemelt átlagos',
  fi: 'seuraavat seuraava nykyinen keskeiset tärkeimmät tärkein kokonais',
  // "low", "high", "full", "new", "next", "current" (Greek, without accents as its list is; Bulgarian)
  el: 'χαμηλες χαμηλη χαμηλο χαμηλα χαμηλοι υψηλες υψηλη υψηλο υψηλα πληρης πληρη πληρες νεα νεο νεες νεος νεοι επομενα επομενη επομενο τρεχουσα τρεχον',
  // "most", "all", "many", "some", "each" (Hindi)
  hi: 'अधिकांश सभी कई कुछ प्रत्येक हर',
  bg: 'ниски ниска нисък ниско високи висока висок високо пълно пълна пълен пълни нов нова ново нови следващи следваща текущ текуща текущо',
  // Japanese: "next steps" heads a closing section ("… のための 次のステップ")
  ja: '次のステップ',
  // (Turkish "numbered", after a law's number: "6698 sayılı Kişisel Verilerin Korunması Kanunu")
  tr: 'sayılı olan için göre kadar hakkında aşağıdaki yukarıdaki ölçüde sonraki önceki şekilde durumlarda',
  // Arabic: "via", "according to", "other", "the other", "fully"
  ar: 'عبر وفق أخرى الأخرى آخر الآخر بالكامل',
  // Korean: the bound noun of "can" (수 있다), "more", "about/for/through/regarding", "like"
  ko: '수 더 많은 대한 위한 통한 관한 의한 따른 인한 같은 다른 모든 각 가장 위해 가지',
  // Hebrew: "in order to", "whether", "in a manner", "for", "regarding"
  he:
    'ע"י ע״י ס"מ בס"מ מ"ל במ"ל על-מנת מנת האם בצורה עבור כדי לגבי זו יותר פחות עוד ניתן מסוים מסוימת מסוימים צריך צריכה צריכים ' +
    // "we", "may", "can", "of the type", "more"
    'אנו אנחנו עשוי עשויה עשויים עשויות יכול יכולה יכולים יכולות מסוג נוסף נוספים נוספת נוספות כגון',
};

export interface DocLanguage {
  /** ISO 639-1 code ("en", "fr", "ru", "zh"…), or "und" when nothing readable. */
  code: string;
  /** Dominant script: latin, cyrillic, arabic, hebrew, han, kana, hangul, greek, devanagari, bengali, other. */
  script: string;
  /** Share of the votes the chosen language got (0–1). */
  confidence: number;
}

const SCRIPTS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
  ['kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['han', /\p{Script=Han}/u],
  ['greek', /\p{Script=Greek}/u],
  ['devanagari', /\p{Script=Devanagari}/u],
  ['bengali', /\p{Script=Bengali}/u],
];

export function detectLanguage(texts: string[]): DocLanguage {
  const sample = texts.join('\n').slice(0, 60_000);
  const counts = new Map<string, number>();
  for (const ch of sample) {
    if (!/\p{L}/u.test(ch)) continue;
    const s = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other';
    // one CJK character carries about as much as a short word of letters
    counts.set(s, (counts.get(s) ?? 0) + (s === 'han' || s === 'kana' || s === 'hangul' ? 3 : 1));
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return { code: 'und', script: 'other', confidence: 0 };
  // kana marks Japanese even when most characters are Han
  const kana = counts.get('kana') ?? 0;
  const han = counts.get('han') ?? 0;
  if (kana > 0.05 * total) return { code: 'ja', script: 'kana', confidence: (kana + han) / total };
  const [script, n] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  const share = n / total;
  switch (script) {
    case 'han':
      return { code: 'zh', script, confidence: share };
    case 'hangul':
      return { code: 'ko', script, confidence: share };
    case 'hebrew':
      return { code: 'he', script, confidence: share };
    case 'greek':
      return { code: 'el', script, confidence: share };
    // (Hindi for Devanagari: Marathi and Nepali decks are read with Hindi's function words)
    case 'devanagari':
      return { code: 'hi', script, confidence: share };
    case 'bengali':
      return { code: 'bn', script, confidence: share };
    case 'arabic':
      // Persian letters (پ چ ژ گ ک ی) vs Arabic
      return { code: /[پچژگکی]/u.test(sample) ? 'fa' : 'ar', script, confidence: share };
    case 'cyrillic': {
      // (Bulgarian writes ъ inside words, "стъпки", "съвет", and no ы or э, which Russian writes often)
      const inner = sample.match(/\p{L}ъ\p{L}/giu)?.length ?? 0;
      const russian = sample.match(/[ыэ]/giu)?.length ?? 0;
      return {
        code: /[іїєґ]/iu.test(sample)
          ? 'uk'
          : /[ўђћџљњ]/iu.test(sample)
            ? 'other'
            : inner > 0 && inner > 3 * russian
              ? 'bg'
              : 'ru',
        script,
        confidence: share,
      };
    }
    case 'latin': {
      const votes = new Map<string, number>();
      let words = 0;
      for (const m of sample.toLowerCase().matchAll(/\p{L}+/gu)) {
        words++;
        for (const [lang, set] of Object.entries(MARKER_SETS))
          if (set.has(m[0])) votes.set(lang, (votes.get(lang) ?? 0) + 1);
        for (const [lang, re] of LETTERS) if (re.test(m[0])) votes.set(lang, (votes.get(lang) ?? 0) + 1);
      }
      const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
      const all = ranked.reduce((a, [, v]) => a + v, 0);
      // too few function words (titles only, labels): English is the corpus default for Latin script
      if (ranked.length === 0 || all < Math.max(3, words * 0.02))
        return { code: 'en', script, confidence: 0 };
      return { code: ranked[0][0], script, confidence: Math.round((ranked[0][1] / all) * 1000) / 1000 };
    }
    default:
      return { code: 'und', script, confidence: share };
  }
}

const cache = new Map<string, Set<string>>();

/**
 * Entries of `stopwords-iso` that are syllables of content words, in a language that writes a space between
 * syllables: Vietnamese "nền" of "nền tảng" (platform), "chính" of "tài chính" (finance), "bằng" of "đồng bằng"
 * (delta), "dữ" of "dữ liệu" (data), "số" of "chuyển đổi số", "bộ" (ministry), "quả" of "kết quả" (result); as stop
 * words they cut those names apart ("tảng MRV" of "Nền tảng MRV", "Viện Lúa Đồng" of "Viện Lúa Đồng bằng sông Cửu
 * Long").
 */
const NOT_FUNCTION: Record<string, Set<string>> = { vi: new Set('nền chính bằng dữ số bộ quả'.split(' ')) };

/** The function words of a language: `stopwords-iso` plus the filler words it lacks. Empty when unknown. */
export function functionWords(code: string): Set<string> {
  let s = cache.get(code);
  if (!s) {
    s = new Set(
      [...(ISO[code] ?? []), ...(EXTRA[code]?.split(' ') ?? [])]
        .map((w) => w.toLowerCase())
        .filter((w) => !NOT_FUNCTION[code]?.has(w)),
    );
    cache.set(code, s);
  }
  return s;
}

/** Languages with a trained token-classification path (the NER/term model) — the others use rules only. */
export const MODEL_LANGUAGES = new Set(['en', 'fr']);

/** The languages whose function words a word of a given script may be (for words outside the document's script). */
const SCRIPT_LANGS: [RegExp, string[]][] = [
  [/^\p{Script=Arabic}/u, ['ar', 'fa']],
  [/^\p{Script=Hebrew}/u, ['he']],
  [/^\p{Script=Cyrillic}/u, ['ru', 'uk', 'bg']],
  [/^\p{Script=Greek}/u, ['el']],
];
/** Hebrew writes "and", "the", "in", "to", "from", "that", "as" as one-letter prefixes of the next word. */
const HEBREW_PREFIX = /^[והבלמשכ]{1,2}/u;
/**
 * Function words that take those prefixes ("ובין", "בכל", "שהוא"); the whole stop list is not used behind a prefix
 * because its short entries make nouns of prefix + word ("בעלי" owners ≠ ב + עלי, "ועד" committee, "כלי" tool).
 */
const HEBREW_PREFIXED = new Set(
  'בין כל כך זה זו זאת אשר לא גם כמו לפני אחרי אלה אלו הם הן היא הוא אנו אנחנו כדי עבור לגבי'.split(' '),
);

/**
 * A function word whatever the document's language: one of another script's language ("في", "إذا" in a French
 * deck with Arabic lines), or a Hebrew function word behind its prefix letters ("ובין" = "and between", "בכל" = "in
 * all"). `w` is lower case.
 */
export function otherFunctionWord(w: string, docLang: string): boolean {
  for (const [re, langs] of SCRIPT_LANGS)
    if (re.test(w)) {
      // (only outside the document's own script: a Russian deck is not read with Ukrainian function words)
      if (!langs.includes(docLang) && langs.some((l) => functionWords(l).has(w))) return true;
      if (langs[0] === 'he') {
        const p = HEBREW_PREFIX.exec(w)?.[0] ?? '';
        for (let k = 1; k <= p.length; k++)
          if (w.length - k >= 2 && HEBREW_PREFIXED.has(w.slice(k))) return true;
      }
      return false;
    }
  return false;
}
