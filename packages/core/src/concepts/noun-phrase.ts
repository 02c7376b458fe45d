/**
 * The noun phrase a bullet line leads with (English): "Lead times improved by 12%" → "Lead times", "Defect rate:
 * 0.8%" → "Defect rate", "Reduce excess inventory by 30%" → "excess inventory", "Ocean freight rates dropped 20%" →
 * "Ocean freight rates". A slide's list names its subject first; a term a short deck writes once is most often
 * written there. Word classes come from the English lexicon (`english-lexicon.ts`); a word it does not know (a
 * product, a jargon compound: "Okta", "teach-back") counts as a noun.
 */
import { isEnglishWord, tagsOf } from './english-lexicon.js';
import { isGivenName } from './given-names.js';
import { STOPWORDS } from './stopwords.js';

/** Words that open a noun phrase without being part of its name. */
const DETERMINERS = new Set(
  'a an the all every each our your their its this that these those any some more most fewer less two three four five six seven eight nine ten'.split(
    ' ',
  ),
);
/** Evaluations before a noun: no part of its name ("Poor onboarding", "Key suppliers"). */
const EVALUATIVE = new Set(
  'poor good bad great better best worse worst strong stronger weak weaker bigger smaller significant current overall key main amazing awesome excellent incredible wonderful vital similar happy rising growing declining falling increasing decreasing revised'.split(
    ' ',
  ),
);
/** Auxiliaries: the verb that ends a subject ("Safety stock was raised"). */
const AUX =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did)$/i;
/** The particle of a phrasal verb ("turn on", "set up", "speeds up"). */
const PARTICLE = /^(?:on|off|up|down|out|in|over|back|away)$/i;
/** Plurals that name a field before a noun ("Sales targets", "Operations teams"). */
const PLURAL_MODIFIERS = new Set(
  'sales operations communications news savings arms goods systems services customs claims parts materials records'.split(
    ' ',
  ),
);
/** Penn Treebank tags of nouns and of words that modify one. */
const NOUN = /^(?:NN|NNS|NNP|NNPS)$/;
const MODIFIER = /^(?:JJ|JJR|JJS|VBG|VBN|CD)$/;

/** A word that can be a verb's base form ("VBP" is the same form: "Fund partner enablement", tagged NN|VBP). */
const baseVerb = (tags: string[] | null) => tags?.includes('VB') === true || tags?.includes('VBP') === true;

const can = (tags: string[] | null, re: RegExp) => tags === null || tags.some((t) => re.test(t));

/** A bullet's marker or list label ("- ", "• ", "1. ", "a) "). */
const MARKER = /^\s*(?:[-–—•▪◦●○■□►▶✓✔*]+|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/u;

/** The word after a verb starts its object: a determiner or a word most often a noun or an adjective. */
function objectFollows(next: string | undefined): boolean {
  if (next === undefined) return false;
  const lw = next.toLowerCase();
  if (DETERMINERS.has(lw)) return true;
  if (STOPWORDS.has(lw)) return false;
  const t = tagsOf(lw);
  return t === null ? /^\p{L}/u.test(next) : /^(?:NN|NNS|NNP|NNPS|JJ|VBG)$/.test(t[0]);
}

/** A line's words after its marker, up to a colon, a dash between spaces, a bracket or a clause's punctuation. */
interface Head {
  words: string[];
  /** The head ends at a colon: a label ("Search ads: 20%"), never an instruction. */
  label: boolean;
  /** A count or a time came first ("911 dispatch center consolidation"): the first word is no instruction's verb. */
  counted: boolean;
  /** A label whose value is a name ("Field lead: Maria Gomez", "Sensor partner: Bosch"): a field, no term. */
  field?: boolean;
}

function headWords(line: string): Head {
  // (a time or a count before the words: "03:40 Cobalt Strike beacon …", "148 active sites in 19 countries")
  const bare = line.replace(MARKER, '');
  const body = bare.replace(
    /^\s*(?:\d{1,2}:\d{2}|\d[\d.,]*%?(?:\s*(?:ft|m|km|kg|lbs?|mi|cm|mm|sq\s?ft|m2|k|M|bn))?)\s+(?=\p{L})/u,
    '',
  );
  const counted = body.length !== bare.length;
  const head = body.split(/\s*(?::|\s[–—-]\s|[(;,]|[.!?](?:\s|$))/u)[0];
  const words = head.trim().split(/\s+/).filter(Boolean);
  const rest = body.slice(head.length);
  // a short sentence of a noun and its verb ("QRSS scores.", "The board decides."): no phrase
  const last = words[words.length - 1]?.toLowerCase();
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    /^\s*[.!?]/.test(rest) &&
    last !== undefined &&
    tagsOf(last)?.some((t) => t === 'VBZ' || t === 'VBD' || t === 'VBP') === true
  )
    return { words: [], label: false, counted };
  const label = /^\s*:/.test(rest);
  const field = label && nameValue(rest);
  return { words, label, counted, ...(field ? { field } : {}) };
}

/** A value of capitalised words that ends in a company's legal form or trade. */
const ORG_VALUE =
  /^\s*:\s*\p{Lu}[\p{L}'’&-]*(?:[ \u00a0]+(?:&|\p{Lu}[\p{L}'’&-]*)){0,3}[ \u00a0]+(?:Ltd|Limited|Inc|LLC|LLP|PLC|plc|GmbH|AG|SA|SAS|SpA|S\.p\.A|BV|NV|Oy|AB|ASA|Pty|Corp|Corporation|Co|Company|Group|Holdings|Services|Partners|Consulting|Systems|Technologies|Solutions|Industries|Logistics|Labs|Bank|Airlines|Airways|Motors)\.?(?![\p{L}\p{N}])/u;
