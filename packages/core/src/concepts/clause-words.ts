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
  /** Forms that make a clause as the phrase's first word (an infinitive before its object). */
  first?: RegExp;
}

const RU: ClauseRule = {
  // infinitive (-ть, -ться, -чь; not the nouns in -ость/-есть), 3rd person present/future after a vowel
  // ("изменяет", "использует", "зависят"), reflexive forms ("используется"), -ит/-ят verbs ("зависит"),
  // imperatives ("Используйте", "Проверьте", "Убедитесь")
  endings:
    /(?:[уяеои]йте|ьте|йтесь|итесь|ьтесь|[аяеиоуы]ть|[аяеиоуы]ться|[аяеиоуы]тся|чь|[аяеоуюи]ет|[аяеоуюи]ют|ится|ется|ются|ятся|[^аяеиоуыэюё]ит|[^аяеиоуыэюё]ят)$/,
  nouns: new Set(
    'сеть путь суть часть печать кредит депозит транзит лимит аудит визит бит сайт кит скрипт страх монах размах спам храм шрам'.split(
      ' ',
    ),
  ),
  minLength: 5,
  // a phrase led by a word in a case no term's head takes (instrumental, dative, prepositional plural; dative
  // adjectives): "известными уязвимостями", "менеджерам приложений", "удаленному выполнению кода", "факторах риска"
  first: /^\p{Ll}\p{L}{2,}(?:ами|ями|ыми|ими|ому|ему|ах|ях|ам|ям)$/u,
  // an adjective in the instrumental after its noun: "(делает) приложение уязвимым" (not "-ыми", "-ими":
  // nouns have them, "данными", "сессиями")
  last: /^\p{Ll}{3,}ым$/u,
};

