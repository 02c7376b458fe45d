import type { ConceptRecord, ConceptType } from '../model/graph.js';
import {
  AVAILABLE,
  CURRENCY_KEY,
  infinitive,
  KIND_WEIGHT,
  TITLE_SHOWN,
  type Candidate,
  STOP_LIST_NOUNS,
  UNIT_ALONE,
  UNITS,
  agendaTitle,
} from './candidates.js';
import { guessType, keywordType, TRADE_ROLE, WEAKNESS } from './classify.js';
import { nationalBody } from './national-bodies.js';
import { PUBLIC_BODIES } from './public-bodies.js';
import { bareName, familyFirstName, isRank, TITLE_BEFORE_NAME } from './persons.js';
import {
  countryNamesOfCode,
  foldPlace,
  isCityName,
  isTownName,
  isCountryName,
  isPlaceName,
  isRegionName,
} from './places.js';
import { isGivenName } from './given-names.js';
import { commonWord, everydayWord } from './common-words.js';
import { everydayIntl, everydayIntlLang } from './everyday-intl.js';
import {
  commonUse,
  inDictionary,
  isEnglishWord,
  properNoun,
  tagsOf,
  verbOnlyTag,
} from './english-lexicon.js';
import { GENERIC_WORDS as GENERIC_LIST } from './stopwords.js';
import { isClause } from './clause-words.js';
import { functionWords } from './language.js';
import { calendarName, koreanDatedStage } from './calendar-words.js';
import { conceptKey, isAcronym, isVersion, singularise, stripDiacritics } from './normalise.js';
import { conceptIdOf } from '../model/ids.js';

export interface SelectedConcept {
  record: ConceptRecord;
  /** Surface forms to look for in the text (name, aliases). */
  surfaces: string[];
  /** A whole slide title names it (the slide's topic): kept whatever a semantic re-ranking says. */
  titled?: boolean;
  /**
   * A Chinese or Japanese term found inside runs of those scripts (see cjkTerms): its mentions are looked for inside
   * them too, where the other names stand between non-letters.
   */
  unspaced?: boolean;
}

/** The generic words as concept keys compare them (diacritics folded: "übersicht" → "ubersicht"). */
const GENERIC_WORDS = new Set([...GENERIC_LIST].map((w) => stripDiacritics(w)));
/**
 * Modifiers that say nothing of what a generic noun is ("Additional instructions", "Special Cases", "Average time",
 * "Increased risk", "Bonus Purposes"): such a pair of words names no concept. Nouns a deck's headings also use
 * generically join GENERIC_WORDS for that test (instructions, words, set, term, object).
 */
/** Generic words of one language that are another's words ("piano" is a plan in Italian, an instrument in English). */
const LANGUAGE_GENERIC: Record<string, Set<string>> = {
  it: new Set(['piano', 'piani']),
  ro: new Set(['calendar']),
};
/** Occasions a deck is made for, on its title slide ("Lab Meeting", "Design Workshop"). */
const OCCASIONS = new Set(
  'meeting workshop webinar session offsite all-hands townhall seminar pitch proposal deck presentation'.split(
    ' ',
  ),
);
/** Modifiers that point back at things the deck already named ("old clauses", "existing customers"). */
const REFERRING = new Set(
  'old existing remaining previous former same aforementioned above-mentioned'.split(' '),
);
const EMPTY_MODIFIERS = new Set(
  'additional general final bonus multiple special basic normal unique average short long initial overall further other certain simple typical various new next last first previous current recent following relevant related possible potential major minor brief quick increased more less'.split(
    ' ',
  ),
);
/** First words of a phrase written once that time, total or rate what follows (see selectConcepts). */
const ONCE_EMPTY_FIRST = new Set(
  'daily nightly weekly hourly real heavy light leading zero whole entire actual true big small'.split(' '),
);
const EMPTY_HEADS = new Set([
  'instruction',
  'word',
  'set',
  'term',
  'object',
  'remark',
  'thought',
  'consideration',
]);

/** See model/ids.ts (the one home of every id builder). */
export const conceptId = conceptIdOf;

/** The most frequent surface; on a tie the capitalised one ("Injection" over "injection"). */
function bestSurface(c: Candidate): string {
  const cap = (x: string) => (/^\p{Lu}/u.test(x) ? 0 : 1);
  // (a candidate with no surface left, which a merge may leave, is named by its key)
  if (c.surfaces.size === 0) return c.key;
  return [...c.surfaces.entries()].sort(
    (a, b) => b[1] - a[1] || cap(a[0]) - cap(b[0]) || a[0].localeCompare(b[0]),
  )[0][0];
}

/** Drops multi-word phrases that never occur outside one longer kept phrase ("Sheet Series" inside "Cheat Sheet Series"). */
function dropEnclosed(kept: Candidate[], lang = 'en'): Candidate[] {
  const outer = new Map<string, number>();
  for (const m of kept) {
    const w = m.key.split(' ');
    // a title's count is its title and list lines; the blocks that write it out are its occurrences too
    // ("Missing Function Level Access Control" holds every "Function Level Access" of the deck)
    // (only its written-out forms hold the words: an expansion's count has its acronym's mentions too, and "Open Web
    // Application Security Project" with every "OWASP" of the deck would enclose "application security")
    let spelled = 0;
    for (const [s, n] of m.surfaces) if (/\s/.test(s.trim())) spelled += n;
    const written = Math.min(m.count, spelled);
    const count = m.kind === 'title' ? Math.max(written, m.textHits ?? 0) : written;
    for (let n = 2; n < w.length; n++)
      for (let i = 0; i + n <= w.length; i++) {
        // a key's last word is singular ("Chief Harbour Operations" inside "Chief Harbour Operations Officer")
        const k = [...w.slice(i, i + n - 1), singularise(w[i + n - 1])].join(' ');
        outer.set(k, Math.max(outer.get(k) ?? 0, count));
      }
  }
  return kept.filter(
    (c) =>
      c.kind === 'acronym' ||
      c.kind === 'expansion' ||
      c.kind === 'pattern' ||
      !c.key.includes(' ') ||
      (c.count > (outer.get(c.key) ?? 0) && !titleCasePiece(c, outer.get(c.key) ?? 0, lang)),
  );
}
/**
 * The words two kept names or more start with, or end with, written nowhere else: a piece of each, no name of its own
 * ("Mean Time" of "Mean Time to Detect" and "Mean Time to Respond", "Supply Agreement" of "Turbine Supply Agreement"
 * and "Parts Supply Agreement"). dropEnclosed weighs one longer phrase at a time.
 */
function dropSharedPieces(kept: Candidate[]): Candidate[] {
  const spelled = (m: Candidate) => {
    let n = 0;
    for (const [s, k] of m.surfaces) if (/\s/.test(s.trim())) n += k;
    return Math.min(m.count, n);
  };
  return kept.filter((c) => {
    if (
      c.kind === 'acronym' ||
      c.kind === 'pattern' ||
      c.kind === 'expansion' ||
      c.typeHint ||
      !c.key.includes(' ') ||
      (c.titleExact ?? 0) > 0
    )
      return true;
    for (const side of ['prefix', 'suffix'] as const) {
      const holders = kept.filter(
        (k) =>
          k !== c &&
          k.count > 0 &&
          (side === 'prefix' ? k.key.startsWith(`${c.key} `) : k.key.endsWith(` ${c.key}`)),
      );
      // (two names or more, neither inside the other)
      const outer = holders.filter(
        (k) =>
          !holders.some(
            (h) =>
              h !== k &&
              h.key.length < k.key.length &&
              (side === 'prefix' ? k.key.startsWith(`${h.key} `) : k.key.endsWith(` ${h.key}`)),
          ),
      );
      if (outer.length < 2) continue;
      const slides = new Set(outer.flatMap((k) => [...k.slides]));
      if (outer.reduce((n, k) => n + spelled(k), 0) >= c.count && [...c.slides].every((x) => slides.has(x)))
        return false;
    }
    return true;
  });
}
/**
 * (English) A piece of a longer name in Title Case, of dictionary words, written outside it a quarter of the time
 * at most and never as a slide's whole title: "Verification Standard" and "Security Verification Standard" of
 * "Application Security Verification Standard", "Function Level Access" of "Missing Function Level Access Control".
 * A phrase the deck also writes in lower case is a term of its own ("access control" of "Broken Access Control"),
 * and a name's own words stay ("Frobnitz Studio" of "Frobnitz Studio Berlin").
 */
function titleCasePiece(c: Candidate, outer: number, lang: string): boolean {
  if (lang !== 'en' || outer < 2 || c.typeHint || c.acronym !== undefined || (c.titleExact ?? 0) > 0)
    return false;
  if (c.lower > 1 || c.count - outer > Math.max(1, 0.25 * c.count)) return false;
  // (a practice or a measure is a term of its own: "Penetration Testing" of "Application Penetration Testing",
  // "Application Security" of its verification standard)
  if (/^(?:PRACTICE|METRIC)$/.test(guessType(bestSurface(c)))) return false;
  return c.key.split(' ').every((w) => isEnglishWord(w) && !properNoun(w));
}

/**
 * A phrase that ends in a verb or an adverb ("programmers refactor", "graphic modified", "circles previously",
 * "Anwendung verwundbar") is a clause fragment, not a term. English: a lower-case last word in -ed/-ly or a
 * bare verb after a plural subject; German: a term ends with a noun, and German nouns are capitalised.
 */
function verbLike(c: Candidate, lang: string): boolean {
  const surface = [...c.surfaces.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? c.key;
  const w = surface.split(/\s+/);
  const last = w[w.length - 1];
  if (lang === 'de') return !/^[\p{Lu}\d]/u.test(last);
  if (lang === 'en') {
    if (/^\p{Ll}+(?:ed|ly)$/u.test(last)) return true;
    // "Programmers Refactor", "people refactor": a plural noun then a bare verb (two words only: in a longer phrase
    // the last word is as often a noun's head: "data analytics platform", "security operations team")
    if (
      w.length === 2 &&
      /s$/.test(w[0]) &&
      !/ss$/.test(w[0]) &&
      /^\p{Ll}+$/u.test(last) &&
      !/(?:s|ing|tion|ment|ness|ity|er|or|ure|ance|ence|ism|ist|age|ship|cy|ics)$/i.test(last)
    )
      return true;
  }
  return false;
}

/**
 * English words that end no noun phrase: adverbs ("Document online", "Go back") and compound adjectives
 * ("assertion-based", "server-side", "vendor-specific"), which need a noun after them.
 */
const NOT_A_HEAD =
  /^(?:online|offline|often|again|also|already|now|then|here|there|today|together|away|back|too|well|anymore|instead|later|soon|yet)$|-(?:based|driven|oriented|related|specific|side|like|wide|only|enabled|aware|friendly|facing|free|centric|ready|compliant)$/;
/**
 * English verbs that a deck uses almost only as verbs: a phrase that starts with one is an instruction or a goal
 * ("Engage faculty", "Improve student success", "Use strong passwords"), not a term. Words that are as often nouns
 * ("control", "review", "test", "support", "track", "change", "process", "design", "access") are left out.
 */
const IMPERATIVE = new Set(
  `accelerate achieve acquire adapt adjust adopt align allocate amplify analyse analyze apply assess assign attract avoid
boost broaden choose clarify collaborate collect combine communicate compare configure connect consider
consolidate continue contribute convert create cultivate customise customize decide define deliver deploy describe detect
determine develop discover discuss eliminate embrace empower enable encourage engage enhance ensure establish evaluate
examine expand explain explore extend facilitate foster gain gather generate guarantee identify implement improve include
increase integrate introduce invest involve keep leverage maintain manage maximise maximize meet minimise minimize
mitigate modify motivate navigate obtain optimise optimize organise organize overcome perform prepare prevent prioritise
prioritize promote protect provide pursue recognise recognize recommend reduce reinforce remove require resolve retain
simplify solve specify strengthen streamline submit transform understand unlock utilise utilize validate verify
receive believe depend`.split(/\s+/),
);
/** User-interface verbs: a phrase they lead is an instruction ("Click Paste"); as nouns they end terms ("Paid Clicks"). */
const UI_VERBS = new Set('click tap press drag hover scroll'.split(' '));
/** How many concepts a document is filled up to with phrases written once (what a reader looks at first). */
const ONCE_FILL = 40;
/**
 * Nouns of time and of counted units, in the main European languages (keys: no diacritics): "12 dias úteis", "2 flight
 * hours", "5 jours ouvrés", "10 Arbeitstage" (a term counted so stays: "3 lignes conventionnelles").
 */
const TIME_OR_COUNT_UNIT =
  /^(?:(?:business|working|calendar|flight|man|person|full-time)-?)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|cycles?|times|units?|jours?|heures?|semaines?|mois|ans|annees?|dias?|horas?|semanas?|meses|mes|anos?|giorni|giorno|ore|settimane?|mesi|mese|anni|anno|tage?|stunden?|wochen?|monate?|jahre?|arbeitstage?|werktage?|dagen|dag|uren|uur|weken|week|maanden|maand|jaren|jaar|ciclos?|cicli|zyklen|zyklus)$/;
/** How many concepts a Chinese or Japanese document is filled up to with the terms found inside its runs. */
const CJK_FILL = 30;
/** Last words of a heading, not of a term ("Pilot results", "Root causes", "Key findings"): keys, singular. */
const ONCE_NOT_HEADS = new Set(
  'result finding step lesson takeaway highlight goal objective question summary overview detail update status issue option example cause note point consideration thought number amount level part way thing kind type lot set principle metric action item'.split(
    ' ',
  ),
);
/** A report's headings that are also products' names ("Outlook", "Timeline"): generic only as headings. */
const REPORT_HEADINGS = new Set(
  'highlight highlights outlook recap timeline timelines schedule schedules finance finances financial financials partnership partnerships monetisation monetization staffing budget budgets funding zeitplan finanzierung calendrier financement cronograma calendario financiacion presupuesto'.split(
    ' ',
  ),
);
/** A plan's headings before its year ("Objectives 2026", "Objectifs 2026", "Prioridades 2025"; keys: no diacritics). */
const PLAN_HEADINGS = new Set(
  'objective objectives goal goals priority priorities target targets roadmap plan outlook objectif objectifs priorite priorites cible cibles objetivo objetivos prioridad prioridades meta metas ziel ziele prioritat prioritaten obiettivo obiettivi'.split(
    ' ',
  ),
);
/**
 * Evaluative adjectives after a generic head in French, Spanish, Portuguese, Italian ("Situation actuelle",
 * "Situación actual", "Objetivos generales"; keys: no diacritics).
 */
const ROMANCE_EVALUATIVE =
  /^(?:actuel(?:le)?s?|actual(?:es)?|atual(?:is)?|attuale|attuali|general(?:e|es)?|generaux|generales|principa(?:l|le|les|ux)|clave|cle|cles|chiave|nouve(?:au|aux|lle|lles)|nuev[oa]s?|nov[oa]s?|nuov[oa]|final(?:e|es)?|global(?:e|es)?|detaille(?:e|s|es)?|detallad[oa]s?|princip(?:ales|aux|ali|ais)|complessiv[oaie]|stimat[oaie]|estimad[oa]s?|estimee?s?|previst[oaie]|prevue?s?|total(?:e|es|i)?|totais|prossim[oaie]|strategiques|strategic[ih]e?|estrategic[oa]s?|medi[oa]s?)$/;
/**
 * Last words that leave a phrase cut before its noun (keys): a Hungarian adjective in -i ("Átlagos várakozási" of
 * "… várakozási idő"), a Czech or Slovak adjective in the genitive ("Kapacita interního" of "… interního IT týmu").
 */
const CUT_LAST: Record<string, RegExp> = {
  hu: / \S+i$/u,
  cs: / \S+(?:eho|iho)$/u,
  sk: / \S+(?:eho|ieho|ej)$/u,
};
/** Languages whose short decks' slide titles of common words only head their slides (see keep). */
const SLIDE_HEADING_LANGS = new Set(
  'fr es pt it ro nl sv da no pl cs sk hu fi el bg ru uk tr id vi'.split(' '),
);
/** The European Latin-script languages detected besides English (see language.ts). */
const LATIN_LANGS = new Set('de fr es pt it ro nl sv da no pl cs sk hu fi'.split(' '));
/** Languages whose phrases put their head first ("gestione delle pressioni", "knelpunten in de klantreis"). */
const HEAD_FIRST = new Set(['fr', 'es', 'pt', 'it', 'ro', 'nl', 'pl', 'cs', 'sk', 'id']);
/** Nouns a Romance heading leads with before its adjective ("Risques identifiés", "Contexte national"; no diacritics). */
const ROMANCE_HEADING_HEADS =
  /^(?:risques?|riesgos?|rischi|rischio|riscos?|contextes?|contextos?|contest[oi]|projets?|proyectos?|progett[oi]|projetos?|axes?|ejes?|ass[ei]|eixos?|objectifs?|objetivos?|obiettiv[oi]|enjeux|resultats?|resultados?|risultat[oi]|soluzion[ei]|solution|solucion|solucao|defis?|desafios?|retos?|sfid[ae]|points?|puntos?|punt[oi]|pontos?|priorites?|prioridades?|priorita|actions?|acciones?|azion[ei]|acoes?)$/;
/** Governing bodies by their kind (keys: lower case, no diacritics). */
const GOVERNING_BODIES =
  /^(?:(?:the )?board|(?:the )?(?:city |county |town |municipal )?council|steerco|exco|(?:audit|risk|underwriting|investment|executive|management|remuneration|nomination|credit|operating) committee|(?:\S+ ){0,2}(?:leadership|management|executive) team|assembleia(?: geral)?|assemblea(?: generale)?|asamblea(?: general)?|assemblee generale|comite de direction|comite executif|comite ejecutivo|comite de direccion|comite de direcao|comitato (?:esecutivo|direttivo|di direzione)|consejo rector(?: de la \S+)?|directorio|algemeen bestuur|dagelijks bestuur|gemeenteraad|raad van toezicht|gemeinderat|stadtrat|conseil municipal|consiglio comunale|board of directors|supervisory board|management board|executive board|steering (?:committee|group|board)|program(?:me)? board|project board|aufsichtsrat|vorstand|geschaftsfuhrung|conseil d administration|conseil de surveillance|consejo de (?:administracion|gobierno)|consiglio di amministrazione|conselho de administracao|raad van bestuur|raad van commissarissen)$/;
/** Months in the languages the rules read (keys: lower case, no diacritics). */
const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|marco|maio|junho|julho|setembro|outubro|novembro|dezembro|januar|februar|marz|juni|juli|oktober|dezember';
/** Seasons in those languages (keys). */
const SEASONS =
  'spring|summer|autumn|fall|winter|printemps|ete|automne|hiver|primavera|verano|otono|invierno|estate|autunno|inverno|verao|outono|fruhjahr|fruhling|sommer|herbst|lente|zomer|herfst';
/** Seasons, halves, fiscal years, a month's parts and days ("1er janvier") (keys: lower case, no diacritics). */
const SEASON_OR_PERIOD = new RegExp(
  String.raw`^(?:(?:safra|zafra|harvest|season|saison|temporada|stagione|campagne|campana|campanha|ejercicio|exercice|esercizio|exercicio|geschaftsjahr|boekjaar|fy|semestre|semester|trimestre|quarter|half|heizperiode|stookseizoen|winter|summer|spring|fall|autumn)s? (?:19|20)?\d\d(?: ?[/–\s-] ?(?:19|20)?\d\d)?|(?:1er|1re|1st|\d{1,2}(?:er|st|nd|rd|th|º|°)?) (?:${MONTHS})(?: (?:19|20)\d\d)?|(?:\d+(?:º|ª|°|o|a|er|e|eme|nd|st|rd|th)?|premier|primer|segundo|primo|secondo|first|second|third|fourth) (?:semestre|semester|trimestre|quarter|half|quadrimestre|cuatrimestre)(?: (?:19|20)\d\d)?|(?:fin|debut|mi|finales de|principios de|inicios de|mediados de|fine|inizio|meta|inicio de|final de|meados de|ende|anfang|mitte|end of|early|mid|late) (?:${MONTHS})(?: (?:19|20)\d\d)?|(?:${SEASONS})(?: ?/ ?(?:${SEASONS}))+(?: (?:19|20)?\d\d)?)$`,
);
/** Roles and job titles (keys: lower case, no diacritics). */
const ROLE_TITLES =
  /^(?:(?:former|senior|deputy|acting|interim|assistant|associate|executive|global|group) )*(?:chief(?: \S+){1,3} officer|chief engineer|head of(?: \S+){1,3}|(?:program(?:me)?|project|managing|technical|regional|general|country|engineering|operations|medical|clinical|finance|sales|marketing|product|site|plant|it) (?:director|manager|lead|officer)s?|director(?: of(?: \S+){1,2})?|directeur|directrice|directora?|president|presidente|geschaftsfuhrer(?:in)?|vice president(?: \S+){0,2}|system integrator|drh|dsi|managers?|chiefs?|chief(?: \S+){1,2}|(?:\S+ ){1,2}officers?|(?:director|directora|directeur|directrice|direttore|direttrice|diretor|diretora|jefe|jefa|responsable|leiter|leiterin) (?:de|del|de la|des|du|di|della|do|da|für)(?: \S+){1,3})$/;
/**
 * Words of a role (keys: lower case, no diacritics), in the languages the rules read; German compounds end with one
 * ("Werkleiter", "Programmleiterin", "Key Account Managerin").
 */
const ROLE_WORD =
  /^(?:director|directors|manager|managers|lead|leads|head|officer|chief|president|vp|svp|evp|avp|cfo|ceo|coo|cto|cio|ciso|partner|chair|chairman|chairwoman|chairperson|engineer|analyst|architect|specialist|coordinator|consultant|superintendent|counsel|secretary|treasurer|controller|scientist|advisor|adviser|administrator|owner|representative|gerente|gerenta|jefe|jefa|directora|responsable|coordinador|coordinadora|ingeniero|ingeniera|presidente|presidenta|vicepresidente|amministratore|consejero|consejera|conseiller|conseillere|sindaco|alcalde|alcaldesa|maire|burgermeister|burgermeisterin|directeur|directrice|chef|chargee?|ingenieur|direttore|direttrice|responsabile|coordinatore|coordinatrice|ingegnere|diretor|diretora|coordenador|coordenadora|engenheiro|engenheira|geschaftsfuhrer|geschaftsfuhrerin|vorstand|programmamanager|projectleider|projectmanager|hoofd|adviseur|dijkgraaf|bestuurder|\S*(?:leiter|leiterin|managerin|referent|referentin|fuhrer|fuhrerin))$/;
/** A governing body or a role named by its kind ("Steering Committee", "Programme Director"; see keep). */
function byKind(c: Candidate): boolean {
  return (
    c.kind !== 'acronym' &&
    !c.typeHint &&
    (GOVERNING_BODIES.test(stripDiacritics(c.key)) || ROLE_TITLES.test(stripDiacritics(c.key)))
  );
}
/** Words before the unit a role names ("Director of …", "Director del …", "Leiterin für …"; keys). */
const ROLE_UNIT_LEAD = new Set(
  'of for de del de la des du di della dello dei degli delle do dos da das fur van der den'.split(' '),
);
/**
 * A role written beside a person's name ("Aiko Tanaka, Agronomy Lead", "Gerenta de Proyectos: Ana Soto", "Markus
 * Ehrlich – Werkleiter Werk Zwickau"): a word of it says so; a company there has none ("Jane Roe, Acme Corp").
 */
function writtenAsRole(c: Candidate): boolean {
  return (
    (c.roleCue ?? 0) > 0 &&
    c.kind !== 'acronym' &&
    !c.typeHint &&
    stripDiacritics(c.key)
      .split(' ')
      .some((w) => ROLE_WORD.test(w))
  );
}
/** Languages that capitalise only names (and a sentence's first word). */
const ROMANCE_LANGS = new Set(['fr', 'es', 'pt', 'it', 'ro']);
/** Of those, the languages that join a head and its complement with no preposition (a case, or nothing). */
const CASE_JOINED = new Set(['pl', 'cs', 'sk', 'id']);
/** Heads of a slide's heading in those languages: goals, results, solutions, examples, a start… ("plan de continuité
 * d'activité" is a term) */
const HEADING_HEADS = new Set(
  `objectif objectifs objetivo objetivos obiettivo obiettivi doel doelen doelstelling doelstellingen resultat resultats
resultado resultados risultato risultati resultaat resultaten
oplossing oplossingen exemple exemples ejemplo ejemplos exemplo exemplos esempio esempi voorbeeld
voorbeelden defi defis desafio desafios sfida sfide uitdaging uitdagingen
recommandation recommandations recomendacion recomendaciones recomendacao recomendacoes raccomandazione
raccomandazioni aanbeveling aanbevelingen knelpunt knelpunten lecons avantages
ventajas vantaggi vantagens voordelen avvio inizio inicio debut demarrage lanzamiento
lancement lancio lancamento cel cele wyniki rezultaty zakres ryzyka wyzwania korzysci hasil tantangan solusi tujuan
manfaat cil cile ciel ciele vysledky vysledek reseni riesenie rizika prinosy obiective obiectivele rezultate rezultatele
riscuri provocari beneficii solutii
etude etudes estudio estudios studio studi estudo estudos evolution evolutions evolucion evoluciones evoluzione
evolucao delai delais plazo plazos prazo prazos bilan avancement avance avances avanzamento stand retard retards
retraso retrasos ritardo ritardi atraso atrasos`.split(/\s+/),
);
/** Connectors after a head (articles folded into prepositions included: "del", "degli", "della", "au", "in de"). */
const HEAD_CONNECTORS = new Set(
  'de del della delle dello dei degli di da do dos das du des d l au aux a à al in van voor op het en'.split(
    ' ',
  ),
);
/** Last words of a slide's heading that say how its topic stands, or what kind of document it is (English). */
const STATE_HEADS = new Set(
  'performance health status progress landscape highlights recap snapshot issues priorities goals metrics kpis owners dependencies learnings plan plans review update updates retrospective retro report readout briefing kickoff post-mortem postmortem debrief walkthrough deep-dive roadmap timeline schedule scope aim aims catalysts attendees outlook strategy migration modernisation modernization commitments workstreams campaign context backdrop composition adequacy findings changes setup waves'.split(
    ' ',
  ),
);
/** What a breakdown of figures is by ("Bookings by Region", "Revenue by Segment"). */
const BREAKDOWN =
  / by (?:region|country|countries|market|segment|channel|month|quarter|year|week|team|product|department|category|type|source|stage|site|customer|industry|vertical|geography|function|role|tier|plan|age|gender|state|district|line|route|section|phase|site|area|location|unit|business|program|programme|portfolio)s?$|(?: by| par| por| nach| per) (?:r[eé]gions?|regi[oó]n(?:es)?|pays|pa[ií]s(?:es)?|l[aä]nder[n]?|regionen?|sites?|lignes?|l[ií]neas?|lots?|distritos?|districts?|bereichen?|standorten?|sparten?)$/i;
/** A title that gives a thing's figures ("ATEM Pavia 2 in numeri", "Le réseau en chiffres", "Het jaar in cijfers"). */
const IN_NUMBERS =
  / (?:in numbers|in figures|at a glance|in numeri|in cifre|en chiffres|en cifras|em n[uú]meros|in zahlen|in cijfers)$/i;
/** Ratings and statuses that tables write in capitals (keys). */
const RATING_WORDS = new Set(
  'high medium med low critical severe moderate minor major red amber green yellow done open closed pending blocked yes no none tbd n/a ok pass fail'.split(
    ' ',
  ),
);
/**
 * What a deck's title says it is, or whose it is, rather than its subject ("Typical Presentation", "Company Meeting",
 * "Rapport annuel"; keys: singular, no diacritics).
 */
const DOCUMENT_KINDS = new Set(
  'presentation company meeting report review workshop session training course lecture module webinar template document update briefing kickoff keynote seminar tutorial lesson chapter overview introduction presentacion empresa reunion informe curso leccion capitulo entreprise societe reunion rapport formation cours lecon chapitre apresentacao relatorio unternehmen besprechung bericht schulung vortrag kapitel'.split(
    ' ',
  ),
);
/**
 * A short deck of lists, where a title its text never uses heads its slide: up to 15 slides, or up to 25 with no more
 * candidates than a business deck's lines a slide give (at most 80 a slide: a dense board deck of 20 slides gives 40 to
 * 80; a 23-slide translation of a standard, written in full sentences, gives thousands: its titles name its topics,
 * "Risques de sécurité applicatifs").
 */
