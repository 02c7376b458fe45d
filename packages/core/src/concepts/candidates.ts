import { cjkTerms } from './cjk-terms.js';
import { isGivenName } from './given-names.js';
import { commonWord } from './common-words.js';
import { isCityName, isPlaceName, isRegionName, isTownName } from './places.js';
import type { Layer } from '../model/deck.js';
import { ACRONYM_STOP, GENERIC_WORDS, STOPWORDS } from './stopwords.js';

/**
 * First words that name or ask rather than name a thing: "called X", "so-called X" in lower case ("Named Entity
 * Recognition", "Named Pipes" are terms), "Please input" in any case.
 */
const NAMING = new Set(['called', 'so-called', 'named', 'termed', 'dubbed']);
const ASKING = new Set(['please', 'kindly']);
import { acronymKey, conceptKey, isAcronym, stripDiacritics } from './normalise.js';
import { blankCode, blankNoise, programText, stemApostrophe } from './text-clean.js';
import { functionWords, otherFunctionWord } from './language.js';
import { leadsClause } from './clause-words.js';
import { ACT_BY_DATE_HEAD, guessType, keywordType } from './classify.js';
import { bareName, personNames, TITLE_BEFORE_NAME } from './persons.js';
import { LEGAL_FORM_AFTER, LEGAL_FORM_AT, LEGAL_FORM_END } from './legal-forms.js';
import { leadNounPhrases, MONTH_OR_DAY, nameValue, subjectKind, verbBefore } from './noun-phrase.js';
import {
  baseVerbOnly,
  commonUse,
  isEnglishWord,
  modifierOnly,
  nounOnly,
  pastOnly,
  properNoun,
  tagsOf,
  thirdPersonOnly,
  verbOnlyTag,
} from './english-lexicon.js';
import type { ConceptType } from '../model/graph.js';
import { listedTypes } from './list-types.js';
import { PUBLIC_BODIES } from './public-bodies.js';

export interface BlockInput {
  slideIndex: number;
  layer: Layer;
  text: string;
  boilerplate?: boolean;
}

export type CandidateKind = 'acronym' | 'expansion' | 'pattern' | 'title' | 'capitalised' | 'ngram';

export interface Candidate {
  key: string;
  kind: CandidateKind;
  /** Surface forms with their counts. */
  surfaces: Map<string, number>;
  slides: Set<number>;
  count: number;
  score: number;
  /** For acronyms: the learned expansion; for expansions: the acronym. */
  acronym?: string;
  expansion?: string;
  /** Occurrences written in lower case / capitalised in the middle of a sentence (proper-noun evidence). */
  lower: number;
  midCap: number;
  /** Times the surface is a whole slide title ("Injection", "A1 – Injection"): it then names the slide's topic. */
  titleExact?: number;
  /** Times the phrase occurs inside a slide title. */
  titleHits?: number;
  /** Capitalised words joined by a preposition in French, Spanish, Portuguese or Italian: a name ("Banque de France"). */
  romanceName?: boolean;
  /** The phrase occurs in the first slide's title (the deck's own title). */
  deckTitle?: boolean;
  /** Name to use whatever the surface counts say (set when a more specific phrase absorbed a bare one). */
  preferName?: string;
  /** A type the extraction itself established (PERSON from an author list). */
  typeHint?: ConceptType;
  /** For titles: blocks of the document whose text holds the title's words as written (the title's own included). */
  textHits?: number;
  /** A name with its model's number or letter ("Nintendo Switch 2"): written once, as good as the name (select). */
  model?: boolean;
  /** For titles: every word but function words and a year is written in lower case in the deck's body ("Permisos
   * Ambientales", "Mercati Prioritari"): a heading of the deck's common words. */
  titleCommon?: boolean;
  /** For titles: the share of those words written in lower case in the body (1 when titleCommon). */
  titleCommonShare?: number;
  /** Times the phrase heads a title before its colon or dash ("Yield Results – Corn"). */
  titleHead?: number;
  /** Agenda lines that repeat a slide's title and hold this phrase (see agendaEchoes): no use of it in text. */
  agendaHits?: number;
  /** Whole cells of a table's first row that are this phrase (a column's heading: "Net loss", "Funding source"). */
  headerHits?: number;
  /** Lines of a slide's text holding this phrase that are written alike on four slides or more (a box's heading). */
  labelHits?: number;
  /** Charts of eight categories or more that have this phrase as one of them (an axis's label). */
  axisHits?: number;
  /** References that write this word as an author's surname ("Nelms, Charlie (2011)"). */
  citedHits?: number;
  /**
   * Occurrences of a single word inside a longer run of capitalised words outside titles ("Civic" of "Civic Plaza"),
   * and whether one of them is no name's first word ("Harmon Civic Center"; see select's keep).
   */
  inName?: number;
  innerName?: boolean;
  /** The kind a table's column or a list's heading gives the name ("CHESA" under "Entidad"; see list-types.ts). */
  listedType?: ConceptType;
  /**
   * For an acronym the deck never spells out in brackets: the type of the names the deck writes with its initials
   * ("Harlan Creek School District 14" for "HCSD"), when they tell one (see initialsTypes).
   */
  initialsType?: ConceptType;
  /** Occurrences of a code of two letters beside a capitalised word, outside titles ("CH" of "CH EPR", "Innovate UK"). */
  codeInName?: number;
  /**
   * Written only inside the titles (and their agenda echoes) of a heading that select drops ("Ecosystem" of "Partner
   * Ecosystem"), only inside a role ("Commercial" of "Commercial Director"), or a legal form only after a company's
   * name ("AG" of "Nordwagen AG"): set by select, no term.
   */
  pieceOf?: 'heading' | 'role' | 'name';
  /**
   * For a word: how often each capitalised neighbour is written right beside it, on its left ("L Conselho" of "Conselho
   * Fiscal", "L Museo della" of "Museo della Carta") or on its right ("R Claros" of "Montes Claros"), and
   * `besideSeen` the occurrences looked at (see select's namePiece).
   */
  beside?: Map<string, number>;
  besideSeen?: number;
  /** For a word: the capitalised articles written right before it ("Le" of "Le Havre"; see select's mergeArticlePlaces). */
  articleBefore?: Map<string, number>;
  /**
   * Occurrences outside titles with a capitalised word beside them, or joined to one by "and"/"&" ("Warnings and
   * Communication", "Minister for the Environment"): never written apart from a name.
   */
  besideAny?: number;
  /**
   * (English) Occurrences of a single capitalised word inside a line written in Title Case, where capitals say nothing
   * of a name ("Connect" of "Places to Connect and Belong"; see select's keep).
   */
  headline?: number;
  /**
   * Occurrences inside a quoted title or a reference's title, longer than the phrase ("Economic Storm" of "“The College
   * Advantage: Weathering the Economic Storm”", "Legacy Code" of "Feathers, M. (2004). Working Effectively with Legacy
   * Code."): a piece of a work's title (see titlePiece and select's keep).
   */
  inWorkTitle?: number;
  /**
   * (English) Occurrences of a hyphenated word right before a lower-case noun or adjective: a modifier written before
   * its noun ("Fixed-price electricity contract", "on-street charging"), see select's cutModifier.
   */
  premod?: number;
  /**
   * (French, Spanish, Portuguese, Italian) For a phrase joined by a preposition: the words written right after it
   * ("primários" of "cuidados de saúde primários", "de dia" of "atividade de hospital de dia") and right before it
   * ("tempo" of "tempo médio de espera"), as written, and the occurrences looked at; see extractCandidates' end.
   */
  nextForms?: Map<string, number>;
  prevForms?: Map<string, number>;
  contSeen?: number;
  /** A phrase cut from a longer one written the same way each time (see nextForms): no concept of its own. */
  cutPhrase?: boolean;
  /** Occurrences before a number, a Roman numeral or a letter that names one of a series ("Henry IV", "Grade A"). */
  numbered?: number;
  /**
   * Times the name is a numbered section's or a lab's title that says what is done with what ("5.4 Zerlegung von
   * Relationen", "Lab 4: Packaging with Helm", "Parte 3 – Modelagem com UML"): the course's structure.
   */
  sectionTitle?: number;
  /** Occurrences followed by a colon: a field's label ("Owner: Priya Raman", "(Owner: E. Murphy)"). */
  beforeColon?: number;
  /** Capitalised occurrences right after an article or a preposition ("with Vodafone", "the Allianz renewal"). */
  afterPrep?: number;
  /**
   * Occurrences right after a word for a place's kind ("gemeente Vechtstede", "commune de Neuville-aux-Bois", "Comune
   * di Pradaglio", "Département du Loiret", "rio Guadiana", "County of Halstead"): a place (see PLACE_KIND_BEFORE).
   */
  placeCue?: number;
  /**
   * Occurrences right after an article's or a section's number, or right before one ("art. 13 RRSIF", "201 bis LGT",
   * "L2171-3 du CCP", "Abs. 2 EPDG", "s.22 SDWA", "CFF art. 30"): an act (see ACT_CUE_BEFORE).
   */
  actCue?: number;
  /**
   * Occurrences of an acronym as a body that acts, is acted with or heads ("approved by the HIQA", "validé par le
   * COMEX", "presentación ante CNV", "junto da ANPG", "Het DB vraagt", "NPCI circulars", "Resolução CMN 4.945", "Consejo
   * de Administración de AVASA"): see AGENT_CUE_BEFORE.
   */
  agentCue?: number;
  /** Occurrences in an acknowledgement ("Thanks to Ada Quill, Ben Farrow, …"). */
  inThanks?: number;
  /** A name written only in acknowledgements, or thanked in a long list once. */
  thanked?: boolean;
  /** Capitalised occurrences joined by "and" to another capitalised word ("Xing and Stroulia"). */
  inNameList?: number;
  /** Occurrences right after an infinitive's "to" ("to test parsing", "to identify and track students"). */
  afterTo?: number;
  /** The phrase ends in a word the document uses as a verb ("programmers refactor", "l’attaquant modifie"). */
  verbEnd?: boolean;
  /** A clause by the English lexicon's word classes ("Attacker sends attack", "Request sent"). */
  lexClause?: boolean;
  /** A two-word capitalised name used as a place or a thing ("in Costa Rica", "Monte Carlo simulation"). */
  thingLike?: boolean;
  /**
   * Times the phrase is the noun phrase a title, body or table line leads with ("Lead times improved by 12%", "Defect rate:
   * 0.8%"): where a short deck names a term it writes only once (English).
   */
  leadNP?: number;
  /**
   * Occurrences right after a number that is no year ("12 dias úteis", "83.5 flight hours"): a count's noun, a unit,
   * when every occurrence is one (see select).
   */
  afterNumber?: number;
  /**
   * A Chinese or Japanese term found inside a run of those scripts only (see cjkTerms): not counted in the size of
   * the pool that sets the selection's regime (short deck, headings, limit), which was tuned on the other candidates.
   */
  unspaced?: boolean;
  /** Times the name stands on a line that says it is a partner, customer, competitor, supplier… (see ORG_CUE). */
  orgCue?: number;
  /**
   * Times the phrase is written right after a person's name and a comma, a dash or a parenthesis, or right before a
   * colon or a dash and one ("Aiko Tanaka, Agronomy Lead", "Commercial Director: Jane Roe"): a role's place, or a
   * company's (select asks for a role's word too).
   */
  roleCue?: number;
  /**
   * Occurrences in brackets right after an office's title, as the office's department: "Finance" of "Director
   * (Finance)", "Projects" of "Chief Engineer (Projects)" (see select: a word written only so is no concept).
   */
  roleUnit?: number;
  /** A slide title written after a list label ("V3 Session Management", "A1 – Injection"): a catalogue's entry. */
  labelled?: boolean;
  /** A title naming an action on another candidate ("Launching Nimbus Sync 2.0"). */
  actionOn?: boolean;
  /**
   * An acronym this phrase was glossed with although its initials differ: a whole line "Name (ACR)" or a title
   * followed by a line "(ACR)" — a translated or renamed form ("Falsification de requête intersite (CSRF)").
   */
  gloss?: string;
}

const LAYER_WEIGHT: Record<Layer, number> = {
  title: 3,
  body: 1,
  table: 1,
  chart: 1.5,
  notes: 0.5,
  alt: 0.5,
  vision: 0.8,
};
export const KIND_WEIGHT: Record<CandidateKind, number> = {
  acronym: 1.5,
  expansion: 2.5,
  pattern: 3,
  title: 2.2,
  capitalised: 1.4,
  ngram: 1,
};

/**
 * List labels in front of a title or item: "A1:2017-Injection", "A1 – Injection", "2013-A7 – Missing …", "V2 Authentication",
 * "1. Scope", "3 Research Questions", "Chapter 2: Risks", "1.2.1 机器语言", "第一章 绪论", and outside English by a letter,
 * "Deel A – Inleiding", "Teil B:" ("Part A" may name a thing in English). The label numbers the item; it is not part of
 * the name.
 */
export const LIST_LABEL =
  /^(?:(?:Bsp|Bspw|Ex|e\.g|z\.\s?B)\.:?\s+|(?:Deel|Teil|Partie|Parte|Sección|Seção|Sezione|Abschnitt|Sectie|Kapitel|Hoofdstuk|Capítulo|Capitolo|Chapitre|Volet|Bloque|Bloco|Blocco)\s+[A-H](?![\p{L}\d])\s*[-–—:.]?\s*|(?:(?:19|20)\d{2}[-–])?[A-Z]{1,2}\d{1,2}(?::\d{4})?(?:\s*[-–—:.]\s*|\s+)|\d{1,2}(?:\.\d{1,2})*[.)]\s+|\d{1,2}(?:\.\d{1,2}){1,3}\s*(?=\p{L})|\d{1,2}\s+(?=\p{Lu}|\p{Script=Han})|(?:Chapter|Part|Step|Module|Section|Phase|Stage|Lesson|Unit|Week|Day|Session|Lab|Exercise|Wave|Sprint|Milestone|Workstream|Pillar|Option|Scenario|Question|Task|Goal|Objective|Appendix|Annex|Axis|Track|Sección|Seção|Sezione|Abschnitt|Sectie|Deel|Chapitre|Partie|Étape|Semaine|Jour|Annexe|Axe|Pilier|Volet|Vague|Kapitel|Teil|Schritt|Stufe|Woche|Tag|Anhang|Säule|Handlungsfeld|Baustein|Welle|Capítulo|Parte|Fase|Etapa|Semana|Día|Anexo|Eje|Pilar|Ola|Eixo|Onda|Passo|Capitolo|Settimana|Asse|Pilastro|Ondata|Stap|Pijler|Spoor|Этап|Шаг|Глава|Часть|Раздел|Неделя|Aşama|Adım|Bölüm|Hafta|المرحلة|مرحلة|الخطوة|خطوة|الفصل|الجزء|الوحدة|الأسبوع)\s+(?:\d+|[IVX]{1,4}(?![\p{L}]))\s*[-–—:.]?\s*|第[一二三四五六七八九十百\d]+[章节節部课課讲講回]\s*[:：]?\s*|[例图圖表]\s?\d+(?:[-.－]\d+)*\s*[:：]?\s*)/u;
/**
 * The words that join what a section does to what in its title ("Zerlegung von Relationen", "Isolationsstufen in SQL",
 * "Packaging with Helm", "Modelagem com UML"); not "of", "de" and their kin, which join a name's words as often
 * ("Esquema Nacional de Seguridad", "Bank of England").
 */
const SECTION_PHRASE =
  / (?:with|in|into|for|on|using|via|von|mit|für|im|zur|zum|bei|durch|met|voor|bij|com|con|avec|per|para|pour|en|dans|sur|nel|nella|nos|nas|em)\s/u;
/** The label of a deck's own section or axis, not of a catalogue's entry ("Section 3 —", "Part 2:", "Teil 1 –", "Eje 2."). */
const SECTION_LABEL =
  /^(?:Section|Part|Partie|Teil|Parte|Sección|Seção|Sezione|Abschnitt|Sectie|Deel|Axis|Track|Axe|Pilier|Volet|Säule|Handlungsfeld|Eje|Pilar|Eixo|Asse|Pilastro|Pijler|Spoor)\s/u;