const RULES: Record<string, ClauseRule> = {
  tr: {
    // infinitive (-mek/-mak), present continuous (-yor…), -mekte/-maktadır, necessitative (-meli/-malı…),
    // abilitative (-ebilir/-abilir…), aorist passive (-lir/-nır…), copula on a long word (-dır/-dir…)
    endings:
      /(?:mek|mak|mekte|makta|mektedir|maktadır|yor|yorsa|yoruz|yorum|yorlar|malı|meli|malıdır|melidir|ebilir|abilir|ebilmektedir|abilmektedir|[ln](?:ir|ır|ur|ür)|edil|\p{L}{4}(?:dır|dir|dur|dür|tır|tir|tur|tür))$/u,
    nouns: new Set(
      'ekmek yemek emek kaymak müdür zincir şehir demir emir kadir hollanda uganda ruanda propaganda ajanda veranda'.split(
        ' ',
      ),
    ),
    minLength: 4,
    // a genitive or locative last word belongs to the next noun ("İlk 10 projesinin", "uygulama güvenliği alanında")
    last: /^\p{Ll}\p{L}{2,}(?:nin|nın|nun|nün|nda|nde|ndan|nden)$/u,
  },
  ko: {
    // predicates and adnominal forms ("있습니다", "합니다", "있는", "없는", "하는", "않은") and a noun followed by an
    // object, topic or locative particle ("보안을", "Top 10에"): the phrase goes on beyond the term
    // (and any particle glued to a Latin word or a number: "OWASP Top 10이", "API의", "XML과")
    endings:
      /(?:습니다|합니다|니다|있는|없는|하는|되는|않는|않은|있도록|도록|하여|해야|있다|없다|한다|된다|을|를|은|는|에|에서|에게|으로|[\p{Script=Latin}\p{N}](?:이|가|의|와|과|도|로|만))$/u,
    // (nouns that end like the particles below)
    nouns: new Set(
      '회의 정의 논의 합의 주의 의의 동의 결과 효과 성과 학과 부과 통과 문의 강의 초과 협의'.split(' '),
    ),
    minLength: 2,
    // a genitive or "and" particle last: the phrase goes on ("서버 측면의", "불충분한 로깅과")
    // (not "-주의", "-ism": "민주주의")
    last: /(?<!주)(?:의|과|와)$/u,
  },
  fa: {
    endings: /(?!)/u,
    nouns: new Set(),
    minLength: 2,
    // a compound written with a space cut in half: its second part first ("بندی ریسک", "پذیری شناخته") or its first
    // part last ("نا" of "نا امن", "اطمینان حاصل" of "اطمینان حاصل کنید"; "نرم" is also "soft": "قدرت نرم")
    first: /^(?:بندی|پذیری|پذیر|سازی|افزار|افزاری|گذاری|کننده|کنندگان|شناسی|ناپذیر)$/u,
    last: /^(?:نا|حاصل)$/u,
  },
  ja: {
    // a particle glued to a Latin word or a number ("Top 10は", "OWASPの")
    endings: /[\p{Script=Latin}\p{N}](?:は|が|を|に|で|と|の|も|へ)$/u,
    nouns: new Set(),
    minLength: 2,
  },
  id: {
    // the active verb prefix meN- ("mempengaruhi", "memacu", "menghambat", "mempercepat"): nouns take pe(N)-
    endings: /^(?!mentor|member|mental|membran)me(?:m[bpf]|n[cdjt]|ng[aeiougkh]|ny[aeiou])\p{Ll}{3,}$/u,
    nouns: new Set('menteri mentega mentimun mentor member membran memento mendung'.split(' ')),
    minLength: 7,
  },
  zh: {
    // a modal verb makes a sentence ("值只能为 true", "一个数 N 用浮点形式表示可以写成"); a task title starts with its
    // verb or a pronoun ("利用栈反向输出单词", "统计一句话中每个字母出现的次数", "其结果类型为 bool"); a run of 17
    // characters or more is a sentence, not a term
    endings:
      /可以|只能|能够|应该|必须|^(?:利用(?!率)|使用(?!权|率|者|寿命)|实现|统计(?!学|分析|数据)|编写|计算(?!机)|自定义(?!函数|类型)|其(?!他)|将|把)|^[\p{Script=Han}\p{L}\p{N}]{17,}$/u,
    nouns: new Set(),
    minLength: 2,
  },
  fr: {
    // the third person of -enir verbs ("l’application contient", "elle devient", "ils obtiennent")
    endings: /(?:ient|iennent)$/u,
    nouns: new Set(
      'client clients patient patients ingrédient ingrédients coefficient coefficients quotient quotients orient moyen-orient extrême-orient récipient récipients expédient gradient gradients inconvénient inconvénients'.split(
        ' ',
      ),
    ),
    minLength: 5,
  },
  ru: RU,
  es: {
    // gerund ("utilizando", "consiguiendo")
    endings: /(?:ando|iendo|yendo)$/,
    nouns: new Set(
      'comando comandos mando mandos bando bandos contrabando lugar hogar militar poder placer taller mujer alquiler collar pilar bienestar auxiliar familiar particular similar titular celular modular escolar nuclear popular regular solar singular secular estelar'.split(
        ' ',
      ),
    ),
    minLength: 6,
    // an infinitive leads a clause ("obtener acceso", "realizar pruebas de penetración")
    // (no infinitive carries a written accent; "router", "hacker" are loanwords)
    first: /^(?!.*[áéíóúü])\p{Ll}{3,}(?:ar|[^tk]er|ir)$/u,
  },
};

RULES.ms = RULES.id;

/** Whether a phrase (its words as written) is a clause in `lang` by the endings above. */
export function isClause(words: string[], lang: string): boolean {
  const r = RULES[lang];
  if (!r) return false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (w.length < r.minLength || r.nouns.has(w)) continue;
    if (r.endings.test(w)) return true;
    if (r.first && i === 0 && words.length > 1 && r.first.test(words[i])) return true;
    if (r.last && i === words.length - 1 && i > 0 && r.last.test(words[i])) return true;
  }
  return false;
}

/**
 * A word of the form that leads a clause in `lang` (a Spanish infinitive: "obtener", "realizar"), its nouns of the
 * same shape left out ("lugar", "poder", "popular").
 */
export function leadsClause(word: string, lang: string): boolean {
  const r = RULES[lang];
  return r?.first !== undefined && !r.nouns.has(word.toLowerCase()) && r.first.test(word);
}