/**
 * What follows a label's colon starts with a name (a given name, or a capitalised word no English dictionary holds:
 * "Field lead: Maria Gomez", "Sensor partner: Bosch"): the label names a field of a form, not a term.
 */
export function nameValue(afterLabel: string): boolean {
  const value = /^\s*:\s*(\p{Lu}[\p{L}'’-]*)/u.exec(afterLabel)?.[1];
  return (
    value !== undefined &&
    (isGivenName(value) ||
      // (a company's name by its legal form or its trade, though its words are English: "Cabot Shipping Ltd",
      // "Northern Rail Services")
      ORG_VALUE.test(afterLabel) ||
      (/^\p{Lu}\p{Ll}/u.test(value) &&
        !isEnglishWord(value.toLowerCase()) &&
        (tagsOf(value.toLowerCase()) ?? ['NNP']).every((t) => t === 'NNP' || t === 'NNPS')))
  );
}

/** Words a line broken before its end stops on: articles, prepositions, conjunctions. */
const BROKEN_ON = new Set(
  'a an the of to in on for with and or by from at as into onto via our your their its this that these those'.split(
    ' ',
  ),
);

/** A line broken before its end: it ends in an article, a preposition, a conjunction or a capitalised adjective. */
function unfinished(line: string): boolean {
  const last = /(\p{L}+)\s*$/u.exec(line)?.[1];
  if (last === undefined) return false;
  const lw = last.toLowerCase();
  // (an adjective ends a broken line in Title Case: "the Same Open ⏎ Source Project"; "… sit idle", "Costs are
  // down" are finished)
  return BROKEN_ON.has(lw) || (/^\p{Lu}/u.test(last) && tagsOf(lw)?.[0] === 'JJ');
}

/**
 * An instruction by its first word: a verb and nothing else ("Reduce …"), or a verb before a determiner or its
 * particle ("Hire an …", "Turn on …").
 */
function instruction(words: string[]): boolean {
  const first = words.length >= 2 && /^\p{Lu}/u.test(words[0]) ? tagsOf(words[0]) : null;
  return (
    first !== null &&
    (first.every((t) => t === 'VB' || t === 'VBP') ||
      (first.includes('VB') && (DETERMINERS.has(words[1].toLowerCase()) || PARTICLE.test(words[1]))))
  );
}

/**
 * The leading noun phrase of each line of a block, as written (null for a line that leads with one word, a clause or
 * a number). In a list of instructions (a third of its lines or more start with one) a line's first word that can
 * be a verb is one ("Train nurses on …" beside "Integrate discharge checklists into Epic").
 */
export function leadNounPhrases(text: string, actions = false): (string | null)[] {
  const raw = text.split('\n');
  const lines = raw.map(headWords);
  const told = lines.filter((l) => !l.label && instruction(l.words)).length;
  const filled = lines.filter((l) => l.words.length > 0).length;
  // (or most lines lead with a word that can be a verb before a lower-case word: "Move staging to Kubernetes",
  // "Complete discovery with Azure Migrate", "Review price-marking errors")
  const verbish = lines.filter(
    (l) =>
      !l.label &&
      l.words.length >= 2 &&
      /^\p{Lu}\p{Ll}/u.test(l.words[0]) &&
      /^\p{Ll}/u.test(l.words[1]) &&
      baseVerb(tagsOf(l.words[0])) &&
      tagsOf(l.words[0])?.[0] !== 'JJ',
  ).length;
  const unlabelled = lines.filter((l) => l.words.length > 0 && !l.label).length;
  // (`actions`: the lines of a slide of next steps or action items, which lead with a verb: "Launch Nimbus bundle
  // pricing in January", "Complete enrollment by August")
  const instructions =
    actions || (told > 0 && told * 3 >= filled) || (verbish >= 3 && verbish * 3 >= unlabelled * 2);
  // (a list of things done: most lines lead with a past form, "Opened the Rotterdam hub", "Reduced empty miles by
  // 12%", "Hired 40 drivers": the first word is the verb, its object the term; "Deferred revenue" beside "Accrued
  // expenses" in a balance sheet is no such list, as its lines lead with no determiner, number or name after the verb)
  const pastLed = lines.filter((l) => !l.label && pastFirst(l.words));
  const done =
    pastLed.length >= 2 &&
    pastLed.length * 2 >= unlabelled &&
    pastLed.some((l) => DETERMINERS.has(l.words[1].toLowerCase()) || /^(?:\d|\p{Lu})/u.test(l.words[1]));
  // (a line that goes on from an unfinished one is no line's start: "the Same Open ⏎ Source Project")
  return lines.map((l, i) =>
    (i > 0 && unfinished(raw[i - 1])) || l.field === true
      ? null
      : done && !l.label && pastFirst(l.words)
        ? (chunk(l.words, 1)?.text ?? null)
        : leadNounPhrase(l.words, instructions && !l.label && !l.counted, l.label || l.counted, actions),
  );
}

/** A line led by a capitalised past form of a verb before more words ("Launched route optimisation …"). */
function pastFirst(words: string[]): boolean {
  if (
    words.length < 2 ||
    !/^\p{Lu}\p{Ll}+ed$|^(?:Built|Cut|Won|Grew|Sold|Led|Made|Began|Brought|Held|Hit|Set|Kept|Met|Ran|Spent|Took|Wrote|Drove|Rebuilt|Shut|Signed|Sent)$/u.test(
      words[0],
    )
  )
    return false;
  const tags = tagsOf(words[0]);
  return tags !== null && tags.some((t) => t === 'VBD' || t === 'VBN');
}

function leadNounPhrase(
  words: string[],
  instructions: boolean,
  label: boolean,
  actions = false,
): string | null {
  // (one word alone before a dash or a colon, or on its line, is a phrase when it is a name: "Telstra – $1.1M")
  if (words.length < 2) return words.length === 1 && nameWord(words[0]) ? words[0] : null;
  const firstTags = tagsOf(words[0]);
  // a clause: a verb's third person first ("Uses calming colors"), or its past before its object or a name
  // ("Joined OWASP in 2015", "Reduced the backlog"; "Deferred revenue", "Managed services" are names)
  if (firstTags !== null && firstTags[0] === 'VBZ') return null;
  // (or an adverb before a verb, the subject left out: "Currently drink LaCroix or sodas", "Often skip breakfast")
  if (/ly$/i.test(words[0]) && firstTags?.[0] === 'RB' && baseVerb(tagsOf(words[1].toLowerCase())))
    return null;
  if (
    firstTags !== null &&
    /^(?:VBD|VBN)$/.test(firstTags[0]) &&
    (!firstTags.includes('JJ') ||
      !/^\p{Ll}/u.test(words[1]) ||
      STOPWORDS.has(words[1]) ||
      DETERMINERS.has(words[1]))
  )
    return null;
  // (or a verb's third person before a plural, its object: "Displays lights in a fan-like manner"; "Sales results")
  if (
    firstTags?.includes('VBZ') === true &&
    !PLURAL_MODIFIERS.has(words[0].toLowerCase()) &&
    /\p{Ll}s$/u.test(words[1]) &&
    tagsOf(words[1])?.[0] === 'NNS'
  )
    return null;
  // a name, then its verb ("Kafka moves to…", "PostgreSQL stays on…", "Prometheus scrapes service metrics")
  if (
    words.length >= 3 &&
    subjectName(words[0]) &&
    verbBefore(words[1], words[2], !STOPWORDS.has(words[2]), words[3], subjectKind(words[0]))
  )
    return words[0];
  // a subject before its verb ("Dwell times improved by 9%": "dwell", a verb to the lexicon, is no instruction
  // there)
  // (on a slide of next steps, a first word that can be a verb is the action: "Launch Nimbus bundle pricing in
  // January" has no subject "Launch Nimbus", "Complete enrollment by August" no adjective)
  const action = actions && /^\p{Lu}/u.test(words[0]) && baseVerb(firstTags);
  const subject = action ? null : chunk(words, 0, true);
  if (subject !== null && subject.from === 0 && subject.verbAfter) return subject.text;
  // (in a list of instructions, a first word that can be a verb before a lower-case word is one: "Train nurses on
  // …", "Review price-marking errors"; a label before a colon is none: "Search ads: 20%", nor is an adjective:
  // "Gross margin")
  const told =
    !label &&
    (instruction(words) ||
      (instructions &&
        /^\p{Lu}/u.test(words[0]) &&
        firstTags !== null &&
        (/^(?:VB|VBP)$/.test(firstTags[0]) ||
          (baseVerb(firstTags) && firstTags[0] !== 'JJ' && /^\p{Ll}/u.test(words[1])) ||
          action)));
  // (with its particle: "Turn on multi-factor authentication", "Set up a password manager")
  const np = chunk(words, told ? (PARTICLE.test(words[1]) ? 2 : 1) : 0);
  if (np === null) return null;
  // a word most often a verb first: the line's subject when a verb follows it ("Lead times improved by 12%"),
  // else an instruction ("Build profitable relationships", "Stop penetration testing")
  if (np.from === 0 && !label && firstTags !== null && /^(?:VB|VBP)$/.test(firstTags[0]) && !np.verbAfter)
    return chunk(words, 1)?.text ?? null;
  return np.text;
}

/** Words after a verb that no noun is followed by: determiners, possessives. */
const AFTER_VERB = new Set('the a an its their our your his her this these those every each all'.split(' '));
/** Prepositions after a verb whose lexicon's first reading is the verb ("Redis runs as…", "Gross margin stays above…"). */
const AFTER_VERB_PREP = new Set(
  'to on in into onto with from as at by for over through via across under within above below beyond'.split(
    ' ',
  ),
);
/** Verbs of motion or change, third person (see verbBefore). */
const MOTION_VERBS = new Set(
  'moves migrates shifts switches transitions upgrades downgrades returns reverts pivots converts expands extends changes heads comes falls rises drops climbs jumps increases decreases declines grows slips'.split(
    ' ',
  ),
);
/** Verbs' third persons first to the lexicon that are plural nouns in slides' compounds ("API calls", "user needs"). */
const COMPOUND_PLURALS = new Set(
  'calls needs runs uses alerts logs builds leads shows offers looks supports'.split(' '),
);
/**
 * A clause's subject that is a name: an acronym, a word with a capital inside ("PostgreSQL"), or a capitalised word
 * the lexicon lacks or knows as a proper noun only ("Kafka").
 */
export function subjectName(w: string): boolean {
  return (
    /^\p{Lu}/u.test(w) &&
    (/^[\p{Lu}\d&]{2,}$/u.test(w) ||
      /\p{Ll}\p{Lu}/u.test(w) ||
      (tagsOf(w.toLowerCase()) ?? ['NNP']).every((t) => t === 'NNP' || t === 'NNPS'))
  );
}
/** The kind of word before a verb: a name that is no acronym ("Kafka"), an acronym ("API"), or another word. */
export function subjectKind(w: string): 'name' | 'acronym' | 'word' {
  return !subjectName(w) ? 'word' : /^[\p{Lu}\d&]{2,}$/u.test(w) ? 'acronym' : 'name';
}
/**
 * A word the lexicon knows as a verb's third person (and maybe as a plural noun: "moves", "rises", "stays") is the
 * verb before `next` (then `afterNext`) when `next` is a determiner or a possessive; "from", "to", "by" or "about"
 * before a figure ("rises from 108%", "falls by 3 points", "yields about 34 ATP"); or, unless it is a compound's
 * plural ("API calls", "test runs"; after a name it is a verb: "Redis runs as…"):
 * - a lower-case noun in the same phrase (a plural noun is followed by a noun only when it modifies one: "sales
 *   team"), after a name, or when the verb is the lexicon's first reading or the noun no verb ("Prometheus scrapes
 *   service metrics"; "Fuel surcharges increase handling costs" has its verb after);
 * - a preposition or a figure, when the verb is the lexicon's first reading ("stays above 75%", "covers 3.1x";
 *   "clusters in" stays a noun's).
 */
export function verbBefore(
  w: string,
  next: string,
  nextInPhrase: boolean,
  afterNext = '',
  subject: 'name' | 'acronym' | 'word' = 'word',
): boolean {
  const tags = tagsOf(w) ?? [];
  if (!/^\p{Ll}+$/u.test(w) || !/[^s]s$/.test(w) || !tags.includes('VBZ') || PLURAL_MODIFIERS.has(w))
    return false;
  const n = next.toLowerCase();
  if (AFTER_VERB.has(n)) return true;
  // (before a wh-word, a clause's verb: "Label delay limits how fast…", "The audit shows which sites…")
  if (/^(?:how|what|which|whether|why|where|who|whom)$/.test(n)) return true;
  const figure = (x: string) => /^[-+]?[$€£]?\d/.test(x);
  if (/^(?:from|to|by|about|around|nearly|roughly|approximately|almost)$/.test(n) && figure(afterNext))
    return true;
  // (a verb of motion or change after a name, before where it goes: "Kafka moves to Confluent Cloud", "Jira
  // migrates into ServiceNow"; the lexicon's first reading of these is the plural noun)
  if (
    subject !== 'word' &&
    MOTION_VERBS.has(w) &&
    /^(?:to|into|onto|from|towards?|back|over|under|out|away)$/.test(n)
  )
    return true;
  if (COMPOUND_PLURALS.has(w) && subject !== 'name') return false;
  const nextTags = tagsOf(n) ?? [];
  return (
    (nextInPhrase &&
      /^\p{Ll}/u.test(next) &&
      /^NNS?$/.test(nextTags[0] ?? '') &&
      (subject !== 'word' || tags[0] === 'VBZ' || nextTags.every((t) => /^NNS?$/.test(t)))) ||
    (tags[0] === 'VBZ' && (AFTER_VERB_PREP.has(n) || figure(next)))
  );
}

/** A capitalised word no lexicon knows, as names are ("Terraform", "Telstra", "Datadog"). */
function nameWord(w: string): boolean {
  return /^\p{Lu}\p{Ll}[\p{L}-]{2,}$/u.test(w) && tagsOf(w) === null;
}

/** English months and days, written in full. */
export const MONTH_OR_DAY =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/**
 * The noun phrase from word `start` on (after determiners and an evaluation), and whether a verb ends it. `subject`:
 * read the first word as a modifier when a noun follows it (the phrase is kept only if a verb ends it).
 */
function chunk(
  words: string[],
  start: number,
  subject = false,
): { text: string; from: number; verbAfter: boolean } | null {
  let i = start;
  while (i < words.length && DETERMINERS.has(words[i].toLowerCase())) i++;
  // an evaluation is no part of a name ("Poor onboarding", "Strong demand", "Longer timeouts", "Mostly …")
  if (
    i < words.length &&
    (EVALUATIVE.has(words[i].toLowerCase()) ||
      tagsOf(words[i])?.every((t) => /^(?:RB|RBR|RBS|JJR|JJS|,)$/.test(t)) === true)
  )
    i++;
  const from = i;
  const out: string[] = [];
  const outTags: (string[] | null)[] = [];
  let prev: string[] | null | undefined;
  let verbAfter = false;
  for (; i < words.length && out.length < 5; i++) {
    const w = words[i];
    const lw = w.toLowerCase();
    // a number, a price or a percentage ends it ("Buddy program: $40k", "Defect rate 0.8%")
    // ("90-day retention": a number and its unit are a modifier; a letter alone names a variant: "Supplier B")
    // (capitals and digits make a name: "IP54", "B2B", "S/4HANA", "COVID-19"; not "3.2x", "Q1", "FY26", "3rd",
    // "box1", a cell's "C1")
    if (
      !/^\p{L}[\p{L}'’&/–-]*\p{L}$|^\d+-\p{L}+$/u.test(w) &&
      !(out.length > 0 && /^\p{Lu}$/u.test(w)) &&
      !(
        /^(?=[^\p{L}]*\p{L})(?=\D*\d)[\p{Lu}\d][\p{Lu}\d/-]*[\p{L}\d]$/u.test(w) &&
        // (two characters only after a capitalised word, as a model's code: "Pulsar X2", "Galaxy S24")
        (w.length >= 3 ||
          (out.length > 0 && /^\p{Lu}\d+$/u.test(w) && /^\p{Lu}/u.test(out[out.length - 1]))) &&
        !/^\d+(?:\.\d+)?[kmbx]$|^\d+(?:st|nd|rd|th)$|^(?:Q[1-4]|H[12]|FY\d{2,4}|CY\d{2,4})$/i.test(w)
      )
    )
      break;
    // (a month or a day after the phrase is its date: "Sampling tour April to May", "Store visits Monday")
    if (out.length > 0 && MONTH_OR_DAY.test(w)) break;
    // (English words: Latin letters)
    // ("Kelvin–Planck": two names joined by an en dash)
    if (!/^[\p{Script=Latin}\d'’&/–-]+$/u.test(w)) break;
    if (STOPWORDS.has(lw) || DETERMINERS.has(lw)) {
      verbAfter =
        /^(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|shall|do|does|did)$/.test(
          lw,
        );
      break;
    }
    // (a plural the lexicon knows only as a verb is a noun: "emails")
    const known = tagsOf(lw);
    // (and a word right before an auxiliary is its subject's head: "Phishing emails are …")
    // (and, read as a subject, a first word before a noun modifies it: "Dwell times")
    const tags =
      known !== null &&
      ((/s$/.test(lw) && known.every((t) => t === 'VB' || t === 'VBP')) ||
        (out.length > 0 && AUX.test(words[i + 1] ?? '')) ||
        (subject && i === 0 && /^(?:NN|NNS)$/.test(tagsOf(words[1] ?? '')?.[0] ?? '')))
        ? null
        : known;
    // a verb: "fell", "remain", "was"
    if (tags !== null && !tags.some((t) => NOUN.test(t) || MODIFIER.test(t))) {
      verbAfter = true;
      break;
    }
    if (out.length > 0) {
      const prevNoun = can(prev ?? null, NOUN);
      const plural = /s$/.test(out[out.length - 1].toLowerCase());
      // after a noun: a participle ("Lead times improved", "delivery outsourced"), a verb after a plural
      // ("Visual components consist of …"), a gerund after a plural ("Statistics humanising statistics")
      // (a capitalised word after a capitalised one is part of a name: "Riverbend Unified School District")
      const inName = /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(out[out.length - 1]);
      if (
        prevNoun &&
        !inName &&
        (/\p{L}{3}ed$/u.test(lw) ||
          (tags !== null &&
            (tags[0] === 'VBD' ||
              (tags[0] === 'VBN' && !objectFollows(words[i + 1])) ||
              (plural && /^(?:VB|VBP|VBG)$/.test(tags[0])))))
      ) {
        verbAfter = true;
        break;
      }
      // a verb before its preposition ("VSTO stands for …", "the policy applies to …")
      if (
        tags !== null &&
        tags[0] === 'VBZ' &&
        // (a plural before "in", "on", "at" is a noun: "reading clubs in 14 schools"; "stands for" is a verb)
        (!tags.includes('NNS') || /^(?:for|to|of|as)$/i.test(words[i + 1] ?? '')) &&
        /^(?:for|to|in|on|with|at|by|from|of|as|into)$/i.test(words[i + 1] ?? '')
      ) {
        verbAfter = true;
        break;
      }
      // a verb before its adverb, then a preposition, a figure or nothing ("Heat flows spontaneously from hot to
      // cold", "Exposure increases proportionally between …", "Revenue grows steadily"; in "Customer teams
      // typically close deals" a verb follows the adverb: "teams" is the subject's head)
      if (
        prevNoun &&
        tags !== null &&
        tags.includes('VBZ') &&
        /ly$/.test((words[i + 1] ?? '').toLowerCase()) &&
        tagsOf((words[i + 1] ?? '').toLowerCase())?.every((t) => t === 'RB') === true &&
        (words[i + 2] === undefined ||
          STOPWORDS.has(words[i + 2].toLowerCase()) ||
          /^[-+]?[$€£]?\d/.test(words[i + 2]))
      ) {
        verbAfter = true;
        break;
      }
      // a past form before its preposition ("Average onboarding time cut from 45 to 30 days")
      if (
        prevNoun &&
        tags !== null &&
        tags.some((t) => t === 'VBD' || t === 'VBN') &&
        /^(?:from|to|by)$/i.test(words[i + 1] ?? '')
      ) {
        verbAfter = true;
        break;
      }
      // a phrasal verb before its object ("Feature scaling speeds up gradient descent"; "Support tickets up 12%",
      // "reading clubs in 14 schools" are nouns)
      if (
        tags !== null &&
        tags.includes('VBZ') &&
        PARTICLE.test(words[i + 1] ?? '') &&
        objectFollows(words[i + 2])
      ) {
        verbAfter = true;
        break;
      }
      // a verb with its object: "tension affects shipping routes", "fluctuations increase purchase costs" (not
      // "Inventory turns fell", "Freight costs are …", "Test results for Q1": nouns before a verb or a preposition)
      if (
        prevNoun &&
        tags !== null &&
        (tags.includes('VBZ') || (plural && (tags.includes('VBP') || tags.includes('VB')))) &&
        objectFollows(words[i + 1]) &&
        // (a plural noun before a word that can be a verb is the subject's head: "Fuel surcharges increase …")
        !(
          tags[0] === 'NNS' &&
          !STOPWORDS.has((words[i + 1] ?? '').toLowerCase()) &&
          !DETERMINERS.has((words[i + 1] ?? '').toLowerCase()) &&
          tagsOf(words[i + 1] ?? '')?.some((t) => t === 'VBP' || t === 'VB') === true
        )
      ) {
        verbAfter = true;
        break;
      }
    }
    out.push(w);
    outTags.push(tags);
    prev = tags;
  }
  // it ends in a noun: no adjective or adverb left hanging ("urgent orders only", "Empty containers worth …")
  while (out.length > 0) {
    const t = outTags[out.length - 1];
    if (t === null || (t.some((x) => NOUN.test(x)) && !/^(?:JJ|JJR|JJS|IN|RB|RBR)$/.test(t[0]))) break;
    out.pop();
    outTags.pop();
  }
  // an action on something ("Extracting metadata", "Building Partnerships", "Testing multiple languages";
  // "Learning portal", "Operating expenses", "Shipping costs" are names)
  if (out.length >= 2 && /\p{L}{3}ing$/u.test(out[0])) {
    const t = tagsOf(out[0].toLowerCase());
    const next = tagsOf(out[1].toLowerCase());
    if (
      (t === null && /^(?:re|pre|co|de|un|over|under|out|cross|self)-\p{L}+ing$/iu.test(out[0])) ||
      (t !== null &&
        t.includes('VBG') &&
        (!t.includes('NN') ||
          /^\p{Lu}/u.test(out[1]) ||
          (next !== null && next.every((x) => /^(?:JJ|JJR|JJS|RB)$/.test(x)))))
    ) {
      // (the action's object is the term when it is a product's name with a version or a code: "Launching Pulsar X2",
      // "Introducing Nimbus Sync 2")
      const rest = out.slice(1);
      return rest.length >= 2 && rest.every((w) => /^[\p{Lu}\d]/u.test(w)) && rest.some((w) => /\d/.test(w))
        ? { text: rest.join(' '), from: from + 1, verbAfter }
        : null;
    }
  }
  // (one word is a phrase when it is a name no lexicon knows: "Terraform for infrastructure as code", "Datadog for
  // metrics")
  if (out.length === 1 && nameWord(out[0])) return { text: out[0], from, verbAfter };
  return out.length >= 2 ? { text: out.join(' '), from, verbAfter } : null;
}