export function shortDeck(slideCount: number, candidateCount: number, lang: string): boolean {
  return (
    slideCount <= 15 ||
    (slideCount <= 25 && candidateCount <= 80 * slideCount) ||
    // (outside English, up to 40 slides of a business deck's lines, at most 80 candidates a slide: "Criteri di
    // gara e garanzie contrattuali", "Calendario regulatorio" head their slides; an English deck's Title Case headings
    // of that length name its catalogue's topics, "Generally Accepted Security Practices")
    (lang !== 'en' && slideCount <= 40 && candidateCount <= 80 * slideCount)
  );
}
/** Small words inside a title ("Risks and Mitigations", "Bookings by Region"). */
const TITLE_SMALL_WORDS = new Set('and & of for in on to by with the a an vs'.split(' '));
/** "and" in languages where the word means something else in others (Dutch "en" is French "in"). */
const AND_WORD: Record<string, string> = {
  nl: 'en',
  sv: 'och',
  da: 'og',
  no: 'og',
  pl: 'oraz',
  id: 'dan',
  cs: 'a',
  sk: 'a',
  ro: 'și',
  hu: 'és',
  fi: 'ja',
};
/** A slide title that only heads its slide (see keep). */
function headingTitle(surface: string, lang = 'en', common = false): boolean {
  const ws = surface
    .replace(/\s+(?:(?:19|20)\d{2}|FY\d{2,4}|Q[1-4])$/i, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (ws.length < 2) return false;
  const last = ws[ws.length - 1].toLowerCase();
  return (
    (ws.length === 3 &&
      (/^(?:and|&|et|y|e|und|i)$/i.test(ws[1]) || (AND_WORD[lang] ?? '') === ws[1].toLowerCase()) &&
      !/^\p{Lu}{2,}/u.test(ws[0])) ||
    // (of four or five words: "Monetisation and Player Trust", "EU Programmes and Public Funding")
    // (not with an acronym after its first word, "Reparatur- und Service-Zentrum R.U.S.Z", nor every word capitalised
    // in a language that capitalises only names: "République Algérienne Démocratique et Populaire", unless the deck
    // writes its words in lower case too: "Tracciabilità e Passaporto Digitale")
    (ws.length >= 4 &&
      ws.length <= 5 &&
      ws
        .slice(1, -1)
        .some((w) => /^(?:and|et|y|e|und|i)$/i.test(w) || (AND_WORD[lang] ?? '') === w.toLowerCase()) &&
      ws.slice(1).every((w) => !/^\p{Lu}{2,}|\./u.test(w)) &&
      !(
        ROMANCE_LANGS.has(lang) &&
        !common &&
        ws.filter((w) => w.length > 3).every((w) => /^\p{Lu}/u.test(w))
      )) ||
    BREAKDOWN.test(surface) ||
    IN_NUMBERS.test(surface) ||
    (/^top$/i.test(ws[0]) && ws.length >= 3) ||
    // (an acronym may lead a longer one: "TOS Cut-Over Plan", "5G SA Rollout Progress"; "ASVS Roadmap" stays)
    (STATE_HEADS.has(last) &&
      ws.slice(0, -1).every((w) => (ws.length >= 3 && !/\d/u.test(w.slice(1))) || !/^\p{Lu}{2,}|\d/u.test(w)))
  );
}
/** Closing headings: the next steps, and a plan's roadmap in words (keys: lower case, no diacritics). */
const NEXT_STEPS =
  /^(?:executive summary|management summary|(?:resumen|resume|sumario|sintesis|sintese) (?:ejecutiv[oa]|executif|executiv[oa])|actions? engagees?|acciones? realizadas|(?:equipe|equipo|equipa|squadra) (?:du |del |de |di )?(?:projet|proyecto|projeto|progetto)|project team|hojas? de ruta|feuilles? de route|roteiro|tabella di marcia|action items?|lessons? learned|key learnings?|open (?:questions?|issues?)|what went (?:well|wrong)|next steps?|action plan|plan d action|plano de acao|plan de accion|piano d azione|actieplan|case stud(?:y|ie)s?|learning objectives?|learning outcomes?|check your understanding|knowledge check|review questions?|discussion questions?|key points?|prochaines? etapes?|na(?:e)?chste schritte?|proximos? pasos?|proximos? passos?|prossim[io] pass[io]|volgende stappen|vervolgstappen|nasta steg|n(?:ae|æ)ste skridt|neste steg|key takeaways?|(?:prior|related|future) work|decisions? (?:requested|required|needed|sought)|decisiones solicitadas|decisioni richieste|decisions attendues|decisoes solicitadas|entscheidungsbedarf|gevraagde besluiten|(?:deliberations?|deliberacoes|deliberaciones|deliberazioni|decisions?|decisoes|decisiones|decisioni|resolutions?) (?:soumises?|proposees?|demandees?|attendues?|a prendre|solicitadas|propostas|a tomar|a adoptar|propuestas|requeridas|da assumere|da adottare|da prendere|proposte|richieste|requested|proposed|for approval)(?: (?:au|aux|a|ao|aos|al|alla|allo|to|for|del|do|da|della|dem|an|aan) .{1,40})?|(?:beschlussempfehlung|beschlussvorschlag|beschlussvorschlage|beschlussvorlage)(?:en|n)?|besluitpunten|te nemen besluiten|zu fassende beschlusse|(?:points? )?(?:pour|a) decision|for decision|(?:approvals?|endorsements?) (?:requested|sought|required)|propost[ae] di delibera(?:zione)?|propuestas? de acuerdos?|propostas? de deliberacao|acuerdos? (?:propuestos|a adoptar)|feststellungen|key findings|principaux constats|hallazgos principales|principais constatacoes|stan obecny|nastepne kroki|kolejne kroki|latar belakang|dalsi kroky|dalsie kroky|vychozi situace|vychodiskova situacia|soucasny stav|sucasny stav|pasii urmatori|urmatorii pasi|situatia actuala|situatia curenta|kovetkezo lepesek|jelenlegi helyzet|seuraavat askeleet|seuraavat vaiheet|(?:cac )?buoc tiep theo|muc tieu|giai phap|rui ro|tong quan|ket luan|gioi thieu|thach thuc|loi ich|ngan sach|lo trinh|boi canh|hien trang|ket qua|đe xuat|đanh gia|अगले कदम|επομενα βηματα|τρεχουσα κατασταση|υφισταμενη κατασταση|следващи стъпки|текущо състояние|настоящо положение|langkah selanjutnya|langkah berikutnya|points? cles?|ordre du jour|orden del dia|ordine del giorno|points? d attention|points? de vigilance|puntos? de atencion|punti di attenzione|(?:regulatory|legal|policy) (?:framework|context|background)|rechtliche[rn]? (?:rahmen|grundlagen)|regulatorische treiber|cadre (?:reglementaire|juridique|legal|normatif)|contexte (?:reglementaire|juridique)|marco (?:normativo|legal|regulatorio|juridico)|contexto (?:normativo|regulatorio|legal)|quadro (?:normativo|regolatorio|giuridico|legal|regulatorio)|contesto normativo|enquadramento(?: legal| normativo| regulatorio)?|(?:juridisch|wettelijk) kader|kaders)$/;
/** Words of a document's own parts ("Table of Contents", "Questions and Answers", "Tabla de Contenidos"). */
const HEADING_WORDS = new Set(
  'table content contents question questions answer answers summary conclusion conclusions reference references note notes acknowledgement acknowledgements agenda overview introduction appendix index glossary tabla contenido contenidos pregunta preguntas respuesta respuestas resumen conclusiones referencia referencias nota notas sommaire réponse réponses annexe inhalt fragen antworten zusammenfassung anmerkungen'.split(
    ' ',
  ),
);
/** First words of a rank's key (see persons' isRank): only such a candidate is tested against its surface. */
const RANK_FIRST =
  /^(?:detective|det|chief|ch|superintendent|supt|inspector|insp|constable|sergeant|sgt|dcs|dci|dsu|capt|captain|col|colonel|lt|lieutenant|cdr|cmdr|commander|cpl|corporal)(?: |$)/;
/** Gerunds that present a product in a title ("Launching Pulsar X2", "Introducing Nimbus Sync 2"). */
const LAUNCH_GERUNDS = new Set([
  'launching',
  'introducing',
  'announcing',
  'unveiling',
  'presenting',
  'releasing',
]);
/** Gerunds of IMPERATIVE ("avoiding", "managing", "preventing"). */
const IMPERATIVE_GERUNDS = new Set([...IMPERATIVE].flatMap((v) => gerundOf(v)));
/** "contributes", "identifies", "reduces": the third person of a verb decks use almost only as a verb. */
function thirdPerson(word: string): boolean {
  const m = /^(\p{Ll}+?)(?:ies|es|s)$/u.exec(word);
  // plural nouns of the same form ("Capital Gains", "Price Increases")
  if (!m || /^(?:gains|increases|guarantees|combines|converts|analyses|transforms|boosts)$/.test(word))
    return false;
  const stem = m[1];
  return (
    (word.endsWith('ies') && IMPERATIVE.has(`${stem}y`)) ||
    IMPERATIVE.has(word.slice(0, -1)) ||
    (word.endsWith('es') && IMPERATIVE.has(word.slice(0, -2)))
  );
}
/** English words as often verbs as nouns: after an infinitive's "to" they are verbs. */
const NOUN_VERBS = new Set(
  'access build change check control design fix handle help log measure monitor patch plan process report review run scan store support test track use'.split(
    ' ',
  ),
);
/** Type and declaration keywords of C, C++, Java and C#: phrases made of them are code. */
const CODE_KEYWORDS = new Set(
  'int long short unsigned signed double float char bool boolean void class typename struct enum template const static byte operator typedef virtual inline namespace auto string size_t'.split(
    ' ',
  ),
);
/** Evaluative adjectives that, before a generic noun, make a phrase about the deck, not a term ("Major update"). */
const EVALUATIVE =
  /^(?:major|minor|detailed|overall|brief|quick|short|final|initial|recent|latest|current|further|additional|other|various|big|small|huge|general|new|old|main|key|top|highest|lowest|best|worst|greatest|largest|smallest|biggest|most|least|expected|anticipated|estimated)$/;
const GENERIC_HEADS = new Set(
  'revamp overhaul rewrite release revision improvement enhancement update change overview summary detail note remark landscape environment situation state outlook trend trends picture investimento investimenti inversion inversiones investissement investissements investimentos risparmio risparmi ahorro ahorros'.split(
    ' ',
  ),
);
const DESCRIPTIVE =
  /^(?:blue|red|green|yellow|black|white|grey|gray|orange|purple|pink|brown|single|double|big|small|large|tiny|left|right|top|bottom|upper|lower|middle|round|square)$/;
const PREDICATIVE = /\p{L}{3}(?:able|ible|ous|ful|less)$/u;
/** Nouns with an adjective's ending. */
const ADJ_NOUNS = new Set(
  'variable variables deliverable deliverables receivable receivables payable payables collectible collectibles consumable consumables portable wearable wearables vegetable vegetables timetable timetables turntable constable'.split(
    ' ',
  ),
);
/** Heads that name instances of a kind of weakness (English keys are singular; other languages as written). */
const FLAW_HEADS = new Set(
  'flaw vulnerability schwachstelle schwachstellen lücke lücken sicherheitslücke sicherheitslücken'.split(
    ' ',
  ),
);
/** Weakness heads of languages that put the head first (keys: no diacritics). */
const ROMANCE_FLAW_HEADS = new Set(
  'faille failles vulnerabilite vulnerabilites falla fallas fallo fallos vulnerabilidad vulnerabilidades'.split(
    ' ',
  ),
);
/** Generic heads of a product's parts (see NAMED_BY_HEAD in candidates.ts). */
const PART_HEADS =
  /^(?:feature|option|button|panel|tab|menu|command|dialog|wizard|add-in|plugin|plug-in|toolbar|widget)s?$/;
/** Words left out when two names are compared by their content words. */
const BAG_CONNECTORS = new Set(
  'of for and to in on the a an & de des du la le les d l à au aux et von der die das und für y del el los las e di da'.split(
    ' ',
  ),
);
/** Generic head nouns that, next to an acronym, still name the acronym's concept (English and French order). */
const ACRONYM_HEADS = new Set(
  'entry entries article articles page pages flaw flaws attack attacks issue issues faille failles attaque attaques article articles fiche fiches eintrag einträge angriff angriffe study studies studie studien étude études estudio estudios estudo estudos studio studi phase phases fase fasen tag tags'.split(
    ' ',
  ),
);
/** Everyday compounds of project and office talk, no concepts of a deck (keys: the hyphen is a space). */
const EVERYDAY_COMPOUNDS = new Set([
  // (an architecture's states, labels of any language's slides: "Текущий ландшафт (AS-IS)")
  'as is',
  'to be',
  'go live',
  'follow up',
  'set up',
  'sign off',
  'call off',
  'check in',
  'check out',
  'scale up',
  'start up',
  'roll out',
  'in house',
  'on line',
  'no go',
  'e mail',
  'kick off',
  'hand over',
  'cut over',
  'roll back',
  'add on',
  'log in',
  'sign up',
  'back up',
  'walk through',
  'one off',
  'year end',
  'month end',
  'day to day',
  'up to date',
  'ramp up',
  'to do',
]);
/**
 * Stock phrases of business decks that name the deck's own parts, not a subject ("Business Case", "Pilot Results",
 * "Key Findings", "Way Forward"; keys, singular). Phrases that are a domain's terms in some decks stay ("supply
 * chain", "change management", "operating model", "risk register").
 */
const STOCK_PHRASES = new Set(
  'business case|business plan|pilot result|key finding|key risk|key message|key takeaway|financial summary|investment ask|programme status|program status|project status|financial exposure|cost estimate|success criteria|way forward|current state|future state|target state|next phase|quick win'.split(
    '|',
  ),
);
/** Stages and rounds of a plan that a number labels ("Phase 1", "Wave 2", "Sprint 14"; keys, singular). */
const NUMBERED_LABELS = new Set(
  `phase stage wave sprint milestone iteration cohort workstream tranche module lesson chapter unit week day lot track batch round session stufe beschluss appendix room bldg building floor step fase etapa etape schritt stap bauabschnitt abschnitt critere criterio criterion kriterium requisito exigence anforderung tramo trecho eixo eje asse volet axe
  lab labs practical exercise exercice ejercicio exercicio esercizio ubung ubungsblatt aufgabe aufgabenblatt blatt oefening opdracht opgave td tp tutorial tutorium lecture vorlesung lezione aula cours clase les college hoorcollege seance sesion sessao sessione sitzung woche semaine semana settimana kapitel chapitre capitulo capitolo hoofdstuk part partie parte teil deel assignment homework quiz worksheet handout demo trabalho devoir tarea tarefa compito practica pratica praktikum`.split(
    ' ',
  ),
);
/** The stop lists' nouns (candidates.ts) as candidates' keys, by language: looked up once a candidate. */
const STOP_NOUN_KEYS: Record<string, Set<string>> = Object.fromEntries(
  Object.entries(STOP_LIST_NOUNS).map(([lang, words]) => [
    lang,
    new Set([...words].map((w) => stripDiacritics(w))),
  ]),
);
/** Acronyms of everyday things, units, currencies, time zones and officers' titles: no concepts of a deck. */
const EVERYDAY_ACRONYMS = new Set(
  'id url pdf pc fyi asap tv usb faq eg ie kj mj gj kwh mwh gwh twh kw mw gw kb mb gb tb ghz mhz kg km usd eur gbp jpy cny chf cad aud inr ppm ppb utc gmt cet cest est edt pst pdt cdt ist jst aest bst ceo cto cfo coo cio ciso cmo cpo cdo cro chro svp evp vp avp phd msc bsc mba kbps mbps gbps co2 co2e ai ml ia ki sms fte ftes etp qd bid tid ytd mtd qtd it oem epi pib dpo qppv hr rh nda sow pmo cv ttc b2b b2c tbc tbd hq kpi iva vat tva mwst ust btw rfp rfq capex opex wlan wifi wtp wwtp led hvac cvc pf pj gf ca ti ict cda uci icu seh ew'.split(
    ' ',
  ),
);

/**
 * An organisation's own everyday units, named by their function ("Servizio Finanziario", "Auditoría interna",
 * "Geschäftsleitung", "call centre", a hospital's "Intensivstation"): the reader of any deck knows them, none is a
 * concept of it (keys; the units a deck names by a proper name stay: "Direction des ressources informationnelles").
 */
const INTERNAL_UNITS = new Set(
  [
    // English
    'corporate responsibility|internal audit|finance department|finance team|procurement team|human resources|hr department|it department|call centre|call center|back office|front office|help desk|legal department|accounts payable|accounts receivable|board member|emergency department|intensive care unit',
    // French
    'direction financière|service financier|service juridique|ressources humaines|service des ressources humaines|comptabilité|service achats|service technique|services techniques|audit interne|contrôle de gestion|service comptable|secrétariat général|service informatique|urgences',
    // Spanish
    'auditoría interna|oficina técnica|servicio técnico|recursos humanos|departamento financiero|departamento de compras|tesorería|contabilidad|departamento jurídico|asesoría jurídica|urgencias|control fiscal|relaciones laborales|unidad de cuidados intensivos|consultas externas|bloque quirúrgico|secretaría general',
    // Italian
    'servizio finanziario|servizio personale|amministrazione del personale|ufficio tecnico|ufficio personale|ufficio acquisti|ufficio legale|ragioneria|segreteria generale|risorse umane|audit interno|audit interni|controllo di gestione|pronto soccorso|terapia intensiva|servizi informatici',
    // Portuguese
    'departamento pessoal|departamento de pessoal|recursos humanos|tesouraria|contabilidade|ouvidoria|auditoria interna|departamento jurídico|departamento financeiro|unidade de cuidados intensivos|serviço de urgência',
    // German
    'geschäftsleitung|geschäftsführung|personalabteilung|buchhaltung|rechtsabteilung|pflegedirektion|patientenadministration|innenrevision|interne revision|intensivstation|notaufnahme|intensivstationen|fachabteilungen|normalstation|normalstationen|it-abteilung|finanzabteilung',
    // Dutch
    'medische staf|personeelszaken|juridische zaken|spoedeisende hulp|interne audit|afdeling financiën|inkoopafdeling',
  ]
    .join('|')
    .split('|')
    .map((x) => conceptKey(x)),
);
/** Names of languages as adjectives (English, German, French, Spanish, Russian, Turkish forms; keys are unaccented). */
const LANGUAGE_ADJ =
  /^(?:english|german|french|spanish|italian|portuguese|russian|chinese|japanese|korean|turkish|hebrew|dutch|polish|arabic|(?:deutsch|englisch|franzosisch|spanisch|italienisch|russisch|japanisch|chinesisch)(?:e|en|er|es)?|anglaise?|allemande?|francaise?|espagnole?|italienne?|russe|espanola?|ingles(?:a)?|alemana?|frances(?:a)?|italiana?|русск\p{L}*|английск\p{L}*|немецк\p{L}*|turkce|ingilizce|almanca|fransizca)$/u;
/** Adjectives of peoples and regions, compass points, "national" (English keys). */
const DEMONYM_OR_POINT =
  /^(?:european|scottish|british|irish|welsh|american|canadian|australian|african|asian|nordic|scandinavian|latin|atlantic|pacific|mediterranean|arctic|baltic|caribbean|north|south|east|west|northern|southern|eastern|western|national|international|regional|federal|global)$/;
const EDITION_WORDS =
  /^(?:version|translation|edition|ubersetzung|ausgabe|fassung|traduction|traduccion|edicion|версия|перевод|издание|surum|surumu|ceviri|cevirisi)$/u;

/** "german version", "deutschen version 1.0", "version francaise", "version en espanol" (a concept key). */
function languageEdition(key: string): boolean {
  const w = key.split(' ').filter((x) => !/^(?:en|in|de|на|v?\d+(?:\.\d+)*)$/.test(x));
  return (
    w.length === 2 &&
    ((LANGUAGE_ADJ.test(w[0]) && EDITION_WORDS.test(singularise(w[1]))) ||
      (EDITION_WORDS.test(singularise(w[0])) && LANGUAGE_ADJ.test(w[1])))
  );
}

/** German adjectives and participles with a strong ending ("unzureichendes", "wichtiges", "technischem"). */
const GERMAN_ADJECTIVE = /(?:lich|ig|isch|bar|los|sam|haft|\p{L}{5}end)(?:es|em)$/u;
/** Chinese and Japanese headings that ask (why, how, what is), label an example ("例…") or instruct ("…下面的…", "…しましょう"). */
const CJK_HEADING_NOT_NAME =
  /^(?:为什么|為什麼|如何|怎样|怎樣|怎么|怎麼|什么是|什麼是|是否|なぜ|どのように|どうやって)|^例(?:\s|\d|[a-z(（:：])|下面的|如下|しましょう$|してください$|ください$|[^\s]とは$|について$/u;

/** Generic words of scripts without spaces (the CJK entries of GENERIC_WORDS and closing headings). */
const CJK_GENERIC = [
  ...[...GENERIC_WORDS].filter(
    (g) => g.length >= 2 && /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(g),
  ),
  '次のステップ',
  '注記',
  '下一步',
  // an example or a figure of something: "折半查找示例", "不可变序列算法应用实例", "起泡排序举例", "关联容器概念图"
  '示例',
  '实例',
  '举例',
  '概念图',
  '示意图',
];
/**
 * A Chinese or Japanese lecture's structural slides, whole (not as a longer heading's end: "統合開発環境" is a term):
 * its objectives, contents, exercises, references, environment, next session, thanks (as keys, see CJK_GENERIC_KEYS).
 */
const CJK_STRUCTURE = new Set(
  `学习目标 教学目标 本章内容 本章要点 本章小结 本节内容 本节小结 内容提要 参考资料 参考书目 习题 练习 练习题 思考题 课后作业
  课后习题 作业 上机实验 重点 难点 重点与难点 课程安排 回顾 复习 谢谢 本日の内容 今日の内容 本日のアジェンダ アジェンダ 次回予告 演習
  演習問題 課題 宿題 開発環境 環境構築 参考資料 学習目標 目標 質疑応答 ご清聴ありがとうございました ありがとうございました おわりに 振り返り
  復習 補足 付録 例題 実行結果 実行結果と考察 考察`
    .split(/\s+/)
    .map(stripDiacritics),
);
/** The same as keys are written: without the kana's voicing marks ("次のステップ" → "次のステッフ"). */
const CJK_GENERIC_KEYS = CJK_GENERIC.map(stripDiacritics);

/**
 * A Chinese lecture's section title, not a term (keys): a topic's aspect after it ("容器的基本功能", "迭代器的分类",
 * "交换排序的基本思想", "STL的组成部分", "栈的应用"; "迭代器的区间", "模板的特化" are terms), a count of kinds before
 * it ("三种顺序容器的特性", "四种关联容器"), "other …" ("其他控制语句"), a place or a purpose before a verb ("在结点之后插入
 * 一个结点", "为模板定义特殊的实现"), a course's own business ("课程介绍"), a sentence ("TypeArgs是模板参数包"), and two
 * terms of three characters or more joined by "and" ("机器语言与汇编语言", "赋值运算符和赋值表达式"; "排序和搜索算法"
 * shares its head and stays).
 */
const ZH_ASPECT_HEADS =
  /(?:特性|特点|基本功能|通用功能|基本操作|基本状态|分类|由来|基本思想|构成规则|语法形式|实现机制|类型特征|表示范围|存储形式|组成部分|应用说明|介绍|基础|比较|作用|概念|的组织|的应用|的分析|的方式|的操作|的嵌套|的声明和定义)$/u;
function zhSectionTitle(key: string): boolean {
  if (ZH_ASPECT_HEADS.test(key) && key.replace(ZH_ASPECT_HEADS, '').length >= 1) return true;
  // (and a course's own business, "课程介绍", "课程QQ群"; a sentence, "TypeArgs是模板参数包")
  if (/^(?:[一二两三四五六七八九十几多各]种|其他|其它|课程|在\p{Script=Han}|为\p{Script=Han})/u.test(key))
    return true;
  if (/一个|[\p{L}\d]是\p{Script=Han}/u.test(key)) return true;
  const glue = /^(.{3,}?)(?<!共|总|调|温|缓)[与和](?!平|谐)(.{2,})$/u.exec(key);
  return glue !== null && /\p{Script=Han}/u.test(glue[1]) && /\p{Script=Han}/u.test(glue[2]);
}

/**
 * A name written once, in a short deck: capitalised in the middle of a sentence, never in lower case, and a word of
 * it no common English word ("with Vodafone", "at Siemens Healthineers"; not "the Service Desk", "in Outlook").
 */
function onceName(c: Candidate): boolean {
  const surface = [...c.surfaces.keys()][0] ?? '';
  return (
    c.lower === 0 &&
    // (one word after an article or a preposition, and no given name: "with Vodafone", "in Munich"; not "James" of
    // "Henry James", "Xing and Stroulia")
    (surface.includes(' ') ||
      (surface.length >= 4 && !isGivenName(surface) && (c.afterPrep ?? 0) > 0 && !c.inNameList)) &&
    // (mid-sentence, or after a preposition: "under the UK Bribery Act" starts with an acronym)
    (c.midCap >= 1 || (c.afterPrep ?? 0) >= 1) &&
    /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*$/u.test(surface) &&
    /^[\p{Script=Latin} -]+$/u.test(surface) &&
    // (a word of it no common English word: "Siemens Healthineers", "Brakvoll Freight", "UK Bribery Act"; not
    // "Service Desk", "Ethics Hotline")
    surface.split(' ').some((w) => !commonUse(w))
  );
}

/**
 * A one-word name written once in a short deck: capitalised, never in lower case, no word of English nor a given
 * name, leading a line or capitalised mid-sentence ("Terraform for infrastructure as code", "competitors:
 * Salesforce, HubSpot, Zoho", "displaced Salesforce"). In French, Spanish, Portuguese and Italian only mid-sentence
 * (a line starts with a capital there too); German capitalises every noun.
 */
function soloName(c: Candidate, lang: string): boolean {
  const surface = [...c.surfaces.keys()][0] ?? '';
  return (
    lang !== 'de' &&
    c.lower === 0 &&
    /^\p{Lu}[\p{Ll}\p{Lu}\d-]{3,}$/u.test(surface) &&
    /\p{Ll}/u.test(surface) &&
    /^[\p{Script=Latin}\d-]+$/u.test(surface) &&
    !isEnglishWord(surface) &&
    !isGivenName(surface) &&
    // (a dictionary's word only capitalised mid-sentence: "Footer" leading a line is the word, "via Okta" a name)
    // (or a product or tool the type rules know by name: "Terraform", "Snowflake")
    (c.midCap >= 1 || !inDictionary(surface) || /^(?:TOOL|PRODUCT)$/.test(keywordType(surface) ?? '')) &&
    // (no hyphenated words, a placeholder or a layout's part: "Bottom-Left", "Aaaaa")
    !(surface.includes('-') && surface.split('-').every((p) => inDictionary(p))) &&
    !/^(\p{L})\1+$/iu.test(surface) &&
    !c.inNameList &&
    !c.thanked &&
    (c.midCap >= 1 || (lang === 'en' && (c.leadNP ?? 0) > 0)) &&
    (lang === 'en' || !functionWords(lang).has(surface.toLowerCase()))
  );
}

/** Words that join the parts of a name ("Xing and Stroulia", "Bank of America", "Banco de España"). */
const CONNECTOR_WORDS = new Set('and & of for the de del la le du des von der y et e und i da di'.split(' '));

/**
 * A company by the part the deck says it plays ("competitors: Salesforce, HubSpot, Zoho", "partner program with
 * Accenture", "logos churned: Freshmart, Kwik Logistics"): a name in capitals, no keyword of another type, no
 * person, no country or capital, written mostly on such lines. English decks.
 */
function orgByCue(c: Candidate, name: string, lang: string): ConceptType | undefined {
  if (lang !== 'en' || (c.orgCue ?? 0) * 2 < c.count || c.lower > 0) return undefined;
  if (!name.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || CONNECTOR_WORDS.has(w))) return undefined;
  if (keywordType(name) !== null || isPlaceName(name) || bareName(name) || c.typeHint === 'PERSON')
    return undefined;
  return 'ORGANIZATION';
}

/** A product's CamelCase name ("ServiceNow", "YouTube"), never in lower case. */
function camelName(c: Candidate): boolean {
  // (not a column's or a variant's label: "ColA", "TestB")
  return c.lower === 0 && /^\p{Lu}\p{Ll}+\p{Lu}[\p{Ll}\d][\p{L}\d]*$/u.test([...c.surfaces.keys()][0] ?? '');
}

/** A person's name by the extraction or by its shape ("Jay Jacobs"). */
function personLike(c: Candidate): boolean {
  return c.typeHint === 'PERSON' || (c.lower === 0 && !c.thingLike && bareName(bestSurface(c)));
}

/**
 * Whether a candidate is a concept. `once`: the document is short of concepts, and a phrase a body line leads with
 * ("Safety stock was raised …") is enough evidence even when written once.
 */
function keep(
  c: Candidate,
  minSlidesForWord: number,
  slideCount: number,
  lang: string,
  short: boolean,
  once = false,
  headings = short,
): boolean {
  const words = c.key.split(' ').length;
  if (c.pieceOf) return false;
  // (a piece of a quoted or cited work's title, written nowhere else: "Economic Storm" of "“The College Advantage:
  // Weathering the Economic Storm”", "Legacy Code" of "Feathers, M. (2004). Working Effectively with Legacy Code.")
  if ((c.inWorkTitle ?? 0) >= c.count && (c.kind === 'capitalised' || c.kind === 'ngram')) return false;
  // a count's noun or a unit, in lower case and written only after a number ("12 dias úteis", "2 flight hours"), a
  // number's noun with it ("10⁷ cycles", "500 users"), units alone ("g m" of "g m⁻³", "270 VDC", "20 MWh-th")
  if (
    (c.afterNumber ?? 0) >= c.count &&
    c.lower >= c.count &&
    c.key.split(' ').some((w) => TIME_OR_COUNT_UNIT.test(w)) &&
    (c.kind === 'ngram' || c.kind === 'capitalised') &&
    !c.typeHint &&
    !c.expansion
  )
    return false;
  {
    const surface = bestSurface(c);
    if (/^(?:\d+[⁰-⁹]+|\d{2,}(?:[.,]\d+)?) \p{Ll}/u.test(surface) && !/^(?:19|20)\d\d /.test(surface))
      return false;
    const unitWords = surface.split(/\s+/);
    if ((unitWords.length >= 2 && unitWords.every((w) => UNITS.test(w))) || UNIT_ALONE.test(surface))
      return false;
  }
  // (an office's department written only in brackets after its title: "Finance" of "Director (Finance)")
  if (words === 1 && (c.roleUnit ?? 0) > 0 && c.roleUnit! >= c.count - (c.titleHits ?? 0)) return false;
  // (a phrase cut after its joining word, "Autoridade Tributária e" of "Autoridade Tributária e Aduaneira"; two codes
  // joined, "ICS2 e eFTI")
  if (
    c.kind !== 'pattern' &&
    / (?:and|or|und|oder|et|ou|y|o|e|en|of|i|och|og|de|da|do|del|della|di|des|du|van|der|von|für|for)$/u.test(
      bestSurface(c),
    )
  )
    return false;
  if (/^\S*(?:\d\S*\p{Lu}|\p{Lu}\S*\d)\S* (?:and|und|et|y|e|en|i) \S*\p{Lu}\S*$/u.test(bestSurface(c)))
    return false;
  // (an ordinal's sign cut from its number: "º Direito" of "1.º Direito", "ª Fase" of "2.ª Fase"; a section's number
  // cut from its citation: "8a Abs" of "§ 8a Abs. 3 BSIG", "1a BSIG")
  if (/^[ºª]|^\d{1,3}[a-z](?:\s|$)/u.test(bestSurface(c))) return false;
  // an everyday compound of project talk ("go-live", "follow-up", "kick-off", "in-house"), a stock phrase of business
  // decks ("Business Case", "Pilot Results")
  if (EVERYDAY_COMPOUNDS.has(c.key) || STOCK_PHRASES.has(c.key)) return false;
  // a police or military rank written before names ("Ch Insp" of "Ch Insp Dev Sharma")
  if (RANK_FIRST.test(c.key) && isRank(bestSurface(c))) return false;
  // a season, a half or a fiscal year by its years ("Safra 2026/27", "FY 2025/26", "2º semestre"), a month's start or
  // end ("fin février", "finales de marzo"), a pair of seasons ("Primavera/Estate"): dates
  // (read on the surface too: the key's "mars" is singular, "10 mar")
  if (
    c.kind !== 'acronym' &&
    (SEASON_OR_PERIOD.test(stripDiacritics(c.key)) ||
      SEASON_OR_PERIOD.test(stripDiacritics(bestSurface(c).toLowerCase())))
  )
    return false;
  // a date in words of any language, by ICU's months and days and the quarters and halves of a year ("Kasım", "Eylül
  // 2024", "IV кв", "Dördüncü çeyrek", "25년 2H"); a Korean roadmap's date and its stage ("26년 1H 양산", "27년 개발"),
  // and a stage in progress ("양산 중", "검토 중")
  if (c.kind !== 'acronym' && !c.typeHint) {
    const surface = bestSurface(c);
    if (calendarName(surface, lang) || (lang === 'ko' && koreanDatedStage(surface))) return false;
  }
  // (Arabic) a phrase that starts with a preposition or "and" written on its article ("للتحول الرقمي", "for the digital
  // transformation", cut from "وكالة الوزارة للتحول الرقمي"; "بالتعاون", "والتوجهات"): a piece of a longer one
  if (lang === 'ar' && c.kind !== 'acronym' && /^(?:لل|بال|وال)\p{Script=Arabic}{3,}/u.test(bestSurface(c)))
    return false;
  // (an agenda's own title: "Dagordning", "Gündem", "المحتويات", "목차")
  if (c.kind !== 'acronym' && !c.typeHint && c.surfaces.size > 0 && [...c.surfaces.keys()].every(agendaTitle))
    return false;
  // (in a short deck of another language, a slide title's words that the agenda lists and the text never writes: a
  // section's heading, whole or in part, "Rejestr ryzyk", "Целевая архитектура", "Regülasyon Uyumu" of "KVKK ve
  // Regülasyon Uyumu", "خارطة الطريق"; a name with a digit or in capitals stays)
  // (not in French, Spanish, Portuguese, Italian and Dutch, whose headings the rules below tell by their words: on the
  // judged decks of those, the agenda's topics that the text never writes were terms four times in five, "Network
  // slicing", "Comité d'audit", "Vervalste geneesmiddelen")
  if (
    short &&
    ((SLIDE_HEADING_LANGS.has(lang) && !/^(?:fr|es|pt|it|nl)$/.test(lang)) || lang === 'ar') &&
    (c.kind === 'ngram' || c.kind === 'title' || c.kind === 'capitalised') &&
    !c.typeHint &&
    !c.expansion &&
    c.acronym === undefined &&
    c.deckTitle !== true &&
    (c.agendaHits ?? 0) >= 1 &&
    c.count - (c.agendaHits ?? 0) <= (c.titleHits ?? 0) &&
    !/\d|\p{Lu}{2,}/u.test(bestSurface(c))
  )
    return false;
  // (a Roman numeral's half or term and its year: "I 2024" of "Semester I 2024")
  if (c.kind !== 'acronym' && /^(?:I|II|III|IV) (?:19|20)\d\d$/.test(bestSurface(c))) return false;
  // (Vietnamese) a word of one or two syllables that is no name: Vietnamese capitalises every syllable of a name
  // ("Kiên Giang", "Đồng Tháp", "Nguyễn Minh Khoa"), so "thị trường", "doanh thu", "nông dân" and "Chi phí" at a line's
  // start are its everyday words; a term of three syllables or more stays ("Hợp tác xã"), and so does the subject the
  // deck's title names ("kho hàng" of "Nâng cấp kho hàng")
  if (
    lang === 'vi' &&
    c.kind !== 'acronym' &&
    c.kind !== 'expansion' &&
    c.kind !== 'pattern' &&
    !c.typeHint &&
    c.deckTitle !== true
  ) {
    const ws = bestSurface(c).split(/\s+/);
    if (
      ws.length <= 2 &&
      ws.every((w) => /^\p{L}+(?:-\p{L}+)?$/u.test(w) && !/\p{L}\p{Lu}/u.test(w)) &&
      !ws.every((w) => /^\p{Lu}/u.test(w))
    )
      return false;
  }
  // a work or calendar week ("WW11", "KW 12", "CW37")
  if (/^(?:ww|cw|kw|wk)[ -]?\d{1,2}$/.test(c.key)) return false;
  // a currency, or its unit in a table's header ("NOK m"); an amount and what it buys ("£9.1m capex", "4.2 Mio. €")
  if (CURRENCY_KEY.test(c.key)) return false;
  // an age's unit cut from its number ("year-old" of "72-year-old")
  if (/^(?:years?|months?|weeks?|days?)[- ]old$/.test(c.key)) return false;
  if (/^[£$€¥]?\d+(?:[.,]\d+)?(?:k|m|mn|bn|b|mio|mrd|mln|md)(?: |$)/.test(c.key)) return false;
  // a meeting by its kind ("Review Meeting", "Kick-off Workshop", "Reunión previa", "Incontro preliminare"): an occasion
  if (
    words === 2 &&
    c.kind !== 'acronym' &&
    ((/ (?:meeting|session|workshop|webinar)$/.test(c.key) &&
      inDictionary(c.key.split(' ')[0].replace(/-/g, ''))) ||
      /^(?:reunion|reuniao|riunione|incontro|rencontre|seance|sesion|sessao|sessione|vergadering|overleg) \p{Ll}+$/u.test(
        stripDiacritics(c.key),
      ))
  )
    return false;
  // (and a word before an amount's currency: "budget USD" of "total budget USD 11.4 million")
  if (words >= 2 && c.kind !== 'acronym' && CURRENCY_KEY.test(c.key.split(' ').pop()!)) return false;
  // a closing heading ("Next Steps", "Prochaines étapes", "Nächste Schritte", "Próximos pasos")
  // (on the key, and on the name as written: the key's last word is singular, "decisions attendue")
  if (
    NEXT_STEPS.test(stripDiacritics(c.key)) ||
    NEXT_STEPS.test(
      stripDiacritics(bestSurface(c).toLowerCase())
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    )
  )
    return false;
  // a title or phrase naming an action on another name of the deck ("Launching Nimbus Sync 2.0")
  if (c.actionOn) return false;
  // a greeting or an introduction to the subject, which is a candidate of its own ("Welcome to Northwind Logistics",
  // "Introduction to Machine Learning")
  if (/^(?:welcome to|introduction to|intro to|an introduction to) /.test(c.key)) return false;
  // a thing and its state, on a closing slide ("Documentación disponible", "Documentazione completa")
  if (words >= 2 && c.kind !== 'acronym' && AVAILABLE.test(stripDiacritics(c.key.split(' ').pop()!)))
    return false;
  // a section's heading about figures or plans ("2024 in Numbers", "GHT Loire-Océan en chiffres", "Group at a
  // Glance", "Plans for 2025"), and a term of years ("Five-year", "10-year")
  if (
    / (?:in numbers?|in figures?|at a glance|in review|explained|en chiffres?|in zahlen|en cifras?|em numeros?|in cifre)$/.test(
      stripDiacritics(c.key),
    ) ||
    /^(?:plans?|goals?|priorities|objectives?|outlook|targets?) (?:for|in) (?:19|20)\d\d$/.test(c.key) ||
    // (and a topic in a year or a season of years, "Activity in 2023/24", "Highlights in 2025")
    /^\S+(?: \S+)? in (?:19|20)\d\d(?:[/-]\d{2,4})?$/.test(c.key) ||
    /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)[- ](?:year|month|week|day|hour)s?$/.test(
      c.key,
    )
  )
    return false;
  // a governing body named by its kind ("Steering Committee", "Programme Board", "Aufsichtsrat", "Conseil
  // d'administration"), or a role ("Chief Engineer", "Programme Director", "Head of GRC", "Chief Information Security
  // Officer", "Directrice"): the deck's people and bodies, no concepts of it
  if (byKind(c)) return false;
  if (writtenAsRole(c)) return false;
  // a document's section by its number ("Abschnitt 8.5.6", "Section 4.2", "Article 5.1"): a place in a text, no name
  // ("Section 106" of the NHPA, a number alone, stays)
  if (
    c.kind === 'pattern' &&
    /^(?:section|clause|article|chapter|annex|appendix|abschnitt|kapitel|artikel|absatz|anhang|chapitre|annexe|articulo|capitulo|seccion|anexo|articolo|capitolo|sezione|allegato|artigo|secao|hoofdstuk|paragraaf|bijlage) \d+(?:\.\d+)+$/.test(
      stripDiacritics(c.key),
    )
  )
    return false;
  // a phrase cut before a name at an honorific ("CEO Dr" of "CEO Dr. Ngozi Okonjo")
  if (words >= 2 && /^(?:dr|prof|mr|mrs|ms|mme|st)$/.test(c.key.split(' ').pop()!)) return false;
  // generic single words ("Overview", "Importance", "Results") are never concepts on their own
  // (the key's plural rule is English's: "indicadores" → "indicadore"; the written forms are checked too)
  if (
    words === 1 &&
    (GENERIC_WORDS.has(c.key) ||
      LANGUAGE_GENERIC[lang]?.has(c.key) === true ||
      [...c.surfaces.keys()].some((x) => GENERIC_WORDS.has(stripDiacritics(x.toLowerCase())))) &&
    (c.kind !== 'acronym' || !c.expansion)
  )
    return false;
  if (words === 1 && lang === 'en' && TITLE_SHOWN.test(c.key)) return false;
  // (German) an inflected adjective alone, which the deck writes in lower case too (a noun it would not): the first
  // word of a list of adjectives ("Regulatorische und marktseitige Vorgaben"), no term
  if (
    words === 1 &&
    lang === 'de' &&
    c.lower >= 1 &&
    c.kind !== 'acronym' &&
    /(?:lich|ig|isch|bar|los|sam|haft|iv|al|ell|ar|end)(?:e|en|er|es|em)$/u.test(c.key)
  )
    return false;
  // (English) a dictionary word the deck writes only inside longer capitalised names, one of them not as its first
  // word: a piece of them ("Civic" of "Harmon Civic Center" and "Civic Plaza", "Meeting" of "Advisory Board
  // Meeting"); a brand leads its products' names and stays ("Azure" of "Azure Functions" and "Azure Monitor")
  // (and an English word inside names of a Romance deck, which capitalises only names: "Standard" of "Good Cashmere
  // Standard" and "Responsible Wool Standard")
  if (
    words === 1 &&
    (lang === 'en' || ROMANCE_LANGS.has(lang)) &&
    c.kind === 'ngram' &&
    c.innerName === true &&
    // (a role beside a person's name holds it too, "City" of "Jennifer Cho, City Manager"; an agenda's echo of a
    // title is no use of it)
    (c.inName ?? 0) + (c.roleCue ?? 0) >= c.count - (c.titleHits ?? 0) - (c.agendaHits ?? 0) &&
    // (or a word no dictionary holds, inside two names or more and never first in one of them: "Humber" of "HM
    // Coastguard Humber" and "Humber Swift", "Ferroviaria" of "Fiat Ferroviaria"; a city stays, and so does a person's
    // given name)
    (tagsOf(c.key) !== null ||
      ((c.inName ?? 0) >= 2 && !isCityName(bestSurface(c)) && !isGivenName(c.key))) &&
    !isPlaceName(bestSurface(c))
  )
    return false;
  // (and one written only beside capitalised words outside titles, after one at least, across a preposition or
  // "and" too: "Environment" of "Minister for the Environment" and "Department for Environment and Water",
  // "Adoption" of "Training and Adoption", "Compliance" of "QA Compliance")
  if (
    words === 1 &&
    (lang === 'en' || ROMANCE_LANGS.has(lang)) &&
    c.kind === 'ngram' &&
    tagsOf(c.key) !== null &&
    !isPlaceName(bestSurface(c)) &&
    // (a language or a tool whose name is a word stays: "Java" of "Java EE" and "Java Servlet")
    !/^(?:TOOL|PRODUCT)$/.test(keywordType(bestSurface(c)) ?? '') &&
    [...(c.beside?.keys() ?? [])].some((k) => k.startsWith('L ')) &&
    c.count - (c.titleHits ?? 0) - (c.agendaHits ?? 0) >= 1 &&
    (c.besideAny ?? 0) >= c.count - (c.titleHits ?? 0) - (c.agendaHits ?? 0)
  )
    return false;
  // a word written only before a number, a Roman numeral or a letter of a series: a piece of those names ("Henry" of
  // "Henry IV", "Grade" of "Grade A", "Windows" of "Windows 11")
  if (
    words === 1 &&
    (lang === 'en' || ROMANCE_LANGS.has(lang)) &&
    c.kind === 'ngram' &&
    (c.numbered ?? 0) > 0 &&
    (c.numbered ?? 0) >= c.count - (c.titleHits ?? 0)
  )
    return false;
  // (and a phrase written only before one: "GVP Module" of "GVP Module IX", "Pensions Act" of "Pensions Act 1995")
  if (
    words >= 2 &&
    c.kind === 'ngram' &&
    [...c.surfaces.keys()].every((x) => /\s/.test(x.trim())) &&
    (c.numbered ?? 0) > 0 &&
    (c.numbered ?? 0) >= c.count - (c.titleHits ?? 0)
  )
    return false;
  // (English) a dictionary word written only as a field's label ("Owner: Priya Raman"), or a rating ("rating: Amber")
  if (
    words === 1 &&
    lang === 'en' &&
    c.kind === 'ngram' &&
    (RATING_WORDS.has(c.key) || ((c.beforeColon ?? 0) >= c.count && tagsOf(c.key) !== null))
  )
    return false;
  // (French, Spanish, Portuguese, Italian) a generic noun and its adjective ("Risques identifiés", "Contexte
  // national", "Projet phare", "Riesgos principales"): a heading's words
  if (
    words === 2 &&
    ROMANCE_LANGS.has(lang) &&
    c.kind !== 'acronym' &&
    !c.typeHint &&
    !c.romanceName &&
    ROMANCE_HEADING_HEADS.test(stripDiacritics(c.key.split(' ')[0])) &&
    [...c.surfaces.keys()].every((x) => /^\S+ \p{Ll}/u.test(x))
  )
    return false;
  // (German) an adjective and a heading's noun ("Finanzielle Ziele", "Wesentliche Risiken", "Nächste Maßnahmen")
  // (a year after it too: "Finanzielle Ziele 2028")
  if (
    lang === 'de' &&
    c.kind !== 'acronym' &&
    /^\S+ (?:ziele|ziel|ergebnisse|massnahmen|risiken|herausforderungen|kennzahlen|schritte|themen|punkte|aufgaben|prioritaten|erfolge|handlungsfelder|eckdaten|rahmen|rahmenbedingungen|anerkennung|ausgangslage|einordnung|ausblick|uberblick|empfehlungen)(?: (?:19|20)\d\d)?$/.test(
      stripDiacritics(c.key).replace(/ß/g, 'ss'),
    ) &&
    [...c.surfaces.keys()].every((x) => /^\p{Lu}\p{Ll}+(?:e|en|er|es) \p{Lu}/u.test(x))
  )
    return false;
  // (German) a heading's noun and what it is of, written only as a title and on the agenda ("Ergebnisse der
  // Netzberechnungen", "Überblick über die Projekte", "Stand der Umsetzung")
  if (
    lang === 'de' &&
    c.kind === 'title' &&
    words >= 3 &&
    /^(?:ergebnisse|ziele|uberblick|ubersicht|stand|status|ausblick|zusammenfassung|bewertung|auswertung|analyse|vorstellung|einordnung) (?:der|des|von|vom|zur|zum|uber|fur)\b/.test(
      stripDiacritics(c.key),
    ) &&
    c.count - (c.agendaHits ?? 0) <= (c.titleExact ?? 0)
  )
    return false;
  // two words, an empty modifier and a generic noun ("Additional instructions", "Special Cases", "Average time")
  if (words === 2 && lang === 'en' && c.kind !== 'acronym' && c.kind !== 'pattern' && !c.typeHint) {
    const [m, n] = c.key.split(' ');
    if (EMPTY_MODIFIERS.has(m) && (GENERIC_WORDS.has(n) || EMPTY_HEADS.has(n))) return false;
    // (in lower case, a word pointing back at the deck's own things before any noun: "the old clauses", "existing
    // customers", "remaining gaps")
    if (c.lower === c.count && REFERRING.has(m)) return false;
  }
  // the occasion or the document's kind on the title slide's subtitle line ("Marketing | Campaign Debrief", "Lab
  // Meeting", "Q1 Business Review"), written nowhere else
  if (
    lang === 'en' &&
    words >= 2 &&
    c.kind !== 'title' &&
    c.kind !== 'acronym' &&
    c.count === 1 &&
    c.slides.size === 1 &&
    c.slides.has(1) &&
    (STATE_HEADS.has(c.key.split(' ').pop()!) || OCCASIONS.has(c.key.split(' ').pop()!))
  )
    return false;
  // a report's headings, unless the deck writes the word as a name in running text ("the Outlook add-in")
  // (or writes it mostly outside slide titles: "Outlook: manage your mail", "Outlook calendar")
  if (
    words === 1 &&
    REPORT_HEADINGS.has(c.key) &&
    c.midCap === 0 &&
    (c.titleExact ?? 0) > 0 &&
    c.count <= 2 * (c.titleExact ?? 0)
  )
    return false;
  // "Table of Contents", "Tabla de Contenidos", "Questions and Answers": generic words joined by a connector (a
  // compound of generic words names something: "Data Types", "Time Series", "Information Systems")
  if (
    words >= 3 &&
    c.kind !== 'acronym' &&
    c.kind !== 'pattern' &&
    c.key.split(' ').some((x) => BAG_CONNECTORS.has(x)) &&
    c.key
      .split(' ')
      .every((x) => BAG_CONNECTORS.has(x) || HEADING_WORDS.has(x) || HEADING_WORDS.has(singularise(x)))
  )
    return false;
  // Chinese and Japanese write a heading as one word: "组织的下一步", "リスクに関する注記" end in a generic word
  if (
    (lang === 'ja' || lang === 'zh') &&
    CJK_GENERIC_KEYS.some((g) => c.key.length > g.length && c.key.endsWith(g))
  )
    return false;
  if (lang === 'zh' && zhSectionTitle(c.key)) return false;
  if ((lang === 'zh' || lang === 'ja') && CJK_STRUCTURE.has(c.key)) return false;
  // a numbered section's or a lab's title that says what is done with what, written nowhere else ("Zerlegung von
  // Relationen" of "5.4 Zerlegung von Relationen", "Packaging with Helm" of "Lab 4: Packaging with Helm")
  if (
    (c.sectionTitle ?? 0) >= c.count &&
    c.kind === 'title' &&
    !c.typeHint &&
    !c.expansion &&
    keywordType(bestSurface(c)) === null
  )
    return false;
  // a surname written only in references ("Nelms, Charlie (2011)", "(Littlejohn and Jabusch, 1987)"), or two joined
  // ("Ongaro & Ousterhout (2014)"): a source
  if (
    (c.citedHits ?? 0) > 0 &&
    (c.citedHits ?? 0) >= c.count &&
    (c.kind === 'ngram' || c.kind === 'capitalised') &&
    c.key.split(' ').length <= 4 &&
    !c.typeHint &&
    !c.expansion
  )
    return false;
  // a label of a chart's long axis and written nowhere else (the countries of an OECD comparison)
  if ((c.axisHits ?? 0) > 0 && (c.axisHits ?? 0) >= c.count && !c.typeHint && !c.expansion) return false;
  // a box's heading repeated on a catalogue's slides and written nowhere else ("Ejemplos de escenarios de ataque",
  // "Примеры сценариев атак", "Dış Kaynaklar" on each risk of a Top 10)
  if (
    (c.labelHits ?? 0) > 0 &&
    (c.labelHits ?? 0) >= c.count - (c.titleHits ?? 0) - (c.agendaHits ?? 0) &&
    c.kind !== 'acronym' &&
    c.kind !== 'pattern' &&
    !c.typeHint &&
    !c.expansion
  )
    return false;
  // a question, an example's label or an instruction written as a heading: "为什么有的函数返回引用" (why…), "例print函数调用顺序"
  // (example: …), "对比下面的程序" (compare the program below), "なぜ…", "…しましょう", "機械学習とは" (what is …), "…について"
  // (on the written form: a key has lost the kana's voicing marks, "ください" is "くたさい" there)
  if ((lang === 'zh' || lang === 'ja') && CJK_HEADING_NOT_NAME.test(bestSurface(c))) return false;
  // "Level 3", "Series 2", "Zoom Shape 4", "Option B", "Version 1.2": a numbered instance of a generic word is a label (a pattern
  // too: "Series 1" looks like "Windows 11")
  {
    const w = c.key.split(' ');
    // (an acronym or a hyphenated name before the label names it: "ETCS Level 2", "E-Rate Category 2")
    if (
      w.length >= 2 &&
      !c.typeHint &&
      !(w.length >= 3 && /^(?:[A-Z]{2,}\b|\p{Lu}\p{L}*-\p{Lu})/u.test(bestSurface(c))) &&
      (GENERIC_WORDS.has(singularise(w[w.length - 2])) ||
        NUMBERED_LABELS.has(singularise(w[w.length - 2])) ||
        // (a revision, a year, a period, a grade alone: "Rev 18", "Year 3", "Period 7", "Grade 1"; "AMP Rev 18",
        // "BEW Modul 2" are names)
        (w.length === 2 && /^(?:rev|revision|year|modul|period|mock|grade)$/.test(w[0])) ||
        // (a programme's layer, a vendor's tier, a plan's target alone: "Layer 4", "Tier 2", "Meta 4"; "fornitori Tier
        // 1" names suppliers)
        (w.length === 2 && /^(?:layer|tier|meta)$/.test(w[0])) ||
        // (or of a verb's form: "Merged 3 cells" counts)
        (w.length === 2 &&
          tagsOf(w[0])?.some((t) => t === 'VBD' || t === 'VBN') === true &&
          !tagsOf(w[0])!.some((t) => t.startsWith('NN')))) &&
      /^(?:\d{1,3}[a-z]?(?:[./]\d{1,3}[a-z]?)*|[a-z])$/.test(w[w.length - 1])
    )
      return false;
    // a chart template's axis series ("Y-Value 1", "X-Values"): a placeholder, not a subject
    if (/^[xyz][ -]?values?(?: \d{1,3})?$/.test(c.key)) return false;
    // the number glued on ("Page1", "Slide12", "Table3")
    const glued = /^(\p{L}+?)\d{1,3}$/u.exec(w[w.length - 1]);
    if (glued && GENERIC_WORDS.has(singularise(glued[1]))) return false;
  }
  if (c.kind === 'acronym' && !c.expansion && EVERYDAY_ACRONYMS.has(c.key)) return false;
  // (a noun of the stop list alone, cut from the names it leads or ends: "Generale" of "Direzione Generale")
  if (words === 1 && c.kind !== 'acronym' && STOP_NOUN_KEYS[lang]?.has(c.key)) return false;
  // (German schools' "SuS", Schülerinnen und Schüler; elsewhere "SUS" is Brazil's health system)
  if (c.kind === 'acronym' && !c.expansion && lang === 'de' && c.key === 'sus') return false;
  // an organisation's everyday unit, or its acronym ("DP" of "Departamento Pessoal")
  if (
    INTERNAL_UNITS.has(c.key) ||
    (c.kind === 'acronym' && c.expansion && INTERNAL_UNITS.has(conceptKey(c.expansion)))
  )
    return false;
  // a phrase cut inside a date after its preposition: "Market Conditions at 1" of "… at 1/1/2026", "Stand am 3" of
  // "Stand am 3.11.2025"
  if (
    words >= 3 &&
    /\s(?:at|on|by|from|to|until|as of|au|du|le|al|del|am|zum|bis|per|op|tot)\s\d{1,2}$/.test(bestSurface(c))
  )
    return false;
  // a table's column heading written nowhere else: "Net loss", "Funding source", "Avanzamento lavori" (words of the
  // dictionary in English, a phrase in sentence case in the other languages; a vendor's or a site's name heading a
  // column stays: "Siemens", "Skipton")
  if (
    (c.headerHits ?? 0) >= c.count &&
    c.kind !== 'acronym' &&
    c.kind !== 'pattern' &&
    !c.typeHint &&
    !c.expansion &&
    !c.acronym &&
    (lang === 'en'
      ? dictionaryPhrase(bestSurface(c))
      : words >= 2 && /^\p{L}[\p{Ll}-]*(?: [\p{Ll}][\p{Ll}'’-]*)+$/u.test(bestSurface(c)))
  )
    return false;
  // "German version", "deutschen Version 1.0", "version française", "versión en español": a translation's label
  if (c.kind !== 'acronym' && languageEdition(c.key)) return false;
  // a language's name alone ("English", "Portuguese" of a localisation list): a word of the deck, no concept of it
  if (words === 1 && c.kind === 'ngram' && LANGUAGE_ADJ.test(stripDiacritics(c.key))) return false;
  // (and, in English, a people's or a region's adjective alone, "European windstorm", "Scottish museums", and a
  // compass point or "National" alone, pieces of names: "North Atlantic", "National Museum")
  if (words === 1 && lang === 'en' && c.kind === 'ngram' && DEMONYM_OR_POINT.test(c.key)) return false;
  // an identifier ("2cdda5c8-e50e-4db4-…", a commit hash, "C5392394", a hex address) names nothing a reader would
  // list, nor does a phrase holding one
  // the form the deck writes most often
  const surface = [...c.surfaces.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? c.key;
  if (
    surface
      .split(/\s+/)
      .some((x) =>
        /^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$|^(?=.*\d)(?=.*[a-f])[0-9a-f]{12,}$|^[A-Z]{1,2}\d{5,}$|^0x[0-9a-f]{2,}$|^[A-Z][a-z]+\d+[A-Z][A-Za-z]*$/i.test(
          x,
        ),
      )
  )
    return false;
  if (c.kind !== 'pattern' && c.kind !== 'acronym' && !c.typeHint) {
    const w = c.key.split(' ');
    const last = w[w.length - 1];
    if (lang === 'en' && NOT_A_HEAD.test(surface.split(/\s+/).pop()!.toLowerCase())) return false;
    // "Nested Shape", "Original Shapes", "appropriate shape": a drawing object on the slide described, not a topic
    if (
      lang === 'en' &&
      w.length === 2 &&
      last === 'shape' &&
      (c.lower > 0 || /(?:ed|al|ate|ing)$/.test(w[0])) &&
      !isAcronym(surface.split(/\s+/)[0])
    )
      return false;
    // "blue circle", "left side": a colour, size or position and a noun, written in lower case, describe a shape
    if (lang === 'en' && w.length === 2 && c.lower === c.count && DESCRIPTIVE.test(w[0])) return false;
    // "Application Vulnerable": an English adjective does not follow its noun (a predicate: "is … vulnerable")
    if (lang === 'en' && w.length >= 2 && PREDICATIVE.test(last) && !ADJ_NOUNS.has(last)) return false;
    // "Powerful", "POWERFUL", "Scalable": an adjective alone names nothing ("Serverless", "Wireless" do; so does a
    // word capitalised mid-sentence: "Observable")
    if (
      lang === 'en' &&
      w.length === 1 &&
      c.midCap < 2 &&
      /\p{L}{3}(?:able|ible|ous|ful)$/u.test(surface.toLowerCase()) &&
      !ADJ_NOUNS.has(surface.toLowerCase())
    )
      return false;
    // "Low-income", "at-risk": a compound adjective alone, waiting for its noun
    if (
      lang === 'en' &&
      /^(?:low|high|at|well|long|short|non|self|full|part)-\p{L}+$/u.test(surface.toLowerCase())
    )
      return false;
    // a date ("March 17", "17 March 2011", "Sept. 3rd")
    if (
      /^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?$/i.test(
        surface,
      ) &&
      /\d/.test(surface)
    )
      return false;
    // a reporting period, alone or with generic words ("FY26", "Q3 2024", "Outlook FY26", "Highlights 2025")
    {
      const ws = surface.split(/\s+/);
      const marked = (x: string) => /^(?:(?:FY|CY|Q[1-4]|H[12])[-'’]?\d{2,4}|Q[1-4]|H[12])$/i.test(x);
      const period = (x: string) => marked(x) || /^(?:19|20)\d{2}$/.test(x);
      // (a bare year marks a period after a report's heading only: "Project 2025", "Office 2019" are names)
      if (
        (ws.some(marked) ||
          (ws.some(period) &&
            ws.some(
              (x) =>
                REPORT_HEADINGS.has(x.toLowerCase()) || PLAN_HEADINGS.has(stripDiacritics(x.toLowerCase())),
            ))) &&
        ws.every(
          (x) =>
            period(x) ||
            GENERIC_WORDS.has(stripDiacritics(x.toLowerCase())) ||
            REPORT_HEADINGS.has(x.toLowerCase()) ||
            PLAN_HEADINGS.has(stripDiacritics(x.toLowerCase())),
        )
      )
        return false;
      // (a day of the week alone: "Friday")
      if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(surface)) return false;
      // (a month alone: "March", "September")
      if (
        /^(?:january|february|march|april|june|july|august|september|october|november|december|janvier|février|avril|juin|juillet|août|septembre|octobre|novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/i.test(
          surface,
        )
      )
        return false;
      // (a chart's categories: "1st Qtr", "Third Quarter")
      if (/^(?:[1-4](?:st|nd|rd|th)|first|second|third|fourth) (?:qtr|quarter|half)$/i.test(surface))
        return false;
    }
    // a keyboard shortcut ("Ctrl+click", "Alt-F4"), a mouse gesture ("right-clicking", "double-click")
    if (/^(?:ctrl|alt|shift|cmd|command|option)[+-]/i.test(surface)) return false;
    if (/^(?:right|left|double|single|middle)[- ]?click(?:s|ed|ing)?$/i.test(surface)) return false;
    // an attribution line's label ("Picture credit", "Image source", "Photo courtesy")
    if (/^(?:picture|photo|image|icon|illustration|graphic)s? (?:credits?|sources?|courtesy)$/i.test(surface))
      return false;
    // "Major update", "Detailed changes": an evaluation of the deck's own content
    if (w.length === 2 && EVALUATIVE.test(w[0]) && (GENERIC_HEADS.has(last) || GENERIC_WORDS.has(last)))
      return false;
    // (or with a time after it: "Résultats à 9 mois", "Results after 6 months", "Resultados a 12 meses")
    if (
      w.length >= 2 &&
      GENERIC_WORDS.has(stripDiacritics(w[0])) &&
      w
        .slice(1)
        .every((x) =>
          /^(?:\d{1,3}|a|à|en|de|du|des|apres|after|in|at|within|over|sur|per|por|tras|despues|dopo|nach|zu|nos|mes|mois|months?|ans?|years?|semaines?|weeks?|jours?|days?|meses|anos|años|semanas|dias|días|mesi|anni|settimane|giorni|monate[n]?|jahre[n]?|wochen|tage[n]?|q[1-4]|h[12])$/.test(
            stripDiacritics(x),
          ),
        )
    )
      return false;
    // (or a superlative before one in French, Spanish, Portuguese, Italian: "meilleur moyen", "mejor manera")
    if (
      w.length === 2 &&
      /^(?:meilleure?s?|mejor(?:es)?|melhor(?:es)?|migliori?|pire|peor)$/.test(stripDiacritics(w[0])) &&
      GENERIC_WORDS.has(stripDiacritics(w[1]))
    )
      return false;
    // (and with the head first: "Situation actuelle", "Situación actual", "Objetivos generales")
    if (
      w.length === 2 &&
      ROMANCE_EVALUATIVE.test(stripDiacritics(w[1])) &&
      (GENERIC_HEADS.has(stripDiacritics(w[0])) ||
        GENERIC_WORDS.has(stripDiacritics(w[0])) ||
        PLAN_HEADINGS.has(stripDiacritics(w[0])) ||
        /^(?:situacion|situacao|situazione|etat|estado|stato|panorama|vision|vista)$/.test(
          stripDiacritics(w[0]),
        ))
    )
      return false;
    // (and a generic head before a connector, a heading in a language that puts the head first: "Obiettivi del
    // piano", "Résultats de l'enquête", "Knelpunten in de klantreis"; a name in capitals stays: "Objetivos de
    // Desarrollo Sostenible", and so do costs and types: "coûts de maintenance", "Tipos de datos")
    if (
      HEAD_FIRST.has(lang) &&
      w.length >= 3 &&
      HEAD_CONNECTORS.has(w[1]) &&
      HEADING_HEADS.has(stripDiacritics(w[0])) &&
      !surface
        .split(/\s+/)
        .slice(1)
        .every((x) => /^[\p{Lu}\d]/u.test(x) || HEAD_CONNECTORS.has(x.toLowerCase()))
    )
      return false;
    // (two words with such a head, written only as a slide's title: "Resultaten pilot", "Resultados financieros";
    // three in Polish and Indonesian, which join no preposition: "Hasil uji coba")
    if (
      HEAD_FIRST.has(lang) &&
      (w.length === 2 || (w.length === 3 && CASE_JOINED.has(lang))) &&
      HEADING_HEADS.has(stripDiacritics(w[0])) &&
      /^\p{Ll}/u.test(surface.split(/\s+/)[1] ?? '') &&
      (c.titleHits ?? 0) >= c.count &&
      // (the deck's own subject stays: "Bilan commercial T3")
      c.deckTitle !== true
    )
      return false;
    // (an instruction: an infinitive, then its object, "Installare 180.000 contatori", "Definir los requisitos"; a
    // name in capitals stays: "Poder Judicial")
    if (
      HEAD_FIRST.has(lang) &&
      lang !== 'nl' &&
      w.length >= 2 &&
      (infinitive(w[0], lang) || infinitive(surface.split(/\s+/)[0].toLowerCase(), lang)) &&
      !surface.split(/\s+/).every((x) => /^[\p{Lu}\d]/u.test(x) || HEAD_CONNECTORS.has(x.toLowerCase()))
    )
      return false;
    // a comparison before a lower-case phrase states a goal or a result ("Stronger student performance", "better
    // test coverage"); "Greater Manchester", "Higher Education" are names
    if (
      lang === 'en' &&
      w.length >= 2 &&
      /^(?:better|stronger|greater|faster|easier|smarter|cheaper|safer|broader|deeper|richer|fewer|more|less)\s+\p{Ll}/iu.test(
        surface,
      ) &&
      !/^\p{Lu}\S*\s+\p{Lu}/u.test(surface)
    )
      return false;
    // code: type and declaration keywords alone or before one identifier in capitals or CamelCase ("unsigned
    // int", "long double", "class T", "int SIZE", "class InputIterator", "bool operator"); "class diagram" stays
    if (
      w.length >= 2 &&
      surface
        .split(/\s+/)
        .every(
          (x, i, all) =>
            CODE_KEYWORDS.has(x) ||
            (i === all.length - 1 &&
              i > 0 &&
              /^[A-Z][A-Z0-9_]{0,7}$|^[A-Z]?[a-z]+(?:[A-Z][a-z0-9]+)+$/.test(x)),
        )
    )
      return false;
    // French "non" negates the word after it inside a term ("références directes non sécurisées"); a phrase that
    // starts or ends with it is a fragment ("pages non", "non validés")
    if (lang === 'fr' && w.length >= 2 && (w[0] === 'non' || last === 'non')) return false;
    // a clause by its verb forms ("Злоумышленник изменяет", "izin vermektedir", "utilizando medios manuales")
    if (isClause(surface.split(/\s+/), lang)) return false;
    // an instruction or a goal: "Engage faculty", "improve student success", "Use strong passwords"
    if (lang === 'en' && w.length >= 2 && IMPERATIVE.has(surface.split(/\s+/)[0].toLowerCase())) return false;
    if (lang === 'en' && w.length >= 2 && UI_VERBS.has(surface.split(/\s+/)[0].toLowerCase())) return false;
    // a subject and its verb: "Financial Need Contributes", "the board decides"
    if (lang === 'en' && thirdPerson(surface.split(/\s+/).pop()!.toLowerCase())) return false;
    // an action on something ("Avoiding Insecure …", "improving retention"); "Managing Director", "developing
    // countries", "meeting minutes", "continuing education" are names
    if (
      lang === 'en' &&
      w.length >= 2 &&
      c.kind !== 'title' &&
      // (written in Title Case it may be a name: "Performing Arts", "Enabling Technologies")
      !/^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u.test(surface) &&
      IMPERATIVE_GERUNDS.has(w[0]) &&
      !/^(?:managing|developing|meeting|continuing|increasing)$/.test(w[0])
    )
      return false;
    // a verb last: "application security require", "teams collaborate" (not the nouns among those verbs: "salary
    // increase", "weight gain")
    if (
      lang === 'en' &&
      w.length >= 2 &&
      /^\p{Ll}/u.test(surface.split(/\s+/).pop()!) &&
      IMPERATIVE.has(last) &&
      !/^(?:gain|increase|meet|keep|combine|convert|guarantee|transform|boost)$/.test(last)
    )
      return false;
    // a verb first: "Requires threat modeling", "Receives feedback"
    if (lang === 'en' && w.length >= 2 && thirdPerson(surface.split(/\s+/)[0].toLowerCase())) return false;
    // a verb and its object after "to", every time ("to test parsing", "to identify and track students"); a noun
    // phrase after "to" ("access to source code") is written elsewhere too, or starts with no verb
    if (
      lang === 'en' &&
      c.lower === c.count &&
      (c.afterTo ?? 0) === c.count &&
      (IMPERATIVE.has(w[0]) ||
        // (an ambiguous verb only before a plural or a gerund: "to track students", "to test parsing"; "move to
        // test automation", "a guide to change management" name things)
        (NOUN_VERBS.has(w[0]) && w.length === 2 && /(?:[^s]s|ing)$/.test(surface.split(/\s+/)[1] ?? '')))
    )
      return false;
    // a clause by the lexicon's word classes ("Attacker sends attack", "Request sent")
    if (c.lexClause && (c.titleExact ?? 0) === 0) return false;
    // a clause fragment ending in a verb ("programmers refactor", "l’application utilise")
    if (c.verbEnd && c.kind !== 'expansion' && (c.titleExact ?? 0) === 0) return false;
  }
  switch (c.kind) {
    case 'pattern':
    case 'expansion':
      return true;
    case 'title':
      // German: an adjective alone on a title line ("Unzureichendes" over "Logging & Monitoring") is no term
      if (lang === 'de' && words === 1 && GERMAN_ADJECTIVE.test(surface.toLowerCase())) return false;
      // German: a title once, with a preposition or an article ("Kauf von Elektronikprodukten", "Schrott der
      // Industrieländer in Asien") describes the slide; its head compound is a candidate of its own
      if (
        lang === 'de' &&
        (c.textHits ?? c.count) < 2 &&
        /\s(?:von|vom|der|des|den|dem|die|das|in|im|für|mit|zur|zum|aus|bei|über|unter|nach|auf|gegen|ohne)\s/i.test(
          ` ${c.key} `,
        )
      )
        return false;
      // a title written nowhere else that only heads its slide: two topics joined ("Risks and Mitigations",
      // "Zeitplan und Budget"), a breakdown ("Bookings by Region"), a ranking ("Top Deals Closed"), a state
      // ("Pipeline Health", "Team Performance") or the document's kind ("Q3 Sales Review", "Trial Update")
      // (an agenda that lists the title is no use of it: "Product performance" on the agenda, "Product Performance"
      // over its slide; two topics joined may stand in two more lines, lists of topics that no agenda heads:
      // "Risiken, Personal und Mitbestimmung", "Cronograma, CAPEX y financiamiento")
      if (
        words >= 2 &&
        c.count - (c.agendaHits ?? 0) <= (c.titleExact ?? 0) &&
        (c.textHits ?? c.count) - (c.agendaHits ?? 0) <
          (/ (?:and|&|et|y|e|und|en|i) /.test(` ${c.key} `) ? 3 : 2) &&
        headingTitle(surface, lang, c.titleCommon === true)
      )
        return false;
      // (nor, in English, an action on something, written nowhere else: "Avoiding CSRF Flaws", "Deploying Kafka",
      // "Managing Vendor Risk" are how-to slides; "Operating Model", "Learning Analytics" start with nouns too)
      if (
        lang === 'en' &&
        words >= 2 &&
        c.count - (c.agendaHits ?? 0) <= (c.titleExact ?? 0) &&
        (c.textHits ?? c.count) - (c.agendaHits ?? 0) < 2 &&
        (IMPERATIVE_GERUNDS.has(c.key.split(' ')[0]) || verbOnlyTag(c.key.split(' ')[0]) === 'VBG')
      )
        return false;
      // (nor a title of the slide's responsibility chart, written nowhere else: "RACI for Phase 3", "Matrice RACI",
      // "Projektorganisation (RACI)")
      if (
        words >= 2 &&
        /(?:^| )raci(?: |$)/.test(c.key) &&
        c.count - (c.agendaHits ?? 0) <= (c.titleExact ?? 0) &&
        (c.textHits ?? c.count) - (c.agendaHits ?? 0) < 2
      )
        return false;
      // (nor a topic of two words or more in a year, written nowhere else: "Grid Outages 2024", "Vessel Fleet 2024",
      // "Prestazioni della flotta 2023"; "Horizon 2020" is a name)
      // (or in a quarter, from two words: "Ergebnisse Q4/2024", "Résultats T3 2025")
      if (
        (words >= 3 || QUARTER_END.test(surface)) &&
        (/\s(?:19|20)\d{2}(?:[/-]\d{2,4})?$/.test(surface) || QUARTER_END.test(surface)) &&
        c.count - (c.agendaHits ?? 0) <= (c.titleExact ?? 0) &&
        (c.textHits ?? c.count) - (c.agendaHits ?? 0) < 2
      )
        return false;
      // (in a short deck, any title of dictionary words its text never uses: "Cost Model", "Channel Mix", "Regional
      // Rollout" head their slides; a name with a capitalised word no dictionary holds, an acronym or a number
      // stays: "Pocketly Launch", "ONCO-217 Trial", and so does a catalogue's entry: "V3 Session Management")
      // (and in an English deck of up to 40 slides of few words a slide, a title of two or three words: "Target
      // Architecture", "Cost Estimate"; "Generally Accepted Security Practices" names a catalogue's topic)
      if (
        words >= 2 &&
        (short || (headings && words <= 3)) &&
        !c.labelled &&
        c.count - (c.agendaHits ?? 0) <= (c.titleExact ?? 0) &&
        (c.textHits ?? c.count) - (c.agendaHits ?? 0) < 2 &&
        dictionaryPhrase(surface)
      )
        return false;
      // (and in the other languages of cased scripts, whose words no English dictionary holds: a title in lower case
      // after its first word, with no number, no acronym, no capitalised word, written nowhere else in a short deck
      // heads its slide, "Kurssin sisältö", "Echipa de proiect", "Κανάλια επικοινωνίας"; the deck's own title stays)
      if (
        words >= 2 &&
        short &&
        SLIDE_HEADING_LANGS.has(lang) &&
        c.deckTitle !== true &&
        !c.labelled &&
        c.count - (c.agendaHits ?? 0) <= (c.titleExact ?? 0) &&
        (c.textHits ?? c.count) - (c.agendaHits ?? 0) < 2 &&
        surface.split(/\s+/).every((x, i) => !/\d|^\p{Lu}{2,}/u.test(x) && (i === 0 || !/^\p{Lu}/u.test(x)))
      )
        return false;
      // (and in any language but English and German, a title whose every word the deck's body writes in lower case,
      // written nowhere else in a short deck, heads its slide even in Title Case: "Permisos Ambientales", "Mercati
      // Prioritari", "Piano di Promozione 2026", "Bilan de l'arrêt de tranche"; a name has a word of its own,
      // "Los Quillayes")
      if (
        words >= 2 &&
        short &&
        lang !== 'en' &&
        lang !== 'de' &&
        (c.titleCommonShare ?? 0) >= 0.5 &&
        c.deckTitle !== true &&
        !c.labelled &&
        c.count - (c.agendaHits ?? 0) <= (c.titleExact ?? 0) &&
        (c.textHits ?? c.count) - (c.agendaHits ?? 0) < 2 &&
        !/\p{Lu}{2,}/u.test(surface)
      )
        return false;
      // (French, Spanish, Portuguese, Italian, Dutch: in any deck, a title of the deck's common words, which its text
      // writes in lower case too and never capitalises inside a sentence, heads its slides: "Diagnóstico",
      // "Programmazione", "Transporte público"; a name is capitalised inside sentences, "Zona de Bajas Emisiones")
      if (
        (ROMANCE_LANGS.has(lang) || lang === 'nl') &&
        (c.titleExact ?? 0) >= 1 &&
        c.lower >= 1 &&
        c.midCap === 0 &&
        c.deckTitle !== true &&
        !c.labelled &&
        (words === 1 || c.titleCommon === true) &&
        !/\d|\p{Lu}{2,}/u.test(surface)
      )
        return false;
      // (and in any deck, a title in sentence case written only as titles and on the agenda: "Gebiedsgerichte aanpak"
      // of "Deel 3 – Gebiedsgerichte aanpak", see the ngram case)
      if (
        words >= 2 &&
        c.count - (c.agendaHits ?? 0) <= (c.titleExact ?? 0) &&
        (c.textHits ?? c.count) - (c.agendaHits ?? 0) < 2 &&
        sentenceCaseHeading(c, lang)
      )
        return false;
      // a title that is a term; a one-word title must be name-like or repeated ("Recycling", "Spotlight")
      // (an English title of one word that is only a verb heads a stage: "Define", "Analyze", "Improve" of a DMAIC
      // deck; "Control", "Launch" are nouns too)
      if (
        words === 1 &&
        lang === 'en' &&
        tagsOf(c.key)?.every((t) => t === 'VB' || t === 'VBP') === true &&
        c.lower === 0
      )
        return false;
      // (nor, in French, Spanish, Portuguese or Italian, an infinitive: the stages "Definir", "Medir", "Analizar")
      if (words === 1 && lang !== 'en' && infinitive(c.key, lang)) return false;
      // (nor, in a short deck, a word of the dictionary its text also writes in lower case: "Adoption", "Support",
      // "Integrations" head their slides, on two slides at most; "Collisions", written only as the title, names its
      // topic)
      if (words === 1 && short && c.lower > 0 && c.slides.size <= 2 && inDictionary(c.key)) return false;
      // (nor, in a short deck of another cased language, a common word written only as a slide's title: "Arviointi",
      // "Bugetul", "Célcsoportok"; not a name in capitals, CamelCase or with a digit)
      if (
        words === 1 &&
        short &&
        SLIDE_HEADING_LANGS.has(lang) &&
        c.deckTitle !== true &&
        // (its slide's title, and the agenda's line that lists it: "Kirjallisuus", "Riskanalys")
        c.count - (c.agendaHits ?? 0) <= (c.titleExact ?? 0) &&
        c.slides.size <= ((c.agendaHits ?? 0) > 0 ? 2 : 1) &&
        !/\d|^\p{Lu}{2,}|^\p{Lu}\p{Ll}+\p{Lu}/u.test(surface)
      )
        return false;
      if (titleOnlyWord(c, lang)) return false;
      // (nor is one that is only an adjective: "Regulatory", "Operational")
      if (words === 1 && lang === 'en' && tagsOf(c.key)?.every((t) => /^JJ[RS]?$/.test(t)) === true)
        return false;
      return words >= 2 || c.count >= 2 || (c.titleExact ?? 0) >= 1;
    case 'acronym': {
      if (c.expansion) return true;
      // "SIE", "JA": a function word of the document's language written in capitals is no acronym
      if (lang !== 'en' && functionWords(lang).has(c.key.toLowerCase())) return false;
      // a rating or a status in capitals is a word ("HIGH", "MEDIUM", "CRITICAL", "DONE")
      if (RATING_WORDS.has(c.key)) return false;
      // "RISK" in a heading is a word, not an acronym: most occurrences must be upper case
      const upper = [...c.surfaces].filter(([s]) => isAcronym(s)).reduce((a, [, n]) => a + n, 0);
      if (upper < 0.8 * c.count) return false;
      // (once in a short English deck: three to five letters and no English word, "VPN", "EMEA"; not "SAVE", "FONT")
      return (
        c.slides.size >= 2 ||
        c.count >= 2 ||
        (once &&
          /^[a-zäöü][a-zäöü0-9&]{2,4}$/.test(c.key) &&
          !isEnglishWord(c.key) &&
          (lang === 'en' || (LATIN_LANGS.has(lang) && !functionWords(lang).has(c.key))) &&
          !/^(.)\1+$/.test(c.key))
      );
    }
    case 'capitalised':
      return (
        c.count >= 2 ||
        c.score >= 4 ||
        (once &&
          ((words >= 2 && (c.leadNP ?? 0) > 0) ||
            c.model === true ||
            (lang === 'en' && onceName(c)) ||
            c.romanceName === true))
      );
    case 'ngram':
      // (the head of titles before their colon, written nowhere else, heads them as a title does: "Regional
      // Highlights: EMEA", "Regional Highlights: North America")
      if (words >= 2 && (c.titleHits ?? 0) >= c.count - (c.agendaHits ?? 0) && headingTitle(surface, lang))
        return false;
      // (and in French, Spanish, Portuguese, Italian and Dutch, which capitalise names only, a phrase in sentence case
      // written only in titles and the agenda's lines that echo them: "Juridisch kader" of "Juridisch kader in één
      // overzicht")
      if (words >= 2 && (c.titleHits ?? 0) >= c.count - (c.agendaHits ?? 0) && sentenceCaseHeading(c, lang))
        return false;
      if (titleOnlyWord(c, lang)) return false;
      // (and, in a short English deck, of dictionary words only: "Yield Results – Corn", "Yield Results – Soybean"; or
      // once, when the agenda lists it too: "Programme structure" on the agenda, "Programme Structure: 1 January")
      if (
        words >= 2 &&
        lang === 'en' &&
        short &&
        ((c.titleHead ?? 0) >= 2 || ((c.titleHead ?? 0) >= 1 && (c.agendaHits ?? 0) >= 1)) &&
        (c.titleHits ?? 0) >= c.count - (c.agendaHits ?? 0) &&
        c.deckTitle !== true &&
        dictionaryPhrase(surface)
      )
        return false;
      // a term found inside Chinese or Japanese runs (no spaces: see cjkTerms), on two slides or written three times
      if (c.unspaced) return c.slides.size >= 2 || c.count >= 3;
      if (words >= 2)
        return (
          !verbLike(c, lang) &&
          !CUT_LAST[lang]?.test(c.key) &&
          (c.slides.size >= 2 ||
            c.count >= 3 ||
            (once && ((c.leadNP ?? 0) > 0 || c.model === true || (lang === 'en' && onceName(c)))))
        );
      // (a Czech or Slovak adjective alone is a cut phrase: "Energetický" of "Energetický management", "Modernizačního"
      // of "Modernizačního fondu"; keys without diacritics)
      if (
        (lang === 'cs' || lang === 'sk') &&
        /(?:[^aeiouy]y|eho|iho|ych|ymi|emu|cka|cke|ska|ske)$/u.test(c.key)
      )
        return false;
      // (and a Romanian one, "publice" of "serviciilor publice")
      if (lang === 'ro' && /(?:ice|ica|ici|ala|ali|iva|ive|ivi)$/u.test(c.key)) return false;
      // the deck's subject written as a common noun ("refactoring"): in titles and across a quarter of the slides
      if (
        lang === 'en' &&
        (c.titleHits ?? 0) >= 3 &&
        c.slides.size >= Math.max(4, 0.3 * slideCount) &&
        c.key.length >= 5
      )
        return true;
      // (in any language, a common noun of the deck's own title that a third of its slides write: "télétravail" of
      // "Politique de télétravail 2026", "sepsis" of "Sepsis Recognition and Early Management")
      if (
        lang !== 'de' &&
        c.deckTitle === true &&
        c.key.length >= 5 &&
        !DOCUMENT_KINDS.has(c.key) &&
        c.slides.size >= Math.max(3, 0.3 * slideCount) &&
        (lang !== 'en' || tagsOf(c.key)?.some((t) => t === 'NN' || t === 'NNS') !== false)
      )
        return true;
      // German capitalises every noun: capitals are no evidence of a name there
      // but a long compound ("Energieverbrauch", "Sicherheitsrisiken") is German's multi-word term
      // (adjectives and adverbs, capitalised only at a sentence start, are no terms)
      // a German word written in lower case in most of its occurrences is no noun ("automatisierte", "entsprechend")
      // (once, in a short deck: a long compound a line leads with, "Ausschussquote von 3,5 % …")
      if (lang === 'de')
        return (
          !/(?:lich|ig|isch|bar|los|sam|haft|iert|ierte|ierten|\p{L}{5}end)$/u.test(c.key) &&
          c.lower * 2 < c.count &&
          (((c.titleExact ?? 0) >= 1 && c.count >= 2) ||
            (c.key.length >= 12 && c.slides.size >= 2) ||
            (once && (c.leadNP ?? 0) > 0 && c.key.length >= 12) ||
            (once && longCompound(c, lang)))
        );
      // Dutch and the Scandinavian languages write a term as one compound, in lower case like every noun
      // ("hypotheekadviseur", "energiuppföljningssystem"): German's long compounds without German's capitals
      if (COMPOUNDING.has(lang) && compoundTerm(c, lang, once)) return true;
      // a verb form and nothing else is no name even in Title Case ("Went" of "What Went Well")
      // ("React", "Hibernate": a verb's base form names frameworks)
      if (lang === 'en' && tagsOf(c.key)?.every((t) => /^VB[DNGZ]$/.test(t)) === true) return false;
      // (nor a verb's base form written only in lines in Title Case: "Connect", "Belong" of "Places to Connect and
      // Belong"; "built with React" names a framework)
      if (
        lang === 'en' &&
        (c.headline ?? 0) >= c.count &&
        tagsOf(c.key)?.every((t) => /^(?:VBP?|JJ)$/.test(t)) === true &&
        tagsOf(c.key)?.includes('VB') === true
      )
        return false;
      // (nor an adjective written only inside longer names, titles and agenda lines: "Clinical" of "Clinical Lead" and
      // "Clinical Outcomes"; "an Observable emits" uses it as a noun)
      if (
        lang === 'en' &&
        tagsOf(c.key)?.every((t) => /^JJ[RS]?$/.test(t)) === true &&
        c.count - (c.titleHits ?? 0) - (c.agendaHits ?? 0) <= (c.inName ?? 0)
      )
        return false;
      // a single word is a concept only when it behaves like a name: never written in lower case,
      // capitalised in the middle of sentences (Kubernetes, Struts), or CamelCase (PowerShell)
      // (once, in a short deck: "ServiceNow", "YouTube")
      // (not a column's or a variant's label: "ColA", "TestB")
      if (/^\p{Lu}\p{Ll}+\p{Lu}/u.test([...c.surfaces.keys()][0]))
        return (
          !/^\p{Lu}\p{Ll}+\p{Lu}\d*$/u.test([...c.surfaces.keys()][0]) &&
          (c.count >= 2 || (once && c.lower === 0))
        );
      // a name that starts with a dot (".NET")
      if (/^\.\p{Lu}/u.test([...c.surfaces.keys()][0])) return c.count >= 2;
      // a slide titled by this one word ("Injection") names the slide's topic
      if ((c.titleExact ?? 0) >= 1 && c.count >= 3) return true;
      // (English: a noun of the dictionary that the lexicon of news text never saw, written in lower case on two
      // slides or more, is a field's term: "chloroplasts", "glycolysis", "vasopressors", "kurtosis"; not an adjective
      // or an adverb of today's prose: "scalable", "seamlessly")
      if (lang === 'en' && c.lower * 2 >= c.count && c.slides.size >= 2 && technicalWord(c)) return true;
      return (
        (c.lower === 0 && c.midCap >= 2 && c.slides.size >= Math.min(2, minSlidesForWord)) ||
        (once && lang === 'en' && onceName(c)) ||
        (once && soloName(c, lang))
      );
  }
}

/**
 * German: a long compound written once as a noun mid-sentence or in the deck's title ("Dokumentenlenkung",
 * "Fehlerursachenanalyse", "Qualitätsmanagementsystems"): German's multi-word term, which a short deck names once.
 */
function longCompound(c: Candidate, lang: string): boolean {
  return (
    lang === 'de' &&
    c.kind === 'ngram' &&
    !c.key.includes(' ') &&
    c.key.length >= 15 &&
    c.lower === 0 &&
    (c.midCap >= 1 || c.deckTitle === true)
  );
}

/** Languages that write a term as one lower-case compound word (German, which capitalises nouns, has its own rule). */
const COMPOUNDING = new Set(['nl', 'sv', 'da', 'no', 'fi', 'hu']);
/**
 * Endings of the forms of those languages that are no noun: adjectives ("-lijk", "-ig", "-isk", "-bar"), present
 * participles ("-end", "-ande"), the participles and infinitives of "-eren"/"-era"/"-ere" verbs ("geautomatiseerd",
 * "implementerad"), Swedish passives ("behovsstyrts").
 */
const NOT_NOUN_ENDING: Record<string, RegExp> = {
  nl: /(?:lijke?|ige?|ische?|baar|bare|loos|loze|zaam|zame|ende?|eerde?|eren|ieve?)$/u,
  sv: /(?:liga?|ligt|iga?|igt|iska?|iskt|bara?|lösa?|samma?|ande|ende|erade?|erat|era|ts|as)$/u,
  da: /(?:lige?|ligt|ige?|igt|iske?|bare?|løse?|somme?|ende|erede?|eret|ert|erte)$/u,
  no: /(?:lige?|ligt|ige?|igt|iske?|bare?|løse?|somme?|ende|erte?|ert|ere)$/u,
  // (keys, without diacritics: adjectives "-inen", "-ton", adverbs "-sti", "-ittain", verbal nouns "-minen",
  // participles, cases of place, the essive, the genitive, which modifies the next word; Hungarian adjectives "-i", cases
  // (the sublative "-ra/-re", not "kultúra"; the accusative plural "-kat/-ket"), infinitives, past forms)
  fi: /(?:inen|iset|isen|isia|ton|sti|ittain|minen|misen|maan|nut|nyt|neet|ttu|tty|ssa|sta|lla|lta|lle|ksi|\p{L}{6}na|[aeouy]n)$/u,
  hu: /(?:i|ban|ben|bol|nak|nek|val|vel|(\p{L})\1[ae]l|(?<!u)r[ae]|kat|ket|rol|tol|hoz|hez|kent|ert|ni|tt)$/u,
};
/**
 * A compound of Dutch or a Scandinavian language that names a term: twelve letters or more, no adjective's,
 * participle's or verb's ending (nor a Dutch participle "ge…d/t" of the length of a compound), written on two slides,
 * or once with fourteen letters or more (only nouns and the excluded forms are that long).
 */
function compoundTerm(c: Candidate, lang: string, once: boolean): boolean {
  const k = c.key;
  if (k.includes(' ') || k.length < 12 || !/^\p{L}+$/u.test(k) || NOT_NOUN_ENDING[lang]?.test(k) === true)
    return false;
  // (a meeting names the occasion, not a term: "Styregruppemøde", "Teamvergadering")
  if (/(?:møde|mote|møte|motet|mötet|vergadering|overleg|referat|kokous|ertekezlet|megbeszeles)$/u.test(k))
    return false;
  if (
    lang === 'nl' &&
    /^ge\p{L}+[dt]e?$/u.test(k) &&
    !/(?:heid|raad|plicht|punt|stand|kracht|tijd|land)$/u.test(k)
  )
    return false;
  if (c.slides.size >= 2) return true;
  return once && k.length >= 14;
}

/** Words of the English dictionary only: no number, no acronym, no CamelCase ("Cost Model", "Ramp-Up Plan"). */
function dictionaryPhrase(surface: string): boolean {
  return surface
    .split(/\s+/)
    .every(
      (x) =>
        !/\d|^\p{Lu}{2,}|^\p{Lu}\p{Ll}+\p{Lu}/u.test(x) &&
        x.split('-').every((p) => p === '' || inDictionary(p) || TITLE_SMALL_WORDS.has(p.toLowerCase())),
    );
}

/**
 * Marks the pieces of roles (see writtenAsRole) and of the headings keep drops, written nowhere but in titles and
 * agenda echoes: "Ecosystem" of "Partner Ecosystem", "Route Section" of "Progress by Route Section", "Automação da rede
 * de média" of "Automação da rede de média tensão". Words of the dictionary in English; no number, no acronym
 * elsewhere. A name a heading holds ("Nordwagen" of "Nordwagen Programme Status") is no dictionary's word, or is
 * written elsewhere too; the deck's title and two topics joined are no such headings.
 */
function markPieces(
  cands: Map<string, Candidate>,
  minSlidesForWord: number,
  slideCount: number,
  lang: string,
  short: boolean,
  headings = short,
): void {
  // (the pieces of roles beside people, and of bodies and roles by their kind, written nowhere else: "Commercial" of
  // "Commercial Director North America", "Manager Asia-Pacifico" of "Export Manager Asia-Pacifico", "Esecutivo" of
  // "Comitato Esecutivo"; not the unit a role beside a person names after its preposition: "Servicio de Relaciones
  // Internacionales" of "Director del Servicio de Relaciones Internacionales")
  const markInside = (holders: Candidate[], unitAfterPreposition: boolean) => {
    if (holders.length === 0) return;
    for (const c of cands.values()) {
      if (c.count === 0 || c.kind === 'acronym' || c.typeHint || c.pieceOf || holders.includes(c)) continue;
      const inside = holders
        .filter(
          (r) =>
            r.key.length > c.key.length &&
            ` ${r.key} `.includes(` ${c.key} `) &&
            !(
              unitAfterPreposition &&
              ROLE_UNIT_LEAD.has(` ${r.key} `.split(` ${c.key} `)[0].trim().split(' ').pop() ?? '')
            ),
        )
        .reduce((n, r) => n + r.count, 0);
      if (inside > 0 && c.count <= inside) c.pieceOf = 'role';
    }
  };
  markInside([...cands.values()].filter(writtenAsRole), true);
  markInside(
    [...cands.values()].filter((b) => b.count > 0 && byKind(b)),
    false,
  );
  // (a company's legal form written only after its name: "AG" of "Nordwagen AG", "SA" of "Metso SA"; an acronym
  // that leads a name is often a name of its own, "KRAS" of "KRAS G12D", "NIST" of "NIST 800-63")
  for (const c of cands.values()) {
    if (c.kind !== 'acronym' || c.expansion || c.count === 0 || !COMPANY_LAST.test(c.key)) continue;
    let after = 0;
    for (const d of cands.values())
      if (d !== c && d.count > 0 && d.key.endsWith(` ${c.key}`) && /^\p{Lu}/u.test(bestSurface(d)))
        after = Math.max(after, d.count);
    if (after >= c.count) c.pieceOf = 'name';
  }
  if (ROMANCE_LANGS.has(lang)) {
    // (the capitalised names by each of their words, built once: a lookup per word, not a pass over the deck's
    // candidates)
    const holders = new Map<string, Candidate[]>();
    for (const d of cands.values())
      if (d.count > 0 && d.kind === 'capitalised')
        for (const w of new Set(d.key.split(' '))) {
          const l = holders.get(w);
          if (l) l.push(d);
          else holders.set(w, [d]);
        }
    for (const c of cands.values()) if (romanceHeadPiece(c, holders, lang)) c.pieceOf = 'name';
  }
  // (a word written each time after an ordinal's sign is a piece of a numbered name: "Direito" of "1.º Direito"; the
  // sign's key is its letter, "o direito", as the article's)
  for (const c of cands.values()) {
    if (c.count === 0 || c.key.includes(' ') || c.typeHint) continue;
    let ordinal = 0;
    for (const d of [cands.get(`o ${c.key}`), cands.get(`a ${c.key}`)])
      for (const [x, n] of d?.surfaces ?? []) if (/^[ºª]/u.test(x)) ordinal += n;
    if (ordinal >= c.count) c.pieceOf = 'name';
  }
  const dropped: string[] = [];
  for (const h of cands.values())
    if (
      h.kind === 'title' &&
      h.count > 0 &&
      h.key.includes(' ') &&
      // (not the deck's own title, nor two topics joined: their parts are the deck's subjects, "Photosynthesis and
      // Cellular Respiration")
      h.deckTitle !== true &&
      !/ (?:and|&|und|et|y|e|en|och|og|ja|i|и) /.test(` ${h.key} `) &&
      h.count - (h.agendaHits ?? 0) <= (h.titleExact ?? 0) &&
      !keep(h, minSlidesForWord, slideCount, lang, short, false, headings)
    )
      dropped.push(` ${h.key} `);
  // (German: a title's head compound is a candidate of its own, see keep)
  if (dropped.length === 0 || lang === 'de') return;
  for (const c of cands.values()) {
    if (
      c.kind !== 'ngram' ||
      c.count === 0 ||
      c.typeHint ||
      c.count - (c.agendaHits ?? 0) > (c.titleHits ?? 0)
    )
      continue;
    const surface = bestSurface(c);
    if (lang === 'en' ? !dictionaryPhrase(surface) : /\d|\p{Lu}{2,}/u.test(surface)) continue;
    if (dropped.some((h) => h !== ` ${c.key} ` && h.includes(` ${c.key} `))) c.pieceOf = 'heading';
  }
}

/**
 * (French, Spanish, Portuguese, Italian) The head word of several names, written nowhere else: "Allegato" of
 * "Allegato I.01", "Allegato II.2-bis" and "Allegato V.2"; "Direzione" of "Collegio di Direzione", "Direzione Sanità"
 * and "Direzione Generale"; "Comunità" of "Case della Comunità" and "Ospedali di Comunità". Either every use outside
 * titles is beside a capitalised word, across a preposition too, with two neighbours at least (one neighbour:
 * namePiece), and the word is an everyday one (no brand); or the deck's capitalised names that hold the word, three
 * at least, hold nearly every use. A place, a given name and an acronym stay.
 */
function romanceHeadPiece(c: Candidate, holdersOf: Map<string, Candidate[]>, lang: string): boolean {
  if (c.kind !== 'ngram' || c.key.includes(' ') || c.count === 0 || c.typeHint || c.pieceOf) return false;
  if ((c.titleExact ?? 0) > 0 || c.lower > 1) return false;
  const surface = bestSurface(c);
  if (
    !/^\p{Lu}\p{Ll}{3,}$/u.test(surface) ||
    isPlaceName(surface) ||
    isCityName(surface) ||
    isGivenName(c.key)
  )
    return false;
  const uses = c.count - (c.titleHits ?? 0) - (c.agendaHits ?? 0) - c.lower;
  if (uses <= 0) return false;
  const neighbours = [...(c.beside?.keys() ?? [])];
  // (an everyday word of the language: a brand that leads its products' names stays, "Oracle" of "Oracle Cloud" and
  // "Oracle Database")
  if (neighbours.length >= 2 && (c.besideAny ?? 0) >= uses && everydayWord(surface, lang)) return true;
  const holders = (holdersOf.get(c.key) ?? []).filter((d) => d !== c);
  // (nearly every use: "Allegato al Regolamento" once beside thirteen numbered annexes)
  return holders.length >= 3 && holders.reduce((n, d) => n + d.count, 0) >= uses - Math.max(1, 0.2 * uses);
}

/**
 * In German and Dutch, a word written only as slides' titles or inside them, on two slides or on the agenda too:
 * "Rechtsschutz", "Widerspruch", "Besluitpunten" head their slides; a word the text writes too stays, and so do the
 * deck's title and a name in capitals or with a digit.
 */
function titleOnlyWord(c: Candidate, lang: string): boolean {
  return (
    (lang === 'de' || lang === 'nl') &&
    !c.key.includes(' ') &&
    // (on two slides at least, titles or the agenda: a word one slide's title only may name a lecture's topic,
    // "Kobaltminen", "Nutzerverhalten")
    (c.titleHits ?? 0) >= 1 &&
    c.slides.size >= 2 &&
    (c.titleHits ?? 0) >= c.count - (c.agendaHits ?? 0) &&
    c.deckTitle !== true &&
    !c.labelled &&
    !c.typeHint &&
    ![...c.surfaces.keys()].some((x) => /\d|\p{Lu}{2,}/u.test(x))
  );
}
/**
 * (French, Spanish, Portuguese, Italian, Dutch) A phrase in sentence case, its words after the first in lower case,
 * with no number or acronym, not the deck's own title: what a heading looks like in languages that capitalise only
 * names (see keep).
 */
function sentenceCaseHeading(c: Candidate, lang: string): boolean {
  if ((!ROMANCE_LANGS.has(lang) && lang !== 'nl') || c.deckTitle === true || c.typeHint || c.labelled)
    return false;
  return [...c.surfaces.keys()].every((x) =>
    x
      .trim()
      .split(/\s+/)
      .every((w, i) => !/\d|\p{Lu}{2}/u.test(w) && (i === 0 || !/^\p{Lu}/u.test(w))),
  );
}

/** A word of the dictionary unknown to the tagging lexicon, written in lower case, with no adjective's or adverb's ending. */
function technicalWord(c: Candidate): boolean {
  const lowerForms = [...c.surfaces.keys()].filter((f) => /^\p{Ll}+$/u.test(f));
  return (
    lowerForms.length > 0 &&
    lowerForms.every(
      (f) =>
        f.length >= 6 &&
        tagsOf(f) === null &&
        inDictionary(f) &&
        !/(?:ly|able|ible|ive|ful|less|ous|ic|al|ish|ary|ing|ed|er|est|ize|ise)$/.test(f) &&
        !EVERYDAY_WORDS.has(f),
    )
  );
}
/** Words of today's everyday prose that the news lexicon of about 1990 lacks ("website", "stakeholders", "millions"). */
const EVERYDAY_WORDS = new Set(
  'website websites webpage webpages homepage stakeholder stakeholders millions billions trillions thousands hundreds dozens username usernames smartphone smartphones inbox'.split(
    ' ',
  ),
);

/** The acronyms (lower case) the deck spells out as an organisation's name ("OWASP" ← "Open Web Application …"). */
function organisationAcronyms(cands: Map<string, Candidate>): Set<string> {
  const orgs = new Set<string>();
  for (const c of cands.values())
    if (
      c.acronym &&
      guessType([...c.surfaces.keys()][0] ?? '', { expansion: [...c.surfaces.keys()][0] }) === 'ORGANIZATION'
    )
      orgs.add(c.acronym.toLowerCase());
  return orgs;
}

/**
 * "OWASP Cheat Sheet" and "Cheat Sheet", "OWASP Top 10" and "Top 10": a phrase prefixed by the acronym
 * of an organisation of the deck is the same concept as the bare phrase (of two words or more).
 * The prefixed, more specific name wins; the bare phrase becomes its alias. Absorbed candidates get count 0.
 */
function mergeOrgPrefixed(kept: Candidate[], cands: Map<string, Candidate>): void {
  const orgs = organisationAcronyms(cands);
  if (orgs.size === 0) return;
  const byKey = new Map(kept.map((c) => [c.key, c]));
  for (const c of kept) {
    const words = c.key.split(' ');
    if (words.length < 3 || !orgs.has(words[0]) || c.count === 0) continue;
    const bare = byKey.get(words.slice(1).join(' '));
    if (!bare || bare.count === 0 || bare.kind === 'acronym') continue;
    // (the spelled-out name of an acronym stays the name: "OWASP ASVS" and "ASVS" still find it)
    if (bare.kind === 'expansion') {
      absorb(bare, c);
      continue;
    }
    c.preferName ??= [...c.surfaces.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    for (const [s, n] of bare.surfaces) c.surfaces.set(s, (c.surfaces.get(s) ?? 0) + n);
    for (const s of bare.slides) c.slides.add(s);
    c.count += bare.count;
    c.score += bare.score;
    bare.count = 0;
  }
}

/**
 * A phrase led by an organisation's acronym or a vendor that is, almost wherever it stands, the start of a longer
 * name: "OWASP Application Security" of "OWASP Application Security Verification Standard" (and of "… Guide for
 * CISOs"), "OWASP Top" of "OWASP Top 10". Its bare words start a longer candidate about as often, on the same slides
 * (the longer one need not keep the prefix: an expansion drops it). It is a fragment: it would otherwise take the
 * bare phrase ("application security") as its alias and rename it.
 */
function dropPrefixedFragments(cands: Map<string, Candidate>): void {
  const orgs = organisationAcronyms(cands);
  const longer = new Map<string, Candidate[]>();
  for (const e of cands.values()) {
    if (e.count === 0) continue;
    const w = e.key.split(' ');
    for (let i = 1; i < w.length; i++) {
      const head = w.slice(0, i).join(' ');
      const list = longer.get(head);
      if (list) list.push(e);
      else longer.set(head, [e]);
    }
  }
  for (const c of cands.values()) {
    if (c.count < 2 || c.kind === 'acronym' || c.kind === 'expansion' || c.typeHint) continue;
    const w = c.key.split(' ');
    if (w.length < 2) continue;
    // (an organisation or a vendor: "SQL injection" is led by an acronym, but "SQL" is no one's name)
    if (!VENDORS.has(w[0]) && !orgs.has(w[0])) continue;
    const bare = w.slice(1).join(' ');
    const within = (longer.get(bare) ?? []).some(
      (e) =>
        e !== c &&
        e.count >= 0.75 * c.count &&
        [...c.slides].filter((x) => e.slides.has(x)).length >= 0.75 * c.slides.size,
    );
    if (within) c.count = 0;
  }
}

/** An untyped name the deck cites with an article's number is an act ("art. 13 RRSIF", "L2171-3 du CCP"). */
function actOr(c: Candidate, type: ConceptType): ConceptType {
  return type === 'ENTITY' && (c.actCue ?? 0) > 0 ? 'STANDARD' : type;
}
/**
 * An untyped acronym the deck writes as a body that acts or is acted with is a body ("approved by the HIQA", "junto da
 * ANPG", "NPCI circulars": see Candidate.agentCue), and so is a national body's acronym in a deck of its country's
 * language ("INAMI" in French, "ENACOM" in Spanish: national-bodies.ts).
 */
function agentOr(c: Candidate, name: string, lang: string, type: ConceptType): ConceptType {
  if (type !== 'ENTITY') return type;
  const acronym = /^\p{Lu}[\p{L}\d&*-]*\p{Lu}[\p{L}\d&*-]*$/u.test(name);
  return (acronym && (c.agentCue ?? 0) > 0) || nationalBody(name, lang) ? 'ORGANIZATION' : type;
}
/**
 * A country, a capital or a city of the deck's, never written in lower case: a place ("Glasgow", "Nantes", "Uganda",
 * "UK"); what the type rules name by a head of their own stays theirs, and so does a name the deck writes after a
 * word for a place's kind ("gemeente Vechtstede").
 */
function placeType(c: Candidate, name: string): ConceptType | undefined {
  if (c.lower > 0 || c.thingLike || keywordType(name) !== null) return undefined;
  // (a word in common use or a given name too when the text capitalises it mid-sentence and never writes it as a
  // person's: "in Shanghai", "Devon and Somerset", "Cork")
  const evenCommon = c.midCap > 0 && c.typeHint !== 'PERSON' && !c.roleCue;
  return isPlaceName(name) ||
    isCityName(name, evenCommon) ||
    isRegionName(name, evenCommon) ||
    isTownName(name, evenCommon) ||
    /^(?:UK|U\.K\.|US|U\.S\.|USA|UAE)$/.test(name) ||
    // (a name the deck writes after a word for a place's kind: "gemeente Vechtstede", "Comune di Pradaglio")
    ((c.placeCue ?? 0) > 0 && c.kind !== 'acronym' && c.typeHint !== 'PERSON' && /^\p{Lu}/u.test(name))
    ? 'PLACE'
    : undefined;
}

/** Standards bodies and public bodies named by the acronym that prefixes their documents' numbers. */
const STANDARDS_BODIES = new Set(
  'iso iec nist ieee etsi astm ansi asme nfpa itu w3c ietf abnt afnor din bsi cen cenelec ul sae api iata icao imo'.split(
    ' ',
  ),
);
/** See selectConcepts: an acronym written only inside numbered names or standards of the kept ones. */
function prefixOnly(c: Candidate, kept: Candidate[]): boolean {
  // (a kind of act written only before the numbers of kept acts is their piece too: "Real Decreto" of "Real Decreto
  // 105/2008", "Portaria GM/MS" of "Portaria GM/MS nº 888/2021")
  if (c.kind !== 'acronym' && c.kind !== 'pattern' && c.count > 0 && !c.expansion && !c.acronym) {
    const acts = kept.filter((k) => k.kind === 'pattern' && k.count > 0 && k.key.startsWith(`${c.key} `));
    const slides = new Set(acts.flatMap((k) => [...k.slides]));
    return (
      acts.length > 0 &&
      acts.reduce((n, k) => n + k.count, 0) >= c.count &&
      [...c.slides].every((x) => slides.has(x))
    );
  }
  if (c.kind !== 'acronym' || c.expansion || c.acronym || c.count === 0 || c.key.includes(' ')) return false;
  // (a maker stays: "SAP" of "SAP S/4HANA 2023"; a standards body or a regulator goes when the deck writes it only
  // before its documents' numbers: "ISO" of "ISO 9001" and "ISO 14001", "CFR" of "21 CFR Part 11")
  if (VENDORS.has(c.key) && !STANDARDS_BODIES.has(c.key)) return false;
  const holders = kept.filter(
    (k) =>
      k !== c &&
      k.count > 0 &&
      // (or a number a little further: "NIST CSF 2.0", "CIGRE TB 496", "DIN EN ISO 15883")
      ((k.key.startsWith(`${c.key} `) && /^(?:\S+ ){0,2}\S*\d/.test(k.key.slice(c.key.length + 1))) ||
        (k.kind === 'pattern' &&
          (k.key.split(' ').includes(c.key) ||
            // (or one of its forms: "RD" of "RD 1093/2010", merged into "Real Decreto 1093/2010")
            [...k.surfaces.keys()].some((x) => x.split(' ').includes(bestSurface(c)))))),
  );
  if (holders.length === 0) return false;
  const slides = new Set(holders.flatMap((k) => [...k.slides]));
  // (as written: a merge may have counted an occurrence twice)
  const written = Math.min(
    c.count,
    [...c.surfaces.values()].reduce((n, x) => n + x, 0),
  );
  return holders.reduce((n, k) => n + k.count, 0) >= written && [...c.slides].every((x) => slides.has(x));
}

/**
 * See selectConcepts: an acronym written only as the last word of one kept name, after a capitalised word ("BI" of
 * "Power BI", "RMS" of "Niche RMS", "CX" of "Genesys Cloud CX", "UK" of "Water UK", "DMZ" of "Industrial DMZ"), or
 * only as its first word (below): that name's piece. Not after an acronym ("KIS ORBIS": a class's acronym before the
 * product's name), a slashed list ("Abdomen/Pelvis CT") or a lower-case word ("metas ESG"), nor when two names hold
 * it ("KIS ORBIS", "Dedalus ORBIS"), nor where it is written apart from them.
 */
function pieceAcronym(c: Candidate, kept: Candidate[], lang: string): boolean {
  if (c.kind !== 'acronym' || c.expansion || c.acronym || c.count === 0 || c.key.includes(' ')) return false;
  const suffixOf = kept.filter(
    (k) =>
      k !== c &&
      k.count > 0 &&
      k.kind !== 'title' &&
      k.key.endsWith(` ${c.key}`) &&
      [...k.surfaces.keys()].every(
        (x) =>
          NAME_BEFORE_LAST.test(x.trim()) ||
          // (an acronym of two letters after a longer one, which it qualifies: "CT" of "SNOMED CT", "RS" of "ISA RS")
          (c.key.length === 2 &&
            /^\p{Lu}{4,} \S+$/u.test(x.trim()) &&
            x.trim().endsWith(` ${bestSurface(c)}`)),
      ),
  );
  // (or the first word of one kept name, "BTP" of "BTP Integration Suite", "CAP" of "CAP HPI", "SEM" of "SEM
  // Logiloire"; not a public body's, which names its own documents and offices: "EASA" of "EASA FTL", "DRAAF" of
  // "DRAAF Grand Est")
  const prefixOf = PUBLIC_BODIES.has(bestSurface(c))
    ? []
    : kept.filter(
        (k) =>
          k !== c &&
          k.count > 0 &&
          k.kind !== 'title' &&
          k.key.startsWith(`${c.key} `) &&
          // (as the name is written most: an acronym merged into it is another of its surfaces, "SDN" of "OFAC SDN")
          [bestSurface(k)].every(
            (x) =>
              x.startsWith(`${bestSurface(c)} `) &&
              // (in English a lower-case noun after it is its head: "CRAH units", "PECVD chamber" are the acronym's)
              (lang !== 'en' || /^\p{Lu}/u.test(x.slice(bestSurface(c).length + 1))),
          ),
      );
  const holders = suffixOf.length > 0 ? suffixOf : prefixOf;
  if (holders.length !== 1) return false;
  const written = Math.min(
    c.count,
    [...c.surfaces.values()].reduce((n, x) => n + x, 0),
  );
  return holders[0].count >= written && [...c.slides].every((x) => holders[0].slides.has(x));
}
/**
 * See selectConcepts: a word written at least twice, each time beside the same capitalised word, on its left ("Fiscal"
 * of "Conselho Fiscal", "Syndrome" of "Down Syndrome", "Carta" of "Museo della Carta", "Palmar" of "El Palmar") or on
 * its right ("Montes" of "Montes Claros", "Corrib" of "Corrib Regional Airport"): a piece of a longer name, no name of
 * its own. Not an acronym, nor a person's name (the person is named whole).
 */
function namePiece(c: Candidate): boolean {
  if (c.kind === 'acronym' || c.key.includes(' ') || c.typeHint === 'PERSON' || !c.beside) return false;
  const seen = c.besideSeen ?? 0;
  if (seen < 2 || seen < c.count) return false;
  for (const n of c.beside.values()) if (n >= seen) return true;
  return false;
}
/**
 * See selectConcepts: (English) a hyphenated word written each time before a noun, a modifier cut from it
 * ("Fixed-price" of "fixed-price electricity contract", "Pre-operative" of "pre-operative assessment", "on-street" of
 * "on-street charging"); a noun written alone somewhere stays ("buy-in", "e-consent").
 */
function cutModifier(c: Candidate): boolean {
  if (
    c.kind === 'acronym' ||
    (c.titleExact ?? 0) > 0 ||
    [...c.surfaces.keys()].some((x) => /\s/.test(x.trim()))
  )
    return false;
  const seen = c.besideSeen ?? 0;
  return seen >= c.count && (c.premod ?? 0) >= seen && seen > 0;
}
/**
 * German and Dutch words an adjective by their form: German writes a hyphenated noun's last part capitalised, so one
 * in lower case with an adjective's ending is a modifier ("EU-weite", "KI-gestützte", "Cloud-basierten"); and the
 * endings of adjectives made from nouns in both ("-bezogene", "-spezifische", "-gebonden", "-gerelateerde").
 */
const GERMANIC_ADJECTIVE: Record<string, RegExp> = {
  de: /^(?:[\p{L}\d]+-)+\p{Ll}+(?:e|en|er|es|em)$|\p{Ll}(?:gestützt|basiert|bezogen|spezifisch|orientiert|konform|pflichtig|weit|fähig)(?:e|en|er|es|em)$/u,
  nl: /[\p{Ll}-](?:gebonden|specifieke?|gerelateerde?|gebaseerde?|gestuurde?|gedreven|gerichte?|matige?|afhankelijke?|overstijgende?)$/u,
};
/**
 * See selectConcepts: (German, Dutch) one word that is an adjective by its form, cut from the noun it qualifies
 * ("EU-weite" of "EU-weite Ausschreibung", "tijdsblokgebonden" of "tijdsblokgebonden transportrecht", "Grondgebonden"
 * of a table's "Grondgebonden woningen"); a name in capitals or with a digit stays.
 */
function germanicAdjective(c: Candidate, lang: string): boolean {
  const re = GERMANIC_ADJECTIVE[lang];
  if (!re || c.kind === 'acronym' || c.typeHint) return false;
  return [...c.surfaces.keys()].every((x) => !/\s/.test(x.trim()) && re.test(x.trim()));
}
/**
 * See selectConcepts: (French, Spanish, Portuguese, Italian, Dutch) one common word of the deck's own title (among
 * the Romance language's ~8,000 commonest, common-words.ts), which its text writes in lower case two times in three or
 * more, is the deck's subject in a word, no concept of it ("emploi" of a job centre's deck, "performance" of a
 * performance contract's, "proyecto" of a project's, "residuos" of a waste plan's, "cantiere" of building works'); a
 * name is capitalised, and a rarer word is a term of the trade ("mouillage" of a deck on shared moorings,
 * "omgevingsplan").
 */
function titleWord(c: Candidate, lang: string): boolean {
  return (
    (ROMANCE_LANGS.has(lang) || lang === 'nl') &&
    c.deckTitle === true &&
    c.kind === 'ngram' &&
    !c.key.includes(' ') &&
    !c.typeHint &&
    !/[\d-]/.test(c.key) &&
    c.lower >= 2 &&
    c.lower * 3 >= c.count * 2 &&
    commonWord(bestSurface(c), lang)
  );
}
/**
 * See selectConcepts: (French, Spanish, Portuguese, Italian) an everyday word of the language alone (its ~2,000
 * commonest), capitalised, names no concept: an institution or a document called by its kind, "la Comunidad", "i
 * Comuni", "o Plano", "Dirección", "Codice" (readers of the judged decks dropped 18 such words and kept one town);
 * a rarer word may name a category ("Injection" of the OWASP Top 10, "Fiscalía"), a place stays, and so does a body by
 * its head ("Région" is typed as one), a word in capitals or with a digit.
 */
function bareCommonWord(c: Candidate, lang: string): boolean {
  if (!ROMANCE_LANGS.has(lang) || c.key.includes(' ') || c.typeHint || c.acronym !== undefined) return false;
  if (c.kind !== 'ngram' && c.kind !== 'capitalised' && c.kind !== 'title') return false;
  const surface = bestSurface(c);
  return (
    /^\p{Lu}\p{Ll}+$/u.test(surface) &&
    everydayWord(surface, lang) &&
    !isPlaceName(surface) &&
    !isCityName(surface, true) &&
    !isRegionName(surface, true) &&
    !isCountryName(surface) &&
    !isGivenName(surface) &&
    keywordType(surface) !== 'ORGANIZATION'
  );
}
/**
 * See selectConcepts: (German, Dutch) one word the language uses every day, at about its 16,000 commonest
 * ("Digitalisierung", "Inbetriebnahme", "Veröffentlichung", "samenwerking", "communicatie"): no concept of a business
 * deck's lines (30 to 80 candidate phrases a slide). A place, a body, a person or a word of a name stays
 * ("Niedersachsen", "Belastingdienst"), and so does a compound with a hyphen ("IT-Sicherheit", "E-Rezept").
 * The same for the 19 languages of everyday-intl.ts, at their ~6,000 to 11,000 commonest words ("Finansowanie",
 * "Finansiering", "Gminy", "الخدمات"; the genitive pieces of names, "Sveriges", "России", are among them).
 */
export function everydayConcept(c: Candidate, lang: string): boolean {
  if (
    (lang !== 'de' && lang !== 'nl' && !everydayIntlLang(lang)) ||
    c.kind === 'acronym' ||
    c.kind === 'pattern' ||
    c.kind === 'expansion'
  )
    return false;
  if (c.typeHint || c.acronym !== undefined || c.key.includes(' ')) return false;
  const surface = bestSurface(c);
  if (
    !/^\p{L}+$/u.test(surface) ||
    /\p{Lu}{2}/u.test(surface) ||
    !(everydayWord(surface, lang) || everydayIntl(surface, lang))
  )
    return false;
  return !(
    isPlaceName(surface) ||
    isCityName(surface, true) ||
    isRegionName(surface, true) ||
    isGivenName(surface) ||
    keywordType(surface) === 'ORGANIZATION'
  );
}
/** A thing's state now or planned, after it (Romance) or before it (English), in lower case; not a value or an account. */
const PRESENT_OR_PROPOSED_AFTER =
  /^(?!(?:[Vv]alor|[Vv]alore|[Vv]aleur|[Vv]alores|[Vv]alori|[Vv]aleurs|[Cc]uenta|[Cc]onta|[Cc]onto|[Cc]ompte|[Aa]ctivo|[Aa]tivo|[Pp]asivo|[Pp]assivo|[Rr]atio) )\p{L}+ (?:attuale|attuali|esistente|esistenti|actual|actuales|existente|existentes|atual|atuais|actuel|actuelle|actuels|actuelles|existant|existante|existants|existantes|proposto|proposta|propostos|propostas|proposti|proposte|propuesto|propuesta|propuestos|propuestas|proposé|proposée|proposés|proposées|previsto|prevista|previstos|previstas|prévu|prévue|prévus|prévues)$/u;
// (not a quantity or a device so named: "Current Ratio", "current transformer", "current account")
const PRESENT_OR_PROPOSED_BEFORE =
  /^(?:[Cc]urrent|[Ee]xisting|[Pp]roposed) (?!(?:ratio|ratios|assets|liabilities|account|accounts|transformer|transformers|value|year|period|density|limit|draw|rating)$)\p{Ll}+$/u;
/**
 * See selectConcepts: a thing named by its state, now or planned ("sistema attuale", "Modelo proposto", "Prestazioni
 * attuali", "proposed levels", "Current estate"): a slide's wording, not a concept; its noun alone is one if the deck
 * names it so.
 */
function presentOrProposed(c: Candidate): boolean {
  if (c.kind === 'acronym' || c.kind === 'pattern') return false;
  const s = bestSurface(c);
  return PRESENT_OR_PROPOSED_AFTER.test(s) || PRESENT_OR_PROPOSED_BEFORE.test(s);
}
/**
 * See selectConcepts: a title written each time before a person's name ("Bürgermeisterin" of "Bürgermeisterin Andrea
 * Köhler" and "Bürgermeisterin Köhler", "Wethouder" of "Wethouder Sanne de Wit"): no concept.
 */
function titleOfPeople(c: Candidate): boolean {
  if (c.kind === 'acronym' || c.key.includes(' ') || !TITLE_BEFORE_NAME.test(bestSurface(c))) return false;
  const seen = c.besideSeen ?? 0;
  let right = 0;
  for (const [k, n] of c.beside ?? []) if (k.startsWith('R ')) right += n;
  return seen > 0 && seen >= c.count - (c.titleHits ?? 0) && right >= seen;
}
/**
 * Roles that a law or a regulator names, which a reader keeps as concepts of their own (the data protection officer of
 * the GDPR in the Union's languages, the EU GMP Qualified Person, the UK's MLRO and Caldicott Guardian, an aviation
 * Accountable Manager, a Dutch court's "bewindvoerder").
 */
const REGULATED_ROLE =
  /^(?:data protection officer|datenschutzbeauftragter?|délégué(?:e)? à la protection des données|delegad[oa] de protección de datos|encarregad[oa] (?:pelo tratamento )?de dados|responsabile della protezione dei dati|functionaris gegevensbescherming|qualified persons?|money laundering reporting officer|nominated officer|caldicott guardian|senior responsible owner|accountable manager|engineer of record|responsible person|traditional owners?|bewindvoerders?|informationssicherheitsbeauftragter?|geldwäschebeauftragter?|auftrags(?:ver|be)arbeiter(?:in)?|data (?:processor|controller)s?|sub-processors?|accountable executive|\p{L}*apotheker|\p{L}*apothekerin|(?:hospital )?pharmacists?|pharmacien(?:ne)? (?:responsable|hospitalier)|coordenador líder|lead arrangers?|agente fiduciário|trustee)$/iu;
/**
 * See selectConcepts: in French, Spanish, Portuguese and Italian, a lower-case noun before an acronym kept on its own
 * is that acronym's thing, no concept beside it ("servicios AIS", "financement FIR", "hito PRTR", "etichette NFC",
 * "petición HTTP"); English puts its head last, and "gate OCR" is a thing of its own.
 */
function romanceHeadOfAcronym(
  c: Candidate,
  kept: Candidate[],
  cands: Map<string, Candidate>,
  lang: string,
): boolean {
  if (!ROMANCE_LANGS.has(lang) || c.kind === 'acronym' || c.kind === 'pattern') return false;
  const w = c.key.split(' ');
  if (w.length !== 2) return false;
  // (written in lower case mostly; capitalised at a line's start, and with a year after it, it is the same phrase:
  // "Modelos IRB", "modelos IRB 2026")
  let lowerLed = 0;
  let other = 0;
  for (const [x, n] of c.surfaces) {
    if (!/^\p{L}+ \S+(?: (?:19|20)\d\d)?$/u.test(x)) return false;
    if (/^\p{Ll}/u.test(x)) lowerLed += n;
    else other += n;
  }
  if (lowerLed === 0 || lowerLed < other) return false;
  // (a noun the deck writes elsewhere too: a brand written in lower case leads its name, "amfori BSCI")
  // (its key in the singular: "informe" of "informes XBRL")
  const noun = cands.get(w[0]) ?? cands.get(conceptKey(w[0]));
  if (noun === undefined || noun.lower === 0 || noun.count <= c.count) return false;
  // (the acronym kept on its own, or as its expansion's: "transferencias SPEI" beside "Sistema de Pagos Electrónicos
  // Interbancarios (SPEI)"; and written without the noun twice at least: "riesgos ESG" is the name where "ESG" is
  // alone once)
  return kept.some(
    (k) =>
      k !== c &&
      k.count >= c.count + 2 &&
      ((k.kind === 'acronym' && k.key === w[1]) ||
        (k.acronym !== undefined && k.acronym.toLowerCase() === w[1])),
  );
}
/** A year's span before a phrase ("2024/25 outturn", "2025/2026 budget"). */
const YEAR_SPAN_FIRST = /^(?:19|20)\d\d\/(?:\d\d|(?:19|20)\d\d)\s/;
/**
 * An amount's unit, a time of a year, a work package's number, a unit of energy: no concept ("MUSD", "millones de
 * pesos", "Eind 2028", "finales de 2026", "Q3 2027", "AP1", "WP5", "Gigajoule").
 */
const AMOUNT_OR_DATE =
  /^(?:[KMB]|Mio\.?|Mrd\.?|Mn|Bn)?(?:USD|EUR|MXN|BRL|GBP|CHF|ARS|CLP|COP|PEN|INR|CAD|AUD)$|^(?:millones|millón|milhões|milhão|miles|milioni|miliardi|millions|milliards|Millionen|Milliarden|miljoen|miljard|billion|million)(?: (?:de|di|d['’]|of|an|van))?(?: \p{L}+)?$|^(?:eind|begin|medio|ende|anfang|mitte|fin|début|finales|principios|mediados|final|início|fim|inizio|fine|metà|end|start|mid|early|late|Q[1-4]|H[12]|T[1-4]|S[12])(?: (?:de|del|di|of|van|des))? (?:19|20)\d\d$|^(?:AP|WP|WS|TP)\s?\d$|^(?:USD|US\$|EUR|AOA|Kz|R\$|MXN|BRL|GBP|CHF|CAD|AUD|INR) (?:milhões|milhão|millones|milioni|millions|million|billion|bn|mn|Mio\.?|Mrd\.?)$|^(?:jan|feb|fév|févr|fev|mär|mrz|mar|apr|avr|abr|mai|may|mag|mei|jun|juin|giu|jul|juil|lug|aug|aoû|ago|sep|sept|set|okt|oct|ott|out|nov|dez|déc|dec|dic|ene|gen|mrt)\.? (?:19|20)\d\d$|^(?:kilo|mega|giga|tera|peta)?(?:watts?|joules?|wattstunden?|wattheures?|wattora|wattoras|watt-?hours?)$/iu;
/** A number sign at a name's end ("Lei nº", "Decreto n°", "Verordnung Nr.", "Resolución núm."). */
// (and the other words a number follows, where the name stops before it: "DL n.º", "Correttivo d.lgs", "Scope 3 cat",
// "ESRS 1 hoofdstuk", "Variante n", "Orçamento da fase")
const NUMBER_SIGN_END =
  /\s(?:[nN]\.?\s?[º°]|nr\.?|Nr\.?|núm\.|Núm\.|No\.|no\.|[nN]|cat\.?|hoofdstuk|[Kk]apitel|[Aa]rt\.|[Aa]rtt\.|[Aa]bs\.|lett\.|comma|[dD]\.\s?[lL]gs\.?|(?:da|de|della|del|di|do|of the) (?:fase|etapa|lote|lotto|phase))$/u;
/** A name whose last word follows a capitalised word with a lower-case letter, after a space ("Power BI"). */
const NAME_BEFORE_LAST = /(?:^|\s)\p{Lu}[\p{L}\p{N}&'’.-]*\p{Ll}[\p{L}\p{N}&'’.-]* \S+$/u;
/** Country codes that are as often an everyday acronym ("IT", "AI", "PM", "CA"): never merged into a country. */
const AMBIGUOUS_CODES = new Set(
  'IT ID IS IN NO AM PM CA MS MA PL SE PR AI ML CV AD TV BI MD DO ME TO SO SI GA PA PE CO BA BS SA AG CD CI CC LA BO GM HR IO KM LT MO NA NE PS SC SV TM'.split(
    ' ',
  ),
);
/**
 * A country's code and the country the deck names ("MX" and "México", "NL" and "Netherlands", "UK" and "United
 * Kingdom") are one place, named by the country.
 */
function mergeCountryCodes(kept: Candidate[]): void {
  const byName = new Map<string, Candidate>();
  for (const c of kept)
    if (c.count > 0 && c.kind !== 'acronym' && !c.typeHint && isPlaceName(bestSurface(c)))
      byName.set(foldPlace(bestSurface(c)), c);
  if (byName.size === 0) return;
  for (const c of kept) {
    if (c.count === 0 || c.kind !== 'acronym' || c.expansion || c.acronym) continue;
    const code = bestSurface(c);
    if (!/^[A-Z]{2,3}$/.test(code) || AMBIGUOUS_CODES.has(code)) continue;
    const into = countryNamesOfCode(code)
      .map((n) => byName.get(n))
      .find((x) => x !== undefined);
    if (into) {
      into.preferName ??= bestSurface(into);
      absorb(into, c);
    }
  }
}
/**
 * See selectConcepts: a country's two-letter code left alone after mergeCountryCodes, where the deck writes it only as
 * a piece of other names ("CH" of "CH EPR" and "CH VACD", "UK" of "UK GDPR", "UK ETS" and "Innovate UK": a capitalised
 * word beside it each time) or as one label of a list of countries by code ("BE 4, FR 1, PL 1": three codes or more).
 * A code written alone as the place stays ("UK customers first"), so does one the deck spells out or one as often an
 * everyday acronym ("IT", "CA").
 */
function countryCodeAlone(c: Candidate, codesWritten: number): boolean {
  if (c.kind !== 'acronym' || c.expansion || c.acronym || c.typeHint) return false;
  const code = bestSurface(c);
  if (!COUNTRY_LABELS.has(code) || AMBIGUOUS_CODES.has(code)) return false;
  const body = c.count - (c.titleHits ?? 0) - (c.agendaHits ?? 0);
  return codesWritten >= 3 || (body > 0 && (c.codeInName ?? 0) >= body);
}
/**
 * A spelled-out name's type, else the type its acronym is known by ("Endpoint Detection and Response" of "EDR", a
 * tool; "Gestore dei Servizi Energetici" of "GSE", a body; "Dossier patient informatisé" of "DPI").
 */
function acronymTyped(c: Candidate, name: string, type: ConceptType): ConceptType {
  if (type !== 'ENTITY') return type;
  const acr = c.acronym ?? (c.kind === 'acronym' ? bestSurface(c) : undefined);
  if (acr === undefined) return type;
  // (an acronym the deck never spells out in brackets, of a name it writes elsewhere with those initials: see
  // candidates.ts's initialsTypes)
  if (c.initialsType) return c.initialsType;
  const known = keywordType(acr);
  // (a kind of system only, or a body the lists know whose deck's name reads as one, its words capitalised: not a
  // metric's, a practice's or a standard's letters, which name other things as often, "Return to Office (RTO)",
  // "Gross Domestic Product (GDP)"; nor "Ortsnetzstationen (ONS)" a statistics office)
  if (known === 'TOOL') return known;
  if (
    known === 'ORGANIZATION' &&
    PUBLIC_BODIES.has(acr) &&
    /^\p{Lu}\S*(?: (?:\p{Lu}\S*|\p{Ll}{1,4}|\p{Ll}+['’]\p{Lu}\S*))* \p{Lu}\S*$/u.test(name)
  )
    return known;
  return type;
}
/** A name's own type, else the kind its table column or its list's heading gives it (list-types.ts). */
function listedOr(c: Candidate, type: ConceptType): ConceptType {
  return type === 'ENTITY' && c.listedType ? c.listedType : type;
}
/** English words that end a name to say its kind ("Halstead County", "Australian Code"); a product's last word is its own
 * ("Tessaly Lumen"). */
const ENGLISH_KIND_HEADS =
  /^(?:county|town|city|borough|district|region|province|state|code|act|rules?|regulations?|directive|law|standard|policy|plan|programme|program|strategy|framework|council|board|committee|group|society|trust|authority|agency|fund|scheme|institute|university|college|foundation|ministry|department|office|nation|nations)$/;
/**
 * See selectConcepts: a word in common use that is the head of a kept name written with capitals ("County" of
 * "Halstead County", "Code" of "Australian Code"; "Région" of "Région Bourgogne-Franche-Comté", the head first in the
 * Romance languages): the name cut to its kind, no concept of its own. Not a place or a given name ("Québec" of "Santé
 * Québec"); English and the Romance languages only (a German or Dutch word compounds: "E-Akte" of "E-Akte BW").
 */
function bareHead(c: Candidate, heads: Set<string>, lang: string): boolean {
  if (c.kind === 'acronym' || c.kind === 'pattern' || c.key.includes(' ') || c.typeHint || c.expansion)
    return false;
  const romance = ROMANCE_LANGS.has(lang);
  if (lang !== 'en' && !romance) return false;
  const surface = bestSurface(c);
  const lower = stripDiacritics(surface.toLowerCase());
  return (
    heads.has(surface) &&
    /^\p{Lu}\p{Ll}+$/u.test(surface) &&
    !isPlaceName(surface) &&
    !isCityName(surface, true) &&
    !isRegionName(surface, true) &&
    !isGivenName(surface) &&
    (lang === 'en' ? ENGLISH_KIND_HEADS.test(lower) : commonWord(surface.toLowerCase(), lang))
  );
}
/**
 * The heads of the kept names of two words or more whose other words are capitalised (a name, not a phrase: "breach
 * coach"): the last word in English, the first in the Romance languages (see bareHead).
 */
function capitalisedHeads(kept: Candidate[], lang: string): Set<string> {
  const heads = new Set<string>();
  const romance = ROMANCE_LANGS.has(lang);
  for (const k of kept) {
    if (k.count === 0 || !k.key.includes(' ')) continue;
    const w = bestSurface(k).split(/\s+/);
    const rest = romance ? w.slice(1) : w.slice(0, -1);
    if (rest.every((x) => /^\p{Lu}/u.test(x))) heads.add(romance ? w[0] : w[w.length - 1]);
  }
  return heads;
}
/** The codes decks write for the countries they list (Europe's, and the large economies'); not all of ISO's two
 * letters, which are many a deck's own acronyms ("BW", "GS", "GD"). */
const COUNTRY_LABELS = new Set(
  'AT BE BG CZ DE DK EE ES FI FR GB GR HU IE LU LV NL PT RO SK UK US CH CN JP BR MX AU NZ'.split(' '),
);
/** The codes of a list of countries: COUNTRY_LABELS and the European ones as often another acronym ("PL", "SE"). */
function countryCodesWritten(cands: Map<string, Candidate>): number {
  let n = 0;
  for (const c of cands.values()) {
    const code = bestSurface(c);
    if (
      c.kind === 'acronym' &&
      !c.expansion &&
      /^[A-Z]{2}$/.test(code) &&
      (COUNTRY_LABELS.has(code) || /^(?:PL|SE|NO|LT|HR|SI|CY|MT)$/.test(code))
    )
      n++;
  }
  return n;
}
/**
 * An acronym and the one kept name of two words that is the acronym with a common word that qualifies it ("PV" and
 * "solar PV", "PAS" and "legacy PAS", "MES" and "MES común", "DNSH" and "principio DNSH"): one concept for a reader,
 * named by the acronym (the longer name an alias). Not with a place or a union's code ("UK ETS", "EU ETS"), a proper
 * noun or a maker ("Orbis EPR", "SAP Ariba"), a number, nor when another kept name holds the acronym too.
 */
function mergeAcronymWithWord(kept: Candidate[], lang: string): void {
  const live = kept.filter((c) => c.count > 0);
  const holders = new Map<string, Candidate[]>();
  for (const l of live)
    if (l.kind !== 'acronym' && l.key.includes(' '))
      for (const w of new Set(l.key.split(' '))) {
        if (!holders.has(w)) holders.set(w, []);
        holders.get(w)!.push(l);
      }
  for (const a of live) {
    if (a.kind !== 'acronym' || a.count === 0 || a.key.includes(' ') || a.typeHint) continue;
    const hs = (holders.get(a.key) ?? []).filter((l) => l.count > 0);
    if (hs.length !== 1) continue;
    const l = hs[0];
    if (l.kind === 'pattern' || l.typeHint === 'PERSON' || l.key.split(' ').length !== 2) continue;
    const acr = bestSurface(a);
    const words = bestSurface(l).split(/[\s-]+/);
    if (words.length !== 2 || !words.includes(acr)) continue;
    const other = words[words[0] === acr ? 1 : 0];
    const lower = other.toLowerCase();
    // (a modifier, not a head of its own: before the acronym where the head comes last, "solar PV", "legacy PAS"
    // ("SQL injection", "SEAI grants" are the acronym's things); after it in the Romance languages, "MES común", or a
    // kind word before it, "principio DNSH" ("registro ENEA" is ENEA's register)
    const before = words[1] === acr;
    if (ROMANCE_LANGS.has(lang) ? before && !ROMANCE_KINDS.has(stripDiacritics(lower)) : !before) continue;
    if (
      /\d/.test(other) ||
      /^(?:EU|UE|EC|CE|UN|US|UK|USA)$/.test(other) ||
      VENDORS.has(lower) ||
      isPlaceName(other) ||
      isCityName(other) ||
      isRegionName(other) ||
      isGivenName(other) ||
      // (nor another acronym or a numeral, "CG-IBS", "GD II"; nor a German adjective made of the acronym, "FHIR-basierte")
      /^\p{Lu}[\p{Lu}\d]+$/u.test(other) ||
      (lang === 'de' && /^\p{Ll}/u.test(other)) ||
      // (a word the deck writes in lower case beside it somewhere: a capitalised one names a thing of its own, "FGTS
      // Digital", "CCDR Centro", "ZV Administration")
      ![...l.surfaces.keys()].some((x) => x.split(/[\s-]+/).includes(lower)) ||
      !(isEnglishWord(lower) || commonWord(lower, lang) || everydayWord(lower, lang))
    )
      continue;
    takeShortForm(a, l);
  }
}
/** Kind words a Romance language writes before a name of that kind ("principio DNSH", "sistema SIGES"; unaccented). */
const ROMANCE_KINDS = new Set(
  'principio principe sistema systeme herramienta strumento ferramenta outil plataforma piattaforma plateforme norma norme programa programma programme dispositivo dispositif'.split(
    ' ',
  ),
);
/** Vendors whose name prefixes their products' names ("Microsoft Entra ID" is "Entra ID"). */
const VENDORS = new Set(
  'microsoft google amazon aws azure oracle ibm sap apache adobe cisco salesforce atlassian red hat vmware meta apple owasp nist'.split(
    ' ',
  ),
);
/** Plural endings folded per language for words the English singulariser leaves alone. */
const PLURAL: Record<string, RegExp> = {
  de: /(?:en|n|e|s|er)$/,
  fr: /(?:s|x)$/,
  es: /(?:es|s)$/,
  pt: /(?:s)$/,
  it: /(?:i|e)$/,
  nl: /(?:en|s)$/,
  // (and the definite forms of the Scandinavian languages: "driftteknikerna" is "drifttekniker")
  sv: /(?:na|en|et|ar|or|er)$/,
  da: /(?:ne|en|et|er|e)$/,
  no: /(?:ne|en|et|er|a|e)$/,
};
/** The endings tried, longest first, for PLURAL's languages ("en>us": "-en" of a singular's "-us", "Zyklen"/"Zyklus"). */
const PLURAL_ENDINGS: Record<string, string[]> = {
  de: ['en>us', 'en', 'n', 'e', 's', 'er', 'x', 'es', 'i'],
  sv: ['erna', 'arna', 'orna', 'na', 'en', 'et', 'ar', 'or', 'er'],
  da: ['erne', 'ene', 'ne', 'en', 'et', 'er', 'e'],
  no: ['ene', 'ne', 'en', 'et', 'er', 'a', 'e'],
};

/** "federal pki" → FPKI, "level of assurance" → LOA: first letters of the words (an acronym word counts whole). */
function strictInitials(key: string, acr: string): boolean {
  // (the joining words of the other languages too: "confederacion hidrografica del segura" → CHS)
  const words = key
    .split(' ')
    .filter(
      (w) =>
        !/^(of|for|and|the|de|des|du|on|in|to|&|del|della|delle|dei|degli|di|da|do|dos|das|la|el|y|e|et|en|von|der|van|und|fur)$/.test(
          w,
        ),
    );
  if (words.length < 2) return false;
  const build = words
    .map((w) =>
      acr.includes(w.toUpperCase()) && w.length >= 2 && w.length <= 4 && w.length < acr.length
        ? w.toUpperCase()
        : w[0].toUpperCase(),
    )
    .join('');
  return build === acr || words.map((w) => w[0].toUpperCase()).join('') === acr;
}

/**
 * Two words of one origin in two languages, by their shape (keys: lower case, no diacritics): the same word, a
 * common start of five letters ("controle"/"control", "acces"/"access", "securite"/"security"), or two edits apart
 * in words of six letters or more ("inyeccion"/"injection", "sesion"/"session").
 */
export function cognate(a: string, b: string): boolean {
  if (a === b) return true;
  const n = Math.min(a.length, b.length);
  if (n < 4) return false;
  let p = 0;
  while (p < n && a[p] === b[p]) p++;
  if (p >= Math.min(5, n - 1) && p >= 4) return true;
  return n >= 6 && Math.abs(a.length - b.length) <= 2 && editDistance(a, b) <= 2;
}
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** A surface written as an acronym ("SAMM", "KPIs"). */
const acronymForm = (x: string): boolean => /^[A-Z][A-Z0-9&]+s?$/.test(x);
/**
 * A name of capitalised words that ends one longer name of the deck, and only one, is its short form: "Royce
 * Institute" of "Henry Royce Institute", "ClaimCenter" of "Guidewire ClaimCenter", "Switch 2" of "Nintendo Switch 2", "Trading System" of "EU Emissions
 * Trading System". The longer name takes its surfaces and its occurrences outside the longer one.
 */
function mergeShortNames(kept: Candidate[], lang: string): void {
  const named = (c: Candidate) =>
    c.count > 0 &&
    c.kind !== 'acronym' &&
    c.kind !== 'pattern' &&
    !c.typeHint &&
    [...c.surfaces.keys()].every((x) =>
      x.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || CONNECTOR_WORDS.has(w)),
    );
  for (const c of kept) {
    // (an acronym's expansion keeps its own concept: "Software Assurance Maturity Model" (SAMM) of "OWASP Software
    // Assurance Maturity Model")
    // (a single word only in English, whose names put the maker first, and when no English word: "ClaimCenter" of
    // "Guidewire ClaimCenter", "ALD-4" of "Cirrus ALD-4"; "Monterrey" of "Galerías Monterrey" is the city)
    if (
      (!c.key.includes(' ') && (lang !== 'en' || tagsOf(c.key) !== null || c.kind !== 'ngram')) ||
      !named(c) ||
      c.kind === 'expansion' ||
      c.acronym !== undefined
    )
      continue;
    if ([...c.surfaces.keys()].some(acronymForm)) continue;
    // (the longer one a whole run of capitalised words, not a list of names: "Gregory VII and Henry IV")
    const longer = kept.filter(
      (l) =>
        l !== c &&
        l.key.endsWith(` ${c.key}`) &&
        named(l) &&
        (l.kind === 'capitalised' || l.kind === 'expansion' || l.romanceName === true) &&
        !/ (?:and|und|et|y|e|i) /.test(l.key),
    );
    if (longer.length !== 1) continue;
    const l = longer[0];
    // (named as the longer name is written, not by an acronym merged into it: "Software Assurance Maturity Model")
    const own = [...l.surfaces].filter(([x]) => !acronymForm(x));
    if (own.length > 0) l.preferName ??= bestSurface({ ...l, surfaces: new Map(own) });
    takeShortForm(l, c);
  }
  // a company's name and its first words, when one company of the deck starts with them (or an institution and two
  // words or more of it, "Calderhaven Port" of "Calderhaven Port Authority"; "Pinecrest" of "Pinecrest Visitor Center"
  // is the town): "Nordwagen" of "Nordwagen AG", "Brandt" of "Brandt Fluid Systems GmbH", "Hartley Quinn" of "Hartley
  // Quinn & Pryce LLP" (a legal form or a company's head last; not a word of the dictionary alone, "Pacific" of
  // "Pacific Holdings", nor "Tyler" of "Tyler Technologies"; not a person: a name typed as one is no short form)
  for (const c of kept) {
    if (c.count === 0 || !named(c) || c.kind === 'expansion' || c.acronym !== undefined) continue;
    if (!c.key.includes(' ') && (inDictionary(c.key) || tagsOf(c.key) !== null)) continue;
    // (a place is no company's short name: "Groningen" of "Groningen Seaports N.V.")
    if (isPlaceName(bestSurface(c)) || isCityName(bestSurface(c))) continue;
    const longer = kept.filter(
      (l) =>
        l !== c &&
        l.count > 0 &&
        l.key.length > c.key.length &&
        (l.key.startsWith(`${c.key} `) ||
          [...l.surfaces.keys()].some((x) => x.startsWith(`${bestSurface(c)} `))) &&
        named(l) &&
        ([l.key, ...l.surfaces.keys()].some((x) => {
          const last = x.split(/\s+/).pop()!.toLowerCase().replace(/\./g, '');
          return COMPANY_LAST.test(last) || (c.key.includes(' ') && INSTITUTION_LAST.test(last));
        }) ||
          // (or a region's branch: "HealthBridge East Africa", "Nordhav UK")
          (l.key.startsWith(`${c.key} `) && region(l.key.slice(c.key.length + 1)))),
    );
    // (the longest, when the others are its first words too: "Brandt Fluid Systems" of "… GmbH")
    const l = longer.sort((a, b) => b.key.length - a.key.length)[0];
    if (l === undefined || longer.some((x) => x !== l && !l.key.startsWith(x.key))) continue;
    l.preferName ??= bestSurface(l);
    // (the short form's count holds the long one's: "Nordwagen" is written in each "Nordwagen AG")
    takeShortForm(l, c);
  }
}
/**
 * A body called by the word or the acronym its one name starts with: "la Mancomunidad" of "Mancomunidad de Servicios
 * Vega del Esgueva", "das Landesarchiv" of "Landesarchiv Baden-Württemberg", "le CHU" of "CHU Sud-Atlantique", "PEM" of
 * "PEM Reti Gas", "the Department" of "Department of Health" (a word only when the name reads as a body, see
 * guessType). The name goes on with a name of its own (capitalised
 * words with a word not of the everyday language, or a place) and is the only such name of the deck, written twice
 * or more after an acronym; a country after it names a branch ("NHS England" is no "NHS"). English puts its heads
 * last: there only an acronym before a place or a body, or a head before "of". The short form's mentions join the name,
 * and so does its score (it ranks as the body it names).
 */
function mergeLeadShortForms(cands: Map<string, Candidate>, lang: string): void {
  const kept = [...cands.values()];
  // (an acronym the deck expands is its expansion's: "JUL" of "Janela Única Logística", not of "JUL Setúbal")
  const expanded = new Set([...cands.values()].flatMap((x) => (x.acronym ? [conceptKey(x.acronym)] : [])));
  const word = (w: string) => w.replace(/^[\p{P}]+|[\p{P}]+$/gu, '');
  const everyday = (w: string) =>
    lang === 'en' ? inDictionary(w.toLowerCase()) || tagsOf(w.toLowerCase()) !== null : everydayWord(w, lang);
  // (the longer names by their first word, looked up once: a deck holds thousands of candidates)
  const byFirst = new Map<string, Candidate[]>();
  for (const l of kept) {
    const sp = l.key.indexOf(' ');
    if (sp > 0 && l.count > 0) {
      const first = l.key.slice(0, sp);
      const list = byFirst.get(first);
      if (list) list.push(l);
      else byFirst.set(first, [l]);
    }
  }
  for (const c of kept) {
    if (c.count === 0 || c.key.includes(' ') || c.typeHint || c.kind === 'pattern' || c.kind === 'expansion')
      continue;
    const surface = bestSurface(c);
    const acronym = acronymForm(surface);
    if (acronym && (c.expansion || expanded.has(c.key))) continue;
    if (!acronym && (!/^\p{Lu}\p{Ll}/u.test(surface) || c.lower > c.count / 4)) continue;
    // (or, outside English, a plan's, a programme's or an act's head: "o Plano" of "Plano de Conteúdo Local", "la
    // Ley" of "Ley de Residuos y Suelos Contaminados", when the deck names no other plan or act so; "Plano" is no town
    // of Texas there)
    const planHead = !acronym && lang !== 'en' && PLAN_OR_ACT_HEAD.test(surface);
    // (an English word leads an English name quoted in another language: "Open" of "Open Web Application Security
    // Project", "Network" of "Network Test Labs Inc.")
    if (!acronym && !planHead && lang !== 'en' && (inDictionary(c.key) || tagsOf(c.key) !== null)) continue;
    // (a place is no body's short form: "UK" of "UK ETS", "Lodi" of "Studio Lodi Ingegneria")
    if (
      (isPlaceName(surface) && !planHead) ||
      (isCityName(surface) && !planHead) ||
      isCountryName(surface) ||
      countryNamesOfCode(surface).length > 0
    )
      continue;
    const names = (byFirst.get(c.key) ?? []).filter((l) => {
      if (l === c || l.count === 0) return false;
      const rest = bestSurface(l).split(/\s+/).slice(1);
      // (no list: "TCO und Sensitivitäten")
      return (
        !rest.some((w) => /^(?:and|und|et|y|e|i|en|ou|o|oder|or|&|\+|\/)$/.test(w)) &&
        // (the name as written: "MFA-Abdeckung" is a compound of its own)
        [...l.surfaces.keys()].some((x) => x.startsWith(`${surface} `)) &&
        rest.length > 0 &&
        rest.length <= 6 &&
        rest.every(
          (w) => /^[\p{Lu}\d]/u.test(w) || CONNECTOR_WORDS.has(w) || SMALL_JOINERS.has(w.toLowerCase()),
        )
      );
    });
    // (the longest, when the others are its first words: "PEM Reti" of "PEM Reti Gas")
    const l = names.sort((a, b) => b.key.length - a.key.length)[0];
    if (l === undefined || names.some((x) => x !== l && !l.key.startsWith(`${x.key} `))) continue;
    // (an acronym's name written twice at least: "JUL Setúbal", once, is the system at one port)
    if (acronym && l.count < 2) continue;
    // (nor a name written only inside a longer one: "SUS Paulista" of each "Tabela SUS Paulista" is no branch of the SUS)
    if (kept.some((x) => x.count >= Math.max(2, l.count) && x.key.endsWith(` ${l.key}`))) continue;
    const rest = bestSurface(l).split(/\s+/).slice(1);
    if (lang === 'en' && !acronym && rest[0] !== 'of') continue;
    const own = rest.filter((w) => !CONNECTOR_WORDS.has(w) && !SMALL_JOINERS.has(w.toLowerCase()));
    if (own.length === 0 || isCountryName(own.join(' '))) continue;
    const place = own.some((w) => isPlaceName(word(w)) || isCityName(word(w)) || isRegionName(word(w)));
    // (else words of a name, no code, number or acronym: "SNS 24", "PNRR M4C2", "HL7 FHIR", "SAP S/4HANA" name parts
    // or products of the first)
    const named =
      own.every((w) => /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(w) || /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(w)) &&
      own.some((w) => !everyday(word(w)));
    const body = guessType(bestSurface(l)) === 'ORGANIZATION';
    // (a word of another kind is no body's head: "Zertifizierung" of "Zertifizierung Lindenau Netz GmbH"; nor, in
    // German and Dutch, is a noun glued before a company's own name, "Gasverteilnetz" of "Gasverteilnetz Auenfeld Netz
    // GmbH", unless it names a body itself, "Stadtwerke" of "Stadtwerke Auenfeld GmbH"; elsewhere such a word is the
    // company's, "Padana" of "Padana Energie Multiservizi S.p.A.")
    if (!acronym && !planHead && !['ENTITY', 'ORGANIZATION'].includes(guessType(surface))) continue;
    if (
      !acronym &&
      COMPOUND_NOUN_LANGS.has(lang) &&
      keywordType(surface) !== 'ORGANIZATION' &&
      guessType(bestSurface(l).split(/\s+/).slice(1).join(' ')) === 'ORGANIZATION'
    )
      continue;
    // (a word is a body's head, not a maker before its product, "Microsoft" of "Microsoft Purview", nor a German noun
    // before another, "Beschluss Kreistag")
    // (English names put their head last: an acronym before capitalised words is their maker or owner, "WD Diageo
    // Talent Card", unless they name a place or a body)
    if (
      acronym
        ? !place && !body && (!named || COMPOUND_NOUN_LANGS.has(lang) || lang === 'en')
        : !body && !planHead
    )
      continue;
    l.preferName ??= bestSurface(l);
    if (!PHRASE_COUNT.has(l)) PHRASE_COUNT.set(l, l.count);
    takeShortForm(l, c, true);
  }
}
/**
 * The heads of plans, programmes, strategies and acts that a deck calls by that word alone (see mergeLeadShortForms;
 * fewer than candidates' ACT_OR_PLAN_HEAD, whose year reading also takes reports, budgets, agendas and circulars).
 */
const PLAN_OR_ACT_HEAD =
  /^(?:Plan|Plano|Piano|Programa|Programma|Programme|Estrategia|Estratégia|Stratégie|Strategia|Ley|Lei|Loi|Legge|Reglamento|Regulamento|Regolamento|Règlement|Código|Codice)$/u;
/** A quarter or a half of a year at a phrase's end ("Q4/2024", "T3 2025", "2024 Q1", "H2-2025"). */
const QUARTER_END = /\s(?:[QTHS][1-4][/ -]?(?:19|20)\d\d|(?:19|20)\d\d[/ -]?[QTHS][1-4])$/;
/** A name's own count, before a short form's mentions joined it (mergeLeadShortForms): its words' share inside it. */
const PHRASE_COUNT = new WeakMap<Candidate, number>();
/** Languages that capitalise every noun, or write a body's name as words of the language ("Beschluss Kreistag"). */
const COMPOUND_NOUN_LANGS = new Set(['de', 'nl', 'lb']);
/** Joining words of the Romance languages and Dutch inside a body's name ("Vega del Esgueva", "Comune di Lodi"). */
const SMALL_JOINERS = new Set([...HEAD_CONNECTORS, ...'la las los le les el'.split(' ')]);

/**
 * A person the deck names once in full and then by the surname or the given name alone ("Sabine Rauch-Hofmann" and
 * "Rauch-Hofmann", "Patrícia Nogueira Lima" and "Nogueira Lima", "Niall Cassidy" and "Niall"): one person, named in
 * full, when the deck names no other person so. A short form that is a word of the dictionary stays apart ("Grace
 * Period" is no "Period").
 */
function mergePersonShortForms(cands: Map<string, Candidate>): void {
  const bySurname = new Map<string, Candidate[]>();
  const byGiven = new Map<string, Candidate[]>();
  const byEnds = new Map<string, Candidate[]>();
  const push = (m: Map<string, Candidate[]>, k: string, c: Candidate) => {
    const l = m.get(k);
    if (l) l.push(c);
    else m.set(k, [c]);
  };
  const people: Candidate[] = [];
  for (const c of cands.values()) {
    // (the people the name patterns found too: two "Kowalski" make the surname ambiguous)
    if (
      c.count === 0 ||
      c.kind === 'acronym' ||
      (c.kind === 'pattern' && c.typeHint !== 'PERSON') ||
      (c.typeHint && c.typeHint !== 'PERSON')
    )
      continue;
    const w = c.key.split(' ');
    // (words as the key splits them: "Sabine Rauch-Hofmann" is "sabine rauch hofmann")
    const surface = bestSurface(c).split(/[\s-]+/);
    if (w.length < 2 || w.length > 4 || surface.length !== w.length) continue;
    if (
      !/^\p{Lu}\p{Ll}/u.test(surface[0]) ||
      // (an article is no given name: "El Banco de España")
      NAME_PARTICLE_WORD.test(surface[0]) ||
      /^(?:Los|Las|Les|Il|Lo|Gli|Os|As|The)$/.test(surface[0]) ||
      !isGivenName(surface[0]) ||
      !surface.every((x) => /^\p{Lu}\p{Ll}/u.test(x) || NAME_PARTICLE_WORD.test(x))
    )
      continue;
    // (a given name that is a word or a place leads no person here: "Port Nantes", "West Yorkshire", "Italia Nord")
    if (commonUse(w[0]) || isPlaceName(surface[0]) || surface.some((x) => isCityName(x) || isRegionName(x)))
      continue;
    people.push(c);
  }
  for (const c of people) {
    // (not a piece of a longer name of the kind: "Quinn Patton" of "Michael Quinn Patton", "Patrícia Nogueira" of
    // "Patrícia Nogueira Lima")
    if (
      people.some(
        (m) =>
          m !== c && m.count >= c.count && (m.key.endsWith(` ${c.key}`) || m.key.startsWith(`${c.key} `)),
      )
    )
      continue;
    const w = c.key.split(' ');
    for (let i = 1; i < w.length; i++)
      if (!NAME_PARTICLE_WORD.test(w[i])) push(bySurname, w.slice(i).join(' '), c);
    push(byGiven, w[0], c);
    // (and the first and last words of a name of three: "Henrique Matos" of "Henrique Lourenço Matos")
    if (w.length === 3 && !NAME_PARTICLE_WORD.test(w[1])) push(byEnds, `${w[0]} ${w[2]}`, c);
  }
  for (const c of people) {
    const full = byEnds.get(c.key);
    if (c.count === 0 || c.key.split(' ').length !== 2 || full?.length !== 1 || full[0].count === 0) continue;
    const l = full[0];
    l.preferName ??= bestSurface(l);
    for (const [x, n] of c.surfaces) l.surfaces.set(x, (l.surfaces.get(x) ?? 0) + n);
    for (const x of c.slides) l.slides.add(x);
    l.count += c.count;
    l.score = Math.max(l.score, c.score);
    c.count = 0;
  }
  const plain = (k: string) => k.split(' ').some((x) => !commonUse(x));
  for (const c of cands.values()) {
    if (
      c.count === 0 ||
      c.kind === 'acronym' ||
      c.kind === 'pattern' ||
      (c.typeHint && c.typeHint !== 'PERSON')
    )
      continue;
    if (![...c.surfaces.keys()].every((x) => /^\p{Lu}/u.test(x))) continue;
    const surface = bestSurface(c);
    if (isPlaceName(surface) || isCityName(surface) || isRegionName(surface)) continue;
    const full = bySurname.get(c.key) ?? (isGivenName(surface) ? byGiven.get(c.key) : undefined);
    if (full === undefined || full.length !== 1 || full[0] === c) continue;
    const l = full[0];
    // (written apart from the full name at least once: a piece never written alone is the pieces' rules' to judge)
    if (c.count <= l.count) continue;
    // (the other part not only words of the dictionary either: "Niall Cassidy", not "Grace Period")
    const rest = bySurname.get(c.key) ? c.key : l.key.split(' ').slice(1).join(' ');
    if (!plain(rest)) continue;
    l.preferName ??= bestSurface(l);
    takeShortForm(l, c);
  }
}
/**
 * Words in lower case that name what kind of thing a name is, not another thing: its tools, services, principles, a
 * place's kind ("Informatica tooling", "FAIR principle", "provincie Overijssel"); not "injection" of "SQL injection"
 * nor "certificate" of "SSL certificate", things of their own.
 */
const KIND_WORDS = new Set(
  `tool tools tooling service services solution solutions product products software platform principle principles
  conformance framework programme program initiative keys
  quartier commune ville région département secteur site dispositif
  barrio ciudad provincia municipio comarca región programa
  comune città quartiere regione programma
  município cidade bairro região
  provincie gemeente wijk stad regio`.split(/\s+/),
);
/**
 * A kept name with a word of its kind before or after it is that name, when the deck writes the name by itself at
 * least as often: "FIDO2 keys" and "FAIR principle" of "FIDO2" and "FAIR", "provincie Overijssel" and "quartier
 * Champ-Fleuri" of the places, "Informatica tooling" of the vendor. The name keeps its own name; the longer form
 * becomes its alias. (A hyphenated compound is a thing of its own: "SMGW-Rahmenvertrag".)
 */
function mergeNameWithWord(kept: Candidate[]): void {
  const byKey = new Map(kept.filter((c) => c.count > 0).map((c) => [c.key, c]));
  for (const c of kept) {
    if (c.count === 0 || c.kind === 'acronym' || c.kind === 'pattern' || c.kind === 'expansion' || c.acronym)
      continue;
    if (c.typeHint === 'PERSON' || (c.titleExact ?? 0) > 0) continue;
    const words = bestSurface(c).split(/\s+/);
    if (words.length !== 2) continue;
    const lowerAt = words.findIndex((w) => KIND_WORDS.has(w));
    if (lowerAt < 0) continue;
    const other = words[1 - lowerAt];
    // (the name: an acronym, a word with a digit or a capital inside, or a capitalised word no dictionary holds;
    // "Credential" of "Credential services" is a word)
    if (!/^[\p{Lu}\d]/u.test(other)) continue;
    if (!/^\p{Lu}[\p{Lu}\d&-]+$|\d|^\p{Lu}\p{Ll}+\p{Lu}/u.test(other) && inDictionary(other.toLowerCase()))
      continue;
    const name = byKey.get(conceptKey(other));
    if (!name || name === c || name.count < c.count || name.typeHint === 'PERSON') continue;
    name.preferName ??= bestSurface(name);
    absorb(name, c);
  }
}
/** The last word of an institution's name that a deck uses alone for it ("the Society", "the Trust", "the Scheme"). */
const INSTITUTION_HEAD =
  /^(?:society|trust|council|authority|university|college|foundation|institute|agency|commission|fund|syndicate|scheme|ministry|regulator|cooperative)$/;
/**
 * An institution called by the last word of its name ("the Society" of "Wealdbridge Building Society", "the Scheme"
 * of "Harcourt Engineering Pension Scheme"): when one name of the deck ends with that word and has a word of its own
 * (no dictionary phrase: "Building Society" is a kind), the word alone is that name, even where the name is written
 * once (the title slide), and its first word is no name the deck uses alone more often.
 */
function mergeInstitutionShortForms(cands: Map<string, Candidate>): void {
  for (const c of cands.values()) {
    if (
      c.count === 0 ||
      c.kind === 'acronym' ||
      c.typeHint ||
      c.key.includes(' ') ||
      !INSTITUTION_HEAD.test(c.key)
    )
      continue;
    const surface = bestSurface(c);
    if (!/^\p{Lu}/u.test(surface) || c.lower > 0) continue;
    const names = [...cands.values()].filter((l) => {
      if (l === c || l.count === 0 || l.kind === 'acronym' || !l.key.endsWith(` ${c.key}`)) return false;
      const ws = bestSurface(l).split(/\s+/);
      return (
        ws.length >= 2 &&
        ws.length <= 6 &&
        ws.every((w) => /^[\p{Lu}\d]/u.test(w) || CONNECTOR_WORDS.has(w)) &&
        !dictionaryPhrase(ws.filter((w) => !CONNECTOR_WORDS.has(w)).join(' '))
      );
    });
    // (the longest of nested names: "Harcourt Engineering Pension Scheme" over "Engineering Pension Scheme")
    const longest = names.filter((l) => !names.some((m) => m !== l && m.key.endsWith(` ${l.key}`)));
    if (longest.length !== 1) continue;
    const into = longest[0];
    // (not a name led by a name the deck uses alone: "Celtavia" of "Celtavia Scheme", "Humberside" of "Humberside Law
    // Society" name the airline and the county, and "the Scheme", "the Society" may be others)
    const lead = cands.get(conceptKey(bestSurface(into).split(/\s+/)[0]));
    if (lead && lead !== c && lead.count > into.count) continue;
    into.preferName ??= bestSurface(into);
    absorb(into, c);
  }
}
/** A particle of a surname ("Le Corre", "van der Berg", "da Silva"). */
const NAME_PARTICLE_WORD =
  /^(?:le|la|de|du|da|das|do|dos|del|della|di|van|von|der|den|ter|ten|zu|el|al|Le|La|De|Du|Da|Del|Della|Di|Van|Von|Der|El|Al)$/;
/**
 * A phrase written at most once outside the one longer phrase of the deck that ends with it is that phrase: "ready
 * meals" of "chilled ready meals", "joint failure" of "Cable joint failure", "handle time" of "Average handle time"
 * (AHT). The longer one takes its surfaces; a phrase the deck also writes on its own ("access control" beside "broken
 * access control") stays.
 */
function mergeInnerPhrases(kept: Candidate[]): void {
  for (const c of kept) {
    if (c.count === 0 || !c.key.includes(' ') || c.kind === 'acronym' || c.kind === 'pattern' || c.typeHint)
      continue;
    if (c.kind === 'expansion' || c.acronym !== undefined || (c.titleExact ?? 0) > 0) continue;
    // (a name of capitalised words is mergeShortNames' to judge: "Frobnitz Studio", "Los Quillayes")
    if ([...c.surfaces.keys()].every((x) => x.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w)))) continue;
    const longer = kept.filter((l) => l !== c && l.count >= 2 && !l.typeHint && l.key.endsWith(` ${c.key}`));
    if (longer.length !== 1) continue;
    const l = longer[0];
    if (c.count - l.count > 1) continue;
    // (named as the longer phrase is written, not by its acronym: "Average handle time")
    const own = [...l.surfaces].filter(([x]) => !acronymForm(x));
    if (own.length > 0) l.preferName ??= bestSurface({ ...l, surfaces: new Map(own) });
    for (const [x, n] of c.surfaces) l.surfaces.set(x, (l.surfaces.get(x) ?? 0) + n);
    for (const x of c.slides) l.slides.add(x);
    l.count += Math.max(0, c.count - l.count);
    c.count = 0;
  }
}
/** The last word of a company's name: a legal form, or a head companies take ("Technologies", "Holdings"). */
const COMPANY_LAST =
  /^(?:gmbh|ag|se|kg|kgaa|inc|ltd|llc|llp|lp|plc|corp|corporation|co|company|sa|sas|sarl|spa|srl|sl|slu|ltda|nv|bv|oy|oyj|ab|asa|pty|limited|holdings|partners|technologies|systems|industries|solutions|pharmaceuticals|therapeutics|capital|airlines|motors|services|analytics|automotive|group|gruppe|grupo|gruppo|groupe|energy|logistics|labs|robotics|consulting|consultants|networks|ventures|media|foods|pharma|biotech|insurance|software|engineering|electronics|semiconductors|materials|chemicals|marine|aviation|renewables|telecom|telecoms|associates|investments|resources|mining|metals|construction|shipping|minerals|gold|copper|lithium|nickel|uranium|zinc|silver)$/;
/** A region a company's branch is named after (keys: lower case). */
const REGION_WORDS = new Set(
  'uk us usa eu emea apac latam dach nordics iberia benelux americas asia-pacific mena'.split(' '),
);
const region = (key: string): boolean =>
  REGION_WORDS.has(key) ||
  isPlaceName(key) ||
  (/^(?:north|south|east|west|central|northern|southern|eastern|western) \S+$/.test(key) &&
    isPlaceName(key.split(' ')[1]));
/** An institution's last word: a name of two words or more before it is its short form ("Calderhaven Port"). */
const INSTITUTION_LAST = /^(?:authority|centre|center|agency|association|foundation|institute)$/;
/** Articles a place's name starts with ("Le Havre", "La Rochelle", "The Hague", "Den Helder", "El Paso"). */
const PLACE_ARTICLES = ['Le', 'La', 'Les', "L'", 'The', 'El', 'Los', 'Las', 'Den', 'De', 'Il', 'Lo'];
/**
 * A place named with its article, whose word the deck writes without it too ("au Havre", "du Havre" beside "Le
 * Havre"; "Rochelle" of "La Rochelle"): the word is the place, and the place is named whole. Only where the deck writes
 * the whole name at least once, at a sentence's start too (a surname "Paz" is no "La Paz").
 */
function mergeArticlePlaces(kept: Candidate[], cands: Map<string, Candidate>): void {
  const byKey = new Map(kept.map((k) => [k.key, k]));
  for (const c of kept) {
    if (c.count === 0 || c.key.includes(' ') || c.kind === 'acronym' || c.typeHint === 'PERSON') continue;
    const w = bestSurface(c);
    if (!/^\p{Lu}\p{Ll}/u.test(w)) continue;
    for (const a of PLACE_ARTICLES) {
      const name = a.endsWith("'") ? `${a}${w}` : `${a} ${w}`;
      if (!isCityName(name, true) && !isTownName(name, true)) continue;
      const key = conceptKey(name);
      const whole = byKey.get(key);
      if (whole !== undefined && whole !== c && whole.count > 0) {
        whole.preferName ??= name;
        takeShortForm(whole, c, true);
      } else if ((cands.get(key)?.count ?? 0) > 0 || (c.articleBefore?.get(a) ?? 0) > 0) c.preferName = name;
      break;
    }
  }
}
/**
 * A short form joins the longer name it stands for: its forms and slides; its count holds the name's own ("Nordwagen"
 * is written in each "Nordwagen AG"), so the name counts the short form's uses beyond its own; the better score of
 * the two, or their sum where the short form ranks as the name (mergeLeadShortForms).
 */
function takeShortForm(into: Candidate, c: Candidate, sumScores = false): void {
  for (const [x, n] of c.surfaces) into.surfaces.set(x, (into.surfaces.get(x) ?? 0) + n);
  for (const x of c.slides) into.slides.add(x);
  into.count += Math.max(0, c.count - into.count);
  into.score = sumScores ? into.score + c.score : Math.max(into.score, c.score);
  c.count = 0;
}
function absorb(into: Candidate, c: Candidate): void {
  for (const [s, n] of c.surfaces) into.surfaces.set(s, (into.surfaces.get(s) ?? 0) + n);
  for (const s of c.slides) into.slides.add(s);
  into.count += c.count;
  into.score += c.score;
  into.titleExact = (into.titleExact ?? 0) + (c.titleExact ?? 0);
  if (c.key.includes(' ')) PHRASE_JOINED.add(into);
  c.count = 0;
}
/** Abbreviated kinds of act and their full words, by language ("RD 1093/2010" is "Real Decreto 1093/2010"). */
const ACT_ABBREVIATIONS: Record<string, Record<string, string>> = {
  es: { rd: 'real decreto', rdl: 'real decreto-ley', lo: 'ley orgánica' },
  it: {
    'd.lgs.': 'decreto legislativo',
    'd.lgs': 'decreto legislativo',
    dlgs: 'decreto legislativo',
    'd.l.': 'decreto-legge',
    dl: 'decreto-legge',
    dpr: 'decreto del presidente della repubblica',
    'd.p.r.': 'decreto del presidente della repubblica',
    dm: 'decreto ministeriale',
    'd.m.': 'decreto ministeriale',
  },
  pt: { dl: 'decreto-lei' },
};
/** An act's name as compared: lower case, no number sign ("Lei nº 14.026/2020" → "lei 14.026/2020"). */
const actForm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\s(?:n\.?[º°]\.?|nº|n°|núm\.|n\.)(?=\s?\d)/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
/**
 * An act the deck writes with its kind abbreviated and in full ("RD 1093/2010" and "Real Decreto 1093/2010", "D.Lgs.
 * 152/2006" and "Decreto Legislativo 152/2006") is one concept, named in full.
 */
function mergeActAbbreviations(kept: Candidate[], lang: string): void {
  const abbr = ACT_ABBREVIATIONS[lang];
  if (abbr === undefined) return;
  const byForm = new Map<string, Candidate>();
  for (const c of kept)
    if (c.count > 0 && c.kind === 'pattern') for (const s of c.surfaces.keys()) byForm.set(actForm(s), c);
  for (const c of kept) {
    if (c.count === 0 || c.kind !== 'pattern') continue;
    const m = /^(\S+) ?(\d[\d./-]*)$/u.exec(actForm(bestSurface(c)));
    const full = m === null ? undefined : abbr[m[1]];
    const into = full === undefined ? undefined : byForm.get(`${full} ${m![2]}`);
    if (into === undefined || into === c || into.count === 0) continue;
    into.preferName ??= bestSurface(into);
    absorb(into, c);
  }
}
/** Single words that absorbed a phrase naming them ("injection flaws" → "injection"): concepts in their own right. */
const PHRASE_JOINED = new WeakSet<Candidate>();

/**
 * Variants of one name inside a document become one concept (the other forms stay as aliases, so the merge is
 * visible and every surface still links): a name and the same name with a version ("ASVS 4.0" → "ASVS"), with a
 * vendor in front ("Microsoft Entra ID" → "Entra ID" keeps the longer, more specific name), and a plural in
 * the document's language ("Schwachstellen" / "Schwachstelle"). Never across types that the surface forms
 * already tell apart (PERSON hints stay apart).
 */
function mergeVariants(kept: Candidate[], lang: string): void {
  const byKey = new Map(kept.filter((c) => c.count > 0).map((c) => [c.key, c]));
  const live = (c: Candidate | undefined) => (c && c.count > 0 && !c.typeHint ? c : undefined);
  // the same words in another order ("Top 10 OWASP" / "OWASP Top 10"): the more frequent order names it
  const bag = new Map<string, Candidate>();
  for (const c of [...kept].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))) {
    if (c.count === 0 || c.typeHint || !c.key.includes(' ')) continue;
    const k = c.key.split(' ').sort().join(' ');
    const first = bag.get(k);
    if (first) absorb(first, c);
    else bag.set(k, c);
  }
  // a word broken by a hyphen or a space ("XML Exter-nal Entities", "data base"): the joined word names it when the
  // document writes it whole (and a generic word broken in two is no concept either: "Unter-nehmen")
  for (const c of kept) {
    if (c.count === 0 || c.typeHint || c.kind === 'acronym') continue;
    const w = c.key.split(' ');
    if (w.length === 2 && GENERIC_WORDS.has(w[0] + w[1])) {
      c.count = 0;
      continue;
    }
    for (let i = 0; i + 1 < w.length; i++) {
      const into = live(byKey.get([...w.slice(0, i), w[i] + w[i + 1], ...w.slice(i + 2)].join(' ')));
      if (into && into !== c) {
        into.preferName ??= bestSurface(into);
        absorb(into, c);
        break;
      }
    }
  }
  // a title "<concept> Process" / "<org> <concept> Overview": a generic word after a known concept of two words
  // or more names the slide about it ("Fed PKI Cross Certification Process" → "Cross Certification")
  const liveByKey = new Map(kept.filter((c) => c.count > 0).map((c) => [c.key, c]));
  for (const c of kept) {
    if (c.count === 0 || c.kind !== 'title' || c.typeHint) continue;
    const w = c.key.split(' ');
    // "Avoiding Injection Flaws", "Broken Authentication Illustrated": an action on a known concept, or the
    // concept shown, is a slide about the concept
    const core =
      lang === 'en' && w.length >= 2
        ? IMPERATIVE_GERUNDS.has(w[0]) || LAUNCH_GERUNDS.has(w[0])
          ? liveByKey.get(w.slice(1).join(' '))
          : TITLE_SHOWN.test(w[w.length - 1])
            ? liveByKey.get(w.slice(0, -1).join(' '))
            : undefined
        : undefined;
    if (core && core !== c && core.count > 0) {
      // (the concept keeps its own name: "Pulsar X2", not the title "Launching Pulsar X2" counted twice)
      core.preferName ??= bestSurface(core);
      absorb(core, c);
      continue;
    }
    if (w.length < 3 || !GENERIC_WORDS.has(w[w.length - 1])) continue;
    // (unless the deck's text uses the whole title as a term, beyond the slides it titles: "the Top 10 Application
    // Security Risks" is the name of what the deck is about, not a slide about "application security")
    if ((c.textHits ?? 0) >= Math.max(3, 2 * (c.titleExact ?? 1))) continue;
    for (let i = 0; i + 2 <= w.length - 1; i++) {
      const core = liveByKey.get(w.slice(i, -1).join(' '));
      if (core && core !== c && core.kind !== 'acronym' && core.count > 0) {
        absorb(core, c);
        break;
      }
    }
  }
  // the same content words up to their endings ("risques de sécurité applicatifs" / "risques sécurité des
  // applications"): words of seven letters or more compared by their first seven, connectors left out
  // (and, in French, Spanish, Portuguese and Italian, without the final vowel or plural of words of five letters or
  // more: "affidamenti diretti" / "affidamento diretto", "datos personales" / "dato personal")
  const romance = ROMANCE_LANGS.has(lang);
  const stemWord = (x: string) => {
    const y = romance && x.length >= 5 ? x.replace(/(?:[aeiou]s|[aeiou])$/, '') : x;
    return y.length >= 7 ? y.slice(0, 7) : y;
  };
  const stemBag = new Map<string, Candidate>();
  for (const c of [...kept].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))) {
    if (c.count === 0 || c.typeHint || c.kind === 'acronym' || !c.key.includes(' ')) continue;
    const content = c.key.split(' ').filter((x) => !BAG_CONNECTORS.has(x));
    if (content.length < 2) continue;
    const k = content.map(stemWord).sort().join(' ');
    const first = stemBag.get(k);
    if (first) absorb(first, c);
    else stemBag.set(k, c);
  }
  // a name and its English form in a deck of another language, written with cognates ("contrôle d’accès" / "Access
  // Control", "inyección SQL" / "SQL Injection"): every content word of one matches a word of the other by its
  // shape, in another order; the English one's words are all English by the lexicon (or acronyms), the other has a
  // word that is not. The English form names it, the deck's form is its alias, so that decks in other languages
  // find it under one name ("gestion de session" and "Session Management" share one word of two: not merged)
  if (lang !== 'en') {
    const content = (c: Candidate) => c.key.split(' ').filter((x) => !BAG_CONNECTORS.has(x));
    // (Latin script only: a cognate is a spelling)
    const latin = (c: Candidate) => /^[a-z0-9 '’-]+$/.test(c.key);
    const acr = (c: Candidate, w: string) =>
      /^[a-z][a-z0-9]{1,5}$/.test(w) && new RegExp(`\\b${w.toUpperCase()}\\b`).test(bestSurface(c));
    const pool = kept.filter(
      (c) =>
        c.count > 0 &&
        !c.typeHint &&
        c.kind !== 'acronym' &&
        latin(c) &&
        content(c).length >= 2 &&
        content(c).length <= 4,
    );
    const english = pool.filter((c) => content(c).every((w) => acr(c, w) || isEnglishWord(w)));
    for (const own of pool) {
      if (own.count === 0 || english.includes(own)) continue;
      const ws = content(own);
      for (const en of english) {
        if (en.count === 0 || en === own) continue;
        const es = content(en);
        if (es.length !== ws.length) continue;
        // (the same order is the same language's variant: "communication interne" / "communication externe";
        // a translation swaps a Romance term's order: "contrôle d’accès" / "Access Control")
        if (ws.every((w, i) => cognate(w, es[i]))) continue;
        const left = [...es];
        if (
          ws.every((w) => {
            const i = left.findIndex((e) => cognate(w, e));
            if (i < 0) return false;
            left.splice(i, 1);
            return true;
          })
        ) {
          en.preferName ??= bestSurface(en);
          absorb(en, own);
          break;
        }
      }
    }
  }
  // a clipped word ("Fed PKI" / "Federal PKI", "E-Auth" / "E-Authentication"): the same name written short.
  // Only names with the same separators and the same first two letters in every word can pair: grouped by that
  // signature, the comparison stays near linear on a large deck.
  const parts = (k: string) => k.split(/[ -]/);
  // (words, not numbers: "10" is no clipped "10.000")
  const clipped = (short: string, full: string) =>
    short.length >= 2 &&
    short.length <= 4 &&
    full.length >= 2 * short.length &&
    full.startsWith(short) &&
    /\p{L}/u.test(short);
  const groups = new Map<string, Candidate[]>();
  for (const c of kept) {
    if (c.count === 0 || c.typeHint || c.kind === 'acronym' || !/[ -]/.test(c.key)) continue;
    const sig =
      c.key.replace(/[^ -]/g, '') +
      '|' +
      parts(c.key)
        .map((p) => p.slice(0, 2))
        .join(' ');
    const g = groups.get(sig);
    if (g) g.push(c);
    else groups.set(sig, [c]);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    for (const a of g)
      for (const b of g) {
        if (a === b || a.count === 0 || b.count === 0) continue;
        const pa = parts(a.key);
        const pb = parts(b.key);
        let strict = 0;
        let ok = true;
        for (let i = 0; i < pa.length && ok; i++) {
          if (pa[i] === pb[i]) continue;
          if (clipped(pa[i], pb[i])) strict++;
          else ok = false;
        }
        if (ok && strict > 0) {
          // the full form names the concept ("Federal PKI", not "Fed PKI")
          b.preferName ??= [...b.surfaces.entries()].sort(
            (x, y) => y[1] - x[1] || x[0].localeCompare(y[0]),
          )[0][0];
          absorb(b, a);
        }
      }
  }
  // one compound with a clipped modifier ("Elektroschrott" / "Elektronikschrott"): the same head of five letters or
  // more, and one modifier the other's first letters (at most three letters apart); grouped by the head's letters
  const bySuffix = new Map<string, Candidate[]>();
  for (const c of kept) {
    if (c.count === 0 || c.typeHint || c.kind === 'acronym' || c.key.includes(' ') || c.key.length < 10)
      continue;
    const g = bySuffix.get(c.key.slice(-5));
    if (g) g.push(c);
    else bySuffix.set(c.key.slice(-5), [c]);
  }
  for (const g of bySuffix.values()) {
    if (g.length < 2) continue;
    g.sort((x, y) => x.key.length - y.key.length || x.key.localeCompare(y.key));
    for (let i = 0; i < g.length; i++)
      for (let j = i + 1; j < g.length; j++) {
        const [a, b] = [g[i], g[j]];
        if (a.count === 0 || b.count === 0) continue;
        const extra = b.key.length - a.key.length;
        if (extra < 1 || extra > 3) continue;
        // a = P + S, b = P + Q + S with |P| ≥ 5, |S| ≥ 5, |Q| = extra
        let match = false;
        for (let p = 5; p <= a.key.length - 5; p++)
          if (b.key.startsWith(a.key.slice(0, p)) && b.key.endsWith(a.key.slice(p))) {
            match = true;
            break;
          }
        if (!match) continue;
        const [into, from] = a.count >= b.count ? [a, b] : [b, a];
        absorb(into, from);
      }
  }
  // an acronym nobody spelled out in brackets, when exactly one kept phrase has its initials ("FPKI" ← "Federal
  // PKI"; three letters at least: two initials fit too many phrases, "OS" is no "OWASP Security"), or one phrase was
  // glossed with it ("Falsification de requête intersite (CSRF)": a translated name)
  const phrases = kept.filter(
    (c) => c.count > 0 && c.kind !== 'acronym' && c.key.includes(' ') && !c.acronym,
  );
  for (const a of kept) {
    if (a.count === 0 || a.kind !== 'acronym' || a.expansion) continue;
    const acr = a.key.toUpperCase();
    // (an acronym with small letters takes them from the joining words: "OdC" of "Ospedali di Comunità", "CdC" of
    // "Case della Comunità")
    const joined = /^\p{Lu}+\p{Ll}\p{Lu}/u.test(bestSurface(a));
    // (two letters only for a name of two words in Title Case: "EA" of "Environment Agency", "BV" of "Bureau Veritas";
    // not "OWASP Security")
    // (written by their letters, accents too, "Örnek Saldırı" is no "OS"; and on a slide of the acronym's: "OS" of
    // "commandes OS" is no "Open Source" of another slide)
    // (not a country's or a region's code, "US" of "User Stories", "EU" of "Energy Union"; a name written twice at
    // least)
    const twoWordName = (p: Candidate) =>
      !COUNTRY_LABELS.has(acr) &&
      !REGION_WORDS.has(acr.toLowerCase()) &&
      !/^(?:EU|UN|UE|EC|US|UK|CA|AU|NZ|IT|IN|IS|OR|AS|AT|BE|NO|TO|SO|DO|GO|ME|MY|HI|OK|PR)$/.test(acr) &&
      p.count >= 2 &&
      /^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(bestSurface(p)) &&
      bestSurface(p)
        .split(' ')
        .map((w) => w[0])
        .join('') === acr &&
      [...p.slides].some((x) => a.slides.has(x));
    let hits =
      acr.length === 2 && /^[A-Z]{2}$/.test(acr)
        ? phrases.filter((p) => p.count > 0 && twoWordName(p))
        : acr.length >= 3
          ? phrases.filter(
              (p) =>
                p.count > 0 &&
                (strictInitials(p.key, acr) ||
                  (joined &&
                    p.key
                      .split(' ')
                      .map((w) => w[0])
                      .join('')
                      .toUpperCase() === acr)),
            )
          : [];
    if (hits.length === 0) hits = phrases.filter((p) => p.count > 0 && p.gloss === acr);
    if (hits.length === 1) {
      const into = hits[0];
      absorb(into, a);
      into.acronym = acr;
    }
  }
  // an acronym that became its expansion's alias still names it: "ASVS 4.0" and "OWASP ASVS" join the expansion
  const byAcronym = new Map<string, Candidate>();
  for (const c of kept) if (c.count > 0 && c.acronym) byAcronym.set(c.acronym.toLowerCase(), c);
  const named = (key: string) =>
    live(byKey.get(key)) ?? (key.includes(' ') ? undefined : live(byAcronym.get(key)));
  for (const c of kept) {
    if (c.count === 0 || c.typeHint) continue;
    const w = c.key.split(' ');
    // "Shapes Lab panel", "Effects Lab feature": a name with a generic head of a product's parts is the name (not a
    // name of three capitalised words or more, whose head is its own: "Intermediary Advisory Panel"; German
    // capitalises every noun, "PPA-Option")
    if (
      w.length >= 2 &&
      PART_HEADS.test(w[w.length - 1]) &&
      (lang === 'de' || w.length < 3 || /^\p{Ll}/u.test(bestSurface(c).split(/\s+/).pop() ?? '')) &&
      c.kind !== 'pattern' &&
      (c.titleExact ?? 0) === 0
    ) {
      const into = live(byKey.get(w.slice(0, -1).join(' ')));
      if (into && into !== c) absorb(into, c);
      else c.count = 0;
      continue;
    }
    // a name with a head that says "a weakness of this kind" is the name ("injection flaws", "Injection-Schwachstellen")
    if (w.length >= 2 && c.kind !== 'pattern' && c.kind !== 'title' && FLAW_HEADS.has(w[w.length - 1])) {
      const into = live(byKey.get(w.slice(0, -1).join(' ')));
      // only into a name: a phrase, or a word that titles a slide ("security vulnerability" is no "security")
      if (
        into &&
        into !== c &&
        into.kind !== 'acronym' &&
        (into.key.includes(' ') || (into.titleExact ?? 0) > 0)
      ) {
        absorb(into, c);
        continue;
      }
    }
    // the same with the head first, as French and Spanish write it ("failles d’injection", "fallas de inyección")
    if (w.length >= 3 && ROMANCE_FLAW_HEADS.has(w[0]) && /^(?:de|d|du|des|del)$/.test(w[1])) {
      const into = live(byKey.get(w.slice(2).join(' ')));
      // (only into a name of a weakness: "fallas de mercado" are no "mercado")
      if (into && into !== c && into.kind !== 'acronym' && WEAKNESS.test(bestSurface(into))) {
        absorb(into, c);
        continue;
      }
    }
    // an acronym with a generic head noun names the acronym's concept ("CWE entry", "XSS flaws", "failles XSS",
    // "FEED-studie", "tag RFID")
    if (w.length === 2 && c.kind !== 'pattern') {
      const [acr, head] = ACRONYM_HEADS.has(w[1]) ? [w[0], w[1]] : [w[1], w[0]];
      const into = ACRONYM_HEADS.has(head) ? named(acr) : undefined;
      if (into && into !== c && (into.kind === 'acronym' || into.acronym?.toLowerCase() === acr)) {
        absorb(into, c);
        continue;
      }
    }
    // an organisation's acronym in front of an acronym with an expansion ("OWASP ASVS": the key's last word lost its
    // "s" to the plural rule, the surface keeps it)
    const lastAcr = (bestSurface(c).split(/\s+/).pop() ?? '').replace(/s$/, '').toLowerCase();
    const acrKey = byAcronym.has(w[1] ?? '') ? w[1] : lastAcr;
    if (w.length === 2 && VENDORS.has(w[0]) && byAcronym.has(acrKey)) {
      const into = live(byAcronym.get(acrKey));
      if (into && into !== c) {
        absorb(into, c);
        continue;
      }
    }
    // version suffix → the bare name (which names the concept: the version is one release of it), when the bare
    // name is used on its own somewhere; a bare name seen only where the versioned one is ("Oracle Database" of
    // "Oracle Database 19c") is its fragment: the versioned name stays whole
    // (not a number grouped in thousands: "Top 10.000" is no release of "Top 10")
    if (w.length >= 2 && isVersion(w[w.length - 1])) {
      // (the bare name's key is singular where the versioned one's is not: "labware lims 7.2" / "labware lim")
      const base = named(w.slice(0, -1).join(' ')) ?? named(conceptKey(w.slice(0, -1).join(' ')));
      if (base && base !== c && base.kind !== 'acronym' && [...base.slides].every((x) => c.slides.has(x))) {
        // (a release's number, not a year's: "Politique de télétravail 2026" is named by the policy; an act by its
        // date keeps its year, "DM 21 aprile 2011")
        if (!/^(?:19|20)\d\d$/.test(w[w.length - 1]) || c.kind === 'pattern') c.preferName ??= bestSurface(c);
        absorb(c, base);
        continue;
      }
      if (base && base !== c) {
        const long = [...base.surfaces].filter(([x]) => !acronymForm(x));
        if (base.kind !== 'acronym' && long.length > 0)
          base.preferName ??= bestSurface({ ...base, surfaces: new Map(long) });
        // (an acronym the deck writes with this version three times in four is named with it, "PPR 2.0", not "PPR":
        // its versioned names are patterns, each written once where it stands, "PPR 2.0", "Kinder-PPR 2.0")
        if (base.kind === 'acronym' && c.kind === 'pattern') {
          const versioned = kept
            .filter((d) => d.kind === 'pattern' && (d === c || d.key.endsWith(` ${c.key}`)))
            .reduce((n, d) => n + d.count, 0);
          if (versioned * 4 >= base.count * 3) base.preferName ??= bestSurface(c);
        }
        absorb(base, c);
        continue;
      }
    }
    // vendor prefix: the bare name joins the vendor-prefixed one
    if (w.length >= 2 && VENDORS.has(w[0])) {
      const bare = live(byKey.get(w.slice(1).join(' ')));
      if (
        bare &&
        bare !== c &&
        bare.kind !== 'acronym' &&
        (w.length >= 3 || bare.kind === 'pattern' || bare.kind === 'capitalised')
      ) {
        // (the spelled-out name of an acronym stays the name: "OWASP ASVS" and "ASVS" still find it)
        if (bare.kind === 'expansion') {
          absorb(bare, c);
          continue;
        }
        c.preferName ??= [...c.surfaces.entries()].sort(
          (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
        )[0][0];
        absorb(c, bare);
        continue;
      }
    }
    // a maker's name before a product's acronym ("SAP EWM", "Claroty SRA", "amfori BSCI"): the acronym written only
    // on slides that also write it with its maker is the same product
    if (w.length === 2 && c.count >= 2 && c.kind !== 'acronym' && c.kind !== 'expansion') {
      const maker = bestSurface(c).split(/\s+/)[0];
      const bare = live(byKey.get(w[1]));
      if (
        bare &&
        bare !== c &&
        bare.kind === 'acronym' &&
        !bare.expansion &&
        (VENDORS.has(w[0]) ||
          (lang === 'en' &&
            /^\p{Lu}[\p{L}\d&.-]*$/u.test(maker) &&
            !isEnglishWord(w[0]) &&
            !inDictionary(w[0]) &&
            !isPlaceName(maker) &&
            !isCityName(maker) &&
            !isRegionName(maker))) &&
        [...bare.slides].every((x) => c.slides.has(x)) &&
        // (nor the start of a numbered document: "NIST SP" of "NIST SP 800-63")
        !kept.some((k) => k.count > 0 && k.kind === 'pattern' && k.key.startsWith(`${c.key} `))
      ) {
        c.preferName ??= bestSurface(c);
        absorb(c, bare);
        continue;
      }
    }
    // plural in the document's language (English plurals are already folded by the key)
    const re = PLURAL[lang];
    if (re && re.test(w[w.length - 1])) {
      for (const ending of PLURAL_ENDINGS[lang] ?? ['en', 'n', 'e', 's', 'er', 'x', 'es', 'i']) {
        const [end, singular = ''] = ending.split('>');
        const last = w[w.length - 1];
        if (!last.endsWith(end) || last.length - end.length < 4) continue;
        const sing = live(byKey.get([...w.slice(0, -1), last.slice(0, -end.length) + singular].join(' ')));
        if (sing && sing !== c && sing.kind !== 'acronym') {
          // the more frequent form names the concept (the singular when as frequent: "Vertriebszyklus"; always the
          // indefinite form in the Scandinavian languages, whose definite ending is an article: "drifttekniker")
          const [into, from] = sing.count >= c.count ? [sing, c] : [c, sing];
          if (sing.count === c.count || /^(?:sv|da|no)$/.test(lang)) into.preferName ??= bestSurface(sing);
          absorb(into, from);
          break;
        }
      }
    }
  }
  void singularise;
}

/** Case and number endings, longest first (a light stemmer: enough to tell forms of one word apart from others). */
const SLAVIC_ENDINGS =
  'иями ями ами иях ией ого его ому ему ыми ими ях ах ой ей ий ый ая яя ое ее ые ие ых их ым им ую юю ов ев ом ем ам ям ия ию ии ів їв ій а я о е ы и у ю ь й і ї'.split(
    ' ',
  );
// concept keys fold diacritics ("й" → "и", "ё" → "е"): the folded endings too, longest first
const SLAVIC_KEY_ENDINGS = [...new Set(SLAVIC_ENDINGS.flatMap((e) => [e, e.replace(/й/g, 'и')]))].sort(
  (a, b) => b.length - a.length,
);
/**
 * The case and number endings of the Latin-script languages that inflect their nouns (keys: no diacritics, so "-ích"
 * is "-ich"): West Slavic, Finnish, Hungarian; the longest first.
 */
const latinEndings = (s: string) => s.split(' ').sort((a, b) => b.length - a.length);
const WEST_SLAVIC_ENDINGS = latinEndings(
  'ami ach ich ech em ym ymi ych um ove oveho eho emu ego ych ymi om ou ie ia ov ej iem a e o u y i',
);
const INFLECTION: Record<string, string[]> = {
  // (Romanian: the article written at the noun's end, and the genitive: "emisiile", "emisiilor", "emisii")
  ro: latinEndings('ilor elor ului ile ele ul ii ei ea le a e i'),
  // (Greek, without its accents, as keys are; Bulgarian: the article written at the noun's end, "-ът", "-та")
  el: latinEndings('εων ους ων ος ου ης ες ας εις α η ο ι'),
  bg: [...new Set([...'ията ите ът ят та то те'.split(' '), ...SLAVIC_KEY_ENDINGS])].sort(
    (a, b) => b.length - a.length,
  ),
  ru: SLAVIC_KEY_ENDINGS,
  uk: SLAVIC_KEY_ENDINGS,
  pl: WEST_SLAVIC_ENDINGS,
  cs: WEST_SLAVIC_ENDINGS,
  sk: WEST_SLAVIC_ENDINGS,
  fi: latinEndings(
    'iden itten issa ista illa ilta ille iksi ina ineen ssa sta lla lta lle ksi tta ien den ten jen in an en on un yn a n t i',
  ),
  hu: latinEndings(
    'jaban jeben aban eben ban ben bol nak nek val vel ra re rol tol hoz hez ig ert kor kent jai jei ai ei ok ek ak ja je ot et at a e t',
  ),
};

/**
 * Russian and Ukrainian inflect every word of a term by case and number ("учетные записи", "учетных записей",
 * "учетной записи"): before any threshold, the same words up to their endings are one candidate, named later by
 * its most frequent form (the others stay as aliases). Person names (typeHint) and acronyms stay as they are.
 */
function foldInflections(cands: Map<string, Candidate>, lang: string): void {
  const endings = INFLECTION[lang];
  if (!endings) return;
  const byStem = new Map<string, Candidate>();
  const merged = new Set<Candidate>();
  const suffixing = lang === 'fi' || lang === 'hu';
  const live = (c: Candidate | undefined) =>
    c !== undefined && c.count > 0 && !c.typeHint && c.kind !== 'acronym' ? c : undefined;
  // (Finnish and Hungarian add their case endings to the word's own form: a form folds into the shorter form the
  // document writes, its last word's ending taken off, "csúcsidőszakban" into "csúcsidőszak", longest forms first; a
  // stem of both would differ, "csúcsidősz-")
  const order = suffixing
    ? [...cands.values()].sort((a, b) => b.key.length - a.key.length || a.key.localeCompare(b.key))
    : [...cands.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  for (const c of order) {
    if (!live(c)) continue;
    let into: Candidate | undefined;
    if (suffixing) {
      const ws = c.key.split(' ');
      const last = ws[ws.length - 1];
      for (const e of /^\p{Script=Latin}+$/u.test(last) ? endings : [])
        if (last.endsWith(e) && last.length - e.length >= 4) {
          into = live(cands.get([...ws.slice(0, -1), last.slice(0, -e.length)].join(' ')));
          if (into && into !== c) break;
          into = undefined;
        }
      if (!into) continue;
    } else {
      const k = c.key
        .split(' ')
        .map((x) => stemOf(x, endings))
        .join(' ');
      into = byStem.get(k);
      if (!into) {
        byStem.set(k, c);
        continue;
      }
    }
    into.lower += c.lower;
    into.midCap += c.midCap;
    into.titleHits = (into.titleHits ?? 0) + (c.titleHits ?? 0);
    if (KIND_WEIGHT[c.kind] > KIND_WEIGHT[into.kind]) into.kind = c.kind;
    absorb(into, c);
    merged.add(into);
  }
  // (Finnish and Hungarian name the concept by its most frequent form, whatever the case of its first letter, and of
  // forms written as often by the shortest, the nominative: "asiakaspalvelujärjestelmä", not the genitive
  // "Asiakaspalvelujärjestelmän" a line starts with; a Slavic line starts with the nominative)
  for (const c of merged) {
    if (lang !== 'fi' && lang !== 'hu') continue;
    const forms = new Map<string, number>();
    for (const [s, n] of c.surfaces) forms.set(s.toLowerCase(), (forms.get(s.toLowerCase()) ?? 0) + n);
    const form = [...forms.entries()].sort(
      (a, b) => b[1] - a[1] || a[0].length - b[0].length || a[0].localeCompare(b[0]),
    )[0][0];
    c.preferName ??= bestSurface({
      ...c,
      surfaces: new Map([...c.surfaces].filter(([s]) => s.toLowerCase() === form)),
    });
  }
}

/** The word without its longest inflection ending, keeping a stem of three letters or more; other scripts as is. */
function stemOf(word: string, endings: string[]): string {
  const cyrillic = /^\p{Script=Cyrillic}+(?:-\p{Script=Cyrillic}+)*$/u.test(word);
  // (a Latin or Greek stem keeps four letters: "data" and "date" are two words)
  if (!cyrillic && !/^(?:\p{Script=Latin}{5,}|\p{Script=Greek}{5,})$/u.test(word)) return word;
  for (const e of endings)
    if (word.endsWith(e) && word.length - e.length >= (cyrillic ? 3 : 4)) return word.slice(0, -e.length);
  return word;
}

/**
 * A Russian phrase named by its head in the nominative: a slide writes "безопасности приложений" (of application
 * security) where a reader lists "безопасность приложений". Only the first word (the head; the words after it are
 * its dependents and keep their case) is rewritten: -ости → -ость always (no noun ends so in the nominative
 * singular); -ения / -ания and a consonant + -ии / -ию / -ией → -ение / -ание / -ия only when the document writes
 * that form itself (`seen`, lower case), since "компания", "Германия", "сценарии" are nominatives already.
 */
export function nominative(phrase: string, seen: (word: string) => boolean = () => false): string {
  const m = /^(\p{Script=Cyrillic}+)(.*)$/su.exec(phrase);
  if (!m || m[1].length < 4) return phrase;
  const word = m[1];
  const upper = /^\p{Lu}/u.test(word);
  const lower = word.toLowerCase();
  let head = word.length >= 6 ? lower.replace(/ости$/u, 'ость') : lower;
  if (head === lower)
    for (const form of [
      lower.replace(/([еа]ни)(?:я|ю|ем|и)$/u, '$1е'),
      lower.replace(/([^аеёиоуыэюяй])(?:ии|ию|ией)$/u, '$1ия'),
      // a feminine noun in another case, when the deck writes its nominative too ("базу данных" → "база данных",
      // "стороне сервера" → "сторона сервера")
      lower.replace(/([^аеёиоуыэюяйь])(?:у|е|ой|ы)$/u, '$1а'),
      lower.replace(/([^аеёиоуыэюяй])(?:ю|ей)$/u, '$1я'),
    ])
      if (form !== lower && seen(form)) {
        head = form;
        break;
      }
  if (head === lower) return phrase;
  return (upper ? head[0].toUpperCase() + head.slice(1) : head) + m[2];
}

/**
 * A German compound named in the nominative: a slide writes the genitive ("des Qualitätsmanagementsystems", "des
 * Zertifizierungsaudits"); the name is "Qualitätsmanagementsystem". Only compounds whose last part is a neuter or
 * masculine noun that takes -s are rewritten ("Prozess", "Status" end in s in the nominative).
 */
export function germanNominative(phrase: string): string {
  return germanBodyNominative(phrase).replace(
    /(\p{L}{6,}(?:system|management|audit|konzept|projekt|modell|programm|netzwerk|werkzeug|dokument|produkt|verfahren|instrument|element|segment|budget|portal|ziel|handbuch|zertifikat))s$/iu,
    '$1',
  );
}

/** Last parts of German nouns of bodies by their gender (see germanBodyNominative). */
const DE_FEMININE =
  /(?:gesellschaft|ung|heit|keit|schaft|kammer|kasse|agentur|behörde|stiftung|akademie|universität|hochschule|klinik|bank|versicherung|vereinigung|anstalt|union|kommission|konferenz|initiative|allianz|genossenschaft)$/;
const DE_MASCULINE = /(?:dienst|verband|ausschuss|rat|bund|verein|senat)$/;
const DE_NEUTER =
  /(?:amt|institut|ministerium|zentrum|werk|büro|gericht|krankenhaus|kollegium|gremium|netzwerk|forum|bündnis)$/;
/** German adjectives of Latin words in -tal (a valley's adjective ends so too: "Rheintaler"). */
const LATIN_TAL =
  /(?:digital|total|vital|frontal|horizontal|dental|mental|fundamental|kontinental|orien?tal|okzidental|sentimental|instrumental|monumental|experimental|brutal|kapital|postal|genital|prenatal|natal|marital|sagittal|skeletal|zervikal)$/;
/** A capitalised German adjective with its ending ("Deutscher", "Medizinischen", "Niedersächsische"). */
const DE_ADJECTIVE = /^(\p{Lu}\p{Ll}*(?:sch|lich|ig|al|ell|iv|ar|bar|sam))(?:e|en|er|em|es)$/u;

/**
 * A German body's name in the nominative: a slide writes it inflected after an article or a preposition ("der
 * Deutschen Krebsgesellschaft", "vom Medizinischen Dienst", "des Bundesamts für Sicherheit in der
 * Informationstechnik"); the name is "Deutsche Krebsgesellschaft", "Medizinischer Dienst", "Bundesamt für …". Only
 * a head noun of a body whose gender its last part tells, after capitalised adjectives only.
 */
function germanBodyNominative(phrase: string): string {
  const words = phrase.split(' ');
  let i = 0;
  while (i < words.length && DE_ADJECTIVE.test(words[i])) i++;
  if (i >= words.length) return phrase;
  let head = words[i];
  const lower = head.toLowerCase();
  // (a head in the genitive before what it is of, or at the end: "Bundesamts für …", "Ausschusses")
  const bare = /^(.*?)(?:es|s)$/.exec(head)?.[1];
  if (
    bare !== undefined &&
    !DE_FEMININE.test(lower) &&
    (DE_NEUTER.test(bare.toLowerCase()) || DE_MASCULINE.test(bare.toLowerCase())) &&
    (i === words.length - 1 || /^(?:für|der|des|zur|zum|von|vom|in|im|am)$/.test(words[i + 1]))
  )
    head = bare;
  const h = head.toLowerCase();
  const ending = DE_FEMININE.test(h) ? 'e' : DE_MASCULINE.test(h) ? 'er' : DE_NEUTER.test(h) ? 'es' : null;
  if (ending === null) return phrase;
  // (a valley's adjective in -taler is the same in every case: "Rheintaler Kantonalbank"; "Kantonale", "Digitale",
  // "Kontinentale" take it)
  const adjectives = words.slice(0, i).map((w) => {
    const stem = DE_ADJECTIVE.exec(w)?.[1] ?? w;
    return /er$/.test(w) &&
      ending !== 'er' &&
      /\p{L}{3}tal$/u.test(stem) &&
      !LATIN_TAL.test(stem.toLowerCase())
      ? w
      : stem + ending;
  });
  return [...adjectives, head, ...words.slice(i + 1)].join(' ');
}

/** "manage" → "managing", "refactor" → "refactoring", "run" → "running": the gerund of an English verb. */
export function gerundOf(verb: string): string[] {
  const out = [verb + 'ing'];
  if (/[^aeiou]e$/.test(verb)) out.push(verb.slice(0, -1) + 'ing');
  if (/[^aeiou][aeiou][bdgmnprt]$/.test(verb)) out.push(verb + verb[verb.length - 1] + 'ing');
  return out;
}

/**
 * A word the text uses as a verb names the practice its gerund names: "programmers refactor" and "floss refactor"
 * are mentions of "refactoring" and "floss refactoring" when the document has those (English).
 */
function mergeGerunds(cands: Map<string, Candidate>): void {
  for (const c of cands.values()) {
    if (!c.verbEnd || c.count === 0 || c.kind === 'acronym' || c.kind === 'pattern' || c.typeHint) continue;
    const w = c.key.split(' ');
    const last = w[w.length - 1];
    for (const g of gerundOf(last)) {
      // "floss refactor" → "floss refactoring" when the document names it ("programmers refactor" has a subject in
      // front: a clause, dropped by keep)
      const into = cands.get([...w.slice(0, -1), g].join(' '));
      if (into && into !== c && into.count > 0) {
        into.preferName ??= bestSurface(into);
        absorb(into, c);
        break;
      }
    }
  }
}

/**
 * The deck's subject written as a common noun ("refactoring" in titles and across many slides) is left out of its
 * compounds once they are known: "root canal" and "floss" alone stand for "root canal refactoring" and "floss
 * refactoring" when the deck has those phrases (English: the head comes last).
 */
function mergeElliptic(kept: Candidate[], slideCount: number): void {
  const subjects = kept.filter(
    (c) =>
      c.kind === 'ngram' &&
      !c.key.includes(' ') &&
      (c.titleHits ?? 0) >= 3 &&
      c.slides.size >= Math.max(4, 0.3 * slideCount),
  );
  if (subjects.length === 0) return;
  const byKey = new Map(kept.map((c) => [c.key, c]));
  const subjectSet = new Set(subjects);
  for (const s of subjects)
    for (const c of kept) {
      // a subject is no ellipsis of another ("identity" is not "identity credential")
      if (subjectSet.has(c) || c.count === 0 || c.typeHint || c.kind === 'acronym' || c.kind === 'pattern')
        continue;
      const full = byKey.get(`${c.key} ${s.key}`);
      // (as the deck writes it alone, it is the start of the whole phrase: "web applications" is no ellipsis of "web
      // application security", whose modifier is singular)
      const written = full !== undefined && prefixOf(standaloneForm(c, full), full);
      // (nor is a phrase that heads other compounds of the deck a stand-in for one of them: "web application" of "web
      // application firewalls" is a thing of its own)
      const modifies = kept.some(
        (o) =>
          o !== full &&
          o !== c &&
          o.count > 0 &&
          o.key.startsWith(`${c.key} `) &&
          !o.key.endsWith(` ${s.key}`),
      );
      if (full && full.count > 0 && !full.typeHint && written && !modifies) {
        // the whole phrase names the concept
        full.preferName ??= bestSurface(full);
        absorb(full, c);
      }
    }
}

/**
 * The form a deck writes a phrase in most often where it does not stand inside `longer` (lower case): its occurrences
 * inside the longer phrase count against the same form.
 */
function standaloneForm(c: Candidate, longer: Candidate): string {
  const counts = new Map<string, number>();
  for (const [f, n] of c.surfaces) counts.set(f.toLowerCase(), (counts.get(f.toLowerCase()) ?? 0) + n);
  for (const [g, n] of longer.surfaces)
    for (const f of counts.keys()) if (g.toLowerCase().startsWith(`${f} `)) counts.set(f, counts.get(f)! - n);
  return [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? '';
}
/** Whether a lower-case form starts one of a candidate's written forms. */
const prefixOf = (form: string, c: Candidate) =>
  form !== '' && [...c.surfaces.keys()].some((g) => g.toLowerCase().startsWith(`${form} `));

/** Picks the document's concepts from its candidates: filters noise, merges acronym ↔ expansion, ranks. */
/** How many concepts a document keeps: more text, more concepts (candidates grow with the text). */
export function conceptLimit(slideCount: number, candidateCount: number): number {
  return Math.max(
    12,
    Math.min(400, Math.round(slideCount * 1.5 + 6 * Math.sqrt(slideCount) + Math.sqrt(candidateCount))),
  );
}

/**
 * "CWE-79", "CWE-352", "CVE-2021-44228", "RFC 7231": each entry of a catalogue cited by its number also cites the
 * catalogue. A kept acronym that numbers three entries or more counts their occurrences as its own (the entries
 * stay candidates of their own), so "CWE" / "Common Weakness Enumeration" ranks as the standard the deck leans on.
 */
function catalogueEntries(cands: Map<string, Candidate>, kept: Set<Candidate>): void {
  const entries = new Map<string, Candidate[]>();
  for (const c of cands.values()) {
    const m = /^([a-z][a-z0-9]{1,5}) \d[\d ]*$/.exec(c.key);
    if (c.kind === 'pattern' && m) entries.set(m[1], [...(entries.get(m[1]) ?? []), c]);
  }
  for (const [acr, list] of entries) {
    if (list.length < 3) continue;
    // the acronym, or the expansion that carries it when the deck never writes the acronym alone
    const own = cands.get(acr);
    const c =
      own && kept.has(own) && own.kind === 'acronym'
        ? own
        : [...kept].find((x) => x.kind === 'expansion' && x.acronym?.toLowerCase() === acr);
    if (!c) continue;
    for (const e of list) {
      c.count += e.count;
      for (const sl of e.slides) c.slides.add(sl);
    }
  }
}

/** Words that name a step of a scale before its number (keys: lower case, no diacritics). */
const SCALE_STEPS = new Set(
  'cat category level grade tier class severity sev priority prio stufe niveau nivel livello categoria categorie kategorie klasse classe clase'.split(
    ' ',
  ),
);
/**
 * "Standard Statement 1" … "Standard Statement 10", "Module 1" … "Module 8", "PP1" … "PP3": three or more numbered
 * members of one series label the items of a list; the series is the concept: members join the bare name when it is
 * kept, and five or more are dropped without it (three products "Windows 7/10/11" stay); two numbered instances of an
 * acronym written alone twice as often each join it ("SAL 1", "SAL 2" of "SAL").
 */
function numberedSeries(kept: Candidate[]): void {
  const series = new Map<string, Candidate[]>();
  for (const c of kept) {
    if (c.count === 0 || c.typeHint || c.kind === 'pattern') continue;
    // (and codes of a few capitals and one digit: "PP1", "PP2", "PP3" number a project's parts, "WP1" … "WP6")
    const m = c.kind === 'acronym' ? /^([a-z]{1,3})\d$/.exec(c.key) : /^(.+) \d{1,2}$/.exec(c.key);
    if (!m) continue;
    series.set(m[1], [...(series.get(m[1]) ?? []), c]);
  }
  const byKey = new Map(kept.map((c) => [c.key, c]));
  for (const [base, members] of series) {
    // (two numbered instances of an acronym the deck writes alone are its instances: "SAL 1", "SAL 2" of "SAL")
    const bare = byKey.get(base);
    if (
      members.length === 2 &&
      bare?.kind === 'acronym' &&
      bare.count > 0 &&
      members.every((c) => c.kind !== 'acronym' && bare.count >= 2 * c.count)
    ) {
      for (const c of members) absorb(bare, c);
      continue;
    }
    if (members.length < 3) continue;
    // without the bare name a few members stay ("Windows 7", "Windows 11" are products); five or more number a list,
    // and so do three steps of a scale ("Cat 3", "Cat 4", "Cat 5" of a damage scale, "Level 2", "Tier 3")
    const into = byKey.get(base);
    for (const c of members)
      if (into && into.count > 0) absorb(into, c);
      else if (
        members.length >= 5 ||
        SCALE_STEPS.has(stripDiacritics(base)) ||
        members.every((m) => m.kind === 'acronym')
      )
        c.count = 0;
  }
}

/** `poolScale` > 1 returns a larger pool (for a semantic re-ranking that then keeps the limit). */
export function selectConcepts(
  cands: Map<string, Candidate>,
  slideCount: number,
  opts: { poolScale?: number; lang?: string } = {},
): SelectedConcept[] {
  const minSlidesForWord = Math.max(3, Math.ceil(slideCount * 0.08));
  const lang = opts.lang ?? 'en';
  if (lang === 'en') mergeGerunds(cands);
  foldInflections(cands, lang);
  dropPrefixedFragments(cands);
  mergePersonShortForms(cands);
  mergeInstitutionShortForms(cands);
  mergeLeadShortForms(cands, lang);
  // (the pool's size as the regimes below were tuned on: without the terms found inside Chinese and Japanese runs)
  let pool = 0;
  for (const c of cands.values()) if (!c.unspaced) pool++;
  const short = shortDeck(slideCount, pool, lang);
  // (an English deck's title of dictionary words heads its slide up to 40 slides of few words a slide; longer decks'
  // titles name a catalogue's topics)
  const headings = short || (lang === 'en' && slideCount <= 40 && pool <= 80 * slideCount);
  markPieces(cands, minSlidesForWord, slideCount, lang, short, headings);
  let kept = [...cands.values()].filter(
    (c) => c.count > 0 && keep(c, minSlidesForWord, slideCount, lang, short, false, headings),
  );
  // the terms found inside Chinese and Japanese runs (see cjkTerms) fill a list the other candidates leave short (a
  // deck of prose in those scripts, whose titles and Latin words are the rest), best first; where those fill it, they
  // stay out (common words of those scripts have no list here to be told from terms)
  {
    const rank = (c: Candidate) => c.score * Math.log2(1 + c.slides.size);
    const inner = kept
      .filter((c) => c.unspaced)
      .sort((a, b) => rank(b) - rank(a) || a.key.localeCompare(b.key));
    if (inner.length > 0) {
      kept = kept.filter((c) => !c.unspaced);
      kept.push(...inner.slice(0, Math.max(0, CJK_FILL - kept.length)));
    }
  }
  // a short deck of lists names most of its terms once: when the phrases written more often leave room (up to three
  // concepts a slide and ONCE_FILL in all), the noun phrases its lines lead with and the names it writes once fill
  // it, best scored first, and rank after every phrase written more often (a heading's last word says it is none:
  // "Pilot results", "Root causes")
  const once = new Set<Candidate>();
  {
    // (a word that other phrases of the deck hold is a piece of a name: "Rajiv" of "Rajiv Kumar Nistala", "America"
    // of "North America", "Xing" of "Xing and Stroulia")
    let pieces: Set<string> | null = null;
    const piece = (k: string) => {
      if (!pieces) {
        pieces = new Set();
        // (of phrases written as names: "displaced Salesforce" holds no piece of a name)
        for (const x of cands.values())
          if (
            (x.count > 0 || x.thanked) &&
            x.key.includes(' ') &&
            [...x.surfaces.keys()].some((s) =>
              s.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w) || CONNECTOR_WORDS.has(w.toLowerCase())),
            )
          )
            for (const w of x.key.split(' ')) pieces.add(w);
      }
      return pieces.has(k) || pieces.has(`${k}s`);
    };
    const room = Math.min(conceptLimit(slideCount, pool), 4 * slideCount, ONCE_FILL) - kept.length;
    if (room > 0) {
      const keptSet = new Set(kept);
      const keptHeads = kept.filter((k) => k.key.includes(' ')).map((k) => k.key);
      const keptNames = kept.filter((k) => k.kind === 'acronym' || k.kind === 'expansion').map((k) => k.key);
      // (a name and its model's number or letter, when the name alone could fill: "Nintendo Switch 2", "AMD RX
      // 6000", "Xbox Series X"; the name alone is then a piece of it)
      const modelOfName = (c: Candidate): boolean => {
        // (of a name of two words or more, not a year: "John Playfair 1795", nor a day: "Domingo 19")
        const stem = /^(.+ .+) (?:\d{1,4}|[a-z])$/.exec(c.key)?.[1];
        if (/ (?:1[5-9]|20)\d\d$/.test(c.key)) return false;
        const s = stem === undefined ? undefined : cands.get(stem);
        return (
          s !== undefined &&
          s.count === c.count &&
          [...c.surfaces.keys()].every((x) => /^\p{Lu}/u.test(x)) &&
          ((s.leadNP ?? 0) > 0 || s.kind === 'acronym' || camelName(s) || onceName(s))
        );
      };
      for (const c of cands.values()) if (c.count > 0 && modelOfName(c)) c.model = true;
      const nameOnce = (c: Candidate) =>
        c.kind === 'acronym' ||
        camelName(c) ||
        soloName(c, lang) ||
        (lang === 'en' && onceName(c)) ||
        c.romanceName === true;
      for (const c of [...cands.values()]
        .filter(
          (c) =>
            c.count > 0 &&
            ((c.leadNP ?? 0) > 0 ||
              c.kind === 'acronym' ||
              c.romanceName === true ||
              c.model === true ||
              longCompound(c, lang) ||
              (COMPOUNDING.has(lang) && compoundTerm(c, lang, true)) ||
              onceName(c) ||
              camelName(c) ||
              soloName(c, lang)) &&
            (c.key.includes(' ') || !piece(c.key)) &&
            // (a kept term with words in front is that term: "Next-Gen LLM Applications", "Manual prior
            // authorization")
            !keptHeads.some((k) => c.key.endsWith(` ${k}`)) &&
            // (nor does a phrase written once take the mentions of a kept acronym or name: "GDPR audit")
            !keptNames.some((k) => ` ${c.key} `.includes(` ${k} `)) &&
            !c.thanked &&
            !keptSet.has(c) &&
            !ONCE_NOT_HEADS.has(c.key.split(' ').pop()!) &&
            // (nor, in English, two words a line leads with whose first only qualifies or times the second: "Final
            // approval", "Initial focus", "Nightly batch", "Heavy users"; a name stays, "Real Madrid")
            !(
              lang === 'en' &&
              c.kind !== 'acronym' &&
              c.key.split(' ').length === 2 &&
              (EMPTY_MODIFIERS.has(c.key.split(' ')[0]) || ONCE_EMPTY_FIRST.has(c.key.split(' ')[0])) &&
              [...c.surfaces.keys()].every((x) => /^\S+ \p{Ll}/u.test(x))
            ) &&
            // (nor is a variant's label: "Phase B", "Ingredient C")
            // (two words: "Xbox Series X" is a name)
            !/^\S+ [a-z]$/.test(c.key) &&
            keep(c, minSlidesForWord, slideCount, lang, short, true),
        )
        // (an acronym of a name the deck writes out is that name: "PSU" of "Portland State" (University), "TCS" of
        // "Tata Consultancy Services")
        .filter((c) => {
          if (c.kind !== 'acronym' || c.expansion) return true;
          const acr = c.key.replace(/s$/, '');
          return !kept.some((d) => {
            if (!d.key.includes(' ')) return false;
            const initials = d.key
              .split(' ')
              .filter((w) => !CONNECTOR_WORDS.has(w))
              .map((w) => w[0])
              .join('');
            return (
              initials.length >= 2 &&
              (acr === initials ||
                (acr.length === initials.length + 1 && acr.startsWith(initials) && /[ucifagh]$/.test(acr)))
            );
          });
        })
        // (a piece of a longer phrase written as often is that phrase: "Nguyen Thi" of "Nguyen Thi Lan")
        .filter((c, _, all) => {
          if (!c.key.includes(' ')) return true;
          const inner = ` ${c.key} `;
          return !all.some(
            (d) =>
              d !== c && d.key.length > c.key.length && d.count >= c.count && ` ${d.key} `.includes(inner),
          );
        })
        // (people first: a weak phrase does not crowd out "Jay Jacobs" of a title slide; then names, "Terraform",
        // "Siemens Healthineers", "EMEA", before phrases a line leads with)
        .sort(
          (a, b) =>
            Number(personLike(b)) - Number(personLike(a)) ||
            Number(nameOnce(b)) - Number(nameOnce(a)) ||
            b.score - a.score ||
            a.key.localeCompare(b.key),
        )
        .slice(0, room))
        once.add(c);
      kept.push(...once);
    }
  }
  catalogueEntries(cands, new Set(kept));
  if (lang === 'en') mergeElliptic(kept, slideCount);
  kept = kept.filter((c) => c.count > 0);
  // merge acronyms into their expansion concept
  const byKey = new Map(kept.map((c) => [c.key, c]));
  const expansionOf = new Map<string, string>();
  for (const x of cands.values())
    if (x.acronym && !expansionOf.has(x.acronym)) expansionOf.set(x.acronym, x.key);
  const merged: Candidate[] = [];
  const absorbed = new Set<string>();
  for (const c of kept) {
    if (c.kind === 'acronym' && c.expansion) {
      const expKey = expansionOf.get(c.key.toUpperCase());
      const exp = expKey ? byKey.get(expKey) : undefined;
      if (exp) {
        for (const [s, n] of c.surfaces) exp.surfaces.set(s, (exp.surfaces.get(s) ?? 0) + n);
        for (const s of c.slides) exp.slides.add(s);
        exp.count += c.count;
        exp.score += c.score;
        absorbed.add(c.key);
      }
    }
  }
  kept = kept.filter((c) => !absorbed.has(c.key));
  mergeOrgPrefixed(kept, cands);
  numberedSeries(kept);
  mergeVariants(kept, lang);
  mergeActAbbreviations(kept, lang);
  mergeShortNames(kept, lang);
  mergeArticlePlaces(kept, cands);
  mergeCountryCodes(kept);
  mergeAcronymWithWord(kept, lang);
  mergeNameWithWord(kept);
  // (in a deck of lists: a long text's phrases nest in many ways, "input validation" in "server-side input validation")
  // (English and German put the head last; a Romance phrase's end is a piece of it, "básicos de carga")
  if ((lang === 'en' || lang === 'de') && slideCount <= 40 && pool <= 80 * slideCount)
    mergeInnerPhrases(kept);
  kept = dropEnclosed(
    kept.filter((c) => c.count > 0),
    lang,
  );
  kept = dropSharedPieces(kept);
  // (in a business deck's lines, 30 to 80 candidate phrases a slide: a lecture's few words a slide name its topics
  // with everyday words, "Recycling", "Reparatur", "Nachhaltigkeit", and so does a text-heavy document beyond the
  // bound shortDeck draws too, "Verschlüsselung", "Betriebssystem" of a security guide)
  const everydayWords = pool >= 30 * slideCount && pool <= 80 * slideCount;
  // drop single words that mostly occur inside a kept longer phrase
  const inside = new Map<string, number>();
  // (a phrase written once does not make its words less of a concept)
  for (const m of kept)
    if (m.key.includes(' ') && !once.has(m))
      for (const x of new Set(m.key.split(' ')))
        inside.set(x, (inside.get(x) ?? 0) + (PHRASE_COUNT.get(m) ?? m.count));
  // (a word written once, inside a phrase kept the same way, is part of that name: "Healthineers" of "Siemens
  // Healthineers")
  const insideOnce = new Map<string, number>();
  for (const m of once)
    if (m.key.includes(' ') && m.count > 0)
      for (const x of new Set(m.key.split(' '))) insideOnce.set(x, (insideOnce.get(x) ?? 0) + m.count);
  // (an acronym written only as the first word of numbered names or inside standards is their piece: "ETR" of "ETR
  // 104", "EN" of "EN 50155", "DSS" of "PCI DSS v4.0"; an organisation or a maker stays: "ISO" of "ISO 45001", "SAP")
  kept = kept.filter((c) => !prefixOnly(c, kept));
  const codesWritten = countryCodesWritten(cands);
  const heads = capitalisedHeads(kept, lang);
  // (and an acronym written only at the end or the start of one kept name, a maker too: "BI" of "Power BI", "SAP" of
  // "SAP PM"; and a name cut before its number: "Lei nº" of "Lei nº 12.305/2010", "Decreto nº", "Verordnung Nr.")
  // (and a word always written beside the same capitalised word: "Fiscal" of "Conselho Fiscal")
  // (nor a phrase a year's span leads: "2024/25 outturn" is the outturn of a year)
  kept = kept.filter(
    (c) =>
      !pieceAcronym(c, kept, lang) &&
      !countryCodeAlone(c, codesWritten) &&
      !bareHead(c, heads, lang) &&
      !namePiece(c) &&
      !cutModifier(c) &&
      !germanicAdjective(c, lang) &&
      !titleOfPeople(c) &&
      !presentOrProposed(c) &&
      !(everydayWords && everydayConcept(c, lang)) &&
      !titleWord(c, lang) &&
      !bareCommonWord(c, lang) &&
      !c.cutPhrase &&
      !romanceHeadOfAcronym(c, kept, cands, lang) &&
      ![...c.surfaces.keys()].every(
        (x) => NUMBER_SIGN_END.test(x) || YEAR_SPAN_FIRST.test(x) || AMOUNT_OR_DATE.test(x),
      ),
  );
  kept = kept.filter(
    (c) =>
      (c.key.includes(' ') ||
        c.kind === 'acronym' ||
        c.kind === 'pattern' ||
        PHRASE_JOINED.has(c) ||
        c.count > (inside.get(c.key) ?? 0) * 1.5) &&
      !(
        once.has(c) &&
        !c.key.includes(' ') &&
        c.count <= (inside.get(c.key) ?? 0) + (insideOnce.get(c.key) ?? 0)
      ),
  );
  for (const c of kept) merged.push(c);
  // more text, more concepts: the number of distinct candidates grows with the text volume
  const limit = conceptLimit(slideCount, pool);
  merged.sort(
    (a, b) =>
      Number(once.has(a)) - Number(once.has(b)) ||
      b.score * Math.log2(1 + b.slides.size) - a.score * Math.log2(1 + a.slides.size) ||
      a.key.localeCompare(b.key),
  );
  const top = merged.slice(0, Math.round(limit * (opts.poolScale ?? 1)));
  // the document's words as written, lower case (built once, on the first question)
  let words: Set<string> | null = null;
  const seenWord = (w: string) => {
    if (!words) {
      words = new Set();
      for (const c of cands.values())
        for (const sf of c.surfaces.keys()) for (const x of sf.toLowerCase().split(/\s+/)) words.add(x);
    }
    return words.has(w);
  };
  const maxScore = Math.max(1, ...top.map((c) => c.score));
  return top.flatMap((c) => {
    const isAcr = c.kind === 'acronym';
    // (and an abbreviation with lower-case letters the deck defines: "Bal" of "Besluit activiteiten leefomgeving")
    const acronymSurfaces = [...c.surfaces.keys()].filter(
      (s) => acronymForm(s) || (c.acronym !== undefined && s.toUpperCase() === c.acronym),
    );
    // (an acronym's letters in lower case are no long form of it: "vsto" of a URL beside "VSTO")
    const longSurfaces = [...c.surfaces.keys()].filter(
      (s) => !acronymSurfaces.some((a) => a.toLowerCase() === s.toLowerCase()),
    );
    const written =
      c.preferName ??
      (c.kind === 'expansion' || (!isAcr && longSurfaces.length > 0)
        ? bestSurface({ ...c, surfaces: new Map([...c.surfaces].filter(([s]) => longSurfaces.includes(s))) })
        : bestSurface(c));
    // (as one line with single spaces: "Greek  mathematician" and "Greek Mathematician" are one name written twice)
    const oneLine = (x: string) => x.replace(/\s+/g, ' ').trim();
    // (an acronym named in the singular, "SKU" of "SKUs", "WTG" of "WTGs"; the plural stays an alias)
    const name = oneLine(
      lang === 'ru' && !isAcr && !c.typeHint
        ? nominative(written, seenWord)
        : // a Persian plural with the ezafe of a noun that the phrase lost ("داده‌های" of "داده‌های سیستم"): the plural
          // names it ("داده‌ها")
          lang === 'fa'
          ? written.replace(/(\p{L}{3,}\u200c?ها)ی$/u, '$1')
          : lang === 'de'
            ? germanNominative(written)
            : written,
    ).replace(/^([A-Z][A-Z0-9&]+)s$/, '$1');
    const aliases = [...new Set([...c.surfaces.keys()].map(oneLine))].filter((s) => s !== name);
    if (c.acronym && !aliases.some((a) => a.toUpperCase() === c.acronym)) aliases.push(c.acronym);
    if (isAcr && c.expansion) aliases.push(c.expansion);
    // a word split by a line's hyphen ("XML Exter-nal Entities", "Sicher-heitsrelevante …") is still looked for in the
    // text (surfaces), but not shown as a name of its own when the whole word is one already
    const forms = new Set([name, ...aliases].map((x) => x.toLowerCase()));
    const joined = (x: string) => x.replace(/(\p{Ll})-(\p{Ll})/gu, '$1$2').toLowerCase();
    const shown = aliases.filter((a) => !(joined(a) !== a.toLowerCase() && forms.has(joined(a))));
    const type: ConceptType =
      c.typeHint ??
      // a person's name with nothing around it ("Ana Ruiz and Tom Berg presented"), never written in lower case or
      // used as a place or a thing
      // (nor an acronym's expansion: "Janela Única Portuária (JUP)")
      (!isAcr &&
      c.lower === 0 &&
      !c.thingLike &&
      c.kind !== 'expansion' &&
      c.acronym === undefined &&
      (bareName(name) || (lang === 'hu' && familyFirstName(name))) &&
      (keywordType(name) ?? 'ENTITY') === 'ENTITY'
        ? 'PERSON'
        : undefined) ??
      orgByCue(c, name, lang) ??
      placeType(c, name) ??
      agentOr(
        c,
        name,
        lang,
        actOr(
          c,
          listedOr(
            c,
            acronymTyped(
              c,
              name,
              guessType(name, {
                acronym: isAcr,
                expansion: c.expansion ?? (c.kind === 'expansion' ? name : null),
              }),
            ),
          ),
        ),
      );
    // a job title or a team named in passing is no concept of the deck ("Revenue Manager", "workstream leads", "HR
    // Director"): only one the deck defines ("Senior Responsible Owner (SRO)"), writes by its acronym ("MLRO"), the
    // law names ("Data Protection Officer", "Qualified Person") or its slides are about
    // (a planner or a designer is a tool's as often: "Berth Planner", "Ribbon designer")
    // (in English: the other languages' decks name the roles their law or their market defines, "Valutatore
    // indipendente", "Usuarios Calificados", "Frachtführer", and readers kept every one)
    if (
      type === 'ROLE' &&
      lang === 'en' &&
      c.kind !== 'expansion' &&
      c.kind !== 'acronym' &&
      !REGULATED_ROLE.test(name) &&
      !TRADE_ROLE.test(name) &&
      !/(?:planner|designer)s?$/i.test(name) &&
      // (a role a slide is about stays: "What's Next for Security Testers", "Do Programmers Refactor Often?")
      (c.titleHits ?? 0) === 0 &&
      c.slides.size < 5 &&
      c.count <= 4
    )
      return [];
    return [
      {
        record: {
          id: conceptId(c.key),
          name,
          type,
          aliases: [...new Set(shown)].sort(),
          definition: null,
          confidence: Math.round((0.3 + 0.7 * Math.min(1, c.score / maxScore)) * 1000) / 1000,
        },
        surfaces: [...new Set([name, ...aliases])],
        ...((c.titleExact ?? 0) > 0 ? { titled: true } : {}),
        ...(c.unspaced ? { unspaced: true } : {}),
      },
    ];
  });
}