/** An acknowledgement ("Thanks to …", "Special thanks", "Acknowledgements"). */
const THANKS = /^\s*(?:thanks|thank you|special thanks|acknowledg|danke|merci|gracias)/i;
/** A reporting period before a title's words ("2025 Business Review" after the label "Q3", "FY26 Plan"). */
const PERIOD_LABEL = /^\s*(?:(?:FY|CY)[-'’]?\d{2,4}|(?:19|20)\d{2}|H[12]|Q[1-4])\s+(?=\p{Lu})/u;
/**
 * A reporting period after a title ("Business Review Q3 2025", "Sales Review FY26", "Bilan commercial T3": a
 * trimestre in French, Spanish, Portuguese and Italian); a bare year after a name stays ("Vision 2030").
 */
const PERIOD_AFTER = /(?<=\p{L})\s+(?:(?:FY|CY)[-'’]?\d{2,4}|H[12]|Q[1-4])(?:\s+(?:19|20)\d{2})?\s*$/u;
const PERIOD_AFTER_ROMANCE =
  /(?<=\p{L})\s+(?:(?:FY|CY)[-'’]?\d{2,4}|H[12]|Q[1-4]|T[1-4]|S[12])(?:\s+(?:19|20)\d{2})?\s*$/u;
/** A line that asks in Turkish: the question particle (mı, mi, mu, mü, with person endings) before the mark. */
const TURKISH_QUESTION = /^.*[ \t][mM][ıiuüIİUÜ](?:[ysnlz]\p{L}*)?[ \t]*\?[ \t]*$/gmu;
/** The prepositions that join a Romance language's compound terms ("comité de pilotage", "mise en production"). */
/** Articles, prepositions, conjunctions, pronouns and auxiliaries of French, Spanish, Portuguese and Italian. */
const ROMANCE_FUNCTION =
  /^(?:de|da|do|das|dos|di|du|des|del|della|delle|dei|degli|dello|la|le|les|los|las|el|il|lo|gli|i|o|os|a|as|à|au|aux|al|alla|ao|aos|na|no|nas|nos|nel|nella|en|em|y|e|et|ou|ni|un|une|uno|una|um|uma|que|qui|che|con|com|par|per|por|para|pour|sur|sous|sin|sem|senza|sans|entre|tra|fra|su|ce|cette|ces|son|sa|ses|leur|leurs|sus|seu|sua|suo|nous|vous|se|si|ne|não|non|plus|más|mais|più|est|es|é|è|sont|são|sono|son|ha|han|hanno|ont|été|sido|stato|être|ser|essere|avec|dans|pelo|pela|pelos|pelas|nell|dall|dalla|dal|sul|sulla|ya|já|très|muy|molto|mesmo|même|mismo|stesso|cada|chaque|ogni|todo|toda|tous|toutes|tutti|tutte|todos|todas)$/;
const ROMANCE_OF: Record<string, string> = { fr: 'de|à|en', es: 'de|a', pt: 'de|a', it: 'di|a', ro: 'de' };
/**
 * A line that leads with a Romance term joined by a preposition, after an optional marker and article: groups 2–4
 * are the head, the preposition (with its article) and the complement.
 */
const ROMANCE_LEAD: Record<string, RegExp> = {
  fr: /^(\s*(?:[-–•▪*]\s*)?(?:(?:le|la|les|un|une|des|nos|vos|leurs?)\s+|l['’])?)(\p{L}{3,}) (de la |de l['’]|du |des |de |d['’]|aux |à |en )(\p{L}{3,})(?![\p{L}\p{N}’'-])/iu,
  es: /^(\s*(?:[-–•▪*]\s*)?(?:(?:el|la|los|las|un|una|nuestros?|nuestras?)\s+)?)(\p{L}{3,}) (de la |de los |de las |del |de |al |a )(\p{L}{3,})(?![\p{L}\p{N}’'-])/iu,
  pt: /^(\s*(?:[-–•▪*]\s*)?(?:(?:o|a|os|as|um|uma)\s+)?)(\p{L}{3,}) (do |da |dos |das |de |ao |à |a )(\p{L}{3,})(?![\p{L}\p{N}’'-])/iu,
  it: /^(\s*(?:[-–•▪*]\s*)?(?:(?:il|lo|la|i|gli|le|un|una|uno)\s+|l['’])?)(\p{L}{3,}) (della |dello |delle |degli |dei |del |di |d['’]|al |a )(\p{L}{3,})(?![\p{L}\p{N}’'-])/iu,
  // (Romanian writes its definite article at the noun's end, "Emisiile de carbon")
  ro: /^(\s*(?:[-–•▪*]\s*)?(?:(?:un|o)\s+)?)(\p{L}{3,}) (de )(\p{L}{3,})(?![\p{L}\p{N}’'-])/iu,
};
/** A complement's own "de" complement, in lower case (see ROMANCE_LEAD): group 1 the joint, group 2 the noun. */
const ROMANCE_SECOND: Record<string, RegExp> = {
  fr: /^( de la | de l['’]| du | des | de | d['’])(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}\p{N}’'-])/u,
  es: /^( de la | de los | de las | del | de )(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}\p{N}’'-])/u,
  pt: /^( do | da | dos | das | de )(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}\p{N}’'-])/u,
  it: /^( della | dello | delle | degli | dei | del | di | d['’])(\p{Ll}[\p{Ll}-]{2,})(?![\p{L}\p{N}’'-])/u,
};
/** A line that leads with two words (a noun and its adjective) before a function word, a number or its end. */
const ROMANCE_PAIR: Record<string, RegExp> = {
  fr: /^\s*(?:[-–•▪*]\s*)?(?:(?:le|la|les|un|une|des|nos|vos)\s+|l['’])?(\p{L}{3,} \p{Ll}{3,})(?=\s+(?:en|de|du|des|à|au|aux|sur|pour|par|avec|et|ou|\d)|\s*$)/iu,
  es: /^\s*(?:[-–•▪*]\s*)?(?:(?:el|la|los|las|un|una)\s+)?(\p{L}{3,} \p{Ll}{3,})(?=\s+(?:en|de|del|a|al|para|por|con|y|o|\d)|\s*$)/iu,
  pt: /^\s*(?:[-–•▪*]\s*)?(?:(?:o|a|os|as|um|uma)\s+)?(\p{L}{3,} \p{Ll}{3,})(?=\s+(?:em|de|do|da|no|na|para|por|com|e|ou|\d)|\s*$)/iu,
  it: /^\s*(?:[-–•▪*]\s*)?(?:(?:il|lo|la|i|gli|le|un|una)\s+|l['’])?(\p{L}{3,} \p{Ll}{3,})(?=\s+(?:in|di|del|della|a|al|per|con|e|o|\d)|\s*$)/iu,
  ro: /^\s*(?:[-–•▪*]\s*)?(?:(?:un|o)\s+)?(\p{L}{3,} \p{Ll}{3,})(?=\s+(?:în|de|din|la|pe|pentru|cu|prin|a|al|ale|și|sau|\d)|\s*$)/iu,
};
/** First words of Romance phrases that make quantities or set phrases, not terms ("nombre de", "mise en"). */
const ROMANCE_NOT_HEADS = new Set(
  'metade mitad moitié metà număr numărul numărului majoritatea creșterea scăderea îmbunătățirea redução melhoria nombre número numero cantidad quantité quantita quantità mayoría majorité maggioranza maioria plupart resto reste millions millones milioni milhões milliards miles milliers baisse hausse augmentation diminution croissance amélioration réduction aumento crecimiento reducción mejora disminución caída subida aumento riduzione crescita besoin tipo type types tipos ensemble partie parte parties fin début suite cas caso casos façon manera modo fois vez série serie liste lista exemple exemples ejemplo ejemplos esempio'.split(
    ' ',
  ),
);
/** Words after French "en" that make set phrases ("en place", "en œuvre", "en charge", "en cours"). */
const ROMANCE_SET_AFTER_EN = new Set(
  'place œuvre oeuvre charge cours question compte attente avant arrière effet outre fait particulier général commun'.split(
    ' ',
  ),
);
/** Spanish nouns and adjectives in -en, -an; Portuguese ones in -em, -am (see pluralVerb). */
const NOT_PLURAL_VERB = new Set(
  'orden imagen volumen examen origen margen resumen régimen regimen joven virgen desorden crimen certamen abdomen dictamen gravamen polen germen plan afan refrán huracán imán alemán catalán capitán guardián sacristán ordem imagem origem margem homem jovem nuvem viagem garagem mensagem vantagem'.split(
    ' ',
  ),
);
/** A verb's third person plural (Spanish -an, -en; Portuguese -am, -em): no word of a term. */
function pluralVerb(w: string, lang: string): boolean {
  if (w.length < 4 || NOT_PLURAL_VERB.has(w)) return false;
  if (lang === 'es') return /[^aeiouáéíóú](?:an|en)$|[aeiou][aei]n$/u.test(w) && !/(?:ión|án|én)$/u.test(w);
  if (lang === 'pt') return /(?:am|em)$/.test(w) && !/(?:gem|agem)$/.test(w);
  return false;
}
/** Nouns with an infinitive's ending (French, Italian; Spanish ones are clause-words.ts's). */
const NOT_INFINITIVE = new Set(
  'dossier fichier papier métier quartier clavier cahier atelier chantier courrier calendrier premier dernier entier panier escalier sentier bouclier ouvrier officier pompier banquier fermier foyer loyer noyer hiver cancer player layer prayer laser manager leader cluster container router server user timer buffer header footer player viewer poster master hacker docker partner avenir loisir plaisir désir souvenir sourire empire navire mestiere carattere potere sapere piacere cantiere'.split(
    ' ',
  ),
);
/** French -ir and -re verbs common on slides (their endings are shared by too many nouns to go by). */
const FRENCH_VERBS_IR_RE =
  /^(?:réduire|produire|construire|conduire|traduire|introduire|mettre|permettre|prendre|comprendre|apprendre|faire|dire|lire|écrire|décrire|suivre|rendre|vendre|répondre|attendre|atteindre|choisir|finir|obtenir|tenir|venir|devenir|maintenir|fournir|réussir|agir|ouvrir|offrir|servir|sortir|partir|savoir|pouvoir|vouloir|devoir|voir|recevoir|prévoir|garantir|définir|établir|investir|remplir|accueillir|réfléchir|bâtir|saisir|réunir|convertir|résoudre)$/;
/** An infinitive of a Romance language by its ending (French -er, Spanish -ar/-er/-ir, Italian -are/-ere/-ire). */
export function infinitive(w: string, lang: string): boolean {
  if (w.length < 5 || NOT_INFINITIVE.has(w)) return false;
  // ("identifier", "vérifier": -ier verbs too; "déployer", "envoyer", "payer": -yer verbs)
  if (lang === 'fr') return /(?:[^aeiouy]|i|[aou]y)er$/.test(w) || FRENCH_VERBS_IR_RE.test(w);
  // (Spanish's rule, the one clause-words.ts reads a clause by, serves Portuguese too)
  if (lang === 'es' || lang === 'pt') return leadsClause(w, 'es') && !/[âêôãõç]/.test(w);
  if (lang === 'it') return /(?:are|ere|ire)$/.test(w);
  // (Romanian: the long infinitive with its article names the action of a plan's line, "Reducerea emisiilor",
  // "Aprobarea strategiei"; without it, it is a noun, "dezvoltare durabilă")
  if (lang === 'ro') return /(?:area|erea|irea|ârea)$/.test(w);
  // (Slovak infinitives end in -ť, Polish ones in -ć, after a vowel: "zvýšiť", "wdrożyć"; not the nouns "sieť",
  // "spokojnosť", "część", "sieć"; Czech ones in -ovat, -nout, or -it, -at, -et after a consonant, six letters or
  // more: "zlepšit", "snížit", "zavádět"; not "audit", "kredit", "automat")
  if (lang === 'sk') return /[aeiouyáíúä]ť$/u.test(w) && !/(?:sieť|osť)$/u.test(w);
  if (lang === 'pl') return /[aeiyąę]ć$/u.test(w) && !/(?:sieć|ść)$/u.test(w);
  if (lang === 'cs')
    return /(?:ovat|nout|[^aeiouyáéíóúůě][iíaeě]t)$/u.test(w) && w.length >= 6 && !CZECH_T_NOUNS.has(w);
  return false;
}
/** Czech nouns with an infinitive's ending. */
const CZECH_T_NOUNS = new Set(
  'kredit limit deficit tranzit automat kabinet rozpočet pamflet bufet'.split(' '),
);
/**
 * Adjectives written before their noun in French, Spanish, Portuguese, Italian ("mala calidad", "haute disponibilité",
 * "a minor impatto").
 */
const PRENOMINAL =
  /^(?:mal|mala|malo|malas|malos|buen|buena|bueno|buenas|buenos|gran|grandes?|nuev[oa]s?|baj[oa]s?|alt[oa]s?|mauvaise?s?|bonne?s?|grande?s?|petite?s?|nouvelle?s?|nouveaux?|haute?s?|basse?s?|meilleure?s?|mejor(?:es)?|melhor(?:es)?|boa|bom|nov[oa]s?|buon[oa]?|nuov[oa]|minor[ei]?|maggior[ei]?|miglior[ei]?|peggior[ei]?|menor(?:es)?|mayor(?:es)?|maior(?:es)?|peor(?:es)?|pior(?:es)?)$/u;
/**
 * Adjectives of relation by their ending, after the noun they classify ("indésirables", "hydro-alcooliques",
 * "électronique", "opératoire", "sanitaria").
 */
const RELATIONAL_ADJECTIVE =
  /(?:iques?|ienne?s?|aires?|oires?|elles?|ales?|aux|ifs?|ives?|ables?|ibles?|ées?|és|é|icos?|icas?|ales|arios?|arias?|ivos?|ivas?|ados?|adas?|idos?|idas?|ici|iche|ari|ali|ivi|ive)$/u;
/** Romanian adjectives of relation ("electrice", "energetică", "națională", "digitale"). */
const ROMANIAN_RELATIONAL = /(?:ice|ică|ici|ală|ale|ali|ară|are|ari|ivă|ive|ivi|ean|eană|ene)$/u;
/** States, frequencies and evaluations after a noun: no part of its term ("stable", "mensuel", "élevé"). */
const PREDICATE_ADJECTIVE =
  /^(?:stables?|estables?|stabile|élevée?s?|elevad[oa]s?|faibles?|fortes?|forts?|positi(?:f|ve|fs|ves|vo|va|vos|vas)|négati(?:f|ve|fs|ves)|negati(?:vo|va|vos|vas)|actuel(?:le)?s?|actuales?|globale?s?|globaux|totale?s?|totaux|mensuel(?:le)?s?|mensual(?:es)?|hebdomadaires?|semanal(?:es)?|annuel(?:le)?s?|anual(?:es)?|quotidien(?:ne)?s?|diari[oa]s?|trimestriel(?:le)?s?|trimestral(?:es)?|général(?:e|es)?|generales?|spécifiques?|específic[oa]s?|possibles?|nécessaires?|necesari[oa]s?|importante?s?|principale?s?|principaux|clés?|clave|critiques?|críticos?|críticas?|prioritaires?|prioritari[oa]s?|différente?s?|diferentes?|similaires?|similares?|associée?s?|liée?s?|requise?s?|prévue?s?|engagée?s?|réalisée?s?|validée?s?|effectuée?s?|actualisée?s?|actualizad[oa]s?|atualizad[oa]s?|aggiornat[oaie]|déclarée?s?|recolectad[oa]s?|collectée?s?|proposée?s?|propuest[oa]s?|estimée?s?|estimad[oa]s?|observée?s?|observad[oa]s?|trimestrial[ăeia]?|lunar[ăeia]?|anual[ăeia]|săptămânal[ăeia]?|zilnic[ăei]?|actual[ăei]?|curent[ăei]?)$/u;
/**
 * A German line's leading noun, after an optional article, when a lower-case word, a number, a parenthesis or the
 * line's end follows it ("Ausschussquote von 3,5 % …"; an adjective before it is no lead: "Geringe Motorleistung").
 */
const GERMAN_LEAD =
  /^\s*(?:[-–•▪*]\s*)?(?:(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer)\s+)?(\p{Lu}[\p{Ll}ß]{5,}(?:-\p{L}+)?)(?=\s+(?:\p{Ll}|\d|\()|\s*[,;(]|\s*$)/iu;
/** Words of a company's part for the deck's own: partner, customer, competitor, supplier, investor… (English). */
// (before the name, then a colon or "with", "of", "from", "including", "such as", "like": "competitors: Salesforce,
// HubSpot", "partner program with Accenture"; "Customer Success led by Nguyen Thi Lan" names no company)
const ORG_CUE =
  /\b(?:partners?|partnership|customers?|clients?|competitors?|vendors?|suppliers?|investors?|acquisition|churned|consultanc(?:y|ies)|agency|agencies|carriers?|distributors?|resellers?|integrators?|insurers?|lenders?)\b[^.\n]{0,40}?(?::|\b(?:with|of|from|including|such as|like)\b)[^.\n]*$/i;
/** An article after a line's first word, by language: an infinitive before one is an instruction's verb. */
const ROMANCE_ARTICLE: Record<string, RegExp> = {
  fr: /^(?:le|la|les|un|une|des|nos|vos|leurs?|ce|cette|ces|l['’])/iu,
  es: /^(?:el|la|los|las|un|una|nuestros?|nuestras?|este|esta|estos|estas)\s/iu,
  pt: /^(?:o|a|os|as|um|uma|nossos?|nossas?|este|esta)\s/iu,
  it: /^(?:il|lo|la|i|gli|le|un|una|uno|l['’])/iu,
  // (Romanian's object follows with no article before it: "Reducerea emisiilor de carbon")
  ro: /^(?=\p{L})/u,
};
/**
 * A line with an instruction's infinitive and its article blanked out ("Déployer le programme de fidélité" reads
 * "   le programme de fidélité", "Automatizar la facturación electrónica"), lengths kept; else the line as it is.
 */
function afterInfinitive(line: string, lang: string): string {
  const m = /^(\s*(?:[-–•▪*]\s*)?)(\p{L}{4,})(\s+)/u.exec(line);
  if (m === null || !infinitive(m[2].toLowerCase(), lang)) return line;
  const rest = line.slice(m[0].length);
  return ROMANCE_ARTICLE[lang]?.test(rest) === true ? ' '.repeat(m[0].length) + rest : line;
}
/** Languages whose capitalised words joined by a preposition make one name (ROMANCE_CONNECTED_NAME). */
const ROMANCE_NAMES = new Set(['es', 'fr', 'pt', 'it', 'ro']);
/** An article that leads a Romance name ("Le Réveil", "El País", "Il Sole"). */
const ROMANCE_ARTICLE_IN_NAME = /^(?:Le|La|Les|El|Los|Las|Il|Lo|Gli|O|A|Os|As)$/;
/** Prepositions inside a Romance title's name (see titlePhrase; in lower case only). */
const ROMANCE_TITLE_CONNECTORS = new Set(
  'con com avec sin sem sans para pour per por sobre sur contra entre'.split(' '),
);
/**
 * Words allowed inside a title phrase between content words ("Zoom to Area", "Files and Resources", "Exposition de
 * données sensibles", "Недостатки журналирования и мониторинга", "Использование компонентов с известными уязвимостями").
 */
const CONNECTORS = new Set(
  'of for and to in on with & at by from de des du la le les à au aux et d l en non par von der die das und für mit zur zum im am y del el los las e di da dos do и с по для в на при без'.split(
    ' ',
  ),
);

// a word: letters and digits joined by inner hyphens, slashes, dots and apostrophes ("O’Brien", "ISO/IEC"), and a
// colon between a capital and a digit ("NXE:3600D"); a quote
// that closes a word is no part of it ("the ‘House’ shape"); a dot before a capital at a word's start is (".NET")
// (a Hebrew abbreviation keeps its gershayim: "ע"י", "צה״ל"; a zero-width (non-)joiner between letters is inside a
// word: Persian writes "بهره‌برداری", "نرم‌افزار" with one, and so do Indic scripts; and an Indic script's combining
// marks are in their word: the vowel signs and virama of Devanagari, "ग्राहक", which are marks, not letters)
const TOKEN =
  /(?:(?<![\p{L}\p{N}.])\.(?=\p{Lu}))?[\p{L}\p{N}](?:[\p{L}\p{N}+#&]|(?<=[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}\p{Script=Gujarati}\p{Script=Tamil}\p{Script=Telugu}\p{Script=Kannada}\p{Script=Malayalam}])\p{M}|['’](?=[\p{L}\p{N}])|[-/.](?=[\p{L}\p{N}])|(?<=\p{Lu}):(?=\d)|(?<=\p{Script=Hebrew})["״](?=\p{Script=Hebrew})|(?<=\p{L})[\u200c\u200d](?=\p{L}))*/gu;
/** The particles of Dutch and German names ("de Vries", "van den Berg", "von der Leyen", "El Amrani"). */
const NAME_PARTICLE = /^(?:van|de|den|der|ter|ten|von|vom|zu|'t|Van|De|Den|Der|Ter|Ten|Von|El|Al)$/;
/**
 * A European Union act by its number, in the languages of the Union's decks: "Regulation (EU) 2019/943",
 * "Commission Delegated Regulation (EU) 2018/389", "Reglamento Delegado (UE) 2022/2360", "Verordnung (EU) Nr.
 * 1169/2011", "Verordening (EU) 2022/2554", "Directive (UE) 2022/2555", and the older directives' numbers, "Directive
 * 2009/138/EC", "Richtlinie 2009/138/EG", "Directiva 2014/24/UE" (not "UE" alone, nor "Reglamento Delegado").
 * A name in brackets beside it, or after it, names it instead: "EU AI Act (Regulation (EU) 2024/1689)", "Directiva
 * (UE) 2015/2366 (PSD2)" (see extractCandidates).
 */
const EU_ACT =
  /(?<![\p{L}\p{N}])(?:(?:Commission |Council )?(?:Delegated |Implementing )?(?:Regulation|Directive|Decision|Recommendation)|Reglamento(?: [Dd]elegado| de [Ee]jecución)?|Directiva(?: [Dd]elegada)?|Decisión|Règlement(?: [Dd]élégué| d['’][Ee]xécution)?|Directive|Décision|(?:Delegierte |Durchführungs)?[Vv]erordnung|Richtlinie|Beschluss|(?:EU-)?Empfehlung|Recommandation|Raccomandazione|Recomendación|Recomendação|Aanbeveling|Regolamento(?: [Dd]elegato| di [Ee]secuzione)?|Direttiva|Decisione|Regulamento(?: [Dd]elegado| de [Ee]xecução)?|Diretiva|Decisão|(?:Gedelegeerde |Uitvoerings)?[Vv]erordening|Richtlijn|Besluit) (?:\((?:EU|UE|EG|CE|EC|EEG|EWG)\) (?:No\.? |Nr\.? |n[º°] ?)?\d{2,4}\/\d{1,4}|(?:19|20)?\d\d\/\d{1,4}\/(?:EU|UE|EG|CE|EC|EEG|EWG|EEC|CEE))(?![\p{L}\p{N}])/gu;
/**
 * A national act of a Romance language by its number, with its kind's words and its issuer's acronym: "Real Decreto
 * 105/2008", "Ley Orgánica 3/2018", "Resolução CMN nº 4.966/2021", "Portaria GM/MS nº 888/2021", "Decreto
 * Legislativo 152/2006", "D.Lgs. 81/2008", "Décret n° 2019-771", "Loi n° 2015-992", "Orden TMA/851/2021", "Delibera
 * ANAC n. 264/2023", "Lei Municipal n.º 1.234/2020", "Legge regionale n. 12/2020"; and a supervisor's circular or
 * resolution by its issuer and its number alone, "Resolução CMN 4.945", "Circular BCB 3.978", "Instrução CVM 175",
 * "Circulaire FINMA 2010/3" (not "Decreto 105/2008" of "Real Decreto 105/2008", nor "Real Decreto" alone; not a
 * small number or a year, "Instrucción IT 3", "Circular ESG 2025", nor the adjective, "Economía Circular ODS 123").
 */
const NATIONAL_ACT =
  /(?<![\p{L}\p{N}.])(?:Real Decreto(?:-[Ll]ey| Legislativo)?|Decreto(?:-[Ll]ei|-[Ll]ey| Legislativo| Legge| Ministeriale| Supremo| Regulamentar| Municipal| Estadual| Distrital| Foral| Regional)?|Ley Orgánica|Ley Foral|Ley|Lei Complementar|Lei (?:Municipal|Estadual|Distrital|Ordinária)|Lei|Legge [Rr]egionale|Legge [Pp]rovinciale|Legge|Loi organique|Loi|Ordonnance|Décret|Arrêté|Portaria(?: Conjunta| Interministerial)?|Resolução(?: Normativa| Conjunta)?|Resolución|Instrução Normativa|Instrução|Instrucción|Orden|Deliberação Normativa|DN Conjunta|Circolare|Circular|Circulaire|Rundschreiben|Delibera(?:zione)?|Determina(?:zione)?|D\.\s?Lgs\.|D\.\s?L\.|D\.P\.R\.|DPR|DM)(?: [A-Z]{2,8}(?:[/-][A-Z]{2,8})*)?(?: n\.?[º°]\.?| nº| n°| núm\.| nr\.| n\.|\/)? ?(?:\d{1,5}(?:\.\d{3})*(?:-[A-Z])?\/(?:19|20)?\d\d|(?:19|20)\d\d-\d{1,4})(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.])(?<!(?:[Ee]conom[ií]a|[Éé]conomie|[Ee]conomy|[Cc]arta|[Oo]f[ií]cio|[Ll]ettera) )(?:Resolução|Resolución|Instrução|Instrucción|Circular|Circulaire|Circolare|Rundschreiben) [A-Z]{2,8}(?:-[A-Z]{2,4})?(?: n\.?[º°]\.?| nº| n°| núm\.| nr\.| n\.)? ?(?:\d{1,3}(?:\.\d{3})+|(?!(?:19|20)\d\d(?![\d/]))\d{3,4}|(?:19|20)\d\d\/\d{1,3})(?![\p{L}\p{N}]|[.,]\d|\/\d|\s?%)/gu;
/**
 * Standards, regulations and product names with versions: "ISO 27001", "ISO/IEC 27002:2022", "SAP S/4HANA" (a date is
 * no version: "Vorstandssitzung 04.03.2025").
 */
const PATTERNS = [
  EU_ACT,
  NATIONAL_ACT,
  // a school or an institution named after someone, with its kind and the name in quotes: 'IIS "Enrico Fermi"',
  // 'Liceo Scientifico "Galileo Galilei"', 'collège « Jean Moulin »', 'IES "Miguel de Cervantes"' (not the person)
  /(?<![\p{L}\p{N}])(?:(?:Liceo|Istituto|Scuola|Convitto|Collège|Lycée|École|Colegio|Escuela|Escola|Instituto|Ospedale|Teatro)(?: \p{Lu}?\p{Ll}+){0,3}|(?:IIS|ITIS|ITI|ITC|ITCG|ITAS|ITT|ITE|IPSIA|IPSSAR|IPSEOA|IPS|ISIS|IC|IES|CEIP|CPIA|EMEF|ETEC))[ \u00a0]["“«][ \u00a0]?\p{Lu}[\p{L}'’.-]*(?:[ \u00a0](?:de|di|da|del|della|dos|das|do|la|le|\p{Lu}[\p{L}'’.-]*)){0,4}[ \u00a0]?["”»]/gu,
  // an act by its date, in Italian, French, Spanish and Portuguese: "DM 21 aprile 2011", "Linee Guida MiSE 22 maggio
  // 2014", "Arrêté du 12 mars 2020", "Real Decreto de 5 de mayo de 2020"
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${ACT_BY_DATE_HEAD})(?: (?:du|del|de|dell['’]))? \\d{1,2}(?:º|°|er)? (?:de )?(?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)(?: de)? (?:19|20)\\d\\d(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  // a law or a rule named after a person, in the possessive: "Awaab's Law", "Martyn's Law", "Clare's Law"
  /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+['’]s (?:Law|Rule|Act)(?![\p{L}\p{N}])/gu,
  // a Dutch or German act by its name and its year: "Besluit inburgering 2021", "Beleidsregels inburgering 2023",
  // "Wet kwaliteitsborging voor het bouwen 2022"
  /(?<![\p{L}\p{N}])(?:Wet|Besluit|Regeling|Beleidsregels?|Verordening|Verordnung|Richtlinie)(?: (?:voor|van|op|tot|het|de|der|des|über|zur|zum|für)){0,2}(?: \p{Ll}[\p{L}-]+(?: (?:voor|van|op|tot|het|de|der|über|zur|zum|für))*){1,3} (?:19|20)\d\d(?![\p{L}\p{N}])/gu,
  // an act by its issuer's acronym and its number: "RDC nº 36/2013", "DS N° 21/2024", "IN RFB nº 2.005/2021",
  // "DL n.º 226-A/2007" (the acronym alone is then a piece of these names)
  /(?<![\p{L}\p{N}])[A-Z][A-Za-z]{0,5}[A-Z](?: [A-Z]{2,5})? (?:n\.?[º°]|N\.?[º°]|No\.|Nr\.)[ \u00a0]?\d[\d.]*(?:-[A-Z])?\/(?:19|20)?\d\d(?![\p{L}\p{N}])/gu,
  // a name of capitals with a star or a plus inside: "VERI*FACTU", "FIDES+NET" (its halves are no names)
  /(?<![\p{L}\p{N}*+])\p{Lu}{2,}(?:[*+]\p{Lu}{2,})+(?![\p{L}\p{N}*+])/gu,
  // a book of the German social code by its number: "SGB V", "SGB XI" (not "SGB" alone)
  /(?<![\p{L}\p{N}])SGB[ \u00a0][IVX]{1,4}(?![\p{L}\p{N}])/gu,
  // (a SOC report's type too: "SOC 2 Type II"; not a count after a colon, "ISO 9606-1: 436 welds", nor "SOC 24/7")
  /\b(?:(?:DIN|BS|NF|UNI|UNE|NEN|ÖNORM|SN|CSA|AS\/NZS|JIS)(?:[ -](?:EN|CEI))?[ -](?:ISO(?:\/IEC)?|IEC)|EN (?:ISO(?:\/IEC)?|IEC)|ISO(?:\/IEC(?:\/IEEE)?|\/TS)?|IEC(?:\/IEEE)?|IATF|ASTM|ANSI|ASME|NFPA|ETSI(?: EN| TS)?|UL|NIST(?: SP)?|RFC|IEEE|EN|BS|SOC|PCI[- ]DSS|FIPS|CIS|DIN(?: EN| VDE)?|VDE(?:-AR-[NE])?|(?:ABNT )?NBR|UNE(?:[- ]EN)?|NF (?:EN|C)|AS\/NZS|JIS|NEN(?:-EN)?|UNI(?: CEI)?(?: EN)?|CEI(?: EN)?|ÖNORM|PAS|BSI-Standard|CWE|CVE|OMB M)[ -]?\d[\d.:-]*(?:(?<!:)[ -]\d+)?(?:\.x)?(?: Type (?:II|I|1|2)\b)?\b(?!\/\d)/g,
  // a United States executive act by its number: "Executive Order 14028", "Presidential Policy Directive 21",
  // "Binding Operational Directive 22-01", "Public Law 117-58"
  /\b(?:Executive Order|Presidential Policy Directive|Binding Operational Directive|Emergency Directive|Public Law|National Security Memorandum)[ \u00a0](?:No\.[ \u00a0]?)?\d{1,6}(?:-\d{1,4})?(?![\w-])/g,
  // names with a version written as a number with a letter or dotted: "Oracle Database 19c", "ASVS 4.0", "PCI DSS 6.5.x"
  // (a share or a measure is no version: "Occupancy 76.8%", "Hs 1.5 m", "Uptime 23.4 m")
  // (words may be hyphenated: "Creative Commons Attribution-ShareAlike 4.0", not "ShareAlike 4.0")
  /(?<!-)\b(?:[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)* ){0,3}[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)* (?!\d{1,2}\.\d{1,2}\.\d{2,4}(?![\w.]))(?:v|V)?\d{1,2}(?:[a-z]|(?:\.(?:\d+|x))+)(?![\w.])(?![ \u00a0]?(?:%|(?:mm|cm|km|m|kg|t|kW|MW|GW|kWh|MWh|GWh|kV|Hz|bar|°C|m²|m³|ms|kn|nm)(?![A-Za-z0-9])))/g,
  // (a hyphenated code is whole: "WK-BZ 500/800")
  // (not a year's span: "Baseline 2023/24", "Trajectory 2025/26", "Target 2027/2028" name a period, no code)
  // (nor round the clock, "SOC 24/7"; nor a quarter or a half of a year, "Ergebnisse Q4/2024", "Bilan T3/2025")
  /(?<![\w-])[A-Z][A-Za-z]{1,15}(?:-[A-Z][A-Za-z0-9]*)? (?!(?:19|20)\d\d\/(?:\d\d|(?:19|20)\d\d)\b|24\/7\b|[QTHS][1-4]\/(?:19|20)?\d\d\b)[A-Z0-9][A-Za-z0-9]*\/[A-Za-z0-9]+\b/g,
  /(?<!-)\b(?:[A-Z][A-Za-z]+(?:-[A-Z][A-Za-z]+)* ){0,3}[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]+)* +(?!\d{1,2}\.\d{1,2}\.\d{2,4}\b)v?\d+(?:\.\d+){1,2}\b(?![ \u00a0]?(?:%|(?:mm|cm|km|m|kg|t|kW|MW|GW|kWh|MWh|GWh|kV|Hz|bar|°C|m²|m³|ms|kn|nm)(?![A-Za-z0-9])))/g,
];
/**
 * A surname as a reference writes it: before initials or a given name and a year ("Nelms, Charlie (2011)",
 * "Littlejohn, S.W."), before "et al.", or before a year in brackets, alone or after "and" ("(Littlejohn and
 * Jabusch, 1987)").
 */
const CITED_AUTHOR =
  /(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?)(?=,[ \u00a0]*(?:\p{Lu}\.[ \u00a0]*)+|,[ \u00a0]*\p{Lu}\p{Ll}+[ \u00a0]*\((?:19|20)\d\d\)|[ \u00a0]+et[ \u00a0]+al\b|,?[ \u00a0]*\(?(?:19|20)\d\d[a-z]?\))/gu;
/** Two surnames joined ("Ongaro & Ousterhout", "Littlejohn and Jabusch"). */
const SURNAME_PAIR = String.raw`\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)? (?:&|and|und|et|y|e) \p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?`;
/** Two authors' surnames joined before a year, as a citation writes them ("Ongaro & Ousterhout (2014)"). */
const CITED_PAIR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${SURNAME_PAIR}(?=,?[ \u00a0]*\(?(?:19|20)\d\d[a-z]?\b)`,
  'gu',
);
/** A candidate's surface that is such a pair. */
const CITED_PAIR_NAME = new RegExp(`^${SURNAME_PAIR}$`, 'u');
/** "the <Name> feature": a name before a generic head of a product's parts (see extractCandidates). */
const NAMED_BY_HEAD =
  /(?<![\p{L}])[Tt]he\s+((?:[\p{L}\d][\p{L}\d’'-]*\s+){0,6}?[\p{L}\d][\p{L}\d’'-]*)\s+(?:feature|option|button|panel|tab|menu|command|dialog|wizard|add-in|plugin|plug-in|toolbar|widget)s?(?![\p{L}])/gu;
/** "service level agreement (SLA)": an expansion written in lower case. */
// (the first word may be capitalised, at a line's start: "Mean time to detect (MTTD)", "Cost per acquisition (CPA)")
// (an acronym may hold an acronym of its own and a space: "EU Emissions Trading System (EU ETS)")
// (a word may follow an elided article or preposition: "Programme d'actions de prévention des inondations (PAPI)")
// (and a capitalised name after lower-case words: "Société de transport de Rivière-aux-Saules (STRAS)")
const EXPANSION_LOWER =
  /((?:\p{L}[\p{L}-]*(?:['’]\p{L}[\p{L}-]*)?,?\s+){0,7}(?:\p{Ll}[\p{L}-]*(?:['’]\p{L}[\p{L}-]*)?(?:\s+(?:19|20)\d\d)?|(?=\p{Lu})(?<=\p{Ll}[\p{L}-]*\s+(?:\p{Ll}+\s+)?)\p{Lu}[\p{L}-]*))\s*\(([A-Z][A-Za-z0-9&]{1,9}(?: [A-Z][A-Z0-9&]{1,5}|-[A-Z][A-Z0-9]{0,4})?)\)/gu;
/** An office's title and an opening bracket, its department to follow ("Director (", "Chief Engineer (", "GM ("). */
const ROLE_BEFORE_UNIT =
  /(?<![\p{L}])(?:Director|Directors|Manager|Head|Officer|Chief Engineer|Engineer|Superintendent|Secretary|Controller|GM|CGM|DGM|AGM|ED|Directeur|Directrice|Director[a]|Diretor[a]?|Direttore|Direttrice|Leiter|Leiterin|Responsable|Responsabile)[ \u00a0]?\($/u;
/** A glossary's line: an acronym, a colon, a dash, an equals sign or a cell's tab, and words that may expand it. */
// (or one entry of a glossary written on one line, after its label, a semicolon or a bar: "Glossaire : BHS – Baggage Handling
// System ; CEAC – Conférence européenne de l'aviation civile", "Abkürzungen: BAS – Bundesamt für Soziale Sicherung; CMI
// – Case Mix Index"; an acronym may end in a place's code after a hyphen, "TCE-MG")
const GLOSSARY_LINE =
  /(?:^[ \t]*|[;|][ \t]*|^[ \t]*(?:Glossar[ey]?|Glossario|Glosario|Glossário|Glossaire|Glossary|Abkürzungen|Abkürzungsverzeichnis|Abbreviations|Acronyms|Sigles|Siglas|Sigle|Acronimi|Abreviaturas|Abréviations|Afkortingen|Siglário)[ \t]*:[ \t]*)([A-Z][a-z0-9&]{0,3}[A-Z][A-Za-z0-9&]{0,6}(?:-[A-Z][A-Z0-9]{0,4})?) *(?::|=|–|—|\t| - )[ \t]*(\p{L}[\p{L}\p{N}'’&-]*(?:[ \t]+[\p{L}\p{N}'’&-]+){0,9})/gmu;
/**
 * An acronym with its expansion in brackets after it: "licenza ADM (Agenzia delle Dogane e dei Monopoli)" (the
 * caller takes three letters at least and no digit; the expansion is the leading words the initials fit, up to the
 * bracket's end or a comma, and no person's name: "la CTO (Carmen Torres Ortiz)").
 */
const ACRONYM_THEN_EXPANSION =
  /(?<![\p{L}\p{N}&-])([A-Z][a-z0-9&]{0,3}[A-Z][A-Za-z0-9&]{0,6}(?:-[A-Z][A-Z0-9]{0,4})?)[ \t]*\((\p{L}[^()\n]{2,150})\)/gu;
// (across the joining words of the other languages too: "Entidad Regional de Aguas del Levante (ERAL)")
// (and after an elided article: "Ministero dell'Ambiente e della Sicurezza Energetica (MASE)")
// (with the other joining words of a name: "Learn from Patient Safety Events (LFPSE)", "Rede Nacional de Dados em Saúde
// (RNDS)"; a list's commas, "Vergunningverlening, Toezicht en Handhaving (VTH)"; an act's year before the brackets,
// "Maritime Transport and Offshore Facilities Security Act 2003 (MTOFSA)")
/** The joining words inside a name and its expansion, in the languages read (EXPANSION_BEFORE, initialsMatch). */
const JOINING_WORDS =
  'of|for|and|the|de|des|du|&|on|in|to|del|della|delle|dei|degli|dello|di|da|do|dos|das|la|el|y|e|et|en|von|der|van|und|für|per|para|pour|al|alla|alle|ai|agli|nel|nella|nei|negli|nelle|sul|sulla|con|au|aux|ao|aos|à|às|los|las|le|les|from|with|at|by|em|no|na|nos|nas|zur|zum|im|het|voor|op|dem|den';
/** A joining word, or an article or preposition that may give its letter to an acronym ("a", "sur"). */
const SMALL_WORD = new RegExp(`^(?:${JOINING_WORDS}|a|sur)$`, 'i');
const EXPANSION_BEFORE = new RegExp(
  String.raw`((?:(?:[dl]|dell|all|dall|nell|sull|degl)['’])?(?:[\p{Lu}][\p{L}-]*,?(?:\s+(?:${JOINING_WORDS})(?![\p{L}]))*\s+(?:(?:[dl]|dell|all|dall|nell|sull|degl)['’](?=\p{Lu}))?){1,8}[\p{Lu}][\p{L}-]*(?:\s+(?:19|20)\d\d|,?\s+(?:GmbH|AG|SE|KG|S\.A\.|SA|S\.p\.A\.|SpA|S\.r\.l\.|Srl|Ltd\.?|plc|PLC|Inc\.|LLC|B\.V\.|N\.V\.|S\.L\.|SAS|Ltda\.))?)\s*\(([A-Z][A-Za-z0-9&]{1,9}(?: [A-Z][A-Z0-9&]{1,5}|-[A-Z][A-Z0-9]{0,4})?)\)`,
  'gu',
);
/**
 * A compound and its acronym: "Krankenhauszukunftsgesetz (KHZG)", "(Wärmeplanungsgesetz – WPG)", "(GEG 2024)",
 * "Baugesetzbuch (BauGB)".
 */
const COMPOUND_ACRONYM =
  /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}[\p{L}-]{6,})\s*\(([A-Z](?:[A-Z]{1,4}|[A-Za-z]{1,6}))(?:\s+(?:19|20)\d\d)?\)|\((\p{Lu}\p{Ll}[\p{L}-]{6,})\s+[–—-]\s+([A-Z](?:[A-Z]{1,4}|[A-Za-z]{1,6}))\)/gu;

/**
 * Words for a place's kind, and their preposition, right before a name: a municipality, a district, a region, a river
 * in seven languages ("gemeente", "Landkreis", "commune de", "Comune di", "Ayuntamiento de", "concelho de", "rio",
 * "City of"); English ones only with their "of" ("Town Hall" is no town).
 */
const PLACE_KIND_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[gG]emeente|[pP]rovincie|[wW]ijk|Gemeinde|Stadt|Landkreis|Ortsteil|Stadtteil|Ortsgemeinde|Samtgemeinde|[cC]ommune|[vV]ille|[qQ]uartier|[dD]épartement|[mM]aire|[cC]anton|[cC]omune|[cC]ittà|[pP]rovincia|[fF]razione|[sS]indac[oi]|[mM]unicipio|[aA]yuntamiento|[aA]juntament|[cC]oncello|[cC]iudad|[lL]ocalidad|[aA]lcaldes?a?|[cC]omarca|[mM]unicípio|[cC]oncelho|[cC]idade|[fF]reguesia|[cC]âmara [mM]unicipal|[pP]refeitura|[bB]airro|[bB]arrio|[rR]io|[rR]ío|[fF]iume|[rR]ivière|[fF]leuve|[rR]ivier|[rR]egião|[rR]egión|[rR]égion|[rR]egione|[rR]egio|Region|Bundesland|Freistaat|Kanton|Provinz)(?:[ \u00a0]+(?:de la|de|du|des|di|del|della|da|do|dos|van|en|in))?[ \u00a0]+|(?:[cC]ity|[tT]own|[cC]ounty|[vV]illage|[bB]orough|[mM]unicipality|[sS]hire|[dD]istrict) of[ \u00a0]+|(?:[cC]ommune|[vV]ille|[dD]épartement|[mM]aire|[cC]anton) d['’])$`,
  'u',
);
/**
 * An article's, a paragraph's or a section's number right before a name, with its preposition: "art. 13 RRSIF",
 * "artículo 201 bis de la LGT", "§ 16a ElWOG", "Abs. 2 EPDG", "s.22 SDWA", "L2171-3 du CCP" (the French codes'
 * legislative and regulatory articles), "16a ElWOG" (a number with its letter). A bare number is none: "4 USF".
 */
const ACT_CUE_BEFORE = new RegExp(
  String.raw`(?:(?<![\p{L}])(?:arts?\.?|artt\.|artículos?|articolo|articoli|artigos?|articles?|artikel|§§?|sec\.|section|s\.|Abs\.|alinéa|apartado|comma|lid)[ \u00a0]*\d+[\p{L}\d.:/-]*(?:[ \u00a0]+(?:bis|ter|quater))?|(?<![\p{L}\d])[LRD]\.?[ \u00a0]?\d{3,4}(?:-\d+)+|(?<![\p{L}\d.,])\d+(?:[a-z]|[ \u00a0]+(?:bis|ter|quater)))(?:[ \u00a0]*[,)])?(?:[ \u00a0]+(?:de la|del|de|della|dello|da|do|du|des|of the|of|van de|van het|der))?[ \u00a0]*(?:dell['’]|d['’]|l['’])?$`,
  'u',
);
/** An article's number right after a name: "CFF art. 30", "LkSG § 3", "CLT, art. 482". */
// (not in brackets: "Legítimo interesse (art. 7)", "MePA (art. 1, c. 450, L. 296/2006)" name what the article is about)
// (nor when another act's name follows the number: "(GEA, § 16a ElWOG)" defines GEA in that act)
const ACT_CUE_AFTER =
  /^[ \u00a0]*,?[ \u00a0]*(?:art(?:\.|ículo|icolo|igo|ikel)|§)[ \u00a0]*\d+[\p{L}\d.:/–-]*(?![\p{L}\d.:/–-]|[ \u00a0]+(?:(?:de la|del|de|du|der|des|of the|of|da|do|della|dello)[ \u00a0]+)?\p{Lu})/u;
/** An optional article before a name, in the languages read here. */
const ANY_ARTICLE = String.raw`(?:(?:the|la|le|les|el|los|las|o|a|os|as|il|lo|gli|i|der|die|den|dem|das|de|het)\s+|l['’])?`;
/**
 * What a body does or has done to it right before its acronym, by language: the agent of a decision, a fund or a
 * supervision ("approved by the", "financé par le", "aprobado por", "aprovado pela", "approvato dalla", "genehmigt durch
 * die", "goedgekeurd door de"), who a file goes to or an agreement is made with ("submitted to the", "agreement with",
 * "auprès de l'", "d'intesa con l'", "junto da", "presentación ante"), an instrument it issues ("Resolução",
 * "Circular", "Delibera", "Rundschreiben") and its head or its board ("Board of", "Consejo de Administración de",
 * "ministerie van"). (Verbs of requiring or recommending are left out: an act or a plan does as much as a body does; so are
 * verbs a tool, a system or a programme takes as often, "reviewed by the LLM", "hosted by the CDN", "geridos pelo SIGA",
 * "trasmesse allo SDI", "gefördert durch die BEG", "getoetst aan de BIO", "respuesta ante la DANA".)
 */
const AGENT_CUE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:` +
    [
      String.raw`(?:approved|validated|funded|co-funded|financed|regulated|supervised|inspected|accredited|audited|appointed|commissioned|chaired|issued|published|granted|awarded|requested|endorsed|licensed|enforced|administered|decided|certified|organi[sz]ed|sponsored)\s+by\s+`,
      String.raw`(?:submit(?:ted|s)?|submission|report(?:ed|s|ing)?|notif(?:y|ied|ication)|escalat(?:e|ed|ion)|appeal(?:ed)?|complaints?|referral|referred)\s+to\s+`,
      String.raw`(?:agreement|agreed|MoU|memorandum|meetings?|negotiat\p{L}*|liais\p{L}*|consultation|consulted|engagement|dialogue|partnership|talks|workshop|discussions?|co-ordination|coordination|jointly)\s+with\s+`,
      String.raw`(?:validé|approuvé|financé|cofinancé|piloté|porté|signé|demandé|délibéré|publié|accordé|désigné|présidé|géré|exploité|agréé|certifié|contrôlé|notifié|transmis|déposé|instruit|saisi|consulté)e?s?\s+(?:par|à|auprès\s+d[eu]|avec)\s+`,
      String.raw`(?:auprès\s+d(?:e|u|es)|d['’]intesa\s+con|junto\s+(?:d[aoe]s?|à|ao)|(?:presentación|presentar|presentada|presentado|recurso|solicitud|reclamo|reclamación|denuncia|expediente|expedientes|trámite|inscripción|registro)\s+ante)\s*`,
      String.raw`(?:aprobad|validad|financiad|cofinanciad|otorgad|emitid|publicad|autorizad|supervisad|regulad|firmad|presidid|fiscalizad|sancionad|certificad|acreditad)[oa]s?\s+por\s+|(?:notificad|presentad|solicitad)[oa]s?\s+(?:por|ante|a|al)\s+`,
      String.raw`(?:aprovad|validad|financiad|concedid|emitid|publicad|autorizad|supervisionad|regulad|assinad|presidid|fiscalizad|certificad|acreditad|homologad)[oa]s?\s+(?:pel[oa]s?|por)\s+|(?:notificad|apresentad|submetid)[oa]s?\s+(?:pel[oa]s?|por|(?:à|ao|a)s?)\s*`,
      String.raw`(?:approvat|validat|finanziat|cofinanziat|concess|emess|autorizzat|vigilat|regolat|firmat|presiedut|richiest|certificat|accreditat|notificat|comunicat|incaricat)[oaie]\s+(?:da|dal|dalla|dall['’]|dai|dalle|dagli)\s*|(?:notificat[oaie]|segnalazion[ei]|istanza|istanze)\s+(?:a|al|alla|all['’]|ad)\s*`,
      String.raw`(?:genehmigt|freigegeben|beaufsichtigt|geprüft|beschlossen|veröffentlicht|erteilt|unterzeichnet|geleitet|betrieben|gemeldet|eingereicht|übermittelt|angezeigt|zertifiziert|akkreditiert|beauftragt)\s+(?:von|durch|an|bei)\s+`,
      String.raw`(?:goedgekeurd|vastgesteld|gefinancierd|gesubsidieerd|verleend|ondertekend|gepubliceerd|beheerd|gemeld|ingediend|aangeleverd|verstrekt|gecertificeerd)\s+(?:door|bij|aan)\s+`,
      String.raw`(?:rapportage|verantwoording|voorstel|verzoek|aanvraag)\s+aan\s+`,
      String.raw`(?:board|consejo\s+de\s+administración|conseil\s+d['’]administration|conselho\s+de\s+administração|consiglio\s+di\s+amministrazione|raad\s+van\s+(?:bestuur|toezicht)|vorstand|aufsichtsrat|geschäftsleitung|chief\s+executive|ceo|president|presidente|président|director|directora|diretor|diretora|direttore|directeur|directrice|geschäftsführ\p{L}*|vorsitz\p{L}*|minister|ministerie|ministry|ministère|ministerio|ministério|ministero|ministerium|chair(?:man|woman|person)?|secretary)\s+(?:of|de|do|da|del|della|de\s+la|du|des|der|van|von|für)\s+`,
    ].join('|') +
    String.raw`)${ANY_ARTICLE}$` +
    // (an instrument a body issues, its acronym after it: "Resolução CMN 4.945", "Rundschreiben FINMA 2023/1")
    String.raw`|(?<![\p{L}])(?:resolu[çc][ãa]o|resoluci[óo]n|circular|circulaire|delibera|deliberazione|determina|decisione|portaria|instru[çc][ãa]o\s+normativa|nota\s+t[ée]cnica|rundschreiben|verf[üu]gung|beschluss|d[ée]cision|d[ée]lib[ée]ration|recommandation|lineamientos|carta\s+circular|of[íi]cio)\s+(?:(?:do|da|de|del|della|de\s+la|der|des)\s+)?$`,
  'iu',
);
/** Whether the words right before an acronym are what it abbreviates ("Advisory Circular AC 120-54A"). */
function spelledBefore(before: string, acr: string): boolean {
  const words = before
    .trim()
    .split(/\s+/)
    .slice(-(acr.length + 2));
  for (let n = 2; n <= words.length; n++) if (initialsMatch(words.slice(-n).join(' '), acr)) return true;
  return false;
}
/**
 * German: a body after a preposition and a feminine article ("mit der FMA", "von der BaFin"; a body's names are mostly
 * feminine, an Agentur, a Behörde, an Anstalt; not the dative's "dem", which is a pay scheme's too, "mit dem STI").
 */
const AGENT_CUE_BEFORE_DE = /(?<![\p{L}])(?:mit|bei|gegenüber|seitens|von)\s+der\s+$/u;
/**
 * What a body does right after its acronym, by language ("HIQA inspects", "le CPAS a délibéré", "ENACOM fiscaliza",
 * "A ERS aprovou", "l'EGATO ha comunicato", "die FMA hat genehmigt", "Het DB vraagt"), or what it issues or who leads it
 * ("NPCI circulars", "ICB Chief Executive"). (Not what a thing does as well: "the IBEX opened", "the PMBOK recommends",
 * "the AVG sets", nor a thing's guidelines, "UX guidelines".)
 */
const AGENT_CUE_AFTER = new RegExp(
  String.raw`^\s+(?:` +
    [
      // (a participle after its auxiliary only, "APR issued before execution", "O&M agreed in writing" are a thing's;
      // nor a verb that is also a plural noun, "PNRR funds", "API requests", "ERC grants")
      String.raw`(?:has|have|had)\s+(?:approved|published|issued|granted|fined|launched|announced|decided|recommended|asked|requested|confirmed|written|opened|inspected|funded|signed|agreed|rejected|consulted|notified|appointed|awarded|informed|visited|audited|certified)|will\s+(?:approve|publish|issue|grant|decide|inspect|fund|sign|audit|certify|consult|review)|approves|publishes|announces|decides|asks|confirms|inspects|regulates|supervises|rejects|notifies|appoints|certifies`,
      // (a participle with its auxiliary only: "format CDA2 firmato" is a signed document's)
      String.raw`(?:a|ont|avait)\s+(?:validé|approuvé|délibéré|demandé|publié|décidé|autorisé|financé|accordé|notifié|communiqué|confirmé|signé)`,
      String.raw`(?:ha|han|había)\s+(?:aprobado|publicado|emitido|otorgado|solicitado|autorizado)|aprobó|publicó|emitió|otorgó|solicitó|autorizó|sancionó|confirmó|notificó|firmó|financia|fiscaliza`,
      String.raw`(?:já\s+)?(?:aprovou|publicou|emitiu|concedeu|solicitou|autorizou|confirmou|notificou|assinou|financia|fiscaliza|determinou|homologou)`,
      String.raw`(?:ha|hanno)\s+(?:approvato|richiesto|pubblicato|emesso|concesso|autorizzato|comunicato|confermato|notificato|firmato|finanziato)|approva|finanzia|vigila|sanziona`,
      // (a participle, which is also the present of some, after its auxiliary only: "Antrag genehmigt")
      String.raw`(?:hat|hatte|wird)\s+(?:genehmigt|veröffentlicht|erteilt|geprüft|beschlossen|bestätigt|gefordert)|prüft|fördert|beschließt`,
      String.raw`heeft\s+(?:gevraagd|goedgekeurd|besloten)|vraagt|besluit|besloot|keurt|verleent|publiceert|financiert`,
      // ("CCTV inspection" is an inspection by a camera: not the inspection, the inspectors)
      String.raw`(?:circulars?|recommendations|inspectors|Chief\s+Executive|CEO|officials)`,
    ].join('|') +
    String.raw`)(?![\p{L}])`,
  'u',
);
/** The key of a body named after its place (see PLACE_KIND_BEFORE): the place's key is its group. */
const PLACE_BODY_KEY =
  /^(?:(?:il|lo|la|le|el|o|a|de|het|der|die|das|the) )?(?:comune|commune|ayuntamiento|ajuntament|concello|municipio|municipalidad|camara municipal|prefeitura|citta|ciudad|cidade|ville|gemeente|provincie|provincia|regione|region|regiao|departement|concelho|freguesia|landkreis|stadt|gemeinde|samtgemeinde|city of|town of|county of|borough of|municipality of) (?:(?:de la|de|du|des|di|del|della|da|do|dos|van|of) |d['’ ])?(\p{L}.*)$/u;
/** Text that ends with a capitalised word and a space: what follows continues a name. */
const AFTER_CAPITALISED = /\p{Lu}[\p{L}\p{N}.&'’-]*[ \u00a0]$/u;
/** A capitalised word right before another on its line ("Conselho" of "Conselho Fiscal", "Down" of "Down Syndrome"). */
const LEFT_NEIGHBOUR = /(?:^|[\s(])(\p{Lu}[\p{L}\p{N}&'’.-]*)[ \u00a0]$/u;
/**
 * The same, or with a preposition or an article between ("Museo della" of "Museo della Carta", "Minister for the" of
 * "Minister for the Environment"); not "and", which joins two names ("UK and Ireland"); not in German, which writes its
 * nouns capitalised after an article ("Ergebnisse der Nachweisprüfung").
 */
const LEFT_NEIGHBOUR_JOINED =
  /(?:^|[\s(])(\p{Lu}[\p{L}\p{N}&'’.-]*(?:[ \u00a0](?:de la|de los|de las|del|de|della|delle|dello|dei|degli|di|da|do|dos|das|du|des|van de|van der|van het|van|von|of the|for the|of|for|the|el|la|le|los|las))?)[ \u00a0]$/u;
/** Articles, demonstratives and possessives a sentence may start with ("The Tripod project", "Our Platform"). */
/** A capitalised word right after a code ("CH EPR", "CH:XUA"; the one before it is LEFT_NEIGHBOUR's, "Innovate UK"). */
const CODE_RIGHT = /^(?:[ \u00a0]|[:-](?=\p{Lu}))\p{Lu}/u;
const SENTENCE_ARTICLES = new Set(
  'the a an this that these those our your their its my his her el la los las le les il lo gli un una uno une o os as der die das ein eine de het een'.split(
    ' ',
  ),
);
/** A capitalised word right after another on its line ("Claros" of "Montes Claros"). */
const RIGHT_NEIGHBOUR = /^[ \u00a0](\p{Lu}[\p{L}\p{N}&'’-]*\p{L})/u;
/** A token that is a legal form or its start ("S.A", "Pte", "SpA"): an n-gram ending there is a piece of a name. */
const LEGAL_TOKEN =
  /^(?:S\.A(?:\.[PBS](?:\.I)?)?|S\.p\.A|S\.r\.l|S\.L|N\.V|B\.V|Pte|Pty|Ltd|Inc|Corp|Co|Ltda|GmbH|gGmbH|KGaA|AG|plc|PLC|LLC|LLP|SpA|SAS|SARL|Srl|SRL|NV|BV|Oyj|ASA|KG|A\/S)$/;
/**
 * A company's name with its whole legal form as the text writes it: completed when a match stopped inside it
 * ("Fomento S" → "Fomento S.A."), extended when the form follows ("Credibanco" + " S.A.", "Pagaloop México" + ",
 * S.A.P.I. de C.V."). Names only: a surface in lower case, or after a capitalised word, stays as it is.
 */
function withLegalForm(text: string, start: number, surface: string): string {
  if (start < 0 || text.slice(start, start + surface.length) !== surface || !/^\p{Lu}/u.test(surface))
    return surface;
  // (a piece inside a longer run of capitalised words stays a piece: "Chile" of "Getnet Chile SpA", "Algarve" of
  // "Águas do Algarve, S.A.")
  const before = text.slice(Math.max(0, start - 40), start);
  if (AFTER_CAPITALISED.test(before) || LEFT_NEIGHBOUR_JOINED.test(before)) return surface;
  const sp = surface.lastIndexOf(' ');
  if (sp > 0) {
    const last = surface.slice(sp + 1);
    const m = LEGAL_FORM_AT.exec(text.slice(start + sp + 1));
    if (m && m[0].length > last.length && m[0].startsWith(last)) return surface.slice(0, sp + 1) + m[0];
    if (m && m[0] === last) return surface;
  }
  const m = LEGAL_FORM_AFTER.exec(text.slice(start + surface.length));
  return m && /\s/.test(surface + m[0]) ? surface + m[0] : surface;
}
/** A word written with a capital (a name's word, or an acronym): "Bill", "Materials", "IT", "O’Reilly". */
// (two names joined by an en dash are one: "Consorcio de Residuos Ribera–Júcar")
const CAP_WORD = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?:–\p{Lu}[\p{L}\p{N}'’&-]*)?`;
/** A capitalised word of small letters after its capital, no acronym ("Workforce", "Human"; not "FBI"). */
const ENGLISH_WORD_CAP = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*`;
/** Languages with a word "of" of their own (Dutch, Afrikaans "or"): no English name is read across it there. */
const OF_IS_A_WORD = new Set(['nl', 'af', 'fy', 'li']);
/**
 * Heads of organisations' names that "for" or "on" may follow: "Center for Internet Security", "Office for Civil
 * Rights", "Council on Foreign Relations".
 */
const ORG_HEADS = new Set(
  'center centre centers centres council commission committee institute institution association alliance foundation society office agency bureau ministry department board coalition consortium partnership fund academy school forum federation union league authority organization organisation trust network initiative campaign'.split(
    ' ',
  ),
);
/** Such a head, capitalised, as a whole word ("Center", "Department"). */
const ORG_HEAD_WORD = String.raw`(?:${[...ORG_HEADS].map((w) => w[0].toUpperCase() + w.slice(1)).join('|')})(?![\p{L}])`;
/**
 * English names whose Title Case words a lower-case "of" joins, or "for" or "on" after an organisation's head, in
 * running text: "Software Bill of Materials", "Internet of Things", "Department of Defense", "Center for Internet
 * Security", "Council on Foreign Relations" (see extractCandidates). The whole name, or nothing: not right after or
 * before another capitalised word or a number (a longer name, or two names: "Certificate Policies of Federal PKI
 * Policy Authority").
 */
// ("for" and "on" only after such a head, so that a phrase before "for" leaves the name after it whole: "Routines for
// Team-Based Review of Student Work")
const CONNECTED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'’&-])(?<!${CAP_WORD} )((?:${CAP_WORD} ){0,3}${CAP_WORD}) (of|(?<=(?<![\p{L}])${ORG_HEAD_WORD} )(?:for|on)) ((?:${CAP_WORD} ){0,2}${CAP_WORD})(?![\p{L}\p{N}'’&-]| [\p{Lu}\p{N}])`,
  'gu',
);
/**
 * An organisation's name whose field goes on past "and", "and the", "&" or "in": "Department of Health and Human
 * Services", "Center on Education and the Workforce", "Centers for Medicare & Medicaid Services", "Center for Equity in
 * Higher Learning" (see CONNECTED_NAME; no second body after "and": "Council on Foreign Relations and the Georgetown
 * University Center …" is two; no place after "in": "Department of Health in Ohio").
 */
const ORG_CONNECTED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'’&-])(?<!${CAP_WORD} )((?:${CAP_WORD} ){0,3}${ORG_HEAD_WORD}) (of|for|on) ((?:${CAP_WORD} ){0,2}${CAP_WORD})( (?:and|&|in) (?:the )?(?:(?!${ORG_HEAD_WORD})${ENGLISH_WORD_CAP} ){0,2}(?!${ORG_HEAD_WORD})${ENGLISH_WORD_CAP})(?![\p{L}\p{N}'’&-]| [\p{Lu}\p{N}])`,
  'gu',
);
/**
 * French, Spanish, Portuguese and Italian names whose capitalised words a preposition joins, once or twice, in running
 * text: "Esquema Nacional de Seguridad", "Dirección de Sistemas de Información", "Banque de France", "Ministério da
 * Saúde", "Côte d'Ivoire", "Le Courrier de l'Ouest" (see extractCandidates). Those languages capitalise only names:
 * a capitalised word on both sides of "de" makes one.
 */
// (and a purpose's preposition with its article: "Financiera para el Bienestar", "Ministerio para la Transición
// Ecológica", "Agence pour la Transition", "Fondo per la Crescita")
const ROMANCE_CONNECTOR = String.raw`(?:de la|de los|de las|de|del|des|du|da|do|dos|das|di|della|delle|dello|dei|degli|pentru|para el|para la|para los|para las|para o|para a|pour le|pour la|pour les|per il|per la|per lo|por el|por la)`;
/**
 * Words that go on joining such a name after its first "de" ("… y Gestión de Sesiones", "… en Aplicaciones"), alone or
 * before a preposition ("Museo della Carta e della Stampa").
 */
const ROMANCE_CHAIN = String.raw`(?:y|e|et|en|a|à|al|au|aux|con|para|pour|per|por|sur|in)`;
/** The heads of acts, plans, budgets and reports, whose year is part of their name ("Legge di Bilancio 2025"). */
const ACT_OR_PLAN_HEAD =
  /^(?:Legge|Ley|Lei|Loi|Llei|Decreto|Décret|Real|Plan|Plano|Piano|Programa|Programma|Programme|Relatório|Informe|Rapport|Rapporto|Bilancio|Presupuesto|Orçamento|Budget|Estrategia|Estratégia|Stratégie|Strategia|Agenda|Código|Codice|Code|Reglamento|Regolamento|Regulamento|Règlement|Orden|Ordonnance|Portaria|Resolución|Resolução|Delibera|Circolare|Circular)$/u;
/** A capitalised word of a Romance name, not an acronym ("Tecnologia", "Rischi"; not "CNMV"). */
const ROMANCE_WORD = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*`;
const ROMANCE_CONNECTED_NAME = new RegExp(
  // (after an elided article or preposition too: "all'Agenzia delle Entrate", "dell'Agenzia delle Entrate"; with an
  // act's year: "Legge di Bilancio 2025"; and a list of fields after its preposition: "Marco Legal de Ciência,
  // Tecnologia e Inovação", "Ministerio de Sanidad, Consumo y Bienestar Social", "Plan Estatal de Investigación
  // Científica, Técnica y de Innovación"; before a span of years too, which is no part of it: "Plan de Movilidad
  // Urbana Sostenible 2025–2035")
  String.raw`(?<![\p{L}\p{N}.&-])(?<!['’](?<!(?<![\p{L}])(?:[lLdD]|[aA]ll|[dDnN]ell|[dD]all|[sS]ull|[dDnN]egl|[aA]gl|[sS]ugl)['’]))((?:${CAP_WORD} ){0,3}${CAP_WORD}) (?:${ROMANCE_CONNECTOR} |[dD]e l['’]|[dD]ell['’]|d['’])(?:${CAP_WORD} ){0,2}${CAP_WORD}(?:(?:, ${ROMANCE_WORD}(?: ${ROMANCE_WORD})?){1,3} (?:y|e|et) (?:(?:de|del|di|da|do|du|des|della) )?${ROMANCE_WORD}(?: ${ROMANCE_WORD})?)?(?: (?:${ROMANCE_CHAIN} ${ROMANCE_CONNECTOR} |${ROMANCE_CONNECTOR} |${ROMANCE_CHAIN} |[dD]e l['’]|[dD]ell['’]|[dD]egl['’]|d['’])(?:${CAP_WORD} ){0,2}${CAP_WORD}){0,2}(?: (?:19|20)\d\d(?![–-]\d))?(?![\p{L}\p{N}'’&-]| \p{Lu}| (?!(?:19|20)\d\d[–-](?:19|20)?\d\d(?!\d))\p{N})`,
  'gu',
);
/**
 * In English text, a name of another language joined by its preposition: "Hospital Clínic de Barcelona", "Alto del
 * Carmen", "Municipalidad de Alto del Carmen", "Banco de España" (only these prepositions chain it: "Banco de España in
 * Madrid" is two names).
 */
const FOREIGN_CONNECTED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'’&-])((?:${CAP_WORD} ){0,3}${CAP_WORD}) (?:de la|del|de|da|do|dos|das|di|della|du|des) (?:${CAP_WORD} ){0,1}${CAP_WORD}(?: (?:de la|del|de|da|do|di|du|des) (?:${CAP_WORD} ){0,1}${CAP_WORD}){0,2}(?![\p{L}\p{N}'’&-]| [\p{Lu}\p{N}])`,
  'gu',
);
/**
 * An English institution's name with "and" or "&" before its last words: "Gloucestershire Fire and Rescue Service",
 * "Research and Innovation Services", "Health and Safety Executive", "Food and Drug Administration", "Patient and
 * Family Advisory Group", "Northgate and Wyvern Hospitals NHS Foundation Trust" (its last word says it is one body;
 * "UK and Ireland", "Warnings and Communication" stay apart).
 */
// (from after a sentence's article: "The Patient and Family Advisory Group met")
const INSTITUTION_WITH_AND = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'’&-])(?!(?:The|An?) )((?:${CAP_WORD} ){0,3}${CAP_WORD}) (?:and|&) (?:${CAP_WORD} ){0,4}(?:Service|Services|Authority|Administration|Executive|Agency|Department|Commission|Council|Board|Office|Institute|Trust|Police|Society|Association|Foundation|Centre|Center|Partnership|Directorate|Ministry|Committee|Unit|Tribunal|Fund|Survey|Museum|Hospital|College|University|Group|Collective|Network|Forum|Panel|Team)(?![\p{L}\p{N}'’&-]| [\p{Lu}\p{N}])`,
  'gu',
);
/**
 * Dutch names whose capitalised words a preposition joins, and "en" after it (Dutch, too, capitalises names only):
 * "Ministerie van Infrastructuur en Waterstaat", "Raad van State", "Alphen aan den Rijn" (not "op": "Lakehouse op
 * Microsoft Azure"); and a name of two capitalised words or more that "en" ends with one more: "Waterschap Vallei en
 * Veluwe", "Gemeente West Maas en Waal" (not two names, "Warmtewet en Omgevingswet", "KGG en RVO", nor a list,
 * "Woonstichting Eemhof en Het Baken Wonen"; see extractCandidates).
 */
const DUTCH_CONNECTOR = String.raw`(?:van de|van den|van der|van het|van|aan de|aan den|aan het|aan|ter|voor de|voor het|voor)`;
/** A capitalised word, not an acronym nor a code ("IJssel", "Waal"; not "KGG", "DV05"). */
const DUTCH_WORD = String.raw`\p{Lu}{1,2}\p{Ll}[\p{Ll}'’-]*`;
const DUTCH_CONNECTED_NAMES = [
  new RegExp(
    String.raw`(?<![\p{L}\p{N}.'’&-])((?:${CAP_WORD} ){0,3}${CAP_WORD}) ${DUTCH_CONNECTOR} (?:${CAP_WORD} ){0,2}${CAP_WORD}(?: (?:${DUTCH_CONNECTOR}|en) (?:${CAP_WORD} ){0,2}${CAP_WORD}){0,2}(?![\p{L}\p{N}'’&-]| [\p{Lu}\p{N}])`,
    'gu',
  ),
  new RegExp(
    String.raw`(?<![\p{L}\p{N}.'’&-])((?:${DUTCH_WORD} ){1,3}${DUTCH_WORD}) en ${DUTCH_WORD}(?![\p{L}\p{N}'’&-]| [\p{Lu}\p{N}])`,
    'gu',
  ),
];
/**
 * A German body's name: its head, a compound of a body's kind, then "für", "der" or "des" and its capitalised field
 * ("Bundesinstitut für Arzneimittel und Medizinprodukte", "Bundesamt für Sicherheit in der Informationstechnik",
 * "Bundesministerium der Finanzen", "Beauftragter für den Datenschutz"); its pieces are no names of their own.
 */
const GERMAN_BODY_HEAD = String.raw`\p{Lu}\p{Ll}*(?:amt|institut|ministerium|agentur|anstalt|zentrum|zentrale|stiftung|verband|gesellschaft|kammer|behörde|akademie|gericht|gerichtshof|kommission|beauftragter?|büro|vereinigung)`;
// (its "und" joins the field's words, not a second body: "Bundesministerium der Finanzen und Bundesamt für …")
const GERMAN_CONNECTED_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}.'’&-])(${GERMAN_BODY_HEAD}) (?:für|der|des) (?:die |das |den |der |dem )?${CAP_WORD}(?:(?: und|,) (?:die |das |den |der |dem )?(?!${GERMAN_BODY_HEAD}(?![\p{L}]))${CAP_WORD}){0,2}(?: (?:in der|im|des|der) ${CAP_WORD})?(?![\p{L}\p{N}'’&-])`,
  'gu',
);
/**
 * A French, Spanish, Portuguese or Italian name of two or three capitalised words that "e", "y" or "et" ends with one
 * or two more, common words of the language: "Comitato Controllo e Rischi", "Limpieza Viaria y Residuos",
 * "Consentimento Livre e Esclarecido", "Business Unit Energia e Nuovi Servizi" (those languages capitalise only names;
 * not two names, "ADM e Comando Generale", "Santiago y Lima", nor a list's last acronym, "Clientes y CRM"; see
 * extractCandidates).
 */
const ROMANCE_AND_NAME = new RegExp(
  String.raw`(?=\p{Lu})(?<![\p{L}\p{N}.'’&-])(?<!${CAP_WORD} )((?:${ROMANCE_WORD} ){1,2}${ROMANCE_WORD}) (?:e|y|et) (${ROMANCE_WORD}(?: ${ROMANCE_WORD})?)(?![\p{L}\p{N}'’&-]| [\p{Lu}\p{N}])`,
  'gu',
);
/**
 * An English name whose Title Case words a lower-case "at", "to", "in" or "with" joins: "Living Well at Home",
 * "Discharge to Assess", "Brain in Hand", "Excellence with Equity" (see extractCandidates: only one the deck writes
 * twice or more, and not two names, "Care Hub at Royal Oak Hospital", "Board in December"; not a piece of a longer
 * name, "… Center on Education and the Workforce"; "on", "with", "by" also join a brand to its maker after a name in
 * capitals, "RISE with SAP", see NAME_JOINER).
 */
const SMALL_WORD_NAME = new RegExp(
  String.raw`(?=\p{Lu})(?<![\p{L}\p{N}.'’&-])(?<!${CAP_WORD} )((?:${ENGLISH_WORD_CAP} ){0,3}${ENGLISH_WORD_CAP}) (at|to|in|with) ((?:${ENGLISH_WORD_CAP} ){0,2}${ENGLISH_WORD_CAP})(?![\p{L}\p{N}'’&-]| [\p{Lu}\p{N}]| (?:and|&|of|for|the) )`,
  'gu',
);
/**
 * A German or Dutch compound that shares its head with the one before it, written with a hyphen: "Verwaltungs- und
 * Finanzausschuss", "Lebens- und Krankenversicherung", "Klimaat- en Energiebeleid" (one name: its last word alone is a
 * piece; see extractCandidates). Not after an acronym's hyphen, "SOAP- und XML-Eingaben" (the acronym is a name of its
 * own), nor after a verb's prefix, "Um- und Weiterleitungen", nor a compass point's, "Noord- en Zuid-Holland".
 */
const SHARED_HEAD_COMPOUND =
  /(?<![\p{L}\p{N}-])(?!(?:Um|Ein|Aus|Vor|Nach|An|Ab|Zu|Auf|Bei|Mit|Über|Unter|Ver|Be|Ent|Op|Af|Uit|Door|Over|Voor|Nord|Noord|Süd|Zuid|Ost|Oost|West|Mittel|Midden)-)(\p{Lu}\p{Ll}+-) (?:und|oder|sowie|bzw\.|en|of) (\p{L}[\p{L}-]*\p{L})(?![\p{L}\p{N}-])/gu;
/** The languages of ROMANCE_AND_NAME (Romanian "e" is "is"). */
const AND_NAME_LANGS = new Set(['fr', 'es', 'pt', 'it']);
/**
 * A body or an organisation's everyday unit of its own, which "e", "y", "et" list beside another rather than end its
 * name ("Polizia Locale e Carabinieri", "Guardia Civil y Policía", "Recursos Humanos y Finanzas").
 */
const BODY_OR_UNIT =
  /^(?:Carabinieri|Polic[íi]a|Pol[íi]cia|Polizia|Police|Gendarmer[íi]e|Guardia|Bomberos|Bombeiros|Pompiers|Pompieri|Vigili|Ej[ée]rcito|Esercito|Ex[ée]rcito|Arm[ée]e|Marina|Armada|Recursos Humanos|Ressources Humaines|Risorse Umane|Finanzas|Finances|Finanza|Finanças|Compras|Achats|Acquisti|Jur[íi]dico|Juridique|Legale|Sistemas|Syst[èe]mes|Sistemi)$/u;
/** Whether a word names a place: a country, a region, a city or a town, common words too ("Lima", "Porto"). */
function placeWord(w: string): boolean {
  return isPlaceName(w) || isCityName(w, true) || isTownName(w, true) || isRegionName(w, true);
}
/** Whether `text` holds `phrase` twice or more as whole words. */
function writtenTwice(text: string, phrase: string): boolean {
  let n = 0;
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1))
    if (
      !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') &&
      !/[\p{L}\p{N}]/u.test(text[i + phrase.length] ?? ' ') &&
      ++n >= 2
    )
      return true;
  return false;
}
/** Adjectives of place names that stop lists hold ("Borgo Nuovo", "Villa Nueva", "Pont Neuf", "Ciudad Real"). */
const NAME_ADJECTIVES = new Set(
  'nuovo nuova nuovi nuove nuevo nueva nuevos nuevas novo nova novos novas nouveau nouvelle neuf neuve vecchio vecchia viejo vieja velho velha vieux vieille grande grandi alto alta real'.split(
    ' ',
  ),
);
/**
 * Acronyms whose letters spell a stop word of some language: information technology, the United States, the United
 * Nations, artificial intelligence, the European Union, the CE mark, Brazil's health system, the World Health
 * Organization (see capsLead).
 */
const CAPS_STOP_ACRONYMS = /^(?:IT|US|UN|AI|IA|EU|UE|CE|SUS|WHO)$/;
/** Stop words for slides' headings that are nouns inside a name ("Insecure Direct Object References"). */
const HEADING_STOPS = new Set(['references', 'reference', 'background', 'objectives', 'contents', 'outline']);
/**
 * Nouns and adjectives the stop lists (stopwords-iso) hold among their function words, which head or qualify a body's
 * or a system's name where they are capitalised: "Gruppo Operativo PEI-AGRI", "Consiglio di Amministrazione",
 * "Direzione Generale", "Dirección General de Tráfico", "Acuerdo Marco", "Conselho Fiscal", "Sistema Único de Saúde",
 * "Grupo de Trabalho", "Concejalía de Medio Ambiente". In lower case they stay stop words ("in generale", "de acuerdo con", "em geral").
 */
export const STOP_LIST_NOUNS: Record<string, Set<string>> = {
  it: new Set(['gruppo', 'consiglio', 'generale', 'città']),
  es: new Set(['acuerdo', 'estado', 'estados', 'general', 'medio']),
  pt: new Set(['conselho', 'grupo', 'sistema', 'estado', 'geral', 'apoio', 'trabalho', 'local']),
};

interface Tok {
  text: string;
  start: number;
  end: number;
  /** A conjunction written as the word's first letter was cut: a phrase starts here ("והמשתנה" → "המשתנה"). */
  joined?: boolean;
  /** A case particle written as the word's end was cut: the phrase ends here ("취약점이" → "취약점"). */
  ends?: boolean;
}

/** Korean case particles, longest first: written as a noun's last syllables ("취약점이", "보안을", "서버에서"). */
const KOREAN_PARTICLE = /(?:에서|으로|에게|까지|부터|처럼|보다|이|가|은|는|을|를|의|에|로|와|과|도|만)$/u;

/**
 * The Korean words of a document a case particle may be cut from: a word ending in one whose stem the document also
 * writes alone ("취약점이" when "취약점" stands elsewhere; "고양이" keeps its "이" unless "고양" is a word of the deck).
 */
function koreanStems(texts: string[]): Map<string, number> {
  const words = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(/\p{Script=Hangul}+/gu)) words.add(m[0]);
  const cut = new Map<string, number>();
  for (const w of words) {
    const p = KOREAN_PARTICLE.exec(w);
    if (p && w.length - p[0].length >= 2 && words.has(w.slice(0, w.length - p[0].length)))
      cut.set(w, p[0].length);
  }
  return cut;
}

/** Hebrew "and" / "that" written before the article: "והמשתנה", "שהמשתנה" (the phrase starts after the letter). */
const HEBREW_CONJUNCTION = /^[וש](?=ה\p{Script=Hebrew}{3,}$)/u;

/** Elided articles, pronouns and conjunctions glued to the next word: "l’OWASP", "d’authentification", "qu’un",
 * "lorsqu’une", "dell’app", and Hebrew prefix letters before a hyphen ("ב-OWASP"). */
const ELISION =
  /^(?:(?:[cdjlmnst]|qu|lorsqu|puisqu|jusqu|quoiqu|presqu|dell|all|sull|nell)['’]|[והבלמשכ]{1,3}[-־])(?=\p{L})/iu;

/** Names whose "’s" is their own, not a possessive: "Lloyd’s" (the market), "Moody’s", "McDonald’s" (see tokens). */
const POSSESSIVE_NAMES = new Set(
  "Lloyd's Moody's McDonald's Sainsbury's Macy's Kellogg's Domino's Wendy's Lowe's Kohl's Dillard's Hershey's Denny's Harrah's Caesar's Christie's Sotheby's Bonham's Waitrose's".split(
    ' ',
  ),
);
/**
 * The names of a document whose "’s" is their own: those known, and a capitalised word, no acronym, written at least
 * twice with it and never without, that is no English word and no given name ("Brannigan’s" of a pub chain; not
 * "Sarah’s", "the Council’s", "ASD’s ACSC").
 */
function possessiveNames(texts: string[]): Set<string> {
  const withS = new Map<string, number>();
  const bare = new Set<string>();
  // (only a document that writes an "’s" at all is read again, token by token)
  if (!texts.some((t) => /\p{L}['’]s(?![\p{L}\p{N}])/u.test(t))) return new Set();
  for (const t of texts)
    for (const m of t.matchAll(TOKEN)) {
      const w = m[0].replace(/’/g, "'");
      if (/^\p{Lu}\p{Ll}\p{L}*'s$/u.test(w)) withS.set(w, (withS.get(w) ?? 0) + 1);
      else bare.add(w);
    }
  const out = new Set<string>();
  for (const [w, n] of withS) {
    const stem = w.slice(0, -2);
    if (
      POSSESSIVE_NAMES.has(w) ||
      (n >= 2 && !bare.has(stem) && !isGivenName(stem) && !isEnglishWord(stem.toLowerCase()))
    )
      out.add(w);
  }
  return out;
}

function tokens(text: string, lang = 'en', particles?: Map<string, number>, wholeNames?: Set<string>): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    // (a span of years is no word of a name, nor are its years: "Digitale Verwaltung Landkreis Kirchtal 2025–2028" is
    // no "… Kirchtal 2025", "PMUS 2025-2035" is PMUS; the judged decks' names with a span were duplicates, pieces or
    // prices, "2022-23 prices")
    if (
      /^(?:19|20)\d\d(?:-(?:19|20)?\d\d)?$/.test(m[0]) &&
      (m[0].length > 4 ||
        /^–(?:19|20)?\d\d(?![\d\p{L}])/u.test(text.slice(m.index! + 4, m.index! + 10)) ||
        /(?:19|20)\d\d–$/.test(text.slice(Math.max(0, m.index! - 5), m.index!)))
    )
      continue;
    // "2017-Broken" (from "A5:2017-Broken Access Control"): the number is a label, the word starts the phrase
    // ("90-day retention", "12-month plan": a number and its unit make one modifier)
    const conjunction = HEBREW_CONJUNCTION.exec(m[0]);
    const lead =
      (/^\d+-(?:day|week|month|year|hour|minute|second|mile|point|step|page|person|seat)s?$/iu.test(m[0])
        ? null
        : /^\d+[-.](?=\p{L})/u.exec(m[0])) ??
      ELISION.exec(m[0]) ??
      conjunction;
    const cut = lead ? lead[0].length : 0;
    // "OWASP’s" → "OWASP": the possessive is not part of the name; Turkish writes a name's case suffixes after an
    // apostrophe ("OWASP İlk 10'un", "API'lerin", "Java'nın"): the name ends there
    const suffix = lang === 'tr' ? /(?<=[\p{Lu}\p{N}][\p{L}\p{N}]*)['’]\p{Ll}{1,8}$/u.exec(m[0]) : null;
    const particle = particles?.get(m[0]) ?? 0;
    const tail = suffix
      ? suffix[0].length
      : /['’]s$/.test(m[0]) && !wholeNames?.has(m[0].replace(/’/g, "'"))
        ? 2
        : particle;
    if (m[0].length - cut - tail <= 0) continue;
    out.push({
      text: m[0].slice(cut, m[0].length - tail),
      start: m.index! + cut,
      end: m.index! + m[0].length - tail,
      ...(conjunction && lead === conjunction ? { joined: true } : {}),
      ...(particle > 0 && tail === particle ? { ends: true } : {}),
    });
  }
  return out;
}

/**
 * A word written in capitals, not an acronym: long and pronounceable ("MOYENNE", "DIFFICILE"), or with an
 * inflection ending ("PRESENTED", "LOADING"). Acronyms are short or consonant-heavy ("FPKIPA", "NASDAQ").
 */
export function shoutedWord(t: string): boolean {
  if (!/^[A-Z]{6,}$/.test(t)) return false;
  if (/(?:ED|ING|TION|MENT|NESS|FUL|OUS|ABLE|IBLE|LESS|ITY|ANCE|ENCE)$/.test(t)) return true;
  return t.length >= 7 && (t.match(/[AEIOUY]/g)?.length ?? 0) >= 0.4 * t.length;
}

/** A word without the article or preposition elided before it: "actions" of "d'actions", "Ambiente" of "dell'Ambiente". */
// (the elided words of EXPANSION_BEFORE, in either case)
const unelided = (w: string): string =>
  w.replace(/^(?:[dl]|dell|all|dall|nell|sull|degl)['’](?=\p{L})/iu, '');
export function initialsMatch(expansion: string, acronym: string, trailing = true): boolean {
  // (accents aside: "Direction de l'éducation et du patrimoine des collèges" → DEPC)
  const acr = stripDiacritics(acronymKey(acronym).replace(/ /g, ''));
  // (and the joining words of the other languages: "Confederación Hidrográfica del Segura" → CHS, "Sistema de Ayuda
  // a la Explotación" → SAE)
  const small = (w: string) => SMALL_WORD.test(w);
  // (an act's year is no letter of its acronym: "Security Act 2003 (MTOFSA)"; a list's commas are no part of a word:
  // "Safety, Health and Environment (SHE)")
  // (nor is a company's legal form: "Hausruck-Innviertel Bahninfrastruktur GmbH (HIB)", "Banco Mediterráneo de
  // Levante, S.A. (BML)")
  const all = expansion
    .split(/\s+/)
    .map((w) => w.replace(/,$/, ''))
    .filter((w) => w && !(/^(?:19|20)\d\d$/.test(w) && !/\d/.test(acr)))
    .filter(
      (w, i, ws) =>
        i === 0 || i < ws.length - 1 || !LEGAL_FORM_AT.test(w) || acr.endsWith(w[0].toUpperCase()),
    );
  const words = all.filter((w) => !small(w)).map(unelided);
  // initials per word, and per hyphenated part ("Cross-Site Scripting" → CSS / XSS, "Multi-Factor" → MF)
  const variants = new Set<string>();
  const build = (i: number, acc: string) => {
    if (variants.size > 64) return;
    if (i === words.length) return void variants.add(acc);
    const parts = words[i].split('-').filter(Boolean);
    const first = parts[0][0].toUpperCase();
    build(i + 1, acc + first);
    // (an acronym in the expansion gives all its letters: "EU Emissions Trading System" → EU ETS)
    if (i === 0 && /^[A-Z]{2,5}$/.test(words[i])) build(i + 1, acc + words[i]);
    if (parts.length > 1) build(i + 1, acc + parts.map((p) => p[0].toUpperCase()).join(''));
    // (a joined name's small words give no letter: "Université de Vallée-de-Seine" → UVS)
    const named = parts.filter((p) => !small(p));
    if (named.length > 1 && named.length < parts.length)
      build(i + 1, acc + named.map((p) => p[0].toUpperCase()).join(''));
    if (/^cross/i.test(parts[0]))
      build(
        i + 1,
        acc +
          'X' +
          parts
            .slice(1)
            .map((p) => p[0].toUpperCase())
            .join(''),
      );
  };
  build(0, '');
  // (a small word may give its letter: "Mean Time To Detect" → MTTD, "Return on Ad Spend" → ROAS): every choice of
  // the small words (2^k for k of them, at most 3)
  const smallAt = all.flatMap((w, i) => (small(w) ? [i] : []));
  if (smallAt.length > 0 && smallAt.length <= 3 && /^[A-Z]+$/.test(acr))
    for (let mask = 1; mask < 1 << smallAt.length; mask++) {
      const keepAt = new Set(smallAt.filter((_, j) => (mask >> j) & 1));
      variants.add(
        all
          .filter((w, i) => !small(w) || keepAt.has(i))
          .map((w) => unelided(w)[0].toUpperCase())
          .join(''),
      );
    }
  // (an expansion starts with a word of its own: "de medição e controle" is no DMC, "distrito de medição e controle" is)
  // (a capitalised article leads a name: "The Joint Commission" → TJC, "De Nederlandsche Bank" → DNB)
  if (all.length > 1 && small(all[0]) && /^\p{Ll}/u.test(all[0])) return false;
  // (nor ends with a joining word its letters fit without: "Aggregazione Funzionale Territoriale dei" of a glossary's
  // "… dei medici di …"; "single sign on" is SSO)
  // (a conjunction, an article or a genitive's preposition ends none: "Situation Awareness and")
  if (
    all.length > 1 &&
    /^(?:and|und|et|y|e|en|i|of|for|the|de|del|della|delle|dei|degli|des|du|di|da|do|dos|das|der|van|von|la|le|les|el|los|las)$/.test(
      all[all.length - 1],
    )
  )
    return false;
  // (one level: the words without it are tested without this check)
  if (
    trailing &&
    all.length > 2 &&
    small(all[all.length - 1]) &&
    /^\p{Ll}/u.test(all[all.length - 1]) &&
    initialsMatch(all.slice(0, -1).join(' '), acronym, false)
  )
    return false;
  for (const written of variants) {
    const v = stripDiacritics(written);
    // (a number after the letters is the acronym's own: "Asset Management Period" → AMP8)
    if (v === acr || (v.length >= 2 && v === acr.replace(/\d+$/, ''))) return true;
    // the acronym may take two letters from a word ("Security Information and Event Management" → SIEM)
    // (its last letter then inside the last word: "Confederación Hidrográfica del" is no CHS)
    if (
      v.length >= 3 &&
      v.length >= acr.length - 1 &&
      acr.startsWith(v.slice(0, acr.length - 1)) &&
      v.length <= acr.length &&
      (v.endsWith(acr.slice(-1)) ||
        stripDiacritics(words[words.length - 1].toUpperCase())
          .slice(1)
          .includes(acr.slice(-1)))
    )
      return true;
  }
  return false;
}

/**
 * Whether an acronym with a hyphen abbreviates `expansion`, the part after the hyphen a place's or a body's own letters:
 * "TCE-MG" of "Tribunal de Contas do Estado de Minas Gerais" (all initials), "DE-SNS" of "Direção Executiva do SNS"
 * (the acronym the name ends with).
 */
export function hyphenedInitials(expansion: string, acronym: string): boolean {
  const m = /^([A-Z][A-Za-z0-9&]*)-([A-Z][A-Z0-9]*)$/.exec(acronym);
  if (!m) return false;
  if (initialsMatch(expansion, m[1] + m[2])) return true;
  const words = expansion.split(/\s+/);
  if (words.length < 3 || words[words.length - 1] !== m[2]) return false;
  const rest = words.slice(0, -1);
  while (rest.length > 1 && SMALL_WORD.test(rest[rest.length - 1])) rest.pop();
  return rest.length >= 2 && initialsMatch(rest.join(' '), m[1]);
}

/**
 * Whether an acronym of four capitals or more takes the start of each word of its name, several letters from some, as
 * the Romance languages' bodies often do ("FINEP" of "Financiadora de Estudos e Projetos", "ENACOM" of "Ente Nacional de
 * Comunicaciones", "CONAI" of "Consorzio Nazionale Imballaggi", "AVASA" of "Aguas de Vallerreal, S.A."): two words of
 * the name at least besides its joining words, each giving one letter or more, in order, the last letter from the last.
 */
export function syllabicInitials(expansion: string, acronym: string): boolean {
  if (!/^[A-Z]{4,10}$/.test(acronym)) return false;
  const all = expansion
    .split(/\s+/)
    .map((w) => w.replace(/,$/, ''))
    .filter(Boolean);
  if (all.length < 2 || !/^\p{Lu}/u.test(all[0])) return false;
  const words = all
    .filter((w) => !SMALL_WORD.test(w))
    .map((w) =>
      stripDiacritics(unelided(w))
        .toUpperCase()
        .replace(/[^A-Z]/g, ''),
    );
  if (words.length < 2 || words.some((w) => w === '')) return false;
  const fit = (i: number, j: number): boolean => {
    if (i === words.length) return j === acronym.length;
    const left = words.length - i - 1;
    for (let k = Math.min(words[i].length, acronym.length - j - left); k >= 1; k--)
      if (acronym.startsWith(words[i].slice(0, k), j) && fit(i + 1, j + k)) return true;
    return false;
  };
  return fit(0, 0);
}

/**
 * An abbreviation written in lower case after its capital, as Dutch and German write their acts' and bodies' ("Wkb",
 * "Bbl", "Wabo", "Aw", "EnWG", "MsbG", "BauGB", "BImSchG"): never read as an acronym where it stands alone (it looks like
 * a word), only once the deck has written it in brackets after what it abbreviates (see mixedInitials).
 */
export const MIXED_ABBREVIATION = /^\p{Lu}(?=[\p{L}]*\p{Ll})[\p{L}]{1,7}$/u;
/** Dutch and German joining words an abbreviation skips ("Wet kwaliteitsborging voor het bouwen" → Wkb). */
const GERMANIC_SMALL =
  /^(?:voor|het|op|bij|met|over|tot|uit|aan|te|inzake|betreffende|über|die|das|den|dem|zur|zum|im|bei|mit|zu|vom|am|an|auf)$/i;
/**
 * Whether `acronym`, written with lower-case letters ("Wkb", "EnWG", "BImSchG"), abbreviates `expansion`: every word
 * but joining words gives its first letter, a capital may also start a compound's later part ("Energiewirtschafts-
 * gesetz" → E…W…G, three letters at least into the word), and a lower-case letter may also be one of the word's own
 * after the letter before ("En" of "Energie", "Bau" of "Baugesetzbuch"). The last letter comes from the last word.
 * (A compound's part starts three letters into the word at least: "Bau|gesetz|buch".)
 */
export function mixedInitials(expansion: string, acronym: string): boolean {
  if (!MIXED_ABBREVIATION.test(acronym)) return false;
  const all = expansion.split(/\s+/).filter(Boolean);
  if (all.length === 0 || !/^\p{Lu}/u.test(all[0])) return false;
  const words = all
    .filter(
      (w, i) =>
        i === 0 || !(GERMANIC_SMALL.test(w) || /^(?:of|for|and|the|de|van|en|und|für|der|des|in)$/i.test(w)),
    )
    .map((w) =>
      stripDiacritics(w)
        .toLowerCase()
        .replace(/[^a-z]/g, ''),
    );
  if (words.some((w) => w.length === 0 || w.length > 60) || words.length > acronym.length) return false;
  const acr = stripDiacritics(acronym);
  const go = letterSearch(acr.length, words.length, (i, w, p) => {
    const l = acr[i].toLowerCase();
    const upper = acr[i] !== acr[i].toLowerCase();
    if (w + 1 < words.length && words[w + 1][0] === l && go(i + 1, w + 1, 0)) return true;
    for (let q = upper ? Math.max(p + 1, 3) : p + 1; q < words[w].length - (upper ? 2 : 0); q++)
      if (words[w][q] === l && go(i + 1, w, q)) return true;
    return false;
  });
  return words[0][0] === acr[0].toLowerCase() && go(1, 0, 0);
}

/** What follows an issuer's code in brackets in an act's number: ") 2016/679", ") Nr. 1907/2006", ") n.º 1025/2012". */
const ACT_NUMBER_AFTER_CODE = /^\)[ \u00a0]*(?:(?:nr|no|n|núm|num)[.º°]*[ \u00a0]*)?\d{1,4}\/\d{1,4}(?!\d)/iu;
/** Words that join a name's parts before a capitalised word ("RISE with SAP", "Copilot for Security"). */
// (English ones only, in any deck: a German or Dutch "für", "der", "voor" is followed by a capitalised noun anyway)
const NAME_JOINER = /^(?:with|for|on|by)$/;
/**
 * A capitalised name written each time with the same capitalised words after it, on the same line, is a piece of the
 * longer name, which is the candidate: "RISE" of "RISE with SAP", "TÜV" of "TÜV Süd", "Huurdersvereniging Thuis" of
 * "Huurdersvereniging Thuis Samen", and a name ending in an acronym before its number, "Fahrplan ISO" of "Fahrplan ISO
 * 50001". Twice at least, every time (one occurrence written otherwise, "RISE" alone, and the piece is a name too);
 * not before a person's name ("CFO Mark Lindqvist"), and not an acronym the deck expands (it is a name of its own).
 */
function sameContinuation(
  cands: Map<string, Candidate>,
  text: string,
  people: Set<string>,
  isStop: (w: string) => boolean,
): void {
  const word =
    /^[ \u00a0](\p{Lu}[\p{L}\p{N}&+./-]*[\p{L}\p{N}+]|\p{Lu}|\d[\d.:/-]*\d|\d+)(?=$|[\s,;:)\]!?]|\.(?:\s|$))/u;
  const joiner = /^[ \u00a0](\p{Ll}+)(?=[ \u00a0]\p{Lu})/u;
  for (const c of [...cands.values()]) {
    if (c.count < 2 || c.cutPhrase || c.expansion || c.acronym || c.kind === 'title' || c.kind === 'pattern')
      continue;
    if (c.typeHint === 'PERSON' || c.key.split(' ').length > 4) continue;
    const surfaces = [...c.surfaces.keys()].filter((x) => /^\p{Lu}/u.test(x) && !x.includes('\n'));
    if (surfaces.length === 0 || surfaces.length < c.surfaces.size) continue;
    // (a number only after a phrase that ends in an acronym: "Fahrplan ISO" of "Fahrplan ISO 50001")
    const upperEnd = c.key.includes(' ') && surfaces.every((x) => /\s[A-Z]{2,}$/.test(x));
    // (a joining word only after a name in capitals, a product's brand: "RISE with SAP"; "Kubernetes on Azure" and
    // "Steering Committee with Siemens" are two names)
    const acronymLead = surfaces.every((x) => /^[A-Z][A-Z0-9]+$/.test(x));
    let common: string[] | null = null;
    let found = 0;
    // (set when a continuation ends before a number or an "and": see below)
    let numbered = false;
    for (const x of surfaces) {
      for (let at = text.indexOf(x); at >= 0 && common?.length !== 0; at = text.indexOf(x, at + 1)) {
        if (at > 0 && /[\p{L}\p{N}-]/u.test(text[at - 1])) continue;
        const end = at + x.length;
        if (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) continue;
        found++;
        const words: string[] = [];
        // (the rest of the line: a word cut at a slice's end is none)
        const eol = text.indexOf('\n', end);
        let rest = text.slice(end, eol < 0 ? undefined : eol);
        const j = acronymLead ? joiner.exec(rest) : null;
        if (j && NAME_JOINER.test(j[1])) {
          words.push(j[1]);
          rest = rest.slice(j[0].length);
        }
        for (let w = word.exec(rest); w && words.length < 4; w = word.exec(rest)) {
          // (a number only after an acronym, and as the first word: "ISO 50001", not "Thuis 2025")
          if (/^\d/.test(w[1]) && !(upperEnd && words.length === 0)) break;
          // (a function word is no name's: "Betonen Sie", a sentence's imperative)
          if (isStop(w[1].toLowerCase())) break;
          words.push(w[1]);
          rest = rest.slice(w[0].length);
          if (/^\d/.test(w[1])) break;
        }
        // (words before a number name one of a series: "ETCS" of "ETCS Level 2", "Started" of "Started Oct 2024")
        if (/^[ \u00a0]\d/.test(rest) && !/^\d/.test(words[words.length - 1] ?? '')) numbered = true;
        // (and a name that goes on across "and" is longer still: "Centers for Medicare & Medicaid Services")
        // ("Georgetown University Center on Education and the Workforce")
        if (/^[ \u00a0](?:&|and|und|et|y|e|en)[ \u00a0]/u.test(rest)) numbered = true;
        if (words.length === 1 && NAME_JOINER.test(words[0])) words.pop();
        let n = 0;
        while (common !== null && n < common.length && n < words.length && common[n] === words[n]) n++;
        common = common === null ? words : common.slice(0, n);
      }
    }
    if (common === null || common.length === 0 || numbered || found < Math.max(2, c.count)) continue;
    // (an acronym before another is left to select's pieceAcronym, which knows a body's documents: "EASA FTL")
    if (common.length === 1 && isAcronym(common[0]) && c.kind === 'acronym') continue;
    if (NAME_JOINER.test(common[0]) && common.length < 2) continue;
    const tail = common.join(' ');
    // (a phrase cut before the number of its acronym's document is no name, and the document is one already: "ISO
    // 50001" of "Fahrplan ISO 50001")
    if (/^\d/.test(tail)) {
      if (cands.get(conceptKey(`${c.key.split(' ').pop()} ${tail}`))?.kind === 'pattern') c.cutPhrase = true;
      continue;
    }
    // (a person's name after a role or a company's: "CFO Mark Lindqvist")
    if (
      [...people].some(
        (n) => tail.startsWith(n) || n.startsWith(common!.filter((w) => !NAME_JOINER.test(w))[0] + ' '),
      )
    )
      continue;
    const ext = `${surfaces.sort((a, b) => (c.surfaces.get(b) ?? 0) - (c.surfaces.get(a) ?? 0))[0]} ${tail}`;
    const key = conceptKey(ext);
    const have = cands.get(key);
    if (have) {
      have.count = Math.max(have.count, found);
      for (const x of c.slides) have.slides.add(x);
    } else if (
      // (a piece of a longer name the deck has already, as often: "Project Home" of "ESAPI Project Home Page" is left
      // to select, which drops a phrase enclosed so)
      [...cands.values()].some(
        (o) => o.count >= found && (o.key.includes(` ${key}`) || o.key.startsWith(`${key} `)),
      )
    )
      continue;
    else
      cands.set(key, {
        key,
        kind: 'capitalised',
        surfaces: new Map([[ext, found]]),
        slides: new Set(c.slides),
        count: found,
        score: c.score * 1.1,
        lower: 0,
        midCap: 0,
      });
    c.cutPhrase = true;
  }
}

/** What follows a series' head: a number ("Anhang III", "Circolare n. 285/2013", "Principle 4"), a name ("Plano
 * Safra", "Plano ABC+"), or a Romance joining word and a name ("Código de Defesa …", "Núcleo de Telessaúde"). */
const SERIES_NEXT =
  /^[ \u00a0](?:(?:n|nr|no|núm|num)[.º°]+[ \u00a0]?)?(?:(\d[\p{L}\p{N}.:/-]*|[IVX]+(?![\p{L}])|\p{Lu}[\p{L}\p{N}+&-]*)|(?:de|da|do|di|del|della|des|du|dos|das|über)[ \u00a0]+((?:l['’]|la |le |les |el |das |den |dem |der )?[\p{L}\p{N}][\p{L}\p{N}+&-]*))/u;
/**
 * A common noun written each time as the head of a series, with a number or a name after it that changes ("Anhang I"
 * and "Anhang III", "Plano Safra" and "Plano ABC+", "Circolare n. 285/2013" and "Circolare FINMA 2023/1"): a label
 * of the series' members, no concept of its own (its members may be). Twice at least, every time so continued, two
 * continuations at least (one only is sameContinuation's longer name); not a proper noun, a place or a given name
 * ("Microsoft Teams" and "Microsoft Entra": the maker is a name).
 */
function seriesHead(cands: Map<string, Candidate>, text: string, lang: string): void {
  for (const c of cands.values()) {
    if (c.count < 2 || c.cutPhrase || c.expansion || c.acronym || c.typeHint) continue;
    if (c.kind === 'acronym' || c.kind === 'pattern' || c.kind === 'title' || c.kind === 'expansion')
      continue;
    // (one word: two name a series' kind, "ASVS Level" of "ASVS Level 1" and "ASVS Level 2"; in English two or three
    // words of the dictionary, numbered, are a label too: "Change Idea 1" and "Change Idea 2")
    const surfaces = [...c.surfaces.keys()];
    const phrase = c.key.includes(' ');
    if (phrase && !(lang === 'en' && dictionaryLabel(surfaces[0]))) continue;
    if (!surfaces.every((x) => /^\p{Lu}/u.test(x) && !x.includes('\n'))) continue;
    const head = surfaces[0].split(/\s+/).pop() ?? '';
    if (!/^\p{Lu}\p{Ll}+$/u.test(head)) continue;
    const lower = head.toLowerCase();
    // (a word of the deck's own language before a place's or a person's name of another: "Plano" is a Texan city)
    const own = lang !== 'en' && commonWord(lower, lang);
    if (!own && (isPlaceName(head) || isCityName(head, true) || isGivenName(head) || properNoun(head)))
      continue;
    // (nor a language's or a product's name before its versions: "Java 8" and "Java 17")
    const kind = keywordType(head);
    if (kind === 'TOOL' || kind === 'PRODUCT') continue;
    if (!(own || isEnglishWord(lower) || commonWord(lower, lang) || kind !== null)) continue;
    const next = new Set<string>();
    let found = 0;
    let alone = false;
    for (const x of surfaces) {
      for (let at = text.indexOf(x); at >= 0 && !alone; at = text.indexOf(x, at + 1)) {
        if (at > 0 && /[\p{L}\p{N}-]/u.test(text[at - 1])) continue;
        const end = at + x.length;
        if (end < text.length && /[\p{L}\p{N}]/u.test(text[end])) continue;
        found++;
        const m = SERIES_NEXT.exec(text.slice(end, end + 80));
        // (a name after the head only where the head comes first, the Romance languages: an English or a German
        // word before a capitalised one is its modifier, "Cryptographic Storage", "Cryptographic Failures")
        // (and, there, a joining word and any name: "Code de la TVA" and "Code des impôts")
        if (m && m[1] !== undefined && (/^(?:\d|[IVX]+$)/.test(m[1]) || (ROMANCE_NAMES.has(lang) && !phrase)))
          next.add(m[1]);
        else if (phrase) alone = true;
        else if (m && m[2] !== undefined && ROMANCE_NAMES.has(lang)) next.add(m[2]);
        else alone = true;
      }
    }
    if (!alone && found >= Math.max(2, c.count) && next.size >= 2) c.cutPhrase = true;
  }
}
/**
 * A series' members by their numbers, each written only in titles, in English ("Case Vignette 1", "Case Vignette 2"):
 * labels of the deck's own slides, no concepts.
 */
function numberedLabels(cands: Map<string, Candidate>): void {
  const numbers = new Map<string, Candidate[]>();
  for (const c of cands.values()) {
    const m = /^(.+) (\d{1,2}[a-z]?)$/.exec(c.key);
    const surface = [...c.surfaces.keys()][0];
    if (!m || (c.titleHits ?? 0) < c.count || !dictionaryLabel(surface.replace(/\s+\S+$/, ''))) continue;
    numbers.set(m[1], [...(numbers.get(m[1]) ?? []), c]);
  }
  for (const members of numbers.values())
    if (members.length >= 2) for (const c of members) c.cutPhrase = true;
}
/**
 * Two or three English words of the dictionary in Title Case or small letters, no proper noun or place (a given name
 * may be a word: "Case"), nor a tool's or a product's name ("Change Idea", "Case Vignette"; not "Surface Pro", "New
 * York").
 */
function dictionaryLabel(surface: string): boolean {
  const words = surface.split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  if (!words.every((w) => /^\p{L}\p{Ll}+$/u.test(w) && isEnglishWord(w.toLowerCase()))) return false;
  if (words.some((w) => properNoun(w) || isPlaceName(w) || isCityName(w, true))) return false;
  const kind = keywordType(surface);
  return kind !== 'TOOL' && kind !== 'PRODUCT';
}

/**
 * The search of an acronym's letters in an expansion's words (mixedInitials, compoundInitials): go(i, w, p) places
 * letter i, the letter at p of word w being the last one taken; `step` tries the places, calling go for the next
 * letter. Done when every letter is placed and the last one in the last word. A state that failed once fails again:
 * without the memory a long word costs every way of placing the letters in it.
 */
function letterSearch(
  letters: number,
  words: number,
  step: (i: number, w: number, p: number) => boolean,
): (i: number, w: number, p: number) => boolean {
  const failed = new Set<number>();
  const go = (i: number, w: number, p: number): boolean => {
    if (i === letters) return w === words - 1;
    const state = (i * 64 + w) * 4096 + p;
    if (failed.has(state)) return false;
    if (step(i, w, p)) return true;
    failed.add(state);
    return false;
  };
  return go;
}

/** Languages that write compounds as one word, whose acronyms take letters from the parts (see compoundInitials). */
const COMPOUND_LANGS = new Set(['de', 'nl', 'sv', 'da', 'no', 'nb', 'nn', 'fi', 'is', 'af', 'lb']);
/**
 * The initials of compounds' parts, as German and Dutch write them: every word gives its first letter, and a long word
 * the first letters of its later parts, in order ("Netzverknüpfungspunkt" → NVP, "Droogweeraanvoer" → DWA,
 * "Bedarfsgesteuerte Nachtkennzeichnung" → BNK, "Datenschutz-Folgenabschätzung" → DSFA). A part is three letters
 * long at least, and so is what follows its letter in the word.
 */
function compoundInitials(expansion: string, acronym: string): boolean {
  if (!/^[A-Z]{2,5}$/.test(acronym)) return false;
  // (a company's legal form and the joining words give no letter: "Stadtwerke Lindenau GmbH" → SWL, "Omgevingsdienst
  // Waal en Linge" → ODWL)
  const written = expansion.split(/\s+/).filter(Boolean);
  if (written.length > 1 && LEGAL_FORM_AT.test(written[written.length - 1])) written.pop();
  if (/^(?:en|und|of|oder|et)$/.test(written[written.length - 1] ?? '')) return false;
  const words = stripDiacritics(written.filter((w) => !/^(?:en|und|of|oder|et)$/.test(w)).join(' '))
    .toUpperCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  if (words.length === 0 || words.length > 3 || words.length >= acronym.length) return false;
  if (!words.every((w) => /^[A-Z]{4,}$/.test(w))) return false;
  const go = letterSearch(acronym.length, words.length, (i, w, p) => {
    const l = acronym[i];
    // (Dutch writes the digraph IJ as one letter, in acronyms too: "Omgevingsdienst IJsselland" → ODIJ)
    if (
      w + 1 < words.length &&
      acronym.startsWith('IJ', i) &&
      words[w + 1].startsWith('IJ') &&
      go(i + 2, w + 1, 1)
    )
      return true;
    if (w + 1 < words.length && words[w + 1][0] === l && go(i + 1, w + 1, 0)) return true;
    for (let q = p + 3; q <= words[w].length - 3; q++) if (words[w][q] === l && go(i + 1, w, q)) return true;
    return false;
  });
  return words[0][0] === acronym[0] && go(1, 0, 0);
}

/** Learns "Long Form (LF)" pairs from the text; returns acronym → expansion. */
export function learnAcronyms(blocks: BlockInput[], lang?: string): Map<string, string> {
  // (German, Dutch and the Nordic languages' acronyms may take their letters from a compound's parts)
  const compounds = lang !== undefined && COMPOUND_LANGS.has(lang);
  const found = new Map<string, Map<string, number>>();
  const learn = (acr: string, written: string) => {
    const key = acronymKey(acr);
    // (the name starts after an elided article: "Agenzia …" of "all'Agenzia …")
    const expansion = written.includes(' ') ? written.replace(/^\S+/, unelided) : written;
    const per = found.get(key) ?? new Map<string, number>();
    per.set(expansion, (per.get(expansion) ?? 0) + 1);
    found.set(key, per);
  };
  // the leading words of `text` that `acr` abbreviates, if any: a glossary's line or an expansion in brackets after the
  // acronym (`whole`: the match, to see a place's name end it)
  const learnLeading = (acr: string, text: string, whole: string, bracket = false) => {
    const words = text.trim().split(/\s+/);
    // (an ampersand joins a name's words: "ACM – Autoriteit Consument & Markt")
    const end = words.findIndex((w) => !/^\p{L}/u.test(w) && w !== '&');
    if (end >= 0) words.length = end;
    // (the match without its trailing blanks and bracket, to see the words that end it)
    const ending = whole.replace(/[ \t)]+$/, '');
    // (the longest such words: "DSCSA: Drug Supply Chain Security Act", not "… Security"; by compounds' parts only
    // when no words' initials fit: "NVP – Netzverknüpfungspunkt", one word enough)
    for (const byParts of compounds ? [false, true] : [false]) {
      let n = words.length;
      for (; n >= 1; n--) {
        const cand = words.slice(0, n).join(' ');
        // (or an acronym with a place's code after a hyphen: "TCE-MG" of "Tribunal de Contas do Estado de Minas Gerais")
        if (byParts ? compoundInitials(cand, acr) : initialsMatch(cand, acr) || hyphenedInitials(cand, acr)) {
          // (in brackets, the whole name or its words before a comma: "DRV (Deutsche Rentenversicherung Bund)" is no
          // "Deutsche Rentenversicherung"; a legend's initials are no name's, "JW – Jonas Weber")
          if (
            (bracket && n < words.length && !/,$/.test(words[n - 1])) ||
            (n <= 3 && isGivenName(words[0]) && words.slice(0, n).every((w) => /^\p{Lu}/u.test(w)))
          )
            break;
          // (two words at least, of which none is the acronym itself: "MACAM – MACAM HORMON" defines nothing)
          if (
            (n >= 2 || (byParts && words[0].length >= 8)) &&
            !words.slice(0, n).some((w) => w.toUpperCase() === acr.toUpperCase())
          )
            // (a country's or a place's name that ends the line ends the name, though the acronym leaves it out:
            // "RVO – Rijksdienst voor Ondernemend Nederland")
            learn(
              acr,
              (n < words.length &&
                !/,$/.test(cand) &&
                words.length - n <= 2 &&
                words.slice(n).every((w) => isPlaceName(w) || isRegionName(w)) &&
                ending.endsWith(words.slice(n).join(' '))) ||
                // (and capitalised words joined by "and" after the letters' words, to the entry's end: a body renamed
                // with its acronym kept, "ANA – Agência Nacional de Águas e Saneamento Básico")
                (n >= 2 &&
                  words.length - n >= 2 &&
                  words.length - n <= 4 &&
                  /^(?:e|y|et|and|und|en|i)$/.test(words[n]) &&
                  /^\p{Lu}/u.test(words[n + 1]) &&
                  /^\p{Lu}/u.test(words[words.length - 1]) &&
                  words.slice(n + 1).every((w) => /^\p{Lu}/u.test(w) || SMALL_WORD.test(w)) &&
                  ending.endsWith(words[words.length - 1]))
                ? words.join(' ')
                : // (a list's comma after the name is none of it: "BPF – Bonnes Pratiques de Fabrication, …")
                  cand.replace(/,$/, ''),
            );
          break;
        }
      }
      if (n >= 1) break;
    }
  };
  for (const b of blocks) {
    // a glossary's line or row: "QP: Qualified Person (EU Directive …)", "PRV – Pressure reducing valve", "MES\t
    // Manufacturing Execution System" (two capitals at least: "Wgiw" of a Dutch law is not read so): the expansion is
    // the leading words the initials fit
    for (const m of b.text.matchAll(GLOSSARY_LINE)) learnLeading(m[1], m[2], m[0]);
    // an acronym and its expansion in brackets after it: "licenza ADM (Agenzia delle Dogane e dei Monopoli)"
    // (three letters at least and no digit: "WCAG 2.1 AA (above AODA)", "FY2025 (fiscal year …)" expand nothing)
    if (b.text.includes('('))
      for (const m of b.text.matchAll(ACRONYM_THEN_EXPANSION))
        if (/^[A-Za-z&-]{3,}$/.test(m[1]) && !isGivenName(m[2].split(/[\s,]/)[0]))
          learnLeading(m[1], m[2], m[0], true);
    // (a compound alone before its acronym, or with it inside the brackets after a dash, or with a year:
    // "dem Krankenhausversorgungsverbesserungsgesetz (KHVVG)", "(Wärmeplanungsgesetz – WPG)", "Gebäudeenergiegesetz
    // (GEG 2024)")
    if (compounds && b.text.includes('('))
      for (const m of b.text.matchAll(COMPOUND_ACRONYM)) {
        const word = m[1] ?? m[3];
        const acr = m[2] ?? m[4];
        // (or written with lower-case letters: "Baugesetzbuch (BauGB)", "Omgevingsbesluit (Ob)")
        if (compoundInitials(word, acr) || (!isAcronym(acr) && mixedInitials(word, acr))) learn(acr, word);
      }
    // both patterns end in "(ACR)": a block without one is skipped (the patterns are costly on long text)
    if (!/\([A-Z][A-Za-z0-9&]{1,9}(?: [A-Z][A-Z0-9&]{1,5}|-[A-Z][A-Z0-9]{0,4})?\)/.test(b.text)) continue;
    for (const m of [...b.text.matchAll(EXPANSION_BEFORE), ...b.text.matchAll(EXPANSION_LOWER)]) {
      const acr = m[2];
      const words = m[1].trim().split(/\s+/);
      // keep only as many trailing words as the acronym needs (the match may start too early); by compounds' parts
      // only when no words' initials fit, and from a word's start ("Verordnung (EU)" holds no "erordnung")
      const midWord = m.index > 0 && /\p{L}/u.test(b.text[m.index - 1]);
      // (by syllables last: "Financiadora de Estudos e Projetos (FINEP)")
      for (const mode of compounds ? ['initials', 'parts', 'syllables'] : ['initials', 'syllables']) {
        const byParts = mode === 'parts';
        let n = 1;
        for (; n <= words.length; n++) {
          const cand = words.slice(words.length - n).join(' ');
          // (across a comma only a list's words, "Safety, Health and Environment": not a clause's, "in 2024, Service
          // Level …")
          // (a company's legal form after its comma is none: "Banco Mediterráneo de Levante, S.A.")
          const listed = cand.replace(/,\s+\S+$/u, (x) =>
            LEGAL_FORM_AT.test(x.replace(/^,\s+/, '')) ? '' : x,
          );
          // (the words before are no part of it then: none learned in this pass, the next one may take fewer by
          // the compound's parts, "Versicherungsmathematische Funktion (VMF)" after a list's comma)
          if (listed.includes(',') && !/,\s[^,]*\s(?:and|&|en|e|y|et|und|i|og|och)\s[^,]*$/u.test(listed)) {
            n = words.length + 1;
            break;
          }
          if (
            mode === 'syllables'
              ? !(n === words.length && midWord) && syllabicInitials(cand, acr)
              : byParts
                ? !(n === words.length && midWord) && compoundInitials(cand, acr)
                : initialsMatch(cand, acr) ||
                  hyphenedInitials(cand, acr) ||
                  // (another body's or programme's acronym after the name is no letter of it: "Unità di Gestione
                  // Progetti PNRR (UGP)")
                  (n >= 3 &&
                    /^[A-Z][A-Z0-9]{1,6}$/.test(words[words.length - 1]) &&
                    // (a unit's or a currency's is no name's: "Net Present Value USD (NPV)")
                    !UNITS.test(words[words.length - 1]) &&
                    !CURRENCIES.test(words[words.length - 1]) &&
                    words[words.length - 1] !== acr &&
                    initialsMatch(words.slice(words.length - n, -1).join(' '), acr)) ||
                  (!isAcronym(acr) && !(n === words.length && midWord) && mixedInitials(cand, acr))
          ) {
            learn(acr, cand);
            break;
          }
        }
        if (n <= words.length) break;
      }
    }
  }
  const out = new Map<string, string>();
  for (const [acr, per] of found) out.set(acr, [...per.entries()].sort((a, b) => b[1] - a[1])[0][0]);
  return out;
}

export interface ExtractOptions {
  /** The document's language (ISO 639-1): its function words from stopwords-iso split phrases too. */
  lang?: string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A slide without a title placeholder has its title in a text box: its first text of one short line of two words or
 * more, no sentence nor a field with its value ("Gantt Chart", "Market Research" above the slide's points), is read as
 * its title, so the headings' rules see it.
 */
export function inferredTitles<B extends BlockInput>(blocks: B[]): B[] {
  const titled = new Set(blocks.filter((b) => b.layer === 'title').map((b) => b.slideIndex));
  const seen = new Set<number>();
  return blocks.map((b) => {
    if (titled.has(b.slideIndex) || seen.has(b.slideIndex) || b.layer !== 'body' || b.boilerplate) return b;
    seen.add(b.slideIndex);
    const line = b.text.trim();
    return line !== '' &&
      !line.includes('\n') &&
      line.length <= 60 &&
      line.split(/\s+/).length >= 2 &&
      line.split(/\s+/).length <= 8 &&
      !/[.!?;:,]$/.test(line) &&
      // (no field and its value: "Taux d'infection : 2,8 %")
      !/:\s|\t/.test(line) &&
      /^\p{Lu}/u.test(line)
      ? { ...b, layer: 'title' as const }
      : b;
  });
}

/**
 * Deterministic candidate phrases of a document (RAKE-like runs, acronyms, patterns, capitalised terms, whole
 * person names). Code on slides is blanked first (it stays in the text for search; it is never a concept).
 */
export function extractCandidates(
  written: BlockInput[],
  learned?: Map<string, string>,
  opts: ExtractOptions = {},
): Map<string, Candidate> {
  let blocks = inferredTitles(written);
  const acronyms = learned ?? learnAcronyms(blocks, opts.lang);
  const cands = new Map<string, Candidate>();
  // list labels are not part of a title's words ("V2 Authentication" → "Authentication"); what they label is an
  // entry of the deck's own catalogue (see Candidate.labelled)
  const labelled = new Set<string>();
  // (those a bare number labels, "9. Proposte di deliberazione": the deck's own sections when its agenda lists them)
  const coded = new Set<string>();
  // (and the titles of numbered sections or labs that say what is done with what: see Candidate.sectionTitle)
  const sectionTitles = new Map<string, number>();
  for (const b of blocks)
    if (b.layer === 'title')
      for (const l of b.text.split('\n')) {
        const m = LIST_LABEL.exec(l.trim());
        const t = m && m[0].trim() !== '' ? titlePhrase(l, opts.lang ?? 'en', () => false) : null;
        if (t && SECTION_PHRASE.test(` ${t} `))
          sectionTitles.set(conceptKey(t), (sectionTitles.get(conceptKey(t)) ?? 0) + 1);
        // (a deck's own sections are no catalogue: "Section 3 — Independent Validation", "Partie 2 : Gouvernance")
        if (m && m[0].trim() !== '' && !SECTION_LABEL.test(m[0])) {
          const key = conceptKey(l.trim().slice(m[0].length).trim());
          labelled.add(key);
          if (!/^\d{1,2}(?:\.\d{1,2})*[.)]?\s*$/.test(m[0])) coded.add(key);
        }
      }
  blocks = blocks.map((b) =>
    b.layer === 'title'
      ? {
          ...b,
          text: b.text
            .split('\n')
            .map((l) =>
              l.replace(
                /^(\s*)(\S.*)$/,
                (_, sp: string, rest: string) =>
                  sp +
                  rest
                    .replace(LIST_LABEL, (m) => ' '.repeat(m.length))
                    // (and a reporting period: "Q3 2025 Business Review", "FY26 Outlook")
                    .replace(PERIOD_LABEL, (m) => ' '.repeat(m.length))
                    .replace(
                      Object.hasOwn(ROMANCE_OF, opts.lang ?? '') ? PERIOD_AFTER_ROMANCE : PERIOD_AFTER,
                      (m) => ' '.repeat(m.length),
                    ),
              ),
            )
            .join('\n'),
        }
      : b,
  );
  const extraStop = opts.lang && opts.lang !== 'en' ? functionWords(opts.lang) : null;
  const isStop = (w: string) =>
    STOPWORDS.has(w) ||
    // "don’t", "can't", "won’t": negated auxiliaries
    /n['’]t$/.test(w) ||
    STOPWORDS.has(stemApostrophe(w)) ||
    (extraStop !== null && (extraStop.has(w) || extraStop.has(stemApostrophe(w)))) ||
    // (Greek's list is written without accents: "όλες", "έως")
    (opts.lang === 'el' && extraStop !== null && extraStop.has(stripDiacritics(w))) ||
    // a Persian verb: the present prefix joined by a zero-width non-joiner ("می‌دهد", "نمی‌توانند"; the stop list
    // has only a few of them)
    /^ن?می\u200c/u.test(w) ||
    otherFunctionWord(w, opts.lang ?? 'en');
  // (a capitalised noun of the stop list is a name's word: see STOP_LIST_NOUNS)
  const stopNouns = STOP_LIST_NOUNS[opts.lang ?? 'en'];
  const nameNoun = (w: string) =>
    stopNouns !== undefined && /^\p{Lu}\p{Ll}/u.test(w) && stopNouns.has(w.toLowerCase());
  // (and what the deck's programs print, where the deck shows their output)
  const printed = programText(blocks.map((b) => b.text));
  const cleaned = blocks.map((b) =>
    b.boilerplate || !b.text.trim()
      ? ''
      : opts.lang === 'tr'
        ? // a Turkish question ("Uygulamam Açıklık İçeriyor Mu?", "Zafiyetli miyim?"): a clause, whose words before the
          // verb are no name
          blankCode(blankNoise(b.text), printed).replace(TURKISH_QUESTION, (m) => ' '.repeat(m.length))
        : blankCode(blankNoise(b.text), printed),
  );
  const echoLines = agendaEchoes(blocks, cleaned);
  // (the deck's text, its blocks a line apart, read by sameContinuation, seriesHead and the names written twice)
  const deckText = cleaned.join('\n');
  // abbreviations with lower-case letters the deck defines in brackets ("Wet kwaliteitsborging voor het bouwen (Wkb)",
  // "Energiewirtschaftsgesetz (EnWG)"): acronyms wherever the deck writes them (see MIXED_ABBREVIATION)
  const mixedLearned = new Set<string>();
  for (const b of blocks)
    if (b.text.includes('('))
      for (const m of b.text.matchAll(/\((\p{Lu}\p{L}{1,7})[),;]/gu))
        if (
          !isAcronym(m[1]) &&
          MIXED_ABBREVIATION.test(m[1]) &&
          // (right after the expansion learned for its letters: "(Bund, Länder …)" is no "BUND" of "Bund für Umwelt und
          // Naturschutz Deutschland (BUND)")
          b.text
            .slice(0, m.index)
            .trimEnd()
            .endsWith(acronyms.get(acronymKey(m[1])) ?? '\u0000') &&
          mixedInitials(acronyms.get(acronymKey(m[1])) ?? '', m[1])
        )
          mixedLearned.add(m[1]);
  const particles = opts.lang === 'ko' ? koreanStems(cleaned) : undefined;
  const wholeNames = opts.lang === 'tr' || opts.lang === 'ko' ? undefined : possessiveNames(cleaned);
  // people first, over the whole document: a name found once (title slide, author list) is whole everywhere
  const firstSlide = Math.min(...blocks.map((b) => b.slideIndex));
  const people = new Set<string>();
  const listed = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (!cleaned[i]) return;
    const found = personNames(cleaned[i], {
      titleSlide: b.slideIndex === firstSlide && b.layer !== 'title',
      raw: b.text,
      lang: opts.lang,
    });
    // a long acknowledgement list ("Thanks to …" 20 names) names people once each: they are kept when the
    // title slide or another block names them too
    // (on the title slide too, after "Thanks to …": acknowledgements, not the speakers)
    const long =
      (found.length >= 8 && b.slideIndex !== firstSlide) || (found.length >= 3 && THANKS.test(cleaned[i]));
    for (const n of found) {
      if (long) listed.set(n, (listed.get(n) ?? 0) + 1);
      else people.add(n);
    }
  });
  for (const [n] of listed)
    if (
      !people.has(n) &&
      new Set(blocks.filter((b, i) => cleaned[i].includes(n)).map((b) => b.slideIndex)).size >= 2
    )
      people.add(n);
  // a name the deck writes after an article or a possessive, ending the clause there, is a thing, not a person
  // ("Using the Music Sound Interpreter, she …" makes the title slide's "Music Sound Interpreter" a product; "the
  // Jim Manico talk" says nothing, and "Note that Mark Brown is …" has a conjunction)
  if ((opts.lang ?? 'en') === 'en')
    for (const n of people) {
      const re = new RegExp(
        `(?<![\\p{L}])(?:[Tt]he|[Aa]n?|[Oo]ur|[Yy]our|[Mm]y|[Tt]heir)[ \\u00a0]+${escapeRe(n)}[ \\u00a0]*(?:[,.;:!?)]|$)`,
        'mu',
      );
      if (cleaned.some((t) => re.test(t))) people.delete(n);
    }
  const peopleRe = people.size
    ? new RegExp(
        `(?<![\\p{L}])(?:${[...people]
          .sort((a, b) => b.length - a.length)
          .map(escapeRe)
          .join('|')})(?![\\p{L}])`,
        'gu',
      )
    : null;
  // (a person's name before a role, or after one: see Candidate.roleCue; a name the deck's people hold, or a given
  // name and a surname, "Aisha Bello, Agronomy Lead")
  const names = [...people].sort((a, b) => b.length - a.length).map(escapeRe);
  const NAME = String.raw`(?:${[...names, String.raw`\p{Lu}[\p{L}'’-]+(?:[ \u00a0]+(?:de|da|del|van|von|der|den|di|le|la|el|al|bin|ibn))*(?:[ \u00a0]+\p{Lu}[\p{L}'’-]+){1,2}`].join('|')})`;
  const personBefore = new RegExp(String.raw`(?<![\p{L}])(${NAME})[ \u00a0]*(?:,|\(|[–—-])[ \u00a0]*$`, 'u');
  const personAfter = new RegExp(
    String.raw`^[ \u00a0]*(?::|[–—-])[ \u00a0]*(?:(?:Dr|Prof|Mr|Mrs|Ms|Mme|Ing|Dott|Dott\.ssa|Sr|Sra|Hon|ir)\.?[ \u00a0]+)?(${NAME})(?![\p{L}])`,
    'u',
  );
  // (a given name the lists lack has a surname no common word: "Aisha Bello", "Ayşe Demir")
  const personAt = (m: RegExpExecArray | null) =>
    m !== null &&
    (people.has(m[1]) ||
      isGivenName(m[1].split(/[ \u00a0]+/)[0]) ||
      !commonUse(
        m[1]
          .split(/[ \u00a0]+/)
          .pop()!
          .toLowerCase(),
      ));
  // names thanked once are no concepts, nor are their pieces ("Keller" of "Markus Keller")
  const thanked = [...listed.keys()].filter((n) => !people.has(n));
  const thankedRe = thanked.length
    ? new RegExp(`(?<![\\p{L}])(?:${thanked.map(escapeRe).join('|')})(?![\\p{L}])`, 'gu')
    : null;
  // words the deck writes in lower case at least as often as in capitals: "EASY" or "COMMON" in a shouted table
  // cell is a word, not an acronym; one "asvs-channel" in a URL does not make a much-used acronym a word
  const lowerWords = new Map<string, number>();
  const upperWords = new Map<string, number>();
  // (in the text with code blanked: "<!ENTITY xxe SYSTEM …>" is code, not a word)
  for (const text of cleaned) {
    // markup lines ("<!ENTITY xxe SYSTEM …>", "&xxe;") are code too
    const prose = text
      .split('\n')
      .filter((l) => !/<[!?/]?[A-Za-z]|&\w+;/.test(l))
      .join('\n');
    for (const m of prose.matchAll(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu))
      lowerWords.set(m[0], (lowerWords.get(m[0]) ?? 0) + 1);
    for (const m of text.matchAll(/(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{L}\p{N}])/gu)) {
      const w = m[0].toLowerCase();
      upperWords.set(w, (upperWords.get(w) ?? 0) + 1);
    }
  }
  // a model's number and letters the deck writes after its maker's name ("Boeing 737 MAX 8"): "737 MAX" then leads
  // a name wherever it is written ("our 737 MAX 8 pilots"); "500 AI credits" is a count
  const models = new Set<string>();
  for (const text of cleaned)
    for (const m of text.matchAll(
      /(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}-]* (\d{3,4}) ([A-Z]{2,5})(?![\p{L}\p{N}])/gu,
    ))
      models.add(`${m[1]} ${m[2]}`);
  const isWord = (w: string) =>
    (lowerWords.get(w) ?? 0) >= 2 || (lowerWords.get(w) ?? 0) * 4 >= (upperWords.get(w) ?? 0);
  const add = (
    surface: string,
    kind: CandidateKind,
    b: BlockInput,
    extra: Partial<Candidate> = {},
    start = -1,
    piece?: 'lead' | 'inner' | 'numbered',
  ) => {
    // (a company's name with its legal form is the name without it: "Kinetica Analytics S.p.A." and "Kinetica
    // Analytics" are one candidate, named with the form)
    let legal = false;
    if (kind === 'capitalised' || kind === 'ngram' || kind === 'title') {
      surface = withLegalForm(b.text, start, surface);
      // (a bare form of two letters only after a word with small letters: "Siemens AG"; "5G SA" is a network)
      const m = LEGAL_FORM_END.exec(surface);
      legal =
        m !== null &&
        m.index > 0 &&
        (/\./.test(m[0]) || /\p{Ll}[\p{L}'’-]*$/u.test(surface.slice(0, m.index))) &&
        // (nor a piece of a longer name: "Eemland B.V." of "Warmtebedrijf Eemland B.V.")
        !(start > 0 && AFTER_CAPITALISED.test(b.text.slice(Math.max(0, start - 40), start)));
    }
    const keyed = legal ? surface.slice(0, LEGAL_FORM_END.exec(surface)!.index) : surface;
    // "ISO/IEC 27001" and "ISO 27001" name one standard
    const key =
      kind === 'acronym'
        ? acronymKey(surface).toLowerCase()
        : conceptKey(
            kind === 'pattern'
              ? // (and an edition's month is its year's: "DIN 50100:2022-12" is the edition "DIN 50100:2022")
                surface.replace(/\bISO\/IEC\b/g, 'ISO').replace(/(:(?:19|20)\d\d)-(?:0[1-9]|1[0-2])$/, '$1')
              : keyed,
          );
    if (key.length < 2 || /^[\d\s.,:/-]+$/.test(key)) return;
    let c = cands.get(key);
    if (!c) {
      c = {
        key,
        kind,
        surfaces: new Map(),
        slides: new Set(),
        count: 0,
        score: 0,
        lower: 0,
        midCap: 0,
        ...extra,
      };
      cands.set(key, c);
    } else if (KIND_WEIGHT[kind] > KIND_WEIGHT[c.kind]) {
      c.kind = kind;
      Object.assign(c, extra);
    }
    c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
    if (legal) c.preferName ??= surface;
    if (surface === surface.toLowerCase()) c.lower++;
    else if (
      start > 0 &&
      /^\p{Lu}\p{Ll}/u.test(surface) &&
      !/[.!?:;•\n\t]\s*$|^\s*$/.test(b.text.slice(Math.max(0, start - 3), start)) &&
      // (nor is one word after "|", which starts a line's next part: "DSI | Comité d'architecture"; "Lab Meeting |
      // Translational Oncology Group" is a name, and a dash may attribute a quote to one: "– Martin Fowler")
      !(/\|\s*$/.test(b.text.slice(Math.max(0, start - 3), start)) && !/\s/.test(surface))
    )
      c.midCap++;
    if (
      start >= 0 &&
      (opts.lang ?? 'en') === 'en' &&
      /^\p{Lu}\p{Ll}+$/u.test(surface) &&
      titleCaseLine(b.text, start)
    )
      c.headline = (c.headline ?? 0) + 1;
    if (start >= 0 && /^\p{Lu}/u.test(surface) && titlePiece(b.text, start, start + surface.length))
      c.inWorkTitle = (c.inWorkTitle ?? 0) + 1;
    // a company named after words that say what part it plays for the deck's own ("partner program with Accenture",
    // "competitors: Salesforce, HubSpot", "logos churned: Freshmart"; English)
    if (start >= 0 && (opts.lang ?? 'en') === 'en' && /^\p{Lu}/u.test(surface)) {
      if (ORG_CUE.test(lineBefore(b.text, start))) c.orgCue = (c.orgCue ?? 0) + 1;
    }
    if (
      start >= 0 &&
      (personAt(personBefore.exec(b.text.slice(Math.max(0, start - 80), start))) ||
        personAt(personAfter.exec(b.text.slice(start + surface.length, start + surface.length + 80))))
    )
      c.roleCue = (c.roleCue ?? 0) + 1;
    // "Director (Finance)", "Chief Engineer (Projects)", "Directrice (Finances)": an office's department in brackets
    if (
      start > 0 &&
      b.text[start + surface.length] === ')' &&
      b.text[start - 1] === '(' &&
      /^\p{Lu}/u.test(surface) &&
      ROLE_BEFORE_UNIT.test(b.text.slice(Math.max(0, start - 40), start))
    )
      c.roleUnit = (c.roleUnit ?? 0) + 1;
    // "to test parsing", "to identify and track students": after an infinitive's "to", a verb and its object
    if (
      start > 0 &&
      /\bto\s+(?:\p{L}+\s+(?:and|or)\s+)?$/iu.test(b.text.slice(Math.max(0, start - 40), start))
    )
      c.afterTo = (c.afterTo ?? 0) + 1;
    // "with Vodafone", "in Munich", "the Allianz renewal": a capitalised word after an article or a preposition
    if (
      start > 0 &&
      /^\p{Lu}/u.test(surface) &&
      /(?<![\p{L}])(?:the|with|at|in|to|from|for|by|on|of|into|across|via)\s+$/u.test(
        b.text.slice(Math.max(0, start - 12), start),
      )
    )
      c.afterPrep = (c.afterPrep ?? 0) + 1;
    // (an act's short name: two capitals at least, "LGT", "ElWOG")
    if (
      start >= 0 &&
      /^\p{Lu}\S*\p{Lu}/u.test(surface) &&
      (ACT_CUE_BEFORE.test(b.text.slice(Math.max(0, start - 40), start)) ||
        ACT_CUE_AFTER.test(b.text.slice(start + surface.length, start + surface.length + 40)))
    )
      c.actCue = (c.actCue ?? 0) + 1;
    if (
      start > 0 &&
      /^\p{Lu}/u.test(surface) &&
      PLACE_KIND_BEFORE.test(b.text.slice(Math.max(0, start - 30), start))
    )
      c.placeCue = (c.placeCue ?? 0) + 1;
    // "Xing and Stroulia [2006]", "Murphy-Hill & Black (2008)": a name in a list of authors cited (a year after it;
    // "Best Buy, Target and Amazon" are shops)
    if (
      start >= 0 &&
      /^\p{Lu}/u.test(surface) &&
      (/^\s+(?:and|&)\s+\p{Lu}/u.test(b.text.slice(start + surface.length, start + surface.length + 8)) ||
        /\p{Lu}[\p{L}-]*\s+(?:and|&)\s+$/u.test(b.text.slice(Math.max(0, start - 30), start))) &&
      /^[^\n]{0,40}?[[(,]?\s*(?:19|20)\d{2}\b|^[^\n]{0,40}?\bet al\b/u.test(
        b.text.slice(start + surface.length, start + surface.length + 60),
      )
    )
      c.inNameList = (c.inNameList ?? 0) + 1;
    // (and an author alone before the year: "Pizka [2004]", "Fowler (1999)", "Opdyke et al.")
    else if (
      start >= 0 &&
      /^\p{Lu}/u.test(surface) &&
      /^\s*(?:[[(]\s*(?:19|20)\d{2}[a-z]?\s*[\])]|et al\b)/u.test(
        b.text.slice(start + surface.length, start + surface.length + 16),
      )
    )
      c.inNameList = (c.inNameList ?? 0) + 1;
    if (THANKS.test(b.text)) c.inThanks = (c.inThanks ?? 0) + 1;
    // the capitalised words beside a word, on its line
    if (start >= 0 && !/[\s\u00a0]/.test(surface)) {
      c.besideSeen = (c.besideSeen ?? 0) + 1;
      const before = b.text.slice(Math.max(0, start - 60), start);
      const after = b.text.slice(start + surface.length, start + surface.length + 60);
      let left = (opts.lang === 'de' ? LEFT_NEIGHBOUR : LEFT_NEIGHBOUR_JOINED).exec(before);
      // (an article or a pronoun a sentence starts with is none: "The Tripod project"; "Carretera de El Palmar" has one)
      if (
        left !== null &&
        SENTENCE_ARTICLES.has(left[1].split(/[ \u00a0]/)[0].toLowerCase()) &&
        !/\p{Ll}[ \u00a0]$/u.test(before.slice(0, left.index + (left[0].length - left[1].length - 1)))
      )
        left = null;
      const right = RIGHT_NEIGHBOUR.exec(after);
      // (a capitalised article right before it, a sentence's or a place's own: "Le Havre", "La Rochelle")
      const article =
        /(?:^|[^\p{L}])(Le|La|Les|The|El|Los|Las|Den|De|Il|Lo)[ \u00a0]$|(?:^|[^\p{L}])(L)['’]$/u.exec(
          before,
        );
      if (article)
        (c.articleBefore ??= new Map()).set(
          article[1] ?? "L'",
          (c.articleBefore.get(article[1] ?? "L'") ?? 0) + 1,
        );
      for (const side of [left && `L ${left[1]}`, right && `R ${right[1]}`])
        if (side) (c.beside ??= new Map()).set(side, (c.beside.get(side) ?? 0) + 1);
      if (
        b.layer !== 'title' &&
        (left !== null ||
          right !== null ||
          /\p{Lu}[\p{L}\p{N}'’-]*[ \u00a0]+(?:and|&)[ \u00a0]+$/u.test(before) ||
          /^[ \u00a0]+(?:and|&)[ \u00a0]+\p{Lu}/u.test(after))
      )
        c.besideAny = (c.besideAny ?? 0) + 1;
    }
    if (opts.lang === 'en' && start >= 0 && /^\p{L}+(?:-\p{L}+)+$/u.test(surface)) {
      const next = /^[ \u00a0](\p{Ll}+)(?![\p{L}-])/u.exec(
        b.text.slice(start + surface.length, start + surface.length + 30),
      );
      const tags = next && !STOPWORDS.has(next[1]) ? tagsOf(next[1]) : undefined;
      if (tags !== undefined && (tags === null || tags.some((t) => /^(?:NN|JJ)/.test(t))))
        c.premod = (c.premod ?? 0) + 1;
    }
    if (start >= 0 && /^[ \u00a0]?:/.test(b.text.slice(start + surface.length, start + surface.length + 2)))
      c.beforeColon = (c.beforeColon ?? 0) + 1;
    if (
      start > 0 &&
      /(?<![\p{L}\p{N}.,])(?!(?:19|20)\d\d[ \u00a0]$)\d+(?:[.,]\d+)*[⁰-⁹]*[ \u00a0]$/u.test(
        b.text.slice(Math.max(0, start - 16), start),
      )
    )
      c.afterNumber = (c.afterNumber ?? 0) + 1;
    if (piece !== undefined && b.layer !== 'title') {
      c.inName = (c.inName ?? 0) + 1;
      if (piece !== 'lead') c.innerName = true;
      if (piece === 'numbered') c.numbered = (c.numbered ?? 0) + 1;
    }
    c.slides.add(b.slideIndex);
    c.count++;
    if (b.layer === 'title') {
      const lines = b.text
        .split('\n')
        .map((l) => l.replace(/\s+/g, ' ').trim().replace(LIST_LABEL, '').replace(/[:.]$/, '').toLowerCase());
      if (lines.includes(surface.toLowerCase())) c.titleExact = (c.titleExact ?? 0) + 1;
      c.titleHits = (c.titleHits ?? 0) + 1;
      if (b.slideIndex === firstSlide) c.deckTitle = true;
      // (the head of a title before its colon or dash: "Yield Results – Corn")
      if (
        start >= 0 &&
        /^\s*$/.test(b.text.slice(b.text.lastIndexOf('\n', start - 1) + 1, start)) &&
        /^\s*(?::|\s[–—-])\s/.test(b.text.slice(start + surface.length, start + surface.length + 4))
      )
        c.titleHead = (c.titleHead ?? 0) + 1;
    }
    // (a term found inside a Chinese or Japanese run has no spaces: its words are about two characters each)
    const words = extra.unspaced ? Math.round(surface.length / 2) : surface.split(/\s+/).length;
    c.score += LAYER_WEIGHT[b.layer] * KIND_WEIGHT[kind] * (1 + 0.4 * Math.min(3, Math.max(0, words - 1)));
  };
  // Romance languages build terms with a preposition ("comité de pilotage", "mise en production", "plan de reprise
  // d’activité", "gestión de riesgos"): such a phrase the deck writes twice or more, with no
  // stop word or verb on either side, is a candidate as a whole (its words stay candidates of their own)
  const romance = ROMANCE_OF[opts.lang ?? 'en'];
  const joined = new Set<string>();
  const joined3 = new Set<string>();
  /** The word right before `at`, separated by one space (null at a line's start or after punctuation). */
  const wordBefore = (t: string, at: number) =>
    /(?<![\p{L}\p{N}’'-])(\p{L}{3,}) $/u.exec(t.slice(Math.max(0, at - 40), at))?.[1] ?? null;
  const joinedRe = romance
    ? new RegExp(
        `(?<![\\p{L}\\p{N}’'-])(\\p{L}{3,}) (?:(${romance}) |(d['’]))(\\p{L}{3,})(?![\\p{L}\\p{N}’'-])`,
        'gu',
      )
    : null;
  // (matches may share a word: "budget en comité de direction")
  const joinedIn = (t: string) => {
    const out: RegExpExecArray[] = [];
    const re = new RegExp(joinedRe!.source, 'gu');
    for (let m = re.exec(t); m !== null; m = re.exec(t)) {
      out.push(m);
      re.lastIndex = m.index + m[1].length + 1;
    }
    return out;
  };
  // the words the document puts in a verb's and a noun's slots (computed once: the Romance joins, the clause
  // fragments and the English lexicon rules below all ask)
  const slots = wordSlots(cleaned, opts.lang ?? 'en');
  const docVerbs = verbsOf(slots);
  /** The words that continue a Romance phrase, as written: a word of no function, or a preposition and one. */
  const romanceNext = (after: string): string | null => {
    const m = /^[ \u00a0]+(\p{L}[\p{L}’'-]*)(?:[ \u00a0]+(\p{L}[\p{L}’'-]*))?/u.exec(after);
    if (m === null) return null;
    const w = m[1].toLowerCase();
    const content = (x: string) =>
      x.length >= 3 && !ROMANCE_FUNCTION.test(x) && !docVerbs.has(x) && !infinitive(x, opts.lang ?? 'en');
    // (a complement without an article, "de dia", "d’énergie"; "del acuerdo", "des nouveaux" start phrases of their
    // own; a word alone no stop word either: "puede")
    if (/^(?:de|di)$/.test(w))
      return m[2] !== undefined && /^\p{Ll}/u.test(m[2]) && content(m[2].toLowerCase())
        ? `${m[1]} ${m[2]}`
        : null;
    if (/^d['’]\p{L}{3,}$/u.test(w)) return content(w.slice(2)) ? m[1] : null;
    return /^\p{Ll}/u.test(m[1]) && content(w) && !isStop(w) ? m[1] : null;
  };
  if (joinedRe) {
    const romanceVerbs = docVerbs;
    const seen = new Map<string, number>();
    const seen3 = new Map<string, number>();
    for (const t of cleaned)
      for (const m of joinedIn(t)) {
        const [a, z] = [m[1].toLowerCase(), m[4].toLowerCase()];
        if (isStop(a) || isStop(z) || romanceVerbs.has(a) || romanceVerbs.has(z)) continue;
        // (a capitalised word after the preposition is a name the phrase is about: "failles d’Injection" are
        // Injection's, "Facteurs de Menace" a heading's Title Case)
        if (/^\p{Lu}/u.test(m[4])) continue;
        // (an infinitive on either side makes a clause: "Permettre de réduire", "Continuer à travailler"; a
        // quantity or a set phrase is no term: "nombre de participants", "mise en place", "point de vue"; "mise en
        // production" is)
        const lang = opts.lang ?? 'en';
        if (infinitive(a, lang) || infinitive(z, lang) || ROMANCE_NOT_HEADS.has(a)) continue;
        if ((m[2] === 'en' && ROMANCE_SET_AFTER_EN.has(z)) || (a === 'point' && z === 'vue')) continue;
        // (an adjective before its noun ends no phrase: "materiali a minor impatto")
        if (PRENOMINAL.test(z)) continue;
        const k = m[0].toLowerCase();
        seen.set(k, (seen.get(k) ?? 0) + 1);
        // (with the noun before an adjective: "unidades básicas de saúde", "agentes comunitários de saúde"; the
        // shorter phrase is then enclosed in it)
        const w0 = wordBefore(t, m.index);
        if (w0 !== null) {
          const lw0 = w0.toLowerCase();
          if (
            !isStop(lw0) &&
            !romanceVerbs.has(lw0) &&
            !infinitive(lw0, lang) &&
            !ROMANCE_NOT_HEADS.has(lw0)
          ) {
            const k3 = `${lw0} ${k}`;
            seen3.set(k3, (seen3.get(k3) ?? 0) + 1);
          }
        }
      }
    for (const [k, n] of seen) if (n >= 2) joined.add(k);
    for (const [k, n] of seen3) if (n >= 2) joined3.add(k);
  }
  // a Romance term a line leads with is whole even when written once ("Comité de pilotage mensuel …", "Le système de
  // facturation actuel …", "Qualité des données historiques", "Conduite du changement : 40 k€"): found here, added
  // with the block's other candidates, and marked as a line's lead phrase
  const leadJoins = romance
    ? cleaned.map((t, i) => (blocks[i].layer === 'notes' ? [] : romanceLeads(t)))
    : [];
  function romanceLeads(text: string): { surface: string; at: number }[] {
    const lang = opts.lang ?? 'en';
    const out: { surface: string; at: number }[] = [];
    let at = 0;
    for (const line of text.split('\n').map((l) => afterInfinitive(l, lang))) {
      const m = ROMANCE_LEAD[lang]?.exec(line);
      if (m) {
        const [a, z] = [m[2].toLowerCase(), m[4].toLowerCase()];
        if (
          !isStop(a) &&
          !isStop(z) &&
          !docVerbs.has(a) &&
          !docVerbs.has(z) &&
          !infinitive(a, lang) &&
          !infinitive(z, lang) &&
          !ROMANCE_NOT_HEADS.has(a) &&
          !(m[3] === 'en ' && ROMANCE_SET_AFTER_EN.has(z)) &&
          !/^\p{Lu}/u.test(m[4])
        ) {
          // (with the complement's noun after a prenominal adjective, "Costo de mala calidad", or the complement's
          // adjective of relation, "Signalement des événements indésirables", "Consommation de solutions
          // hydro-alcooliques"; not a state, "Taux de conversion stable", nor a frequency, "… mensuel")
          const next = /^ ([\p{Ll}][\p{L}-]{2,})/u.exec(line.slice(m.index + m[0].length))?.[1];
          const extend =
            next !== undefined &&
            !isStop(next) &&
            !docVerbs.has(next) &&
            !infinitive(next, lang) &&
            (PRENOMINAL.test(z) ||
              ((RELATIONAL_ADJECTIVE.test(next) || (lang === 'ro' && ROMANIAN_RELATIONAL.test(next))) &&
                !PREDICATE_ADJECTIVE.test(next)));
          // (or a second complement of the complement: "Système de gestion des risques", "Autorité de surveillance du
          // marché", "Résumé des données d'entraînement")
          const second = extend ? null : ROMANCE_SECOND[lang]?.exec(line.slice(m.index + m[0].length));
          const deeper =
            second &&
            !isStop(second[2].toLowerCase()) &&
            !docVerbs.has(second[2].toLowerCase()) &&
            !infinitive(second[2].toLowerCase(), lang)
              ? `${second[1]}${second[2]}`
              : '';
          out.push({
            surface: `${m[2]} ${m[3]}${m[4]}${extend ? ` ${next}` : ''}${deeper}`,
            at: at + m.index + m[1].length,
          });
        }
      }
      at += line.length + 1;
    }
    return out;
  }
  // the blocks' lines in lower case with single spaces (lines kept apart), computed once when a wrapped title needs them
  let normedText: string | null = null;
  const normed = () =>
    (normedText ??= cleaned
      .map((t, j) => (blocks[j].boilerplate ? '' : t.toLowerCase().replace(/[ \t\u00a0]+/g, ' ')))
      .join('\n'));
  // an EU act that a name glosses, or that glosses a name, anywhere in the deck: that name is the concept ("Directiva
  // (UE) 2015/2366 (PSD2)", "EU AI Act (Regulation (EU) 2024/1689)", "(CSDDD, Richtlinie (EU) 2024/1760)")
  const glossedActs = new Set<string>();
  for (const t of cleaned)
    for (const m of t ? t.matchAll(EU_ACT) : []) {
      const before = t.slice(Math.max(0, m.index - 50), m.index);
      const after = t.slice(m.index + m[0].length, m.index + m[0].length + 50);
      if (
        /^[ \u00a0]*\([ \u00a0]*[\p{L}\p{N}][^()\n]{0,40}\)/u.test(after) ||
        (/\([^()\n]*$/u.test(before) && /^[^()\n]{0,40}\)/u.test(after))
      )
        glossedActs.add(m[0]);
    }
  for (const [bi, b] of blocks.entries()) {
    if (!cleaned[bi]) continue;
    let text = cleaned[bi];
    // (blanked: no piece of it is a name either, "UE", "Reglamento Delegado")
    if (glossedActs.size > 0)
      text = text.replace(EU_ACT, (m) => (glossedActs.has(m) ? ' '.repeat(m.length) : m));
    // (one name once: a match inside another's span is part of it, "DSS 4.0" of "PCI DSS 4.0", and two patterns
    // that match the same span count it once)
    const spans = PATTERNS.flatMap((re) =>
      [...text.matchAll(re)].map((m) => ({ m, re, s: m.index, e: m.index + m[0].trimEnd().length })),
    );
    // (an act's number is its own name: a version's words around it are none, "Según Resolução CMN 4.945")
    const act = (re: RegExp) => re === EU_ACT || re === NATIONAL_ACT;
    const actSpans = spans.filter((y) => act(y.re));
    for (const { m, re } of spans.filter(
      (x, i) =>
        !spans.some(
          (y, j) =>
            j !== i &&
            (act(y.re) || !act(x.re)) &&
            y.s <= x.s &&
            y.e >= x.e &&
            (y.e - y.s > x.e - x.s || j < i),
        ) &&
        (act(x.re) || !actSpans.some((y) => y.s < x.e && y.e > x.s)),
    )) {
      // "The ASVS 4.0" → "ASVS 4.0"; "NIST 800-" and "PCI DSS 6.5." end before their punctuation
      const words = m[0]
        .trim()
        .replace(/[-.:]+$/, '')
        .split(' ');
      // (a standards body whose letters are a word of some language stays: "EN 50155", "BS 7671", "UL 94")
      while (
        words.length > 1 &&
        isStop(words[0].toLowerCase()) &&
        !/^(?:EN|BS|UL|DIN|CIS|SOC)$/.test(words[0])
      )
        words.shift();
      // (a ratio of a unit is no code: "Umspannwerk 30/110 kV", whose unit the text's cleaning blanked)
      const end = m.index + m[0].trimEnd().length;
      if (
        m[0].includes('/') &&
        b.text.slice(m.index, end) === m[0].trimEnd() &&
        /^[ \u00a0]?(?:kV|V|kW|MW|GW|kVA|MVA|mm|cm|m|km|bar|Hz)\b/.test(b.text.slice(end, end + 6))
      )
        continue;
      // (a number grouped in thousands is no version: "Installare 180.000 contatori"; nor is an infinitive a name)
      // (nor is a plural noun before a slashed pair a name: "Products PLD/MBE"; "SAP S/4HANA" is)
      // (an act's number is: "Resolução CMN 4.945")
      if (
        (!act(re) && /^\d{1,3}(?:\.\d{3})+$/.test(words[words.length - 1])) ||
        // ("Circular BCB 3.978" is an act, though "circular" is a Spanish verb)
        (!act(re) && infinitive(words[0].toLowerCase(), opts.lang ?? 'en')) ||
        // (nor an amount: "USD 4.6 bn")
        CURRENCIES.test(words[0]) ||
        (words.length === 2 &&
          /^[A-Z]{2,}\/[A-Z]{2,}$/.test(words[1]) &&
          tagsOf(words[0].toLowerCase())?.includes('NNS') === true)
      )
        continue;
      // (a product written in lower case before its capitalised part is part of the name: "dbt Core 1.7", "npm
      // Enterprise 3.2"; not an English word: "the new Core 1.7")
      const before = /(?:^|[\s(])(\p{Ll}[\p{Ll}\d]{1,7})[ \u00a0]$/u.exec(
        text.slice(Math.max(0, m.index - 10), m.index),
      );
      if (
        (opts.lang ?? 'en') === 'en' &&
        before &&
        words.length === m[0].trim().split(' ').length &&
        !isStop(before[1]) &&
        !isEnglishWord(before[1])
      )
        words.unshift(before[1]);
      // (a name that starts with its dot keeps it: ".NET Framework 3.5")
      if (
        m.index > 0 &&
        text[m.index - 1] === '.' &&
        (m.index === 1 || /[\s(]/.test(text[m.index - 2])) &&
        /^[A-Z]{2,}/.test(words[0])
      )
        words[0] = `.${words[0]}`;
      add(words.join(' '), 'pattern', b);
    }
    // an item of a labelled list in the body ("A9:2017-Using Components with Known Vulnerabilities", "V11 Business
    // Logic") names a topic as a title does
    // , and so does a line that heads what follows ("The Lumina Foundation for Education:")
    if (b.layer === 'body' || b.layer === 'table')
      for (const line of text.split(/[\n\t]/)) {
        if (
          !/^\s*(?:(?:19|20)\d{2}[-–])?[A-Z]{1,2}\d{1,2}(?::\d{4})?\s*[-–—:.]\s*\S|^[^:]{3,80}:\s*$/.test(
            line,
          )
        )
          continue;
        const t = titlePhrase(line, opts.lang ?? 'en', isStop);
        if (t && t.includes(' ')) add(t, 'title', b);
      }
    if (b.layer === 'title')
      for (const line of titleLines(text, normed)) {
        const t = titlePhrase(line, opts.lang ?? 'en', isStop);
        if (t) add(t, 'title', b);
        // German: the head compound of a title with attachments ("Elektroschrott der Industrieländer in Asien")
        const head =
          t && opts.lang === 'de'
            ? /^(\p{Lu}\p{Ll}{9,})\s+(?:der|des|von|für|in|im|mit|zur|zum|auf|aus)\s/u.exec(t)
            : null;
        if (head) add(head[1], 'title', b);
      }
    // "the Spotlight feature", "the Auto narrate and Auto captions features", "the zoom to area button": a name set
    // in apposition to a generic head (feature, option, button, panel, …) names a thing of the product
    for (const m of text.matchAll(NAMED_BY_HEAD)) {
      const parts = m[1].split(/\s+and\s+/);
      const capital = parts.every((x) => /^\p{Lu}/u.test(x));
      if (parts.length > 1 && !capital) continue;
      for (const name of parts) {
        const words = name.split(/\s+/);
        if (
          words.length > 4 ||
          isStop(words[0].toLowerCase()) ||
          isStop(words[words.length - 1].toLowerCase())
        )
          continue;
        if (
          words.some(
            (w, i) =>
              i > 0 && i < words.length - 1 && isStop(w.toLowerCase()) && !CONNECTORS.has(w.toLowerCase()),
          )
        )
          continue;
        // one word in lower case ("the search button") is a generic word, not a name
        if (words.length === 1 && !/^\p{Lu}/u.test(name)) continue;
        add(name, 'pattern', b);
      }
    }
    if (thankedRe) text = text.replace(thankedRe, (m) => ' '.repeat(m.length));
    if (peopleRe)
      text = text.replace(peopleRe, (m) => {
        add(m, 'pattern', b, { typeHint: 'PERSON' });
        return ' '.repeat(m.length);
      });
    // "The Software Bill of Materials lists …", "the Internet of Things grows": a Title Case name joined by "of" (or
    // "for" after an organisation's head) is one name, taken whole; its pieces are no names of their own there
    // (blanked, as a person's name is), so they do not glue to the words around them ("Materials lists", "Things
    // grows"). Not after a generic word ("Overview of Threat Modelling", "Benefits of Cloud Computing"), no stop
    // word inside.
    // (and English names in a deck of a language that has no word "of": "ihres Supplier Code of Conduct"; Dutch "of"
    // is "or")
    const lang = opts.lang ?? 'en';
    const connected = (m: string, left: string, conn: string, right: string, more: string, at: number) => {
      if (lang !== 'en' && conn !== 'of') return m;
      const lw = left.split(' ');
      let lead = 0;
      while (lead < lw.length && isStop(lw[lead].toLowerCase())) lead++;
      // (there the name starts at its first English word: "Abdeckung Supplier Code of Conduct")
      if (lang !== 'en') while (lead < lw.length && !isEnglishWord(lw[lead].toLowerCase())) lead++;
      const named = lw.slice(lead);
      const rw = right.split(' ');
      // (no stop word nor place in the field past "and": "University of Oxford and Cambridge" is two)
      const mw = more.split(' ').slice(2);
      if (
        named.length === 0 ||
        [...named, ...rw].some((w) => isStop(w.toLowerCase())) ||
        (named.length === 1 && GENERIC_WORDS.has(named[0].toLowerCase())) ||
        (conn !== 'of' && !ORG_HEADS.has(named[named.length - 1].toLowerCase())) ||
        mw.some((w) => w !== 'the' && (isStop(w.toLowerCase()) || placeWord(w)))
      )
        return m;
      const skip = lw.slice(0, lead).reduce((n, w) => n + w.length + 1, 0);
      add(`${named.join(' ')} ${conn} ${right}${more}`, 'capitalised', b, {}, at + skip);
      return m.slice(0, skip) + ' '.repeat(m.length - skip);
    };
    if (b.layer !== 'title' && lang === 'en') text = text.replace(ORG_CONNECTED_NAME, connected);
    if (b.layer !== 'title' && (lang === 'en' || !OF_IS_A_WORD.has(lang)))
      text = text.replace(
        CONNECTED_NAME,
        (m: string, left: string, conn: string, right: string, at: number) =>
          connected(m, left, conn, right, '', at),
      );
    const connectedNames =
      b.layer === 'title'
        ? []
        : ROMANCE_NAMES.has(opts.lang ?? 'en')
          ? [ROMANCE_CONNECTED_NAME]
          : opts.lang === 'nl'
            ? DUTCH_CONNECTED_NAMES
            : opts.lang === 'de'
              ? [GERMAN_CONNECTED_NAME]
              : (opts.lang ?? 'en') === 'en'
                ? [FOREIGN_CONNECTED_NAME, INSTITUTION_WITH_AND]
                : [];
    for (const connectedName of connectedNames)
      text = text.replace(connectedName, (whole: string, left: string, at: number) => {
        // (an act's or a plan's year is its name's: "Legge di Bilancio 2025"; another name's is not, "Regione
        // Lombardia 2024")
        const lw = left.split(' ');
        const year = / (?:19|20)\d\d$/.exec(whole);
        const keepYear = year === null || ACT_OR_PLAN_HEAD.test(lw[0]);
        let m = keepYear ? whole : whole.slice(0, year.index);
        let rest = keepYear ? '' : year[0];
        // (a list of fields after the preposition is the name's when its words are the language's, no place, body or
        // person, nor after a place: "Marco Legal de Ciência, Tecnologia e Inovação"; "Banca d'Italia, Consob e
        // Ivass" and "Comunidad de Madrid, Cataluña y Andalucía" are lists of names, the first one whole)
        const comma = connectedName === ROMANCE_CONNECTED_NAME ? m.indexOf(', ') : -1;
        if (comma > 0) {
          const before = m.slice(0, comma).split(/[ '’]/).pop() ?? '';
          const listed = m
            .slice(comma + 2)
            .split(/[ ,]+/)
            .filter((w) => /^\p{Lu}/u.test(w));
          if (
            placeWord(before) ||
            listed.some(
              (w) =>
                placeWord(w) ||
                isGivenName(w) ||
                // (a prefix joined by a hyphen is no word of its own: "Pós-Graduação")
                !w
                  .split('-')
                  .every((x, i, all) => (i < all.length - 1 && x.length <= 4) || commonWord(x, lang)) ||
                PUBLIC_BODIES.has(w),
            )
          ) {
            m = m.slice(0, comma);
            rest = whole.slice(comma);
          }
        }
        // (not after an elided article before an acronym: "l'OWASP Standard de Vérification …" is the standard's)
        if (/['’]$/.test(text.slice(Math.max(0, at - 1), at)) && /^\p{Lu}{2,}$/u.test(lw[0])) return whole;
        // (a line's or a sentence's first word is capitalised anyway: there two words alone are no evidence, "Ports du
        // Moyen-Orient"; "Dirección de Sistemas de Información", "Esquema Nacional de Seguridad" are names; nor is a
        // generic word before "de" part of a name: "Ejemplos de Escenarios de Ataque")
        // (a name may be led by its article: "Le Courrier de l'Ouest", "La Banque d'Italia")
        // (an institution's "and" joins words, not two names: not after an acronym, "NIHR and European Commission",
        // nor before a place that names a body of its own, "Rivers Zone and Lismore City Council")
        if (connectedName === INSTITUTION_WITH_AND) {
          const first = m
            .slice(left.length)
            .replace(/^ (?:and|&) /, '')
            .split(' ')[0];
          if (
            lw.length > 2 ||
            lw.some((w) => /^\p{Lu}{2,}$/u.test(w)) ||
            isPlaceName(first) ||
            isCityName(first)
          )
            return whole;
        }
        const generic = (w: string) => GENERIC_WORDS.has(w) || GENERIC_WORDS.has(w.replace(/e?s$/, ''));
        if (
          lw.some(
            (w, k) =>
              isStop(w.toLowerCase()) &&
              !nameNoun(w) &&
              !(k === 0 && lw.length > 1 && /^(?:Le|La|El|Il|Lo|O|A)$/.test(w)),
          ) ||
          (lw.length === 1 && generic(lw[0].toLowerCase()))
        )
          return whole;
        // (Dutch, whose connectors are longer: one word at a line's start is no evidence either, "Omwonenden aan de
        // Lingedijk")
        if (
          (m.split(/[ '’]/).length === 3 || (opts.lang === 'nl' && lw.length === 1)) &&
          /(?:^|[\n.!?:;•▪–—-]\s*|\t)$/u.test(text.slice(Math.max(0, at - 3), at))
        )
          return whole;
        // (a system's or a product's acronym before its body's name is no part of it: "ReGiS del Ministero
        // dell'Economia e delle Finanze" is ReGiS, and the ministry)
        if (
          connectedName === ROMANCE_CONNECTED_NAME &&
          lw.length === 1 &&
          /^\p{Lu}[\p{L}\d]*\p{Lu}[\p{L}\d]*$/u.test(lw[0])
        ) {
          const after = m.slice(left.length);
          const lead =
            /^ (?:del|della|dello|delle|dei|degli|do|da|dos|das|du|des|de la|de los|de las) /u.exec(after);
          const body = lead ? after.slice(lead[0].length) : '';
          if (lead && keywordType(body) === 'ORGANIZATION') {
            add(body, 'capitalised', b, { romanceName: true }, at + left.length + lead[0].length);
            return left + ' '.repeat(after.length) + rest;
          }
        }
        // (an institution joined by "and" is an organisation: "Fire and Rescue Service")
        add(
          m,
          'capitalised',
          b,
          connectedName === INSTITUTION_WITH_AND && !/ (?:Fund|Survey)$/.test(m)
            ? { romanceName: true, typeHint: 'ORGANIZATION' }
            : { romanceName: true },
          at,
        );
        // (a Romance name after a contracted article inside a longer one is a name of its own: "Ministerio de
        // Sanidad" of "Nodo SNS del Ministerio de Sanidad"; one after the article a sentence starts with, "El
        // Ministerio de Sanidad", is folded into it at the end)
        if (ROMANCE_NAMES.has(opts.lang ?? 'en')) {
          const inner =
            / (?:del|della|dello|delle|dei|degli|do|da|dos|das|du|des|al|ao|au) (\p{Lu}\S* (?:\S+ )*?\p{Lu}\S*)$/u.exec(
              m,
            );
          // (a body's name, inside a name that is none: "Università degli Studi di Macerata", "Ley de Contratos del
          // Sector Público" are whole)
          if (
            inner !== null &&
            (!isStop(inner[1].split(' ')[0].toLowerCase()) || nameNoun(inner[1].split(' ')[0])) &&
            keywordType(inner[1]) === 'ORGANIZATION' &&
            !/^(?:ORGANIZATION|STANDARD)$/.test(keywordType(m) ?? '')
          )
            add(
              inner[1],
              'capitalised',
              b,
              { romanceName: true },
              at + inner.index + inner[0].length - inner[1].length,
            );
        }
        return ' '.repeat(m.length) + rest;
      });
    // "Verwaltungs- und Finanzausschuss": a compound sharing its head with the one before it is one name with it, its
    // head alone no name there (German: a noun, capitalised; Dutch either case, "Wet- en regelgeving")
    if (lang === 'de' || lang === 'nl')
      text = text.replace(SHARED_HEAD_COMPOUND, (whole: string, _first: string, last: string, at: number) => {
        if (lang === 'de' && !/^\p{Lu}/u.test(last)) return whole;
        // (two places are two names: "Noord- en Zuid-Holland" is no compound)
        if (isPlaceName(last) || isRegionName(last, true) || isCityName(last, true)) return whole;
        add(whole, 'ngram', b, {}, at);
        return ' '.repeat(whole.length);
      });
    // "the Living Well at Home programme": Title Case words a small word joins are one name where the deck writes it
    // twice or more and it is no two names (a person, a place, a month or a body after the small word, "Care Hub at
    // Royal Oak Hospital", "Scrutiny in November"), nor a sentence's opening words ("Welcome to Python")
    if (b.layer !== 'title' && lang === 'en')
      text = text.replace(
        SMALL_WORD_NAME,
        (whole: string, left: string, small: string, right: string, at: number) => {
          // (from after a sentence's article: "The Staying Well at Home budget")
          const all = left.split(' ');
          let lead = 0;
          while (lead < all.length - 1 && isStop(all[lead].toLowerCase())) lead++;
          const lw = all.slice(lead);
          const skip = all.slice(0, lead).reduce((n, w) => n + w.length + 1, 0);
          const name = whole.slice(skip);
          const rw = right.split(' ');
          if (
            isStop(lw[0].toLowerCase()) ||
            isStop(rw[0].toLowerCase()) ||
            (lw.length === 1 && GENERIC_WORDS.has(lw[0].toLowerCase())) ||
            isGivenName(rw[0]) ||
            // (a person before the small word, a product or a body after it: "Jane Walker to Confirm", "Data
            // Migration to Azure")
            isGivenName(lw[0]) ||
            // ("with" after an action's -ing form is a heading's: "Working with Partners", "Dealing with Failure")
            (small === 'with' && tagsOf(lw[0].toLowerCase())?.includes('VBG') === true) ||
            keywordType(right) !== null ||
            MONTH_OR_DAY.test(rw[0]) ||
            isPlaceName(right) ||
            isCityName(right) ||
            isRegionName(right) ||
            (lw.length === 1 &&
              /(?:^|[\n.!?:;•▪–—-]\s*|\t)$/u.test(text.slice(Math.max(0, at + skip - 3), at + skip)))
          )
            return whole;
          if (!writtenTwice(deckText, name)) return whole;
          add(name, 'capitalised', b, {}, at + skip);
          return whole.slice(0, skip) + ' '.repeat(name.length);
        },
      );
    // "Comitato Controllo e Rischi": capitalised words and a last one after "e" (a common word of the language, not a
    // place) are one name there, not "Comitato Controllo" and a word (in a title too when its line is written in
    // sentence case: "Informativa al Comitato Controllo e Rischi", not "Financiación y Licitaciones")
    if (AND_NAME_LANGS.has(lang))
      text = text.replace(ROMANCE_AND_NAME, (whole: string, left: string, right: string, at: number) => {
        if (b.layer === 'title') {
          const start = text.lastIndexOf('\n', at) + 1;
          const end = text.indexOf('\n', at + whole.length);
          const line =
            text.slice(start, at) + ' ' + text.slice(at + whole.length, end < 0 ? text.length : end);
          if (
            !(line.match(/(?<![\p{L}\p{N}'’-])\p{Ll}{4,}(?![\p{L}\p{N}'’-])/gu) ?? []).some((w) => !isStop(w))
          )
            return whole;
        }
        // (two words there only when they name no body of their own: "Business Unit Energia e Nuovi Servizi", not
        // "Guardia Costiera e Comando Generale")
        if (
          left.split(' ').some((w) => isStop(w.toLowerCase())) ||
          right
            .split(' ')
            .some(
              (w) =>
                (isStop(w.toLowerCase()) && !NAME_ADJECTIVES.has(w.toLowerCase())) ||
                !commonWord(w, lang) ||
                placeWord(w) ||
                isGivenName(w),
            ) ||
          (right.includes(' ') && (keywordType(right) === 'ORGANIZATION' || isPlaceName(right))) ||
          // (nor a body or a unit of its own on either side: "Polizia Locale e Carabinieri", "Recursos Humanos y
          // Finanzas")
          BODY_OR_UNIT.test(right) ||
          BODY_OR_UNIT.test(left) ||
          PUBLIC_BODIES.has(right)
        )
          return whole;
        add(whole, 'capitalised', b, { romanceName: true }, at);
        return ' '.repeat(whole.length);
      });
    if (joinedRe && joined.size > 0 && b.layer !== 'title')
      for (const m of joinedIn(text)) {
        if (joined.has(m[0].toLowerCase())) {
          add(m[0], 'ngram', b, {}, m.index);
          const c = cands.get(conceptKey(m[0]));
          if (c) {
            c.contSeen = (c.contSeen ?? 0) + 1;
            const next = romanceNext(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
            if (next !== null) (c.nextForms ??= new Map()).set(next, (c.nextForms.get(next) ?? 0) + 1);
            const prev = /(?<![\p{L}\p{N}’'-])(\p{L}{3,}) $/u.exec(
              text.slice(Math.max(0, m.index - 40), m.index),
            )?.[1];
            if (
              prev !== undefined &&
              !ROMANCE_FUNCTION.test(prev.toLowerCase()) &&
              !docVerbs.has(prev.toLowerCase())
            )
              (c.prevForms ??= new Map()).set(prev, (c.prevForms.get(prev) ?? 0) + 1);
          }
        }
        const w0 = wordBefore(text, m.index);
        if (w0 !== null && joined3.has(`${w0.toLowerCase()} ${m[0].toLowerCase()}`))
          add(`${w0} ${m[0]}`, 'ngram', b, {}, m.index - w0.length - 1);
      }
    for (const l of leadJoins[bi] ?? [])
      if (!joined.has(l.surface.toLowerCase()) && text.slice(l.at, l.at + l.surface.length) === l.surface)
        add(l.surface, 'ngram', b, {}, l.at);
    const toks = tokens(text, opts.lang, particles, wholeNames);
    // acronyms (not in shouted, mostly upper-case blocks, where every word looks like one)
    const letters = text.replace(/[^\p{L}]/gu, '');
    const shouting = letters.length > 12 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.6;
    // (two acronyms the deck expands together are one, "EU ETS", read as a phrase below; not each of them)
    const pairAt = new Set<number>();
    if (!shouting)
      for (let i = 0; i + 1 < toks.length; i++)
        if (
          text.slice(toks[i].end, toks[i + 1].start) === ' ' &&
          /^[A-Z][A-Za-z0-9&]{1,9} [A-Z][A-Z0-9&]{1,5}$/.test(`${toks[i].text} ${toks[i + 1].text}`) &&
          acronyms.has(acronymKey(`${toks[i].text} ${toks[i + 1].text}`))
        )
          pairAt.add(i).add(i + 1);
    for (const [ti, t] of (shouting ? [] : toks).entries()) {
      if (
        !pairAt.has(ti) &&
        (isAcronym(t.text) || mixedLearned.has(t.text)) &&
        !ACRONYM_STOP.has(t.text) &&
        !/^[A-Z]\d{1,2}$/.test(t.text) &&
        // (a reporting period: "FY26", "CY2025")
        !/^(?:FY|CY)\d{2,4}$/.test(t.text) &&
        !shoutedWord(t.text) &&
        // (nor is a country's code before its currency's sign: "US$ 2.4m")
        !/^\$/.test(text.slice(t.end, t.end + 1)) &&
        // (nor a half of a Spanish plural's abbreviation, each letter doubled: "CC. AA.", "EE. UU.", "RR. HH.")
        !(
          /^([A-Z])\1$/.test(t.text) &&
          text[t.end] === '.' &&
          (/^\.[ \u00a0]?([A-Z])\1\./.test(text.slice(t.end, t.end + 5)) ||
            /([A-Z])\1\.[ \u00a0]?$/.test(text.slice(Math.max(0, t.start - 5), t.start)))
        ) &&
        // (a model's letters after its number: "737 MAX 8" has no acronym "MAX")
        !(
          ti > 0 &&
          models.has(`${toks[ti - 1].text} ${t.text}`) &&
          text.slice(toks[ti - 1].end, t.start) === ' '
        )
      ) {
        const exp = acronyms.get(acronymKey(t.text));
        if (!exp && lowerWords.has(t.text.toLowerCase()) && isWord(t.text.toLowerCase())) continue;
        // (a legal form after a company's name is the name's: "SpA" of "Getnet Chile SpA")
        if (
          !exp &&
          ti > 0 &&
          LEGAL_TOKEN.test(t.text) &&
          AFTER_CAPITALISED.test(text.slice(Math.max(0, t.start - 40), t.start))
        )
          continue;
        // (a unit after its number, "16 MVA", "1,2 MVA", "11 kV": no acronym; nor the French tax mark after an amount,
        // "1,4 M€ HT", "38 000 € TTC")
        if (
          !exp &&
          ti > 0 &&
          ((UNITS.test(t.text) && /^\d+(?:[.,]\d+)*$/.test(toks[ti - 1].text)) ||
            (/^(?:HT|TTC|HTVA)$/.test(t.text) &&
              /€\s*$/u.test(text.slice(Math.max(0, t.start - 4), t.start))))
        )
          continue;
        // (the issuer's code in an act's number is no mention of it: "(EU) 2016/679", "Regolamento (UE) 2022/2554",
        // "Verordnung (EG) Nr. 1907/2006")
        if (!exp && text[t.start - 1] === '(' && ACT_NUMBER_AFTER_CODE.test(text.slice(t.end, t.end + 20)))
          continue;
        // (nor is a code at an end of a range of codes: "RF01–RF18", "WP2-WP5" bound a series, they name no thing)
        if (
          !exp &&
          /^\p{Lu}{1,4}\d{1,4}$/u.test(t.text) &&
          (/^[ \u00a0]*[–—-][ \u00a0]*\p{Lu}{1,4}\d/u.test(text.slice(t.end, t.end + 12)) ||
            /\p{Lu}{1,4}\d{1,4}[ \u00a0]*[–—-][ \u00a0]*$/u.test(
              text.slice(Math.max(0, t.start - 12), t.start),
            ))
        )
          continue;
        add(t.text, 'acronym', b, exp ? { expansion: exp } : {});
        // (an acronym cited with an article's number is an act's: see Candidate.actCue; not one before its own number,
        // a numbered act's, "art. 47 DL 77/2021")
        if (
          (ACT_CUE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start)) ||
            ACT_CUE_AFTER.test(text.slice(t.end, t.end + 40))) &&
          !/^[ \u00a0]+(?:n\.?[º°]?[ \u00a0]*)?\d/u.test(text.slice(t.end, t.end + 8))
        ) {
          const c = cands.get(acronymKey(t.text).toLowerCase());
          if (c) c.actCue = (c.actCue ?? 0) + 1;
        }
        // (a body by what it does or has done to it: "approved by the HIQA", "junto da ANPG", "Het DB vraagt"; not
        // the acronym of the words before it, "Advisory Circular AC 120-54A")
        const before = text.slice(Math.max(0, t.start - 60), t.start);
        if (
          (AGENT_CUE_BEFORE.test(before) ||
            AGENT_CUE_BEFORE_DE.test(before) ||
            AGENT_CUE_AFTER.test(text.slice(t.end, t.end + 40))) &&
          !spelledBefore(before, t.text)
        ) {
          const c = cands.get(acronymKey(t.text).toLowerCase());
          if (c) c.agentCue = (c.agentCue ?? 0) + 1;
        }
        // (a code of two letters with a capitalised word beside it, outside titles: "CH" of "CH EPR" and "CH:XUA", "UK"
        // of "Innovate UK"; see select's countryCodeAlone)
        if (t.text.length === 2 && b.layer !== 'title') {
          const c = cands.get(t.text.toLowerCase());
          const left = LEFT_NEIGHBOUR.exec(text.slice(Math.max(0, t.start - 40), t.start));
          if (
            c &&
            ((left !== null && !SENTENCE_ARTICLES.has(left[1].toLowerCase())) ||
              CODE_RIGHT.test(text.slice(t.start + 2, t.start + 42)))
          )
            c.codeInName = (c.codeInName ?? 0) + 1;
        }
      }
    }
    // runs of non-stop-word tokens separated only by spaces or hyphens
    let run: Tok[] = [];
    const flush = () => {
      if (run.length > 0) emitRun(run, text, b, add, opts.lang ?? 'en');
      run = [];
    };
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      const gap = i > 0 ? text.slice(toks[i - 1].end, t.start) : '';
      // "Logging & Monitoring" stays one phrase; any other punctuation ends it, and so does a tab (it separates a
      // table's cells or a line's columns: "First Name<tab>Last Name", "Components<tab>App")
      // (three spaces or more align columns as a tab does: "2009-1-1        Total")
      // (and so does "Kelvin–Planck statement", "Navier–Stokes equations": two names joined by an en dash name one
      // thing; not a range, "Monday–Friday", "March–May")
      const eponyms =
        gap === '–' &&
        run.length > 0 &&
        /^\p{Lu}\p{Ll}{2,}$/u.test(run[run.length - 1].text) &&
        /^\p{Lu}\p{Ll}{2,}$/u.test(t.text) &&
        ![run[run.length - 1].text, t.text].some(calendarWord);
      if (
        i > 0 &&
        !eponyms &&
        (t.joined || !/^[ \u00a0]{1,2}$/.test(gap)) &&
        !(/^[ \u00a0]*&[ \u00a0]*$/.test(gap) && /^\p{Lu}/u.test(t.text))
      )
        flush();
      // (a revision's number after a name of two words or more is none of its words: "GVP Module IX Rev 1",
      // "Procedure QP-07 Rev. 3"; "AMP Rev 18" names the plan's revision)
      else if (
        run.length >= 2 &&
        /^(?:Rev|Revision)$/.test(t.text) &&
        i + 1 < toks.length &&
        /^\d{1,3}$/.test(toks[i + 1].text) &&
        /^\.?[ \u00a0]$/.test(text.slice(t.end, toks[i + 1].start))
      )
        flush();
      const lower = t.text.toLowerCase();
      const next = i + 1 < toks.length ? toks[i + 1] : undefined;
      // a number continues a capitalised name ("OWASP Top 10", "Windows 11") but never starts a phrase
      // (not a share or an amount: "Challenger Gini 73%", "Series A 12 M€")
      // (and so does a section's letter: "EDML Section A (York – Thirsk)", "Series B funding"; not a word's first
      // letter in Title Case, "Build A Better World")
      const letterInName =
        /^[A-Z]$/.test(t.text) &&
        run.length > 0 &&
        /^\p{Lu}\p{Ll}/u.test(run[run.length - 1].text) &&
        /^[ \u00a0]$/.test(gap) &&
        !/^[ \u00a0]+\p{Lu}/u.test(text.slice(t.end, t.end + 3));
      const numberInName =
        /^\d{1,4}$/.test(t.text) &&
        run.length > 0 &&
        /^\p{Lu}/u.test(run[run.length - 1].text) &&
        // (nor a date: "Juni 2025", "March 12"; nor an amount: "USD 4.6")
        !calendarWord(run[run.length - 1].text) &&
        !CURRENCIES.test(run[run.length - 1].text) &&
        !/^\s?(?:%|‰|[kKmMbB€$£]\b|pp\b|bps\b|[.,]\d)/u.test(text.slice(t.end, t.end + 4));
      // (and a model's number starts its name before its letters, as the deck writes them after the maker's name:
      // "737 MAX 8"; not a unit, a currency or a year: "Plant 250 MW", "Price 120 USD", "Annual 2024 AGM")
      const modelLead =
        models.size > 0 &&
        next !== undefined &&
        models.has(`${t.text} ${next.text}`) &&
        text.slice(t.end, next.start) === ' ' &&
        !/^(?:1[5-9]|20)\d\d$/.test(t.text) &&
        !UNITS.test(next.text) &&
        !CURRENCIES.test(next.text);
      // a French verb with an inverted pronoun ("Suis-je", "peut-on", "doit-il") ends a phrase too
      const inverted = /-(?:je|tu|il|elle|on|nous|vous|ils|elles)$/.test(lower);
      // French negates an adjective inside a term: "références directes non sécurisées", "renvois non validés"
      const negation =
        opts.lang === 'fr' &&
        lower === 'non' &&
        run.length > 0 &&
        i + 1 < toks.length &&
        /^[ \t\u00a0]+$/.test(text.slice(t.end, toks[i + 1].start)) &&
        !isStop(toks[i + 1].text.toLowerCase());
      // "Key Vault", "Key Performance Indicator", "Public Key Infrastructure": "key" as a name's noun, written in Title
      // Case before another capitalised word (in lower case, "key findings" evaluates, and "key" stays a stop word)
      const keyNoun =
        t.text === 'Key' &&
        i + 1 < toks.length &&
        /^[ \u00a0]$/.test(text.slice(t.end, toks[i + 1].start)) &&
        /^\p{Lu}\p{Ll}/u.test(toks[i + 1].text) &&
        !isStop(toks[i + 1].text.toLowerCase());
      // "Insecure Direct Object References", "Security Background Checks": a heading word the stop list holds (for
      // slides titled "References") ends or continues a Title Case name in running text, and in a title after two
      // words of the name ("2013-A4 – Insecure Direct Object References"; "Project Background" heads a slide)
      const headNoun =
        HEADING_STOPS.has(lower) &&
        /^\p{Lu}\p{Ll}/u.test(t.text) &&
        run.length > (b.layer === 'title' ? 1 : 0) &&
        /^\p{Lu}/u.test(run[run.length - 1].text) &&
        /^[ \u00a0]$/.test(text.slice(run[run.length - 1].end, t.start));
      // "IT Strategy Committee", "US Treasury", "UN Global Compact", "all'AI Act", "EU Taxonomy" in a Portuguese deck: an
      // acronym whose letters spell a stop word ("it", "us", "un", "ai", "eu") leads the capitalised name after it
      // (the acronyms that collide so, not any word in capitals: "Meet OUR Team", "40 MW Freiflächenanlage")
      const capsLead =
        CAPS_STOP_ACRONYMS.test(t.text) &&
        isStop(lower) &&
        !shouting &&
        next !== undefined &&
        /^[ \u00a0]$/.test(text.slice(t.end, next.start)) &&
        /^\p{Lu}\p{Ll}/u.test(next.text) &&
        !isStop(next.text.toLowerCase());
      // "Fondos Next Generation EU", "il principio Do No Significant Harm": in another language's deck, an English stop
      // word that is none of that language (nor an article), capitalised before a capitalised English word and
      // another capitalised word, leads an English name
      const englishLead =
        extraStop !== null &&
        STOPWORDS.has(lower) &&
        !/^(?:the|a|an)$/.test(lower) &&
        !extraStop.has(lower) &&
        !otherFunctionWord(lower, opts.lang ?? 'en') &&
        /^\p{Lu}\p{Ll}/u.test(t.text) &&
        next !== undefined &&
        /^[ \u00a0]$/.test(text.slice(t.end, next.start)) &&
        /^\p{Lu}\p{Ll}/u.test(next.text) &&
        !isStop(next.text.toLowerCase()) &&
        isEnglishWord(next.text.toLowerCase()) &&
        !commonWord(next.text.toLowerCase(), opts.lang ?? 'en') &&
        // (a name of three words at least: "Use Cases", "Best Practices" in a German deck are loanwords, no names)
        i + 2 < toks.length &&
        /^[ \u00a0]$/.test(text.slice(next.end, toks[i + 2].start)) &&
        /^\p{Lu}/u.test(toks[i + 2].text);
      // "joined Every Reader Rises", "the First Forward Scholars Program": in English running text, a stop word
      // capitalised inside a sentence (after a word in small letters or an article, or inside such a run: "Prairie Ridge
      // High School") before capitalised words, one of the next three no stop word, leads their name (not in a line in
      // Title Case, where every word is capitalised: "Why Every Reader Matters"; nor an article or a joining word:
      // "Minister for the Environment")
      const capitalStop = (k: number) =>
        k < toks.length &&
        /^\p{Lu}\p{Ll}/u.test(toks[k].text) &&
        /^[ \u00a0]$/.test(text.slice(toks[k - 1].end, toks[k].start));
      // (capitalised words right after token k, one of the next three no stop word)
      const nameAhead = (k: number) => {
        for (let n = k + 1; n <= k + 3 && capitalStop(n); n++)
          if (!isStop(toks[n].text.toLowerCase())) return true;
        return false;
      };
      const stopLead =
        (opts.lang ?? 'en') === 'en' &&
        b.layer !== 'title' &&
        STOPWORDS.has(lower) &&
        !/^(?:the|a|an|and|or|nor|but|of|for|to|in|on|at|by|with|from|as|into|than|via)$/.test(lower) &&
        /^\p{Lu}\p{Ll}/u.test(t.text) &&
        (run.length > 0
          ? /^[ \u00a0]$/.test(text.slice(run[run.length - 1].end, t.start))
          : /(?<![\p{L}\p{N}'’-])(?:\p{Ll}[\p{Ll}'’-]*|The|An?)[ \u00a0]$/u.test(
              text.slice(Math.max(0, t.start - 30), t.start),
            )) &&
        nameAhead(i) &&
        !titleCaseLine(text, t.start);
      // "Gruppo Operativo PEI-AGRI", "Direzione Generale", "Conselho Fiscal": a noun the stop list holds, capitalised
      // beside a capitalised word, is a name's (see STOP_LIST_NOUNS)
      const stopNoun =
        nameNoun(t.text) &&
        ((next !== undefined &&
          /^[ \u00a0]$/.test(text.slice(t.end, next.start)) &&
          /^\p{Lu}/u.test(next.text) &&
          !isStop(next.text.toLowerCase())) ||
          // (after one only where the two name a body or an office: "Direzione Generale", "Secretario General"; not a
          // heading's "Visão Geral", "Objetivo Geral")
          (run.length > 0 &&
            /^\p{Lu}/u.test(run[run.length - 1].text) &&
            /^[ \u00a0]$/.test(text.slice(run[run.length - 1].end, t.start)) &&
            /^(?:ORGANIZATION|ROLE)$/.test(keywordType(`${run[run.length - 1].text} ${t.text}`) ?? '')));
      // "Borgo Nuovo", "Villa Nueva", "Pont Neuf": an adjective the stop list holds, capitalised after a capitalised
      // word, is part of its name
      const nameAdjective =
        NAME_ADJECTIVES.has(lower) &&
        /^\p{Lu}\p{Ll}/u.test(t.text) &&
        run.length > 0 &&
        /^\p{Lu}\p{Ll}/u.test(run[run.length - 1].text) &&
        /^[ \u00a0]$/.test(text.slice(run[run.length - 1].end, t.start));
      // "Lean Six Sigma", "Six Sigma": a spelled-out number in Title Case before a capitalised word the lexicon does
      // not know is inside a name; "Twelve Services" and "twelve services" count things, and "Top Ten" ranks them
      const numberWordInName =
        NUMBER_WORDS.has(lower) &&
        /^\p{Lu}\p{Ll}/u.test(t.text) &&
        next !== undefined &&
        /^[ \u00a0]$/.test(text.slice(t.end, next.start)) &&
        /^\p{Lu}/u.test(next.text) &&
        !isStop(next.text.toLowerCase()) &&
        tagsOf(next.text.toLowerCase()) === null &&
        !(run.length > 0 && /^top$/i.test(run[run.length - 1].text));
      // "a One Stop Shop", "the One Health approach": "One" capitalised inside a sentence before two capitalised words
      // leads their name ("One. Two." and "One of the …" count)
      const oneInName =
        t.text === 'One' &&
        /\p{Ll}[ \u00a0]$/u.test(text.slice(Math.max(0, t.start - 2), t.start)) &&
        i + 2 < toks.length &&
        /^[ \u00a0]$/.test(text.slice(t.end, toks[i + 1].start)) &&
        /^[ \u00a0-]$/.test(text.slice(toks[i + 1].end, toks[i + 2].start)) &&
        /^\p{Lu}\p{Ll}/u.test(toks[i + 1].text) &&
        /^\p{Lu}\p{Ll}/u.test(toks[i + 2].text) &&
        !isStop(toks[i + 1].text.toLowerCase());
      // "the Second Law", "the First Amendment", "the Third Reich": an ordinal capitalised after "the" and before a
      // capitalised word starts a name ("the second step", "First, …" count)
      const ordinalInName =
        ORDINALS.has(lower) &&
        /^\p{Lu}\p{Ll}/u.test(t.text) &&
        /(?:^|[^\p{L}])the[ \u00a0]$/u.test(text.slice(Math.max(0, t.start - 5), t.start)) &&
        next !== undefined &&
        /^[ \u00a0]$/.test(text.slice(t.end, next.start)) &&
        /^\p{Lu}\p{Ll}/u.test(next.text) &&
        !isStop(next.text.toLowerCase());
      // "Kinosew Lake First Nation", "Six Nations": "First" between a capitalised name and "Nation(s)" is the nation's
      const firstNation =
        t.text === 'First' &&
        run.length > 0 &&
        /^\p{Lu}/u.test(run[run.length - 1].text) &&
        next !== undefined &&
        /^Nations?$/.test(next.text) &&
        /^[ \u00a0]$/.test(text.slice(t.end, next.start));
      // "Anouk de Vries", "Pieter van den Berg", "Raad van State", "Van Oord", "Fatima El Amrani": a name's particles
      // between capitalised words in Dutch, whose nouns are in lower case (in German after a given name only:
      // "Ursula von der Leyen"; "Analyse der Daten" is two nouns)
      const particleAt = (k: number) => k < toks.length && NAME_PARTICLE.test(toks[k].text);
      let after = i + 1;
      while (particleAt(after) && /^[ \u00a0]$/.test(text.slice(toks[after - 1].end, toks[after].start)))
        after++;
      const nameParticle =
        (opts.lang === 'nl' || opts.lang === 'de') &&
        particleAt(i) &&
        after < toks.length &&
        /^[ \u00a0]$/.test(text.slice(toks[after - 1].end, toks[after].start)) &&
        /^\p{Lu}\p{Ll}/u.test(toks[after].text) &&
        !isStop(toks[after].text.toLowerCase()) &&
        (opts.lang === 'nl'
          ? /^\p{Lu}/u.test(t.text) ||
            (run.length > 0 &&
              /^\p{Lu}/u.test(run[run.length - 1].text) &&
              /^[ \u00a0]$/.test(text.slice(run[run.length - 1].end, t.start)))
          : run.length > 0 &&
            isGivenName(run[run.length - 1].text) &&
            /^[ \u00a0]$/.test(text.slice(run[run.length - 1].end, t.start)));
      // "Beit Al Hikma", "Dar Al Arkan", "Al Jazeera" after a word: the Arabic article, capitalised between
      // capitalised words, is inside their name (not in a Romance deck, where "Al" joins words: "Acceso Al Sistema")
      const arabicArticle =
        !ROMANCE_NAMES.has(opts.lang ?? 'en') &&
        /^(?:Al|El)$/.test(t.text) &&
        run.length > 0 &&
        /^\p{Lu}\p{Ll}/u.test(run[run.length - 1].text) &&
        /^[ \u00a0]$/.test(text.slice(run[run.length - 1].end, t.start)) &&
        next !== undefined &&
        /^[ \u00a0]$/.test(text.slice(t.end, next.start)) &&
        /^\p{Lu}\p{Ll}/u.test(next.text) &&
        !isStop(next.text.toLowerCase());
      // "Los Angeles", "Las Vegas", "El Paso", "De Beers", "Al Jazeera": a Romance (or the Arabic) article capitalised
      // before a capitalised word starts a name in English text (its stop words hold the articles for the Romance
      // decks)
      // (and in a Romance text, after a word in lower case: "la newsletter quotidienne Le Réveil", "el diario El País")
      const nameArticle =
        ((opts.lang ?? 'en') === 'en'
          ? /^(?:Los|Las|El|La|Le|Les|Del|De|Da|Di|Du|Des|Dos|Al)$/.test(t.text)
          : ROMANCE_NAMES.has(opts.lang ?? 'en') &&
            ROMANCE_ARTICLE_IN_NAME.test(t.text) &&
            /\p{Ll}[ \u00a0]$/u.test(text.slice(Math.max(0, t.start - 2), t.start))) &&
        next !== undefined &&
        /^[ \u00a0]$/.test(text.slice(t.end, next.start)) &&
        /^\p{Lu}\p{Ll}/u.test(next.text) &&
        !isStop(next.text.toLowerCase());
      // "New York", "New Delhi", "São Paulo", "Novo Hamburgo": a stop word that leads a place's name, capitalised
      // before a name ("New" mid-sentence and before a word the English lexicon has as a name or not at all: "New
      // Features" is a heading; "São" anywhere, which as a verb comes before lower-case words)
      const placeLead =
        next !== undefined &&
        /^[ \u00a0]$/.test(text.slice(t.end, next.start)) &&
        /^\p{Lu}\p{Ll}/u.test(next.text) &&
        !isStop(next.text.toLowerCase()) &&
        ((t.text === 'São' && opts.lang === 'pt') ||
          (((t.text === 'New' && (opts.lang ?? 'en') === 'en') ||
            (/^Nov[ao]$/.test(t.text) && opts.lang === 'pt')) &&
            b.layer !== 'title' &&
            !LINE_START.test(lineBefore(text, t.start)) &&
            !/[.!?:;|–—]\s*$/.test(lineBefore(text, t.start)) &&
            (tagsOf(next.text.toLowerCase()) ?? ['NNP']).every((x) => x === 'NNP' || x === 'NNPS')) ||
          // (or anywhere, before the words of a place the lists know: "New South Wales", "New Zealand", "Nueva York")
          (/^(?:New|Nueva|Nuevo|Nouvelle|Nouveau|Nuova|Nuovo|Nova|Novo)$/.test(t.text) &&
            [1, 2, 3].some((n) => {
              const words = toks.slice(i + 1, i + 1 + n);
              if (
                words.length < n ||
                words.some(
                  (w, k) =>
                    !/^\p{Lu}/u.test(w.text) ||
                    (k > 0 && !/^[ \u00a0]$/.test(text.slice(words[k - 1].end, w.start))),
                )
              )
                return false;
              const name = `${t.text} ${words.map((w) => w.text).join(' ')}`;
              return isPlaceName(name) || isCityName(name) || isRegionName(name);
            })));
      if (
        !numberInName &&
        !letterInName &&
        !modelLead &&
        !placeLead &&
        !numberWordInName &&
        !oneInName &&
        !nameArticle &&
        !arabicArticle &&
        !nameParticle &&
        !ordinalInName &&
        !firstNation &&
        !negation &&
        !keyNoun &&
        !headNoun &&
        !stopNoun &&
        !capsLead &&
        !englishLead &&
        !stopLead &&
        !nameAdjective &&
        (isStop(lower) ||
          inverted ||
          // (a month before its day or year is a date's: "Started Oct 2024", "Go-Live Juni 2025")
          (calendarWord(t.text) &&
            next !== undefined &&
            /^\d{1,4}$/.test(next.text) &&
            /^[ \u00a0]$/.test(text.slice(t.end, next.start))) ||
          /^\d+(?:[.,]\d+)*%?$/.test(t.text) ||
          t.text.length > 40 ||
          // (a unit after its number: "the 150 mg arm" has no term "mg arm")
          (UNITS.test(t.text) &&
            i > 0 &&
            /^\d+(?:[.,]\d+)*$/.test(toks[i - 1].text) &&
            /^[ \u00a0]$/.test(gap)))
      ) {
        flush();
        continue;
      }
      // (a name led by its article starts there: "newsletter quotidienne | Le Réveil")
      if (nameArticle && run.length > 0 && /^\p{Ll}/u.test(run[run.length - 1].text)) flush();
      run.push(t);
      if (t.ends) flush();
    }
    flush();
  }
  // Chinese and Japanese terms inside the runs the tokens above read whole (see cjkTerms), new candidates only (a
  // candidate already, a whole run or a title, keeps the count it had)
  {
    const known = new Set(cands.keys());
    for (const t of cjkTerms(cleaned, opts.lang ?? 'en'))
      if (!known.has(conceptKey(t.surface)))
        add(t.surface, 'ngram', blocks[t.block], { unspaced: true }, t.at);
  }
  // a phrase as the counts below compare it (lower case, one space), and the most a count gives any form of a candidate
  const lowForm = (x: string) => x.toLowerCase().replace(/\s+/g, ' ');
  const mostOf = (c: Candidate, counts: Map<string, number>) =>
    Math.max(0, ...[...c.surfaces.keys()].map((f) => counts.get(lowForm(f)) ?? 0));
  // how often an agenda's echoes of the titles hold a phrase (a heading listed on the agenda is still a heading)
  if (echoLines.length > 0)
    for (const c of cands.values()) {
      const forms = [...c.surfaces.keys()].map((f) => ` ${lowForm(f)} `);
      const n = echoLines.filter((l) => forms.some((f) => l.includes(f))).length;
      if (n > 0) c.agendaHits = n;
    }
  // how often a phrase is inside a catalogue's repeated label: a short line of a slide's text written alike on four
  // slides or more ("Ejemplos de escenarios de ataque", "Примеры сценариев атак", "Dış Kaynaklar" heading the boxes of
  // each risk of a Top 10): a box's heading, no term (a table's cells are not read here: a risk table's
  // "Explotabilidad" is a rating factor)
  const labelSlides = new Map<string, Set<number>>();
  // (a line of a box with more lines: a box of one line repeated is a running header, "9.2 线性群体 —— 9.2.4 栈类",
  // whose words name the slides' topic; nor a line with a number, a section's)
  blocks.forEach((b, i) => {
    if (b.layer !== 'body' || !cleaned[i]) return;
    const lines = cleaned[i].split('\n').filter((l) => l.trim());
    if (lines.length < 2) return;
    for (const l of lines) {
      const k = lowForm(l.trim());
      if (k.length > 60 || k.split(' ').length > 6 || /\d/.test(k)) continue;
      if (!labelSlides.has(k)) labelSlides.set(k, new Set());
      labelSlides.get(k)!.add(b.slideIndex);
    }
  });
  const labels = [...labelSlides]
    .filter(([, at]) => at.size >= 4)
    .map(([k, at]) => [` ${k} `, at.size] as const);
  if (labels.length > 0)
    for (const c of cands.values()) {
      const forms = [...c.surfaces.keys()].map((f) => ` ${lowForm(f)} `);
      const n = labels.reduce((sum, [l, at]) => sum + (forms.some((f) => l.includes(f)) ? at : 0), 0);
      if (n > 0) c.labelHits = n;
    }
  // how often a word is an author's surname in a reference ("Nelms, Charlie (2011)", "Littlejohn, S.W. and Jabusch,
  // D.M.", "(Littlejohn and Jabusch, 1987)", "Fowler et al."): a source, no subject of the deck
  const cited = new Map<string, number>();
  for (const b of blocks)
    for (const m of b.text.matchAll(CITED_AUTHOR)) {
      const k = lowForm(m[1]);
      cited.set(k, (cited.get(k) ?? 0) + 1);
    }
  // (and two authors joined before a year: "Ongaro & Ousterhout (2014)", "(Ongaro & Ousterhout 2014)")
  for (const b of blocks)
    for (const m of b.text.matchAll(CITED_PAIR))
      for (const k of [lowForm(m[0]), ...lowForm(m[0]).split(/ (?:&|and|und|et|y|e) /)])
        cited.set(k, (cited.get(k) ?? 0) + 1);
  if (cited.size > 0)
    for (const c of cands.values()) {
      // (and with the year glued on: "Hollis & Brandvold 2019", "Brandvold 2019")
      const forms = [...c.surfaces.keys()].map((f) => f.replace(/[ \u00a0](?:19|20)\d\d[a-z]?$/u, ''));
      if (c.key.includes(' ') && !forms.some((f) => !/\s/.test(f) || CITED_PAIR_NAME.test(f))) continue;
      const n = Math.max(0, ...forms.map((f) => cited.get(lowForm(f)) ?? 0));
      if (n > 0) c.citedHits = n;
    }
  // how often a phrase is one label of a chart's long axis (eight categories or more: the countries of an OECD
  // comparison, "Mexico, Turkey, Greece, …"): a value the chart plots, no subject of the deck
  const axisLabels = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.layer !== 'chart' || !cleaned[i]) return;
    const lines = cleaned[i].split('\n').map((l) => l.trim());
    const cats = new Set<string>();
    for (const l of lines) {
      const parts = l.split(/\s*,\s+/);
      if (parts.length >= 8) for (const x of parts) cats.add(x);
    }
    // (a chart read as one category a line after its title and its series)
    if (lines.length >= 10) for (const l of lines.slice(1)) cats.add(l);
    for (const x of cats) {
      const k = lowForm(x);
      if (k) axisLabels.set(k, (axisLabels.get(k) ?? 0) + 1);
    }
  });
  if (axisLabels.size > 0)
    for (const c of cands.values()) {
      const n = mostOf(c, axisLabels);
      if (n > 0) c.axisHits = n;
    }
  // how often a phrase is a whole cell of a table's first row (a unit in brackets after it is no part of it: "Net loss
  // (£m)")
  const headerCells = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.layer !== 'table' || !cleaned[i]) return;
    // (a row of three cells at least: a pair is a label and its value, "Tide Risk | Moderate Impact")
    const first = cleaned[i].split('\n')[0].split('\t');
    if (first.length < 3) return;
    for (const cell of first) {
      const k = lowForm(cell.replace(/\s*\([^()]*\)\s*$/, '').trim());
      if (k) headerCells.set(k, (headerCells.get(k) ?? 0) + 1);
    }
  });
  if (headerCells.size > 0)
    for (const c of cands.values()) {
      const n = mostOf(c, headerCells);
      if (n > 0) c.headerHits = n;
    }
  // how often a title's words recur as written (a title phrase split by connectors is counted once as a candidate)
  const lowered = cleaned.map((t) => t.toLowerCase().replace(/\s+/g, ' '));
  for (const c of cands.values())
    if (c.kind === 'title' && c.key.includes(' ')) {
      const forms = [...c.surfaces.keys()].map((f) => f.toLowerCase().replace(/\s+/g, ' '));
      c.textHits = lowered.filter((t) => forms.some((f) => t.includes(f))).length;
    }
  // (and whether the body writes each of a title's words in lower case: a heading of the deck's common words)
  const bodyLower = new Set<string>();
  blocks.forEach((b, i) => {
    if (b.layer !== 'title' && cleaned[i]) {
      for (const m of cleaned[i].matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{Ll}'’-]*(?![\p{L}\p{N}])/gu))
        bodyLower.add(m[0]);
      // (outside English and German, a line in sentence case writes its first word capitalised only as the line's:
      // "Marco regulatorio" on the agenda is the title "Marco Regulatorio" in common words)
      if (opts.lang !== undefined && opts.lang !== 'en' && opts.lang !== 'de')
        for (const m of cleaned[i].matchAll(
          /(?:^|\n)[ \t]*(\p{Lu}\p{Ll}+)(?= \p{Ll}[\p{Ll}'’-]*(?:$|[\s,.;:]))/gmu,
        ))
          bodyLower.add(m[1].toLowerCase());
    }
  });
  const fw = functionWords(opts.lang ?? 'en');
  for (const c of cands.values())
    if ((c.kind === 'title' || (c.titleExact ?? 0) > 0) && c.key.includes(' ')) {
      const words = [...c.surfaces.entries()]
        .sort((a, b) => b[1] - a[1])[0][0]
        .split(/[\s'’]+/)
        .filter((w) => !fw.has(w.toLowerCase()) && !/^(?:19|20)\d\d$/.test(w));
      const common = words.filter((w) => /^\p{L}/u.test(w) && bodyLower.has(w.toLowerCase())).length;
      c.titleCommon = words.length > 0 && common === words.length;
      c.titleCommonShare = words.length > 0 ? common / words.length : 0;
    }
  // clause fragments: a phrase whose last word the document uses as a verb
  const verbs = docVerbs;
  if (verbs.size > 0)
    for (const c of cands.values()) {
      if (c.kind === 'acronym' || c.kind === 'pattern') continue;
      const surface = [...c.surfaces.entries()].sort((a, b) => b[1] - a[1])[0][0];
      // (a person's name is no clause: "Yann Le Corre" holds no verb "corre")
      const written = surface.split(/\s+/);
      if (
        written.length >= 2 &&
        isGivenName(written[0]) &&
        written.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w))
      )
        continue;
      const words = surface.toLowerCase().split(/\s+/);
      // Spanish and French verbs stand anywhere in a clause ("aplicación utiliza datos", "utiliza datos",
      // "l’application utilise des données"): any word the document uses as a verb makes a clause there; English
      // nouns and verbs share too many forms ("access control") for more than the last word
      // (not a joining preposition: "respuesta a incidentes", "a" before "los" is no verb)
      const inner =
        opts.lang === 'es' || opts.lang === 'fr' ? words.filter((w) => !isStop(w)) : words.slice(-1);
      if (inner.some((w) => verbs.has(w))) c.verbEnd = true;
    }
  // clause fragments by the lexicon's word classes (English):
  // - a word that is a verb's third person and nothing else inside the phrase ("Attacker sends attack", "employee
  //   receives honest feedback"; first or last, "Downloads folder", "git commits" are nouns the lexicon lacks);
  // - a verb's base form and nothing else first, where the deck also puts it in a verb's slot and never in a noun's
  //   ("must contain sufficient information"; "Email security", "Churn rate" with no verb use stay, "the zoom
  //   effects" makes "zoom" a noun, "Secure Coding" and "access control" start with nouns or adjectives too);
  // - a past form and nothing else last ("Request sent"; first it is an adjective: "encrypted data");
  // - an adjective or adverb and nothing else after a verb's form ("enforcing proper"; "carbon neutral", "Days
  //   sales outstanding" are terms), or adjectives and adverbs only ("comprehensive educational").
  // - an adjective and nothing else, or a verb's -ing form and nothing else, after a plural noun: a predicate without
  //   its verb ("Context switches expensive", "charges totaling"; "Days sales outstanding", "accounts payable" are
  //   terms: adjectives that follow their noun).
  // Names in Title Case are left alone ("Unvalidated Redirects and Forwards"), and so is a first word the deck
  // capitalises mid-sentence (a product: "Yammer site").
  if ((opts.lang ?? 'en') === 'en') {
    const verb = slots.verb;
    const noun = new Set(slots.noun);
    // (a quantifier puts a noun after it too: "Put all zoom effects on …")
    for (const t of cleaned)
      for (const m of t
        .toLowerCase()
        .matchAll(/(?<![\p{L}])(?:all|both|many|several|few|most|such|other)\s+(\p{L}+)/gu))
        noun.add(m[1]);
    for (const c of cands.values()) {
      if (c.kind === 'acronym' || c.kind === 'pattern' || c.kind === 'expansion') continue;
      const surface = [...c.surfaces.entries()].sort((a, b) => b[1] - a[1])[0][0];
      const ws = surface.split(/\s+/);
      if (ws.length < 2) continue;
      const first = ws[0].toLowerCase();
      const last = ws[ws.length - 1];
      // a phrase that names by a verb ("called presentation layer", "known as…") or asks ("Please input"), and,
      // even in Title Case, a verb's -ing form then an adjective at the end: a span cut before its noun ("A4 –
      // Avoiding Insecure | Direct Object References")
      if (
        ASKING.has(first) ||
        (NAMING.has(first) && /^\p{Ll}/u.test(ws[0])) ||
        (verbOnlyTag(ws[0]) === 'VBG' && modifierOnly(last) && !noun.has(last.toLowerCase()))
      ) {
        c.lexClause = true;
        continue;
      }
      if (ws.every((x) => /^[\p{Lu}\d]/u.test(x) || isStop(x))) continue;
      if (
        ws.slice(1, -1).some((x) => thirdPersonOnly(x)) ||
        (baseVerbOnly(first) &&
          verb.has(first) &&
          !noun.has(first) &&
          !((cands.get(first)?.midCap ?? 0) > 0 && /^\p{Lu}/u.test(ws[0]))) ||
        ws.every((x) => modifierOnly(x)) ||
        // (an instruction's verb and an adjective, cut before the noun: "Reject unknown configuration keys")
        (ws.length === 2 &&
          baseVerbOnly(first) &&
          /^\p{Ll}/u.test(last) &&
          /^JJ/.test(tagsOf(last)?.[0] ?? '')) ||
        (/^\p{Ll}/u.test(last) &&
          (pastOnly(last) ||
            (modifierOnly(last) && /^(?:VBG|VB|VBP)$/.test(verbOnlyTag(ws[ws.length - 2]))) ||
            predicateAfterPlural(ws)))
      )
        c.lexClause = true;
    }
  }
  // a place or a thing named like a person: "in Costa Rica", "Monte Carlo simulation" (a preposition of place
  // before it, or a noun after it, anywhere in the deck); select types only the others as bare people's names
  // (only names of that shape are looked for, each by plain string search: this runs on every document)
  for (const c of cands.values()) {
    if (c.kind === 'acronym' || c.kind === 'pattern' || c.typeHint) continue;
    const surface = [...c.surfaces.entries()].sort((a, b) => b[1] - a[1])[0][0];
    if (!bareName(surface)) continue;
    for (const t of cleaned) {
      for (let at = t.indexOf(surface); at >= 0 && !c.thingLike; at = t.indexOf(surface, at + 1)) {
        const before = /(\p{L}+)[ \u00a0]+$/u.exec(t.slice(Math.max(0, at - 20), at))?.[1];
        const after = /^[ \u00a0]+(\p{Ll}+)/u.exec(
          t.slice(at + surface.length, at + surface.length + 30),
        )?.[1];
        if (
          (before !== undefined &&
            /^(?:in|near|across|throughout|within|outside|around|visit|visiting)$/i.test(before)) ||
          (after !== undefined && nounOnly(after))
        )
          c.thingLike = true;
      }
      if (c.thingLike) break;
    }
  }
  // a title or phrase that names an action on a name the deck uses by itself ("Launching Nimbus Sync 2.0",
  // "Securing AKS": a versioned name or an acronym) is about that name: the name is the concept ("Using Components
  // with Known Vulnerabilities" names no other candidate, "Reading Informational Text" a domain, and they stay)
  for (const c of cands.values()) {
    if (c.kind === 'acronym' || c.kind === 'expansion' || c.typeHint) continue;
    const ws = [...c.surfaces.entries()].sort((a, b) => b[1] - a[1])[0][0].split(/\s+/);
    // (a name capitalised mid-sentence is no heading: "the Streaming API 2.0")
    if (ws.length < 2 || !/^\p{Lu}\p{Ll}{2,}ing$/u.test(ws[0]) || c.midCap > 0) continue;
    const rest = ws.slice(1).join(' ');
    const r = cands.get(conceptKey(rest));
    if (
      r &&
      r !== c &&
      [...r.slides].some((s) => !c.slides.has(s)) &&
      (/\d/.test(rest) || r.kind === 'acronym')
    )
      c.actionOn = true;
  }
  // a deck's title that names an action on a thing for, at or to a name ("Launching Usage-Based Pricing for
  // Fieldnote", "Migrating Event Sourcing to Contoso Cloud") is about the thing: the thing is a concept, the title and
  // the action are not (the verb's -ing form is that first, so "Marketing Strategy for Acme" stays)
  for (const b of blocks) {
    if (b.layer !== 'title' || b.slideIndex !== firstSlide) continue;
    const m =
      /^\s*(\p{Lu}\p{Ll}+ing) (\p{Lu}.*?) (?:for|at|to|across|in) \p{Lu}[\p{L}\p{N}.-]*(?: \p{Lu}[\p{L}\p{N}.-]*)*\s*$/u.exec(
        b.text,
      );
    if (!m || tagsOf(m[1].toLowerCase())?.[0] !== 'VBG') continue;
    const object = cands.get(conceptKey(m[2]));
    if (!object) continue;
    object.leadNP = (object.leadNP ?? 0) + 1;
    for (const k of [b.text, `${m[1]} ${m[2]}`]) {
      const c = cands.get(conceptKey(k.trim()));
      if (c && c !== object) c.actionOn = true;
    }
  }
  for (const [key, acr] of glosses(blocks, isStop)) {
    const c = cands.get(key);
    if (c && !c.acronym && !initialsMatch([...c.surfaces.keys()][0] ?? key, acr)) c.gloss = acr;
  }
  // (a name written only in acknowledgements is no concept: marked for the selection's terms written once)
  for (const n of thanked) {
    const c = cands.get(conceptKey(n));
    if (c) c.thanked = true;
  }
  for (const c of cands.values()) if (c.inThanks !== undefined && c.inThanks >= c.count) c.thanked = true;
  // German: the noun a line leads with, after a label and an article ("Ausschussquote von 3,5 % …", "Linie 3:
  // Zustandsüberwachung der Spindeln")
  if (opts.lang === 'de')
    blocks.forEach((b, i) => {
      if (!cleaned[i] || (b.layer !== 'body' && b.layer !== 'table')) return;
      for (const line of cleaned[i].split('\n')) {
        const m = GERMAN_LEAD.exec(line.replace(/^\s*(?:[-–•▪*]\s*)?[^:\n]{1,40}:\s*(?=\S)/u, ''));
        // (an adverb or a participle leading a sentence is no noun: "Schätzungsweise", "Wahrgenommen")
        const c =
          m &&
          !/(?:weise|ge(?:nommen|geben|macht|worden|sehen|stellt|führt|setzt|legt|halten|funden|zeigt))$/i.test(
            m[1],
          )
            ? cands.get(conceptKey(m[1]))
            : undefined;
        if (c) c.leadNP = (c.leadNP ?? 0) + 1;
      }
    });
  // Polish, Czech, Slovak, Bulgarian, Greek, Hindi, Bengali, Indonesian, Hungarian, Finnish, which have no lead rules
  // of their own: a line's first two or three words, after an article, up to a function word, a number or the line's
  // end ("Gospodarka magazynowa z obsługą…", "Rekam medis elektronik terintegrasi untuk…", "A komissiózási hibaarány
  // 2,4 százalék")
  const leadRun = LEAD_RUN[opts.lang ?? 'en'];
  // (not on a slide of next steps, whose lines lead with actions: "Schválenie projektu predstavenstvom")
  const actionSlides = new Set(
    blocks
      .filter((b) => b.layer === 'title' && ACTION_HEADING.test(stripDiacritics(b.text.trim().toLowerCase())))
      .map((b) => b.slideIndex),
  );
  if (leadRun)
    blocks.forEach((b, i) => {
      if (!cleaned[i] || (b.layer !== 'body' && b.layer !== 'table') || actionSlides.has(b.slideIndex))
        return;
      for (const line of cleaned[i].split('\n')) {
        const toks = /^\s*(?:[-–•▪*]\s*)?(.*)$/su
          .exec(line)![1]
          .split(/[ \u00a0]+/)
          .slice(0, 6);
        let k = 0;
        while (k < toks.length && leadRun.article?.test(toks[k]) === true) k++;
        const ws: string[] = [];
        let ended = false;
        for (; k < toks.length; k++) {
          const w = toks[k];
          // (an acronym is no function word: "Kapacita interního IT týmu" is not cut at "IT")
          const word =
            /^\p{L}[\p{L}\p{M}-]*$/u.test(w) && !(isStop(w.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(w));
          if (!word || leadRun.cut?.test(w.toLowerCase()) === true) {
            // (Polish "się" follows its verb: "Planowanie produkcji odbywa się…")
            if (w.toLowerCase() === 'się') ws.pop();
            ended = true;
            break;
          }
          ws.push(w);
          if (ws.length > 3) break;
        }
        if (!ended && k < toks.length) continue;
        // (a Hungarian head possessed by the phrase before it names an action or a part of it: "komissiózási hibák
        // csökkentése", "raktári dolgozók fluktuációja")
        if (ws.length > 0 && leadRun.possessed?.test(ws[ws.length - 1].toLowerCase()) === true) ws.pop();
        if (
          ws.length < 2 ||
          ws.length > 3 ||
          ws.some((w) => GENERIC_WORDS.has(w.toLowerCase())) ||
          leadRun.last?.test(ws[ws.length - 1].toLowerCase()) === true
        )
          continue;
        const c = cands.get(conceptKey(ws.join(' ')));
        if (c) c.leadNP = (c.leadNP ?? 0) + 1;
      }
    });
  if ((opts.lang ?? 'en') === 'en')
    blocks.forEach((b, i) => {
      if (!cleaned[i] || (b.layer !== 'body' && b.layer !== 'table' && b.layer !== 'title')) return;
      // (a field's value is written as a name is, "Sensor partner: Bosch": one capitalised mid-sentence)
      for (const line of cleaned[i].split('\n')) {
        const colon = line.indexOf(':');
        // (a label of a few words: "Scalable, yes: Scalable" is no field)
        if (colon <= 0 || /[,;.!?]/.test(line.slice(0, colon)) || !nameValue(line.slice(colon))) continue;
        // (the whole name, as long as the deck has it: "Cabot Shipping Ltd", not "Cabot")
        const value = /^:\s*(\p{Lu}[\p{L}'’&-]*(?:[ \u00a0]+\p{Lu}[\p{L}'’&.-]*){0,3})/u.exec(
          line.slice(colon),
        )?.[1];
        const ws = value?.split(/[ \u00a0]+/) ?? [];
        for (let n = ws.length; n >= 1; n--) {
          const v = cands.get(conceptKey(ws.slice(0, n).join(' ')));
          if (v) {
            v.midCap++;
            break;
          }
        }
      }
      for (const np of leadNounPhrases(cleaned[i], b.layer === 'body' && actionSlides.has(b.slideIndex))) {
        const c = np === null ? undefined : cands.get(conceptKey(np));
        if (c) c.leadNP = (c.leadNP ?? 0) + 1;
      }
    });
  leadJoins.forEach((list, i) => {
    for (const l of list) {
      const c = cands.get(conceptKey(l.surface));
      if (c) c.leadNP = (c.leadNP ?? 0) + 1;
    }
    // (and a label of two or three words before a colon: "Licences SaaS : 120 k€", "Recette utilisateur :"; or a
    // noun and its adjective before a function word or a number: "Panier moyen en hausse", "Margen bruto del 32 %")
    for (const line of cleaned[i].split('\n')) {
      const labelled = line.includes(':') ? /^\s*(?:[-–•▪*]\s*)?([^:\n]{3,60}?)\s*(?=:)/u.exec(line) : null;
      // (not a field whose value is a name: "Sensor partner: Bosch")
      if (labelled && (opts.lang ?? 'en') === 'en' && nameValue(line.slice(labelled[0].length))) continue;
      const label =
        // (the colon looked for first: the lazy pattern costs more than the rest of the line's checks)
        labelled?.[1] ?? ROMANCE_PAIR[opts.lang ?? 'en']?.exec(afterInfinitive(line, opts.lang ?? 'en'))?.[1];
      const ws = label?.split(/\s+/) ?? [];
      if (
        ws.length < 2 ||
        ws.length > 3 ||
        ws.some(
          (w) =>
            !/^\p{L}[\p{L}'’-]*$/u.test(w) ||
            isStop(w.toLowerCase()) ||
            docVerbs.has(w.toLowerCase()) ||
            infinitive(w.toLowerCase(), opts.lang ?? 'en'),
        ) ||
        // (a subject and its verb: "Los médicos pierden 2 horas", "Os clientes preferem …")
        pluralVerb(ws[ws.length - 1].toLowerCase(), opts.lang ?? 'en') ||
        // (a thing and its state, a closing slide's line: "Documentación disponible", "Documentazione completa")
        AVAILABLE.test(ws[ws.length - 1].toLowerCase())
      )
        continue;
      const c = cands.get(conceptKey(label!));
      if (c) c.leadNP = (c.leadNP ?? 0) + 1;
    }
  });
  for (const [acr, exp] of acronyms) {
    let c = cands.get(conceptKey(exp));
    if (!c) {
      // the expansion sat inside a longer run ("MITRE Common Weakness Enumeration (CWE)"): count where it occurs
      const hit = blocks.filter((b) => !b.boilerplate && b.text.includes(exp));
      if (hit.length === 0) continue;
      c = {
        key: conceptKey(exp),
        kind: 'expansion',
        surfaces: new Map([[exp, hit.length]]),
        slides: new Set(hit.map((b) => b.slideIndex)),
        count: hit.length,
        score: hit.length * KIND_WEIGHT.expansion,
        lower: 0,
        midCap: 0,
      };
      cands.set(c.key, c);
    }
    c.kind = 'expansion';
    c.acronym = acr;
    // (an acronym of two, "EU ETS", was read as a phrase)
    const pair = acr.includes(' ') ? cands.get(conceptKey(acr)) : undefined;
    if (pair) {
      pair.kind = 'acronym';
      pair.expansion = exp;
    }
  }
  // (a Romance phrase written each time with the same word after it, or before it, is a piece of the longer phrase,
  // which is the candidate: "cuidados de saúde" of "cuidados de saúde primários", "atividade de hospital" of
  // "atividade de hospital de dia", "médio de espera" of "tempo médio de espera")
  for (const c of [...cands.values()]) {
    const seen = c.contSeen ?? 0;
    if (seen < 2 || seen < c.count - (c.titleHits ?? 0)) continue;
    const unanimous = (m?: Map<string, number>) => {
      const byKey = new Map<string, [string, number]>();
      for (const [f, n] of m ?? []) {
        const k = f.toLowerCase();
        const e = byKey.get(k);
        byKey.set(k, e ? [e[1] >= n ? e[0] : f, e[1] + n] : [f, n]);
      }
      for (const [f, n] of byKey.values()) if (n >= seen) return f;
      return null;
    };
    const next = unanimous(c.nextForms);
    const prev = next === null ? unanimous(c.prevForms) : null;
    if (next === null && prev === null) continue;
    const surface = [...c.surfaces].sort((a, b) => b[1] - a[1])[0][0];
    const ext =
      next !== null
        ? `${surface} ${next}`
        : `${prev} ${/^\p{Lu}\p{Ll}/u.test(surface) ? surface[0].toLowerCase() + surface.slice(1) : surface}`;
    const key = conceptKey(ext);
    const have = cands.get(key);
    if (have) {
      have.count = Math.max(have.count, c.count);
      for (const x of c.slides) have.slides.add(x);
    } else
      cands.set(key, {
        key,
        kind: 'ngram',
        surfaces: new Map([[ext, c.count]]),
        slides: new Set(c.slides),
        count: c.count,
        score: c.score * 1.2,
        lower: c.lower,
        midCap: 0,
        ...(c.leadNP ? { leadNP: c.leadNP } : {}),
      });
    c.cutPhrase = true;
  }
  sameContinuation(cands, deckText, people, isStop);
  seriesHead(cands, deckText, opts.lang ?? 'en');
  for (const c of cands.values())
    if (labelled.has(c.key) && (coded.has(c.key) || (c.agendaHits ?? 0) === 0)) c.labelled = true;
  // the kind of thing a table's column or a list's heading says its names are ("Entidad", "Supplier", "Gemeente")
  for (const [k, type] of listedTypes(blocks)) {
    const c = cands.get(k);
    if (c) c.listedType = type;
  }
  // a body named after its place is a place's cue too ("Comune di Vallerana", "Ayuntamiento de Lorca", "Gemeente
  // Dalwijk": the name read whole holds the place's word)
  for (const c of cands.values()) {
    const m = PLACE_BODY_KEY.exec(c.key);
    // (or its first word, when the deck writes the place's name without what follows: "Pradaglio" of "Comune di
    // Pradaglio Langhe")
    const place = m ? (cands.get(m[1]) ?? cands.get(m[1].split(' ')[0])) : undefined;
    if (place && place !== c) place.placeCue = (place.placeCue ?? 0) + c.count;
  }
  // a Romance name led by an article that the deck writes without it too is that name: the article was the
  // sentence's, "Il Museo della Carta conserva …" beside "del Museo della Carta" ("Le Courrier de l'Ouest" stays)
  for (const c of [...cands.values()]) {
    const article = c.romanceName ? /^(?:le|la|el|il|lo|o|a|los|las|les|gli|os|as) /.exec(c.key) : null;
    const bare = article ? cands.get(c.key.slice(article[0].length)) : undefined;
    if (!bare || bare.count === 0 || !bare.romanceName) continue;
    for (const [sf, n] of c.surfaces) {
      const rest = sf.replace(/^\S+\s+/, '');
      bare.surfaces.set(rest, (bare.surfaces.get(rest) ?? 0) + n);
    }
    for (const x of c.slides) bare.slides.add(x);
    bare.count += c.count;
    bare.score += c.score;
    cands.delete(c.key);
  }
  if ((opts.lang ?? 'en') === 'en') numberedLabels(cands);
  for (const [k, n] of sectionTitles) {
    const c = cands.get(k);
    if (c) c.sectionTitle = n;
  }
  referenceAuthors(cands, deckText);
  initialledAuthors(cands, deckText);
  // (a footer repeated on each slide names the deck's organisation as often: "Harlan Creek School District 14 | …")
  initialsTypes(
    cands,
    [deckText, ...new Set(blocks.filter((b) => b.boilerplate).map((b) => b.text))].join('\n'),
  );
  return cands;
}

/** A reference's author, the surname first in capitals, then the given names ("BECK, Kent.", "SILVA, Ana Maria;"). */
const REFERENCE_AUTHOR =
  /(?<![\p{L}\p{N}])(\p{Lu}{2,}(?:[- ]\p{Lu}{2,})?),[ \t]+(\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)?)(?=[.;,])/gu;
/**
 * A reference that writes its author's surname first in capitals ("BECK, Kent. TDD …", "FOWLER, Martin. UML
 * Essencial", the style of Brazil's ABNT and of many European theses): the surname and the given name alone are
 * pieces of the person the deck names whole elsewhere ("Kent Beck", "Martin Fowler"), that person's mentions.
 */
function referenceAuthors(cands: Map<string, Candidate>, text: string): void {
  for (const m of text.matchAll(REFERENCE_AUTHOR)) {
    const surname = m[1]
      .toLowerCase()
      .replace(/(^|[- ])(\p{L})/gu, (_, sep: string, l: string) => sep + l.toUpperCase());
    const full = cands.get(conceptKey(`${m[2]} ${surname}`));
    if (!full || full.count === 0) continue;
    // (the reference is one mention of the person; its pieces' other mentions are inside the whole name)
    full.count++;
    for (const k of new Set([conceptKey(m[2]), conceptKey(m[1])])) {
      const piece = cands.get(k);
      if (!piece || piece === full || piece.key.includes(' ') || piece.expansion) continue;
      for (const x of piece.slides) full.slides.add(x);
      cands.delete(k);
    }
  }
}

/**
 * A reference's author as medicine and the sciences write one, the surname then the initials ("Ferrandis L, Quiroga M,
 * Giménez P (2024).", "Lin TY, Goyal P."): first on a line or after an author before it.
 */
const INITIALLED_AUTHOR =
  /(?:^|(?<=\p{Lu}{1,3}, ))(\p{Lu}[\p{Ll}'’]+(?:[- ]\p{Lu}[\p{Ll}'’]+)?) (\p{Lu}{1,3})(?=,|\.|;| \(| et al\.?| &| and )/gmu;
/**
 * "Ferrandis L" of "Ferrandis L, Quiroga M (2024)" is a mention of "Lucía Ferrandis" when the deck names one person of
 * that surname and initial: the reference counts for the person, and its form is no name of its own (as
 * referenceAuthors does for "BECK, Kent.").
 */
function initialledAuthors(cands: Map<string, Candidate>, text: string): void {
  let people: Candidate[] | null = null;
  for (const m of text.matchAll(INITIALLED_AUTHOR)) {
    people ??= [...cands.values()].filter(
      (c) => c.typeHint === 'PERSON' || [...c.surfaces.keys()].some((x) => bareName(x)),
    );
    const surname = conceptKey(m[1]);
    const full = people.filter(
      (c) =>
        c.count > 0 &&
        c.key.endsWith(` ${surname}`) &&
        c.key.split(' ').length >= 2 &&
        c.key[0] === conceptKey(m[2][0]),
    );
    if (full.length !== 1) continue;
    full[0].count++;
    const piece = cands.get(conceptKey(`${m[1]} ${m[2]}`));
    if (piece && piece !== full[0] && !piece.expansion) cands.delete(piece.key);
  }
}

/** The small words a name's initials skip ("Unidade Local de Saúde" → ULS, "Bank of England" → BE). */
const INITIALS_SKIP =
  'of|for|and|the|on|in|at|to|&|de|du|des|la|le|les|el|los|las|da|do|dos|das|di|del|della|dei|degli|van|der|den|für|und';
/** A run of capitalised words with the small joining words between them, on one line. */
const CAPITALISED_RUN = new RegExp(
  `\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+(?:(?:${INITIALS_SKIP})[ \\t]+)*\\p{Lu}[\\p{L}'’-]*)+`,
  'gu',
);
/**
 * An acronym the deck never spells out in brackets and a name it writes elsewhere with those initials ("HCSD" and
 * "Harlan Creek School District 14", "KCU" and "Kingsford Coast University"): the acronym takes the name's type, when
 * the deck's names of three capitalised words or more with those initials all tell one (by their keywords or their
 * head; a name of no type tells nothing, "Executive Summary Combined"), in the deck's text and its footers. The acronym
 * is not merged with the name: the link is the reader's guess, not the deck's word.
 */
function initialsTypes(cands: Map<string, Candidate>, text: string): void {
  const wanted = new Map<string, Candidate[]>();
  for (const c of cands.values()) {
    if (c.kind !== 'acronym' || c.expansion !== undefined || c.count === 0) continue;
    const acr = [...c.surfaces.keys()].find((s) => /^[A-Z]{3,6}$/.test(s));
    if (acr) wanted.set(acr, [...(wanted.get(acr) ?? []), c]);
  }
  if (wanted.size === 0) return;
  const skip = new RegExp(`^(?:${INITIALS_SKIP})$`);
  const types = new Map<string, Set<ConceptType>>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/[ \t]+/);
    const caps = words.flatMap((w, k) => (skip.test(w) ? [] : [k]));
    for (let i = 0; i < caps.length; i++)
      for (let j = i + 2; j < caps.length && j < i + 8; j++) {
        const initials = caps
          .slice(i, j + 1)
          .map((k) => stripDiacritics(words[k][0]))
          .join('');
        if (!wanted.has(initials)) continue;
        const type = guessType(words.slice(caps[i], caps[j] + 1).join(' '));
        if (type === 'ENTITY') continue;
        types.set(initials, (types.get(initials) ?? new Set()).add(type));
      }
  }
  for (const [acr, cs] of wanted) {
    const t = types.get(acr);
    if (t?.size === 1) for (const c of cs) c.initialsType = [...t][0];
  }
}

/**
 * Words a language puts before a verb (subject pronouns, modals, negation) or right after one (determiners of its
 * object), and before a noun (determiners). A word seen in a verb's slot and never in a noun's is a verb there.
 */
const VERB_SLOTS: Record<string, { before: Set<string>; after: Set<string>; noun: Set<string> }> = {
  en: {
    before: new Set(
      "we they you i he she it can cannot can't will won't would should must may might could don't doesn't didn't".split(
        ' ',
      ),
    ),
    after: new Set('the a an their our your its his her them us him this these those'.split(' ')),
    noun: new Set(
      'the a an this that these those our your their its his her my each every any some no of'.split(' '),
    ),
  },
  fr: {
    before: new Set('il elle on ils elles qui ne je nous vous cela ceci ça se'.split(' ')),
    after: new Set('le la les un une leur son sa ses ce cette ces'.split(' ')),
    noun: new Set(
      // ("leur" is left out: before a verb it is a pronoun, "l’OWASP leur recommande de …")
      'le la les un une du des au aux de ce cette ces son sa ses leurs notre votre nos vos mon ma mes chaque'.split(
        ' ',
      ),
    ),
  },
  es: {
    before: new Set('yo tú él ella nosotros ellos ellas se no que puede pueden debe deben'.split(' ')),
    after: new Set('el la los las un una unos unas su sus este esta estos estas'.split(' ')),
    noun: new Set('el la los las un una unos unas del al de su sus este esta estos estas cada'.split(' ')),
  },
};
const ELIDED = /^(?:[ldnsjc]|qu)['’]/;
const NOMINAL =
  /(?:ing|ment|tion|sion|ness|ity|ité|ance|ence|ism|isme|ist|iste|ship|ure|age|ics|eur|ung|heit|keit)$/;

/** Words of the document that fill a verb's slot and never a noun's (per VERB_SLOTS of its language). */
export function verbWords(texts: string[], lang: string): Set<string> {
  return verbsOf(wordSlots(texts, lang));
}

function verbsOf({ verb, noun }: { verb: Set<string>; noun: Set<string> }): Set<string> {
  const out = new Set<string>();
  // gerunds and nominal suffixes make nouns whatever slot they fill ("testing the application", "management")
  // (a number is no verb: "OWASP Top 10 la …" puts "10" before an article)
  for (const w of verb) if (!noun.has(w) && !NOMINAL.test(w) && /\p{L}/u.test(w)) out.add(w);
  return out;
}

/** The words of the document seen in a verb's slot and in a noun's (per VERB_SLOTS of its language). */
function wordSlots(texts: string[], lang: string): { verb: Set<string>; noun: Set<string> } {
  const slots = VERB_SLOTS[lang];
  const verb = new Set<string>();
  const noun = new Set<string>();
  if (!slots) return { verb, noun };
  for (const t of texts)
    for (const line of t.toLowerCase().split(/[\n.;:!?•()]+/)) {
      const raw = line.split(/[\s,"“”«»]+/).filter(Boolean);
      let prev = '';
      for (let i = 0; i < raw.length; i++) {
        let w = raw[i];
        const el = ELIDED.exec(w);
        if (el) {
          // "l’application", "d’accès": an elided determiner or preposition, a noun follows; "n’utilise", "s’exécute": a verb
          w = w.slice(el[0].length);
          if (/^[ns]/.test(el[0])) verb.add(w);
          else noun.add(w);
        } else {
          if (slots.before.has(prev)) verb.add(w);
          if (slots.noun.has(prev)) noun.add(w);
        }
        const next = raw[i + 1];
        // (not before a rate: "40 tickets a day", "37 hours a week", "two days a week")
        const rate =
          next === 'a' &&
          /^(?:day|week|month|year|hour|minute|quarter|session|time)s?$/.test(raw[i + 2] ?? '');
        if (next && !rate && (slots.after.has(next) || (lang === 'fr' && /^l['’]/.test(next)))) verb.add(w);
        prev = w;
      }
    }
  return { verb, noun };
}

/**
 * Lines that name an acronym with a phrase whose initials need not match: "A8 – Falsification de requête intersite
 * (CSRF)" as a whole line or a table's whole cell, or a title line followed by a line "(CSRF)". Returns phrase key → acronym, kept only
 * when every such line gives the phrase the same acronym.
 */
export function glosses(blocks: BlockInput[], isStop: (w: string) => boolean): Map<string, string> {
  const found = new Map<string, string | null>();
  const note = (phrase: string, acr: string) => {
    const t = phrase.replace(LIST_LABEL, '').replace(/\s+/g, ' ').trim();
    const words = t.split(' ');
    if (
      words.length < 2 ||
      words.length > 6 ||
      /[,.;:!?"“”«»()]/.test(t) ||
      !/^\p{Lu}/u.test(t) ||
      isStop(words[words.length - 1].toLowerCase())
    )
      return;
    const key = conceptKey(t);
    const prev = found.get(key);
    found.set(key, prev === undefined || prev === acr ? acr : null);
  };
  for (const b of blocks) {
    if (b.boilerplate) continue;
    // (a table's cell is a line of its own: "Finale investeringsbeslissing (FID)\tRaad van bestuur"; there a name
    // of words only, and an acronym of letters only: "Go-live CBPR+ (SWIFT)" says where, "Instant Payments (SIC5)"
    // which system)
    const lines = b.text.split('\n').map((l) => l.trim());
    const cells =
      b.layer === 'table'
        ? lines.flatMap((l) => (l.includes('\t') ? l.split('\t').map((x) => x.trim()) : []))
        : [];
    for (const cell of cells) {
      const m = /^(.*\S)\s*\(([A-Z][A-Z&]{1,9})\)$/.exec(cell);
      if (m && isAcronym(m[2]) && !/(?:^|\s)\p{Lu}{2,}/u.test(m[1])) note(m[1], m[2]);
    }
    lines.forEach((l, i) => {
      const m = /^(.*\S)\s*\(([A-Z][A-Z0-9&]{1,9})\)$/.exec(l);
      if (m && isAcronym(m[2])) note(m[1], m[2]);
      const alone = /^\(([A-Z][A-Z0-9&]{1,9})\)$/.exec(l);
      if (alone && b.layer === 'title' && i > 0 && isAcronym(alone[1])) note(lines[i - 1], alone[1]);
    });
  }
  // a title line followed by its "(ACR)" line may sit in two title blocks of one slide
  const titles = blocks.filter((b) => b.layer === 'title' && !b.boilerplate);
  titles.forEach((b, i) => {
    const next = titles[i + 1];
    const alone =
      next && next.slideIndex === b.slideIndex ? /^\s*\(([A-Z][A-Z0-9&]{1,9})\)\s*$/.exec(next.text) : null;
    if (alone && isAcronym(alone[1])) note(b.text.trim().split('\n').pop() ?? '', alone[1]);
  });
  const out = new Map<string, string>();
  for (const [k, a] of found) if (a) out.set(k, a);
  return out;
}

/**
 * A title's lines, and the lines a layout wrapped a name over joined again ("A10:2017- ⏎ Insufficient ⏎ Logging &
 * Monitoring", "Using Components ⏎ with Known Vulnerabilities"): two or three consecutive lines (list labels left
 * out) are one more line when the document writes the joined words on one line elsewhere.
 */
function titleLines(text: string, normed: () => string): string[] {
  const lines = text.split('\n');
  const parts = lines
    .map((l) => l.replace(/\s+/g, ' ').trim().replace(LIST_LABEL, '').trim())
    .filter(Boolean);
  if (parts.length < 2) return lines;
  const elsewhere: string[] = [];
  for (let i = 0; i < parts.length - 1; i++)
    for (let n = 2; n <= 3 && i + n <= parts.length; n++) {
      const joined = parts.slice(i, i + n).join(' ');
      if (joined.split(' ').length > 7) continue;
      // on one line: the title's own block holds its lines apart, so a hit is another block's line
      if (normed().includes(joined.toLowerCase())) elsewhere.push(joined);
    }
  return [...lines, ...elsewhere];
}

/**
 * A slide title that is itself a term: 1–6 words (5 in English), no question, starting and ending with a content
 * word, only connectors between ("Zoom to Area", "Stored Cryptography", "Exposition de données sensibles"); in
 * English every content word capitalised (Title Case), elsewhere sentence case is normal. List labels are dropped.
 */
export function titlePhrase(line: string, lang: string, isStop: (w: string) => boolean): string | null {
  const t = line
    .replace(/\s+/g, ' ')
    .trim()
    .replace(LIST_LABEL, '')
    // "The College Board": a leading article is no part of the name
    .replace(/^(?:The|An?|Les?|La|L['’]|Der|Die|Das|El|Los|Las)\s+(?=\p{Lu})/u, '')
    .replace(/^L['’](?=\p{Lu})/u, '')
    // "XML External Entities (XXE)": the acronym in brackets glosses the title (see glosses)
    .replace(/\s*\([A-Z][A-Z0-9&]{1,9}\)$/, '')
    .replace(/[\s:.]+$/, '')
    .trim();
  if (!t || /[?!…;,"“”„«»()]/.test(t) || t.length > 80) return null;
  const words = t.split(' ');
  if (words.length > (lang === 'en' ? 5 : 7)) return null;
  const content = (w: string) =>
    /^[\p{L}\p{N}][\p{L}\p{N}'’+#&/.-]*$/u.test(w) &&
    !isStop(w.toLowerCase()) &&
    !CONNECTORS.has(w.toLowerCase());
  // a gerund the stop list holds may lead a longer name ("Using Components with Known Vulnerabilities"; and its
  // noun in the Romance languages before "de": "Uso de Componentes con Vulnerabilidades Conocidas")
  const gerundLead =
    (lang === 'en' && words.length >= 3 && /^(?:Using|Having|Being|Making|Getting)$/.test(words[0])) ||
    (ROMANCE_NAMES.has(lang) &&
      words.length >= 3 &&
      /^Uso$/.test(words[0]) &&
      /^(?:de|del|di|do|da)$/.test(words[1]));
  // (a Romance title holds its prepositions: "… con Vulnerabilidades Conocidas", "… avec des vulnérabilités connues")
  const connector = (w: string) =>
    CONNECTORS.has(w.toLowerCase()) || (ROMANCE_NAMES.has(lang) && ROMANCE_TITLE_CONNECTORS.has(w));
  if (
    (!content(words[0]) && !gerundLead) ||
    !content(words[words.length - 1]) ||
    (/^\d+$/.test(words[words.length - 1]) && words.length === 1)
  )
    return null;
  // a participle the stop list holds is a modifier inside a Title Case name ("with Known Vulnerabilities", "Risk
  // Based Testing")
  const participle = (w: string) => lang === 'en' && /^\p{Lu}\p{Ll}+(?:ed|wn)$/u.test(w);
  for (const w of words.slice(1, -1)) if (!content(w) && !connector(w) && !participle(w)) return null;
  // a capital, a digit, or a letter of a script without case (Chinese, Japanese, Hebrew, Arabic…)
  if (!/^\p{Lu}|^\d|^\p{Lo}/u.test(words[0])) return null;
  if (lang === 'en' && !words.every((w) => CONNECTORS.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w)))
    return null;
  return t;
}

/**
 * A block's lines, read once for the tests below (each would otherwise scan its line again at every word: quadratic on
 * a long line): where each starts, and, computed when first asked, whether it is written in Title Case and the spans of
 * its quoted and cited titles.
 */
interface LineIndex {
  starts: number[];
  titleCase: (boolean | undefined)[];
  spans: (TitleSpan[] | undefined)[];
}
/** A quoted or cited title's words on a line (`from`–`to`), whether it can hold pieces, and its length bare. */
interface TitleSpan {
  from: number;
  to: number;
  titled: boolean;
  bare: number;
}
const lineIndexes = new Map<string, LineIndex>();
function lineIndex(text: string): LineIndex {
  let ix = lineIndexes.get(text);
  if (ix) return ix;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  ix = { starts, titleCase: [], spans: [] };
  if (lineIndexes.size >= 64) lineIndexes.clear();
  lineIndexes.set(text, ix);
  return ix;
}
/** The index of the line of `text` that holds offset `at`. */
function lineAt(ix: LineIndex, at: number): number {
  let lo = 0;
  let hi = ix.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ix.starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
function lineText(text: string, ix: LineIndex, n: number): string {
  return text.slice(ix.starts[n], n + 1 < ix.starts.length ? ix.starts[n + 1] - 1 : text.length);
}
/**
 * Whether the line of `text` around `at` is written in Title Case: three capitalised words or more, and every word of
 * four letters or more capitalised ("Places to Connect and Belong and Contribute"; not "Connect the sensors").
 */
function titleCaseLine(text: string, at: number): boolean {
  const ix = lineIndex(text);
  const n = lineAt(ix, at);
  let known = ix.titleCase[n];
  if (known === undefined) {
    const words = lineText(text, ix, n).match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
    let caps = 0;
    known = true;
    for (const w of words) {
      if (/^\p{Lu}/u.test(w)) caps++;
      else if (w.length >= 4) {
        known = false;
        break;
      }
    }
    known &&= caps >= 3;
    ix.titleCase[n] = known;
  }
  return known;
}
/**
 * A reference's authors and year before its title: "Fowler, M. (2018). ", "Lane & Ortiz (2021), ", "Source: IHEP
 * (forthcoming): ", "[3] Kim, J., et al. (2020). ".
 */
const REFERENCE_HEAD =
  /^\s*(?:\[\d+\]\s*)?(?:(?:Sources?|References?|Ref|Adapted from|Data|Quelle|Fuente|Fonte)\s*:\s*)?\p{Lu}[\p{L}'’.-]*(?:,|\s+et al\.|\s+&|\s+and\s|\s*\()[^\n]{0,160}?\((?:(?:19|20)\d\d[a-z]?|forthcoming|in press|n\.d\.)\)[.,:]?\s+/u;
/** A title's span on a line: four words or more, two of them capitalised, and its length without its ends. */
function titleSpan(line: string, from: number, to: number, at: number): TitleSpan {
  const inner = line.slice(from, to);
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return {
    from: at + from,
    to: at + to,
    titled: words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 2,
    // (a name quoted with its acronym or its article is the whole quote: "“OWASP Enterprise Security API (ESAPI)”")
    bare: inner
      .replace(/[\s.,:;!?]+$/u, '')
      .replace(/\s*\([^()]*\)$/u, '')
      .replace(/^\s*(?:The|A|An)\s+/u, '')
      .trim().length,
  };
}
/** The quoted titles of a line (curly or angled quotes first, then straight ones), then a reference's title. */
function titleSpans(line: string, at: number): TitleSpan[] {
  const spans: TitleSpan[] = [];
  const curly: TitleSpan[] = [];
  let open = -1;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (open < 0 && (ch === '“' || ch === '«' || ch === '„')) open = i;
    else if (open >= 0 && (ch === '”' || ch === '»' || ch === '“')) {
      curly.push(titleSpan(line, open + 1, i, at));
      open = -1;
    }
  }
  // (an occurrence after a quote that never closes on its line is in no title: see titlePiece)
  if (open >= 0) curly.push({ from: at + open + 1, to: at + line.length, titled: false, bare: 0 });
  spans.push(...curly);
  for (let i = line.indexOf('"'); i >= 0;) {
    const j = line.indexOf('"', i + 1);
    if (j < 0) break;
    spans.push(titleSpan(line, i + 1, j, at));
    i = line.indexOf('"', j + 1);
  }
  const head = REFERENCE_HEAD.exec(line);
  if (head) {
    const rest = line.slice(head[0].length);
    const stop = /[.?!](?=\s|$)/.exec(rest);
    spans.push(titleSpan(line, head[0].length, head[0].length + (stop ? stop.index : rest.length), at));
  }
  return spans;
}
/**
 * Whether `text[start, end)` is a piece of a work's title on its line: inside a quoted title of four words or more,
 * two of them capitalised ("“The College Advantage: Weathering the Economic Storm”"; not the whole quote, "“Conspiracy
 * to Succeed”"), or inside the title of a reference after its authors and year ("Feathers, M. (2004). Working
 * Effectively with Legacy Code."), the title longer than it.
 */
function titlePiece(text: string, start: number, end: number): boolean {
  const ix = lineIndex(text);
  const n = lineAt(ix, start);
  let spans = ix.spans[n];
  if (spans === undefined) {
    spans = titleSpans(lineText(text, ix, n), ix.starts[n]);
    ix.spans[n] = spans;
  }
  const span = spans.find((x) => x.from <= start && end <= x.to);
  return span !== undefined && span.titled && span.bare > end - start;
}
/** An article a sentence may start with, capitalised, in the languages of the rules. */
const SENTENCE_START_ARTICLE = /^(?:De|Het|Die|Der|Das|The|Le|La|Les|El|Los|Las|Il|Lo|Gli|O|Os|As)$/;
/** Last words of a title that shows or explains its subject ("… Illustrated", "… Explained", "… Revisited"). */
export const TITLE_SHOWN =
  /^(?:illustrated|explained|revisited|demystified|simplified|unpacked|continued|cont|recap|overview)$/i;
function emitRun(
  run: Tok[],
  text: string,
  b: BlockInput,
  add: (
    surface: string,
    kind: CandidateKind,
    b: BlockInput,
    extra?: Partial<Candidate>,
    start?: number,
    piece?: 'lead' | 'inner' | 'numbered',
  ) => void,
  lang: string,
): void {
  // (a sentence's article before an acronym is no part of a name: "De Wcw is nog een wetsvoorstel", "Die KRITIS-
  // Verordnung", "La CNIL"; "De Nederlandsche Bank" is one)
  if (
    run.length >= 2 &&
    SENTENCE_START_ARTICLE.test(run[0].text) &&
    /^\p{Lu}[\p{Lu}\p{Ll}\d]{1,5}$/u.test(run[1].text) &&
    // (two capitals, or a capital and consonants only, "Wcw", "Wkb": not "La Paz", "De Vos")
    /\p{Lu}.*\p{Lu}|^\p{Lu}[b-df-hj-np-tv-xz]{1,3}$/u.test(run[1].text) &&
    (tagsOf(run[1].text.toLowerCase()) === null || isAcronym(run[1].text))
  ) {
    emitRun(run.slice(1), text, b, add, lang);
    return;
  }
  // (English titles: an action's gerund before a name of four words, or a word that shows it after one, is no part
  // of it: "Avoiding Insecure Direct Object References", "Insecure Direct Object References Illustrated" name the
  // slide about "Insecure Direct Object References", which a run of five words would give only in pieces)
  if (lang === 'en' && b.layer === 'title' && run.length >= 5) {
    if (verbOnlyTag(run[0].text.toLowerCase()) === 'VBG') {
      emitRun(run.slice(1), text, b, add, lang);
      return;
    }
    if (TITLE_SHOWN.test(run[run.length - 1].text)) {
      emitRun(run.slice(0, -1), text, b, add, lang);
      return;
    }
  }
  // (English: a clause's subject, its verb and what follows are two phrases, not one: "Kafka moves to…", "Prometheus
  // scrapes service metrics", "Each wave ends with…")
  if (lang === 'en') {
    const k = subjectVerbAt(run, text);
    if (k > 0) {
      emitRun(run.slice(0, k), text, b, add, lang);
      if (k + 1 < run.length) emitRun(run.slice(k + 1), text, b, add, lang);
      return;
    }
  }
  // (English: a role in lower case before a name is a label of it, "MRO partner Lufthansa Technik", "Tower partner
  // IHS Towers", "cloud provider Hetzner": two phrases)
  if (lang === 'en') {
    const k = run.findIndex(
      (t, i) => i > 0 && i + 1 < run.length && ROLE_LOWER.test(t.text) && /^\p{Lu}/u.test(run[i + 1].text),
    );
    if (k > 0) {
      emitRun(run.slice(0, k + 1), text, b, add, lang);
      emitRun(run.slice(k + 1), text, b, add, lang);
      return;
    }
  }
  // (English: a role's plural leading a line before names is no part of them: "Competitors Notion and Coda…",
  // "Partners Accenture, Deloitte")
  // (and a role in the singular before a name no lexicon knows: "Agency BrightHive manages contracts", "Vendor
  // Acmetech"; "Partner Portal", "Customer Success" are names)
  if (
    lang === 'en' &&
    run.length >= 2 &&
    (ROLE_PLURALS.test(run[0].text) ||
      (ROLE_SINGULARS.test(run[0].text) &&
        (/\p{Ll}\p{Lu}/u.test(run[1].text) || tagsOf(run[1].text.toLowerCase()) === null))) &&
    /^\p{Lu}/u.test(run[1].text) &&
    LINE_START.test(lineBefore(text, run[0].start))
  ) {
    emitRun(run.slice(1), text, b, add, lang);
    return;
  }
  // (a title before a person's full name is no part of it, in any language: "Bürgermeisterin Andrea Köhler",
  // "Wethouder Sanne de Wit", "Alcaldesa Lucía Ortega", "Councillor Mary Byrne")
  // (and before a surname alone, "Bürgermeisterin Köhler", which the person's full name takes in)
  if (
    TITLE_BEFORE_NAME.test(run[0].text) &&
    ((run.length >= 3 && isGivenName(run[1].text)) ||
      (run.length === 2 &&
        /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(run[1].text) &&
        !isEnglishWord(run[1].text.toLowerCase()) &&
        !/(?:ung|heit|keit|schaft|tion|tät|nis|tum|ismus)$/u.test(run[1].text)))
  ) {
    emitRun(run.slice(1), text, b, add, lang);
    return;
  }
  // (German: a compound in the genitive after its article, "des Mittelspannungsnetzes", or in the dative plural after
  // a preposition, "bei Hauptverbrauchern", is counted in the nominative: "Mittelspannungsnetz", "Hauptverbraucher")
  if (lang === 'de' && run.length === 1) {
    const nom = germanCase(run[0].text, lineBefore(text, run[0].start));
    if (nom !== null) {
      add(nom, 'ngram', b, {}, run[0].start);
      return;
    }
  }
  const phrase = (from: number, to: number) => text.slice(run[from].start, run[to].end);
  const capitalised = (t: Tok) => /^\p{Lu}/u.test(t.text) && !isAcronym(t.text);
  // (English, outside titles: two capitalised words and then lower-case ones are a name glued to what follows it:
  // "Annual Recurring Revenue grew", "Net Promoter Score improved": the name is a candidate by its n-grams; the run
  // is none, nor is an n-gram across the two)
  // (a number or a letter after capitalised words is the name's: "Nintendo Switch 2 port", "AMD RX 6000 cards")
  // (a model's number leads its letters: "737 MAX 8 pilots", a run a number starts only so, see extractCandidates;
  // a run led by a word with digits, "5G Standalone", "737-800 fleet", counts no capitalised words from it)
  const modelLead = /^\d/.test(run[0].text);
  let caps = 0;
  while (
    caps < run.length &&
    (/^\p{Lu}/u.test(run[caps].text) ||
      ((caps > 0 || modelLead) &&
        /^\d{1,4}$/.test(run[caps].text) &&
        !/^(?:1[5-9]|20)\d\d$/.test(run[caps].text)))
  )
    caps++;
  if (modelLead && caps >= 2 && caps < run.length) add(phrase(0, caps - 1), 'ngram', b, {}, run[0].start);
  // (two names joined by an en dash are one word here: "Kelvin–Planck statement" is a term, not a name glued on)
  let dashed = 0;
  for (let k = 1; k < caps; k++) if (text.slice(run[k - 1].end, run[k].start) === '–') dashed++;
  const glued =
    lang === 'en' &&
    b.layer !== 'title' &&
    caps - dashed >= 2 &&
    run.slice(caps).some((t) => /^\p{Ll}/u.test(t.text));
  // (five words when every one is capitalised: "OWASP Application Security Verification Standard" is one name, and
  // without it only its 2- and 3-grams would be candidates)
  // (a model's code counts as a capitalised word there: "Siemens Gamesa SG 14-236 DD")
  const named5 =
    run.length === 5 &&
    run.every((t) => /^\p{Lu}/u.test(t.text) || /^\d[\d.-]*\d$/.test(t.text)) &&
    run.filter((t) => /^\p{Lu}/u.test(t.text)).length >= 3;
  const whole = run.length >= 2 && (run.length <= 4 || named5) && !glued;
  if (whole) {
    const allCap = run.every(capitalised);
    // (French, Spanish, Portuguese, Italian capitalise names only: capitalised words inside a sentence are one,
    // "nel distretto di Borgo Nuovo"; not English words, which such decks quote in Title Case: "Cheat Sheet")
    const romanceName =
      allCap &&
      b.layer !== 'title' &&
      ROMANCE_NAMES.has(lang) &&
      !/(?:^|[\n.!?:;•▪–—|-]\s*|\t)$/u.test(lineBefore(text, run[0].start)) &&
      run.every(
        (t, i) =>
          (i === 0 && ROMANCE_ARTICLE_IN_NAME.test(t.text)) ||
          (!GENERIC_WORDS.has(t.text.toLowerCase()) && tagsOf(t.text.toLowerCase()) === null),
      );
    add(
      phrase(0, run.length - 1),
      allCap && b.layer !== 'title' ? 'capitalised' : 'ngram',
      b,
      romanceName ? { romanceName: true } : {},
      run[0].start,
    );
  }
  // "Chief Information Security Officer signs off": a name of four capitalised words glued to the lower-case words
  // after it (a verb, an adverb) is a candidate of its own (the whole run, too long, is none, nor its 2- and 3-grams)
  // (a model's numbers count as its words: "Boeing 737 MAX 8 deliveries")
  // (and five, every one capitalised, before lower-case words or a year's span: "Local Authority EV Charging Strategy
  // guidance", "… Strategy 2025-2030")
  if (
    lang === 'en' &&
    b.layer !== 'title' &&
    run.length > 4 &&
    caps === 4 &&
    run.slice(0, 4).some(capitalised)
  )
    add(phrase(0, 3), 'capitalised', b, {}, run[0].start);
  else if (
    lang === 'en' &&
    b.layer !== 'title' &&
    run.length > 5 &&
    caps === 5 &&
    run.slice(0, 5).every((t) => /^\p{Lu}/u.test(t.text)) &&
    run.slice(0, 5).filter(capitalised).length >= 3
  )
    add(phrase(0, 4), 'capitalised', b, {}, run[0].start);
  if (run.length >= 3) {
    for (let n = 2; n <= 3; n++)
      for (let i = 0; i + n <= run.length; i++)
        if (
          n !== run.length &&
          // (nor one a number leads: "2024 revenue"; "5G Standalone", "3D printing" are led by a name's word)
          !(/^\d/.test(run[i].text) && !/^\d{1,2}[A-Z][A-Za-z]{0,2}$/.test(run[i].text)) &&
          !(glued && i < caps && i + n > caps) &&
          !(modelLead && i < caps) &&
          // (nor a piece of a company's name with its legal form: "Chile SpA" of "Getnet Chile SpA", "Weiss GmbH" of
          // "Lagertechnik Weiss GmbH", nor the name before the form from the run's start, which is the whole run's;
          // "Lagertechnik Weiss" of "Generalunternehmer Lagertechnik Weiss GmbH" is one)
          !(i > 0 && (LEGAL_TOKEN.test(run[i].text) || LEGAL_TOKEN.test(run[i + n - 1].text))) &&
          !(whole && i === 0 && LEGAL_TOKEN.test(run[n].text))
        )
          add(
            phrase(i, i + n - 1),
            'ngram',
            b,
            {},
            run[i].start,
            // (two words cut before the number or the Roman numeral the name ends with, which the next 3-gram
            // holds: "GVP Module" of "GVP Module IX", "Pensions Act" of "Pensions Act 1995")
            n === 2 &&
              i + n < run.length &&
              /^(?:\d{1,4}|[IVX]{1,4})$/.test(run[i + n].text) &&
              /^\p{Lu}\p{Ll}/u.test(run[i + n - 1].text)
              ? 'numbered'
              : undefined,
          );
  }
  for (const [k, t] of run.entries()) {
    if (
      // (a Korean noun whose particle was cut counts as the word it was written as: "인젝션이" → "인젝션")
      (t.text.length >= 4 || t.ends) &&
      // (nor a stop word a name holds, "Second" of "the Second Law", nor half of "Kelvin–Planck")
      !ORDINALS.has(t.text.toLowerCase()) &&
      !NUMBER_WORDS.has(t.text.toLowerCase()) &&
      !(k > 0 && text.slice(run[k - 1].end, t.start) === '–') &&
      !(k + 1 < run.length && text.slice(t.end, run[k + 1].start) === '–') &&
      !isAcronym(t.text) &&
      // (nor a legal form, nor the name before it: that is the run's, "Credibanco S.A.")
      !LEGAL_TOKEN.test(t.text) &&
      !(k + 1 < run.length && LEGAL_TOKEN.test(run[k + 1].text)) &&
      // (a code name of capitals and a number is a word here: "ABX-201", "COVID-19", "SHA-256")
      (!/\d/.test(t.text) || CODE_NAME.test(t.text)) &&
      /\p{L}/u.test(t.text) &&
      t.text.length <= 30
    ) {
      // (a capitalised word beside another in the run is a piece of a name, its first word or another; not beside a
      // verb a line starts with: "Click Paste to sync" names the button "Paste")
      // (nor is a word before a number: "Building 40", "Route 12" number things, "Windows 11" a version)
      const cap = (j: number) =>
        j >= 0 &&
        j < run.length &&
        (/^\p{Lu}/u.test(run[j].text) || (j === k + 1 && /^\d{1,4}$/.test(run[j].text))) &&
        !(
          lang === 'en' &&
          tagsOf(run[j].text.toLowerCase())?.includes('VB') === true &&
          LINE_START.test(lineBefore(text, run[j].start))
        );
      add(
        t.text,
        'ngram',
        b,
        {},
        t.start,
        !cap(k)
          ? undefined
          : k + 1 < run.length &&
              /^(?:\d{1,4}|[IVX]{1,4}|[A-Z])$/.test(run[k + 1].text) &&
              /^\p{Lu}\p{Ll}/u.test(t.text)
            ? 'numbered'
            : cap(k - 1) || (k + 1 < run.length && /^\d/.test(run[k + 1].text))
              ? 'inner'
              : cap(k + 1)
                ? 'lead'
                : undefined,
      );
    }
  }
}

/**
 * A German noun of eight letters or more in the nominative, when the word before it marks a genitive singular ("des
 * Mittelspannungsnetzes" → "Mittelspannungsnetz", "eines Ladesystems" → "Ladesystem") or a dative plural ("bei
 * Hauptverbrauchern" → "Hauptverbraucher", "mit den Mitarbeitern"); else null.
 */
function germanCase(word: string, before: string): string | null {
  if (!/^\p{Lu}\p{Ll}{7,}$/u.test(word)) return null;
  const prev = /(\p{L}+)[ \u00a0]+$/u.exec(before)?.[1].toLowerCase();
  if (prev === undefined) return null;
  if (/^(?:des|eines|dieses|jedes|unseres|ihres|seines|meines|keines)$/.test(prev)) {
    // ("-es" after a consonant, "Netzes", "Prozesses"; else "-s": "Systems", "Unternehmens"; an English "-ces" or
    // a word in "-nis" or "-us" is no genitive's)
    if (/(?:nis|us|ss|ces)$/.test(word) && !/(?:sses|nisses)$/.test(word)) return null;
    if (/[^aeiouäöü]es$/.test(word) && !/(?:ies|ees)$/.test(word)) return word.slice(0, -2);
    if (/[^s]s$/.test(word)) return word.slice(0, -1);
    return null;
  }
  if (/^(?:bei|mit|von|zu|aus|nach|seit|den)$/.test(prev) && /[^aeiouäöü](?:ern|eln)$/.test(word))
    return word.slice(0, -1);
  return null;
}

/**
 * The text of `at`'s line before it, with the line break in front (the patterns read against it end at `at` and
 * never span an earlier line): a bounded slice, where the whole text before `at` made each run's tests quadratic in
 * a long block.
 */
function lineBefore(text: string, at: number): string {
  const from = Math.max(0, at - LINE_WINDOW);
  const window = text.slice(from, at);
  const nl = window.lastIndexOf('\n');
  if (nl >= 0) return window.slice(nl);
  // (a line that starts further back: a character no pattern reads as a line's start stands for the rest of it)
  return from === 0 ? window : '\u0000' + window;
}
/**
 * How far back on its line a test of what stands before an occurrence reads: enough for the words that lead a name
 * (a bullet, a determiner, a cue and its 40 characters), bounded so that a block of one very long line is not read
 * again at each of its words.
 */
const LINE_WINDOW = 240;
/**
 * An agenda's lines that repeat the titles of the slides after it ("Product performance", "Regional highlights") are
 * echoes of those titles, not text that uses them, when three or more of a body's lines, and most of them, are other
 * slides' titles: those lines, lower case, a space at each end.
 */
/** A slide's title that says it lists the deck's parts (lower case, no diacritics). */
const AGENDA_TITLE =
  /^(?:(?:agenda|outline|contents|table of contents|tagesordnung|inhalt|agenda des tages|ordre du jour|sommaire|orden del dia|indice|contenido|contenidos|ordine del giorno|sommario|pauta|sumario|agendapunten|inhoud)(?: (?:de|del|de la|da|do|der|des|du|for|of|van|della|di|dell['’]|of the|for the|van de) [\p{L}' ’-]+)?|overview|today|plan|(?:porzadek|program|plan) (?:obrad|posiedzenia|spotkania|prezentacji|zebrania|szkolenia)|spis tresci|obsah(?: (?:prednasky|prezentace|prezentacie|kurzu))?|osnova|dagordning|dagsorden|innehall|indhold|innhold|innehallsforteckning|(?:esityksen |koulutuksen )?sisalto|asialista|esityslista|cuprins|ordinea de zi|napirend|tartalom|tartalomjegyzek|tematika|gundem|icindekiler|ajanda|повестка(?: дня| заседания)?|содержание|план(?: презентации| доклада)?|порядок денний|зміст|дневен ред|съдържание|περιεχομενα|ατζεντα|θεματα|ημερησια διαταξη|المحتويات|جدول الأعمال|المحاور|فهرس المحتويات|סדר היום|תוכן עניינים|فهرست|دستور جلسه|daftar isi|sistematika(?: paparan| presentasi)?|pokok bahasan|garis besar|noi dung|muc luc|chuong trinh|목차|차례|안건|순서|目录|目次|议程|議程|アジェンダ)$/u;
/**
 * "And" between the titles an agenda's line joins, in English and the languages whose agendas AGENDA_TITLE names
 * besides the main European ones ("Beslutsförslag och fortsatt arbete", "KVKK ve Regülasyon Uyumu"); not the Romance
 * and German "and", where a line of two titles joined was mostly a name's own ("Plan Estatal y …": that line stays
 * a line of its own).
 */
const joinedBy = (words: string) =>
  new RegExp(String.raw`\s*(?:,|&|(?<!\p{L})(?:${words.split(' ').join('|')})(?!\p{L}))\s*`, 'u');
const OTHER_ANDS = 'och og ja és ve и і та i a și şi dan và και';
const AND_JOIN = joinedBy(`and ${OTHER_ANDS}`);
/** The same, and the Romance, German and Dutch "and", between the topics of an agenda slide's item. */
const AND_JOIN_ITEM = joinedBy(`and und et y e en ${OTHER_ANDS}`);
/** Whether a name is an agenda's or a table of contents' own title ("Agenda", "Dagordning", "المحتويات", "목차"). */
export function agendaTitle(name: string): boolean {
  const k = stripDiacritics(name.toLowerCase().replace(/\s+/g, ' ').trim()).normalize('NFC');
  // (the agenda of something is a title, not a name: "Índice de fugas de infraestructura" is a measure)
  return (
    AGENDA_TITLE.test(k) &&
    !/ (?:de|del|de la|da|do|der|des|du|for|of|van|della|di|dell['’]|the) /.test(` ${k} `)
  );
}
function agendaEchoes(blocks: BlockInput[], cleaned: string[]): string[] {
  const out: string[] = [];
  const norm = (s: string) =>
    s
      .replace(/^\s*(?:[-–•▪*]|\d{1,2}[.)])?\s*/u, '')
      .trim()
      .toLowerCase()
      .replace(/\s+/g, ' ');
  // (a title's head before a colon or a dash too: "Regional Highlights: EMEA")
  const titles = new Map<string, Set<number>>();
  for (const b of blocks)
    if (b.layer === 'title' && b.text.trim()) {
      const whole = norm(b.text);
      // (and without its list label: "Gebiedsgerichte aanpak" of "Deel 3 – Gebiedsgerichte aanpak")
      const unlabelled = norm(b.text.trim().replace(LIST_LABEL, ''));
      for (const k of new Set([whole, whole.split(/\s*(?::|\s[–—-]\s)\s*/u)[0], unlabelled])) {
        if (!titles.has(k)) titles.set(k, new Set());
        titles.get(k)!.add(b.slideIndex);
      }
    }
  const elsewhere = (k: string, slide: number) => {
    const at = titles.get(k);
    return at !== undefined && [...at].some((s) => s !== slide);
  };
  // (a slide titled as an agenda lists the titles with words of its own: two echoes there are enough)
  const agendaSlides = new Set(
    blocks
      // (composed again: NFKD takes Hangul syllables apart)
      .filter((b) => b.layer === 'title' && AGENDA_TITLE.test(stripDiacritics(norm(b.text)).normalize('NFC')))
      .map((b) => b.slideIndex),
  );
  blocks.forEach((b, i) => {
    if (b.layer !== 'body' || !cleaned[i]) return;
    const lines = cleaned[i].split('\n');
    // (or two titles joined: "Top customers and pipeline"; or a title after the line's own label: "Where we are:
    // 2024 in numbers")
    const echo = lines.map((l) => {
      const k = norm(l);
      const after = /:\s*(.+)$/u.exec(k)?.[1];
      return (
        k !== '' &&
        (elsewhere(k, b.slideIndex) ||
          (after !== undefined && elsewhere(after, b.slideIndex)) ||
          k.split(AND_JOIN).every((p) => p !== '' && elsewhere(p, b.slideIndex)))
      );
    });
    const filled = lines.filter((l) => l.trim()).length;
    // (on a slide titled as an agenda, an item that starts with another slide's title of two words or more, or holds
    // one, echoes it with words of its own: "Implementation roadmap by court" over "Implementation Roadmap")
    // (punctuation aside, and a title's years too: "Launch plan, pricing and …" over "Launch Plan", "Trial network
    // and methodology" over "Trial Network 2024–2025")
    if (agendaSlides.has(b.slideIndex)) {
      const bare = (x: string) =>
        ` ${x
          .replace(/[,;:()–—]+|\s-\s/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()} `;
      // (and the topics a title joins, two words each at least: "tender process" of "Market Sounding and Tender
      // Process" in "Market sounding, tender process and evaluated options")
      const heads = [...titles.keys()]
        .filter((t) => elsewhere(t, b.slideIndex))
        .flatMap((t) => [t, ...t.split(AND_JOIN_ITEM)])
        .map((t) => bare(t.replace(/\s+(?:(?:19|20)\d\d(?:[–/-](?:19|20)?\d\d)?|\d+)$/u, '')))
        .filter((t) => t.trim().includes(' '));
      lines.forEach((l, k) => {
        if (!echo[k] && norm(l) !== '') echo[k] = heads.some((t) => bare(norm(l)).includes(t));
      });
      // (and an item whose topic starts another slide's title, other topics joined to it being one word each:
      // "Juridisch kader" over "Juridisch kader in één overzicht", "Gebiedsgerichte aanpak en PPLG" over
      // "Gebiedsgerichte aanpak in de Gelderse Vallei"; a topic of one word only when it is a long one)
      const starts = [...titles.keys()].filter((t) => elsewhere(t, b.slideIndex)).map((t) => bare(t));
      lines.forEach((l, k) => {
        if (echo[k] || norm(l) === '') return;
        const parts = norm(l)
          .split(/\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b)\s*/u)
          .map((p) => bare(p).trim())
          .filter(Boolean);
        const heads = parts.filter(
          (p) => (p.includes(' ') || p.length >= 10) && starts.some((t) => t.startsWith(` ${p} `)),
        );
        echo[k] = heads.length > 0 && parts.every((p) => heads.includes(p) || !p.includes(' '));
      });
    }
    const echoes = echo.filter(Boolean).length;
    if ((echoes >= 3 && echoes * 2 > filled) || (echoes >= 2 && agendaSlides.has(b.slideIndex)))
      lines.forEach((l, k) => {
        // (a comma or a parenthesis after a phrase ends it: "launch plan, pricing …")
        if (echo[k])
          out.push(
            ` ${l
              .trim()
              .toLowerCase()
              .replace(/[,;:)](?=\s|$)|(?<=\s)\(/g, ' ')
              .replace(/\s+/g, ' ')} `,
          );
      });
  });
  return out;
}
/**
 * A code name: capitals, a hyphen and a number ("ABX-201", "COVID-19"), or a colon and a model's number ("NXE:3600D"); not a period ("FY-2025", "Q3-24"), nor a
 * standard's or a catalogue's number, which PATTERNS reads ("CWE-79", "ISO-27001").
 */
const CODE_NAME =
  /^(?!(?:FY|CY|Q[1-4]|H[12]|ISO|IEC|NIST|RFC|IEEE|EN|BS|SOC|FIPS|CIS|DIN|CWE|CVE|PCI)[-:])[A-Z]{2,6}(?:-\d{1,5}|:\d{3,5}[A-Z]{0,2})$/;
/**
 * Units no name is written as, even alone: direct and alternating volts, thermal and electric watts ("270 VDC", "20
 * MWh-th").
 */
export const UNIT_ALONE = /^(?:VDC|VAC|Vdc|Vac|[kMGT]Wh?[-_](?:th|el|e|p))$/;
/** Units written after a number. */
export const UNITS = new RegExp(
  String.raw`^(?:mg|µg|mcg|ng|g|kg|t|ml|mL|dl|l|L|mm|cm|m|km|ms|s|min|h|hrs?|kb|KB|MB|GB|TB|PB|kW|kWh|MW|MWh|GW|GWh|TWh|kWp|MWp|GWp|kWc|MWc|kV|kVA|MVA|GVA|MVAr|Mvar|Hz|kHz|MHz|GHz|rpm|bpm|ppm|mmHg|mol|mmol|nm|µm|mph|kph|km\/h|sqft|ft|in|lbs?|oz|x|[kMG]bps|Mbit\/s|Gbit\/s|kN|MN|Nm|kNm|Pa|kPa|hPa|MPa|GPa|[kMGT]Wh?(?:th|el|e|p))$` +
    `|${UNIT_ALONE.source}`,
);
/** A thing's state of being ready or at hand ("Documentación disponible", "Support de présentation disponible"). */
export const AVAILABLE =
  /^(?:disponibles?|disponibil[ei]|dispon[ií]ve(?:l|is)|verf[uü]gbar|complet[aoie]s?|compl[eè]te|pr[eê]t(?:e|s|es)?|pront[oa]s?|terminad[oa]s?|termin[eé]e?s?|finalizad[oa]s?|available|ready)$/u;
/** Currencies' codes. */
const CURRENCIES =
  /^(?:USD|EUR|GBP|JPY|CNY|RMB|CHF|CAD|AUD|NZD|INR|BRL|MXN|SEK|NOK|DKK|PLN|CZK|HUF|ZAR|KRW|SGD|HKD|TRY|RUB|RON|BGN|ISK|CLP|COP|ARS|PEN|UYU|AED|SAR|QAR|ILS|EGP|NGN|KES|MAD|THB|IDR|MYR|PHP|VND|TWD|UAH)$/;
/**
 * Currencies no other acronym spells, alone or with a unit ("NOK m", "EUR bn"; keys): no concepts. Not "PHP", "SAR",
 * "COP", "TRY", "PEN", which name other things too.
 */
export const CURRENCY_KEY =
  /^(?:usd|eur|gbp|jpy|cny|rmb|chf|cad|aud|nzd|inr|brl|mxn|sek|nok|dkk|pln|czk|huf|zar|krw|sgd|hkd|rub|ron|bgn|clp|uyu|aed|qar|egp|ngn|kes|thb|idr|myr|vnd|twd|uah)(?: (?:m|mn|mio|bn|k|million|billion))?$/;
/** Ordinals (stop words, but part of some names: "the Second Law"). */
const ORDINALS = new Set('first second third fourth fifth sixth seventh eighth ninth tenth'.split(' '));
/** Spelled-out numbers (stop words, but part of some names: "Six Sigma"). */
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand'.split(
    ' ',
  ),
);
/**
 * Languages whose lines' leading words are read as their terms (see extractCandidates): the articles skipped before
 * the run, the word forms that end it (cases of place and direction, adverbs, verbal nouns: no part of a term), and
 * the last words that leave it cut (a Czech adjective in the genitive: "Kapacita interního …", a Finnish genitive,
 * a Hungarian adjective in -i).
 */
const LEAD_RUN: Record<string, { article?: RegExp; cut?: RegExp; last?: RegExp; possessed?: RegExp }> = {
  pl: {},
  cs: { last: /(?:ého|ího|ých|ými|ému)$/u },
  sk: { last: /(?:ého|ieho|ých|ými|ému)$/u },
  id: {},
  hi: {},
  bn: {},
  el: { article: /^(?:ο|η|το|οι|τα|τον|την|του|της|των|τους|τις|ένας|μια|μία|ένα)$/iu },
  bg: {},
  hu: {
    article: /^(?:a|az|egy)$/iu,
    // (the instrumental after a consonant doubles it: "mobilalkalmazással")
    cut: /(?:ban|ben|ból|ből|nak|nek|val|vel|(\p{L})\1[ae]l|(?<!ú)ra|(?<!ú)re|ról|ről|tól|től|hoz|hez|höz|ként|ért|ni|tt)$/u,
    last: /i$/u,
    possessed: /(?:ása|ése|ja|je)$/u,
  },
  fi: {
    // (and the essive of a long word, "verkkokurssina"; a verb's past, "kasvoi")
    cut: /(?:ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|tta|ttä|sti|ittain|ittäin|minen|mista|mistä|miseen|misen|maan|mään|\p{L}{6}(?:na|nä)|oi|ui|yi)$/u,
    // (a quantity's head: "Tietoturvapoikkeamien määrä")
    last: /(?:[aeiouyäö]n|määrä|osuus)$/u,
  },
};
/** A slide of next steps or actions (its title, lower case, no diacritics). */
const ACTION_HEADING =
  /^(?:next steps?|(?:cac )?buoc tiep theo|επομενα βηματα|следващи стъпки|अगले कदम|action items?|dalsi kroky|dalsie kroky|nastepne kroki|kolejne kroki|pasii urmatori|urmatorii pasi|kovetkezo lepesek|seuraavat askeleet|seuraavat vaiheet|jatkotoimenpiteet|langkah selanjutnya|langkah berikutnya|tindak lanjut)$/;
/**
 * Months and days besides English ones in full (noun-phrase.ts's MONTH_OR_DAY): abbreviations, the main European
 * languages' months; with those, the ends of a range, not of a name ("Monday–Friday").
 */
const OTHER_CALENDAR_WORDS =
  /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Janvier|Février|Avril|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|Agosto|Septiembre|Octubre|Noviembre|Diciembre|Gennaio|Febbraio|Aprile|Maggio|Giugno|Luglio|Settembre|Ottobre|Dicembre|Janeiro|Fevereiro|Março|Maio|Junho|Julho|Setembro|Outubro|Novembro|Dezembro|Mai|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Lunes|Martes|Viernes|Easter|Christmas|Ostern|Weihnachten|Pâques|Noël|Navidad|Pascua|Pasqua|Natale|Páscoa|Natal)$/;
const calendarWord = (w: string) => MONTH_OR_DAY.test(w) || OTHER_CALENDAR_WORDS.test(w);
/** Determiners of one thing: the noun after one heads its phrase ("each wave ends": "ends" is a verb there). */
const ONE_OF = new Set('each every a an another either neither this that'.split(' '));
/** A company's parts for the deck's own, in the plural and capitalised (see ORG_CUE). */
const ROLE_PLURALS =
  /^(?:Competitors|Partners|Customers|Clients|Vendors|Suppliers|Investors|Resellers|Distributors|Integrators)$/;
const ROLE_LOWER =
  /^(?:partner|vendor|supplier|provider|agency|contractor|integrator|reseller|distributor|insurer|broker|auditor|sponsor|customer|client)$/;
const ROLE_SINGULARS =
  /^(?:Agency|Competitor|Partner|Customer|Client|Vendor|Supplier|Investor|Reseller|Distributor|Integrator|Contractor|Provider|Consultancy|Auditor|Insurer|Broker|Subsidiary)$/;
/**
 * Verbs' -ing forms that head no compound noun ("starting", "using"; not "balancing", "running", "training", nor
 * "making", "taking", "giving": "decision making", "risk taking").
 */
const CLAUSE_GERUNDS = new Set(
  'starting beginning ending continuing resulting affecting involving requiring causing allowing enabling using'.split(
    ' ',
  ),
);
/** What follows a verb and no noun: a determiner, a possessive or a wh-word (the text after the word, or the next word). */
const CLAUSE_NEXT =
  /^[ \t]*(?:the|a|an|its|their|our|your|his|her|this|these|those|every|each|which|who|whom|whose|what|how|when|where|whether)(?![\p{L}\p{N}])/iu;
/** A line's start, and maybe a determiner. */
const LINE_START =
  /(?:^|\n)[ \t]*(?:[-–•▪*][ \t]*)?(?:(?:the|a|an|each|every|this|that|these|those|our|its|their|your)[ \t]+)?$/i;
/**
 * English: the index of a verb's third person ("moves", "rises", which the lexicon also knows as plural nouns) that
 * splits a run into a clause's subject and what follows the verb, or -1. The run leads its line (after a determiner
 * maybe), not with an instruction's verb ("Cut lead times by 20%"), or follows a determiner of one thing ("… each
 * wave ends"); a subject of one word is a name (`subjectName`: "Kafka", "PostgreSQL") or a noun; and what follows the
 * verb is a verb's (`verbBefore`). A plural's verb before a determiner, and a reduced clause's -ing form anywhere,
 * split the run too (see CLAUSE_NEXT, CLAUSE_GERUNDS).
 */
function subjectVerbAt(run: Tok[], text: string): number {
  // (anywhere in a line, a reduced clause: a noun, then a verb's -ing form that heads no compound, then what follows
  // a verb: "Phased migration starting in Q2", "customers using the app")
  for (let k = 1; k < run.length; k++) {
    const w = run[k].text;
    if (!CLAUSE_GERUNDS.has(w) || !/^NNS?$/.test(tagsOf(run[k - 1].text.toLowerCase())?.[0] ?? '')) continue;
    const rest = k + 1 < run.length ? run[k + 1].text : text.slice(run[k].end);
    if (
      CLAUSE_NEXT.test(rest) ||
      /^[ \t]*(?:in|on|at|by|from|to|with|for|after|before|next)(?![\p{L}\p{N}])/u.test(rest)
    )
      return k;
  }
  const before = lineBefore(text, run[0].start);
  const lineStart = LINE_START.test(before);
  const one = ONE_OF.has(/(\p{L}+)[ \t]+$/u.exec(before)?.[1]?.toLowerCase() ?? '');
  if (!lineStart && !one) return -1;
  if (/^(?:VB|VBP)$/.test(tagsOf(run[0].text.toLowerCase())?.[0] ?? '')) return -1;
  // (a plural subject and its verb before a determiner or a wh-word: "Feature flags control which customers…",
  // "Access controls prevent the…")
  if (lineStart)
    for (let k = 1; k < run.length; k++) {
      const w = run[k].text;
      const prev = run[k - 1].text.toLowerCase();
      if (
        /^\p{Ll}+$/u.test(w) &&
        (tagsOf(w) ?? []).includes('VBP') &&
        /[^s]s$/.test(prev) &&
        (tagsOf(prev) ?? []).includes('NNS') &&
        CLAUSE_NEXT.test(k + 1 < run.length ? run[k + 1].text : text.slice(run[k].end))
      )
        return k;
    }
  for (let k = 1; k < run.length; k++) {
    const w = run[k].text;
    if (!/^\p{Ll}+$/u.test(w) || !/[^s]s$/.test(w) || !(tagsOf(w) ?? []).includes('VBZ')) continue;
    // (after a determiner of one thing, the noun before the verb is no plural: "each wave ends")
    if (one && !lineStart && k > 1 && /s$/.test(run[k - 1].text)) return -1;
    const inRun = k + 1 < run.length;
    const rest = text.slice(run[k].end);
    const [next, afterNext] = inRun
      ? [run[k + 1].text, k + 2 < run.length ? run[k + 2].text : '']
      : [
          /^[ \t]+(\p{L}[\p{L}'’-]*)/u.exec(rest)?.[1] ?? '',
          /^[ \t]+\p{L}[\p{L}'’-]*[ \t]+(\S+)/u.exec(rest)?.[1] ?? '',
        ];
    return verbBefore(w, next, inRun, afterNext, k === 1 ? subjectKind(run[0].text) : 'word') ? k : -1;
  }
  return -1;
}

/** Adjectives that follow their noun in a term ("accounts payable", "days sales outstanding", "president elect"). */
const POSTPOSITIVE = new Set(
  'outstanding payable receivable due general elect emeritus designate proper aforementioned concerned involved'.split(
    ' ',
  ),
);
/**
 * A plural noun, then a last word that is an adjective and nothing else or a verb's -ing form and nothing else: a
 * predicate or a reduced clause ("Context switches expensive", "charges totaling"), not a term.
 */
function predicateAfterPlural(ws: string[]): boolean {
  if (ws.length < 2) return false;
  const last = ws[ws.length - 1].toLowerCase();
  const prev = ws[ws.length - 2].toLowerCase();
  if (POSTPOSITIVE.has(last) || !/[^s]s$/.test(prev) || !(tagsOf(prev) ?? []).includes('NNS')) return false;
  return modifierOnly(last) || verbOnlyTag(last) === 'VBG';
}
