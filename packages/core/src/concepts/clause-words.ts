/**
 * Word forms that make a phrase a clause, not a term, in languages whose verbs show in their endings: an
 * infinitive, a finite verb, a gerund or a predicative form ("поблагодарить", "изменяет", "ele geçirmek",
 * "izin vermektedir", "utilizando medios manuales"). Only endings that nouns of technical prose (almost) never
 * have are used, with the nouns that do listed apart; English, French and German have their own rules (verb
 * slots, capitalised nouns) in candidates.ts and select.ts.
 */

interface ClauseRule {
  /** Endings of verb forms (lower case). */
  endings: RegExp;
  /** Nouns with such an ending. */
  nouns: Set<string>;
  /** Shortest word the rule looks at (short words are often stems or nouns). */
  minLength: number;
  /** Forms that are predicative only as the phrase's last word (an adjective after its noun). */
  last?: RegExp;
}

const RULES: Record<string, ClauseRule> = {
  ru: {
    // infinitive (-ть, -ться, -чь; not the nouns in -ость/-есть), 3rd person present/future after a vowel
    // ("изменяет", "использует", "зависят"), reflexive forms ("используется"), -ит/-ят verbs ("зависит"),
    // imperatives ("Используйте", "Проверьте", "Убедитесь")
    endings:
      /(?:[уяеои]йте|ьте|йтесь|итесь|ьтесь|[аяеиоуы]ть|[аяеиоуы]ться|[аяеиоуы]тся|чь|[аяеоуюи]ет|[аяеоуюи]ют|ится|ется|ются|ятся|[^аяеиоуыэюё]ит|[^аяеиоуыэюё]ят)$/,
    nouns: new Set(
      'сеть путь суть часть печать кредит депозит транзит лимит аудит визит бит сайт кит скрипт'.split(' '),
    ),
    minLength: 5,
    // an adjective in the instrumental after its noun: "(делает) приложение уязвимым" (not "-ыми", "-ими":
    // nouns have them, "данными", "сессиями")
    last: /^\p{Ll}{3,}ым$/u,
  },
  tr: {
    // infinitive (-mek/-mak), present continuous (-yor…), -mekte/-maktadır, necessitative (-meli/-malı…),
    // abilitative (-ebilir/-abilir…), aorist passive (-lir/-nır…), copula on a long word (-dır/-dir…)
    endings:
      /(?:mek|mak|mekte|makta|mektedir|maktadır|yor|yorsa|yoruz|yorum|yorlar|malı|meli|malıdır|melidir|ebilir|abilir|ebilmektedir|abilmektedir|[ln](?:ir|ır|ur|ür)|edil|\p{L}{4}(?:dır|dir|dur|dür|tır|tir|tur|tür))$/u,
    nouns: new Set('ekmek yemek emek kaymak müdür zincir şehir demir emir kadir'.split(' ')),
    minLength: 4,
  },
  es: {
    // gerund ("utilizando", "consiguiendo")
    endings: /(?:ando|iendo|yendo)$/,
    nouns: new Set('comando comandos mando mandos bando bandos contrabando'.split(' ')),
    minLength: 6,
  },
};

/** Whether a phrase (its words as written) is a clause in `lang` by the endings above. */
export function isClause(words: string[], lang: string): boolean {
  const r = RULES[lang];
  if (!r) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (w.length < r.minLength || r.nouns.has(w)) continue;
    if (r.endings.test(w)) return true;
    if (r.last && i === words.length - 1 && i > 0 && r.last.test(words[i])) return true;
  }
  return false;
}
