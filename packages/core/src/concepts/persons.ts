/**
 * People's names, whole: "Andrew van der Stock", "Emerson Murphy-Hill", "Jean-Pierre Dupont", "Ryen W. White",
 * "Seán O'Brien", "Mohd bin Ahmad". Found in author lists and signatures ("Qingyun Wu, Gagan Bansal, Jieyu Zhang,
 * …": three or more person-shaped names in one list), with a degree ("Michelle Asha Cooper, PhD"), a job ("Maria
 * Keller, CISO") or an honorific ("Dr. Evi Scheinecker"), on the title slide (the first line of each paragraph when
 * it is name-shaped: speakers and authors), and anywhere a name carries a nobiliary particle written in lower case.
 * With nothing around it, a given name and a surname that is no common word (`bareName`).
 */
import { commonUse, commonWord, isEnglishWord, modifierOnly, properNoun, tagsOf } from './english-lexicon.js';
import { isGivenName } from './given-names.js';
import { isCityName, isCountryName, isPlaceName } from './places.js';
import { keywordType } from './classify.js';

// (a hyphenated given name may go on in lower case: "Ji-hoon", "Seo-yeon")
const UPPER_WORD = String.raw`(?:O['’]|Mc|Mac|D['’])?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+|-\p{Ll}{2,})?`;
const INITIAL = String.raw`\p{Lu}\.`;
/** Particles that stay lower case inside a name (Dutch, German, French, Spanish, Italian, Portuguese, Arabic/Malay). */
const PARTICLE = String.raw`(?:van der|van den|van de|van|von der|von|zu|de la|de los|de las|del|della|de|da|dos|das|di|du|le|la|ter|ten|bin|binti|ibn|al|el)`;
const NAME_SRC = String.raw`${UPPER_WORD}(?: (?:${UPPER_WORD}|${INITIAL}))?(?: ${INITIAL})?(?: ${PARTICLE})?(?: ${UPPER_WORD}){1,2}`;
const NAME = new RegExp(`^${NAME_SRC}$`, 'u');
const DEGREE = new RegExp(
  `(${NAME_SRC}),\\s*(?:PhD|Ph\\.D\\.|MD|MBA|MSc|M\\.Sc\\.|Dr\\.?|Prof\\.?|CISA|CISSP|CISM|CPA|PMP|CFA|RN|Esq\\.?)(?![\\p{L}])`,
  'gu',
);
/**
 * A name followed by its job ("Maria Keller, CISO", "Tom Berg, Head of Research", "Ana Ruiz – Senior Architect",
 * "Laura Chen, HR Business Partner", "Ivan Petrov, Chief Medical Officer": up to three words of field before it).
 */
const ROLE = new RegExp(
  `(?<![\\p{L}])(${NAME_SRC})[ \\t]*(?:,|[–—|]|\\s-\\s)[ \\t]*(?:(?:[A-Z]{2,4}|\\p{Lu}\\p{Ll}+)[ \\t]+){0,3}?(?:(?:Senior|Principal|Lead|Chief|Executive|Managing|Associate|Assistant|Deputy|Vice|Global|Regional|Group|Staff|Distinguished)[ \\t]+)*(?:CEO|CTO|CISO|CFO|COO|CIO|CDO|CPO|VP|SVP|EVP|Director|Manager|Head|Engineer|Architect|Analyst|Consultant|Professor|Researcher|Scientist|Founder|Co-[Ff]ounder|Partner|President|Officer|Chair|Chairman|Chairwoman|Chairperson|Lecturer|Developer|Specialist|Advisor|Adviser|Owner|Coordinator|Editor|Fellow|Dean|Strategist|Evangelist)(?![\\p{L}])`,
  'gu',
);
/**
 * Police and military ranks before a name ("Detective Superintendent Claire Moorhouse", "Ch Insp Dev Sharma", "Sgt Paul
 * Marsden", "Capt. Ana Ruiz"): no part of it.
 */
const RANK = String.raw`(?:(?:Detective|Det\.?)[ \t]+)?(?:(?:Chief|Ch\.?)[ \t]+)?(?:Superintendent|Supt\.?|Inspector|Insp\.?|Constable|Sergeant|Sgt\.?)|DCS|DCI|DSU|Capt\.|Captain|Col\.|Colonel|Lt\.?|Lieutenant|Cdr\.?|Cmdr\.?|Commander|Cpl\.?|Corporal`;
const RANK_LEAD = new RegExp(`^(?:${RANK})\\s+`, 'u');
/** Titles written before a person's name, no part of it (see personNames and candidates' emitRun). */
export const TITLE_BEFORE_NAME =
  /^(?:Mayor|Councillor|Councilor|Cllr|Councilmember|Commissioner|Senator|Governor|Minister|Secretary|Chairman|Chairwoman|Alderman|Bürgermeister(?:in)?|Oberbürgermeister(?:in)?|Landrat|Landrätin|Stadtrat|Stadträtin|Dezernent(?:in)?|Beigeordneter?|Staatssekretär(?:in)?|Minister(?:in)?|Senator(?:in)?|Präsident(?:in)?|Geschäftsführer(?:in)?|Vorstand|Vorsitzender?|Burgemeester|Wethouder|Gedeputeerde|Dijkgraaf|Alcalde|Alcaldesa|Concejal(?:a)?|Consejer[oa]|Teniente|Sindaco|Sindaca|Assessore|Assessora|Prefeit[oa]|Vereador(?:a)?|Secretári[oa]|Maire|Préfet(?:e)?|Président(?:e)?)$/;
const RANK_ONLY = new RegExp(`^(?:${RANK})$`, 'u');
/** A police or military rank and nothing else ("Ch Insp", "Detective Superintendent"): no concept. */
export const isRank = (s: string): boolean => RANK_ONLY.test(s.trim());
// (French and Spanish write some without a period: "Dr Claire Lefèvre", "Pr Mohamed Benali", "Dra. Ana Ruiz")
const HONORIFIC = new RegExp(
  `(?<![\\p{L}])(?:${RANK}|Dr\\.|Prof\\.|Mr\\.|Mrs\\.|Ms\\.|Mme|Mlle|M\\.|DI|Dipl\\.-Ing\\.|Mag\\.|Ing\\.|Dra\\.|Lic\\.|Eng\\.ª|Eng\\.|Engª|Arq\\.ª|Arq\\.|Dr\\.ª|Sr\\.|Sra\\.|Dott\\.ssa|Dott\\.|Dr|Pr|Dre|Pre|Maître|Maitre|Avv\\.|Rechtsanwalt|Rechtsanwältin)(?: Dr\\.?)? (${NAME_SRC})(?![\\p{L}])`,
  'gu',
);
/** Names with a Germanic / Arabic particle are unambiguous anywhere in the text (Romance "de", "la" are not). */
const PARTICLE_NAME = new RegExp(
  `(?<![\\p{L}])${UPPER_WORD}(?: ${UPPER_WORD})? (?:van der|van den|van de|van|von der|von|ter|ten|bin|binti|ibn) ${UPPER_WORD}(?![\\p{L}])`,
  'gu',
);
/**
 * A Romance or Dutch particle after a given name ("Eva de Vries", "Luca di Stefano", "Ana da Costa"): after any other
 * word it joins a phrase ("Gestión de Riesgos"), after a given name a surname.
 */
const GIVEN_PARTICLE_NAME = new RegExp(
  `(?<![\\p{L}])(${UPPER_WORD}) (?:de la|de los|del|della|de|da|di|du|dos|le|la) (${UPPER_WORD})(?![\\p{L}])`,
  'gu',
);
/** Words that make a name-shaped phrase an organisation, place or heading instead of a person. */
const NOT_PERSON =
  /\b(?:University|Universität|Université|Universidad|College|School|Institute|Institut|State|Tech|Lab|Labs|Laboratory|Center|Centre|Group|Project|Projekt|Foundation|Team|Inc|Ltd|GmbH|Corporation|Company|Department|Ministry|Agency|Council|Board|Security|Science|Summit|Conference|Workshop|Release|Candidate|Version|Edition|Standard|Overview|Introduction|Agenda|Summary|Questions|Tutorial|Guide|Top|Risk|Risks|Application|Applications|Management|Data|Development|Software|Microsoft|Google|Oracle|Amazon|Foods?|Analytics|Robotics|Capital|Logistics|Holdings|Partners|Solutions|Technologies|Technology|Media|Health|Healthcare|Energy|Consulting|Ventures|Networks|Industries|Pharma|Pharmaceuticals|Insurance|Motors|Airlines|Brands|Studios?|Digital|Systems|Services|Bank|Co|Corp|LLC|LLP|PLC|SA|AG|BV|Electric|Electronics|Manufacturing|Steel|Chemicals|Coffee|Financial|Finance|Retail|Logistik|Consultants|Associates|Committee|Office|Trust|Commission|Authority|Society|Club|Union|Federation|District|Hospital|Clinic)\b/;

/**
 * German capitalises its nouns, so "Verkauf von Altgeräten" has a name's shape: a word with a noun suffix, or a long
 * word in -en (a plural), is no part of a person's name.
 */
const GERMAN_NOUN = /(?:ung|heit|keit|schaft|tion|tät|nis|tum|ismus)$|^\p{Lu}\p{Ll}{7,}en$/u;

/** Function words and slide words in capitals ("And More", "Thank You", "Click Here") are no part of a name. */
const NOT_NAME_WORD =
  /^(?:And|Or|But|More|Most|Less|The|For|With|Of|In|On|To|At|By|From|New|All|Our|Your|My|This|That|These|How|What|Why|When|Where|Who|Next|Thank|Thanks|Welcome|Hello|Dear|Best|Many|Some|Any|Get|Let|Click|Here|Title|Subtitle|Text|Slide|Page|Add|Edit|Your|Name|Date|Senior|Deputy|Vice|Chief|President|Minister|Secretary|Director|Professor|Mayor|Governor|Senator|Chairman|General|Maître|Maitre|Superintendent|Commissioner|Judge|Justice|Councillor|Councilor|Councilmember|Inspector|Sheriff|Captain|Colonel|Commander|Sergeant|Dean|Provost|Chancellor|Rector|Ambassador|Bishop|Rabbi|Reverend|Superintendente|Intendente|Alcalde|Alcaldesa|Sindaco|Bürgermeister|Bürgermeisterin|Dijkgraaf|Burgemeester|Wethouder)$/;

/**
 * Words of a role no surname takes, in the languages the rules read (lower case): a person's name holds none
 * ("Claudia Weiß, Leiterin Qualitätsmanagement", "Key Account Managerin", "Werkleiter Werk Zwickau").
 */
const ROLE_IN_NAME =
  /^(?:manager|managerin|director|directora|directeur|directrice|direttore|direttrice|diretor|diretora|gerente|gerenta|jefe|jefa|responsable|responsabile|presidente|presidenta|officer|coordinator|coordinador|coordinadora|coordinatore|coordinatrice|vorstand|referent|referentin|leiterin|geschäftsführer|geschäftsführerin|programmamanager|projectleider|\p{L}{3,}(?:leiter|leiterin|managerin|führer|führerin))$/u;

// (the first word only: "Larry Page", "Thomas More" are names)
// (and no adjective last after a word that is no given name: "African American", "Native American" name groups of
// people, "Tom Hardy" a person; and not common words throughout after a word that is no given name: "Branch
// Automation, Sales Force Automation, Maintenance Support" name business functions, "Bill Gates" a person)
const ok = (n: string) => {
  const words = n.split(' ');
  return (
    NAME.test(n) &&
    !NOT_PERSON.test(n) &&
    // (a country or a capital: "Sierra Leone", "Costa Rica", "Buenos Aires"; a city, "Rio Verde"; a city and its
    // country, "Alexandria Egypt")
    !isPlaceName(n) &&
    !isCityName(n) &&
    !(words.length > 1 && isPlaceName(words[words.length - 1])) &&
    !NOT_NAME_WORD.test(words[0]) &&
    !words.some((w) => ROLE_IN_NAME.test(w.toLowerCase())) &&
    !(modifierOnly(words[words.length - 1]) && !isGivenName(words[0])) &&
    // (a Romance particle after a word that is no given name joins a unit's name: "Dirección de Tecnología",
    // "Ministère de la Santé"; "Juan de la Cruz", "Andrew van der Stock" start with given names)
    !(
      / (?:de|del|della|da|dos|das|di|du|la|le) /.test(n) &&
      !isGivenName(words[0]) &&
      !properNoun(words[0])
    ) &&
    !(
      !isGivenName(words[0]) &&
      !properNoun(words[0]) &&
      words.every((w) => w.length < 3 || w.split('-').every((p) => commonWord(p)))
    ) &&
    // (common words throughout, some also seen in company names: "People Operations", "Operations Committee",
    // "Quality Office" name units; a person's first word is a given name: "Grant Sales", "Hope Services")
    !(!isGivenName(words[0]) && words.every((w) => w.length < 3 || w.split('-').every((p) => commonUse(p))))
  );
};

/**
 * A person's name with nothing around it to say so ("Ana Ruiz and Tom Berg presented"): a given name, an optional
 * initial, and a surname that is no common word ("Grant Writing", "April Update", "Chase Bank" are things).
 */
export function bareName(name: string): boolean {
  // (a surname's particles too: "Anouk de Vries", "Pieter van den Berg", "Fatima El Amrani")
  const m =
    /^(\p{Lu}\p{Ll}+)(?: \p{Lu}\.)? (?:(?:van|de|den|der|ter|ten|von|zu|da|di|du|del|della|dos|das|El|Al|bin|ibn) )*((?:O['’]|Mc|Mac)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?: \p{Lu}\p{Ll}+)?)$/u.exec(
      name,
    );
  return (
    m !== null &&
    isGivenName(m[1]) &&
    // (an article that a given name spells leads a place: "El Salitre", "La Paz")
    !/^(?:El|La|Le|Les|Los|Las|Il|Lo|Al|Da|De|Del|Di|Du|Van|Von)$/.test(m[1]) &&
    // (a place: "North America", "West Africa")
    !PLACE_LEAD.test(m[1]) &&
    // (and a second surname, or a given name and a surname after the first: "Javier Molina Pizarro", "Paulo Sérgio
    // Lima"; "Victoria Park Road", "Grace Hopper Celebration" end in words)
    !m[2].split(/[- ]/).some((p) => commonWord(p) || modifierOnly(p)) &&
    ok(name)
  );
}

/**
 * A person's name written family name first, as Hungarian writes it ("Kovács Péter", "Molnár Anita", "Szabó Gábor"):
 * two capitalised words, the second a given name, the first none (a surname may be a common word: "kovács" is a
 * smith).
 */
export function familyFirstName(name: string): boolean {
  const m = /^(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?) (\p{Lu}\p{Ll}+)$/u.exec(name);
  return m !== null && isGivenName(m[2]) && !isGivenName(m[1]) && !PLACE_LEAD.test(m[1]);
}

/** A place's first word that a given name may spell ("Val de Meurthe", "Rio Verde", "Mont Blanc", "Lake Placid"). */
const PLACE_LEAD =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|Greater|New|Saint|Sainte|San|Santa|Fort|Port|Puerto|Porto|Mount|Mont|Monte|Lake|Lac|Lago|Cape|Val|Valle|Villa|Ciudad|Rio|Río)$/;

/** A by-line: "Prepared by Laura Chen", "Presented by: Tom Berg", "Speaker: Ana Ruiz", "Présenté par Claire Dubois". */
const BYLINE = new RegExp(
  `(?:(?:Prepared|Presented|Written|Compiled|Delivered|Authored|Organi[sz]ed|Hosted|Moderated|Facilitated) by|(?:Présentée?|Préparée?|Rédigée?|Animée?) par|(?:Presentado|Preparado|Elaborado|Apresentado|Preparato|Presentato) (?:por|da)|(?:Vorgestellt|Erstellt|Präsentiert) von|(?:Presenters?|Speakers?|Authors?|Contact|Host|Moderator|Facilitator|Owner|Sponsor)[ \\t]*:)[ \\t]*:?[ \\t]*(${NAME_SRC})(?![\\p{L}])`,
  'gu',
);

/**
 * A person's part written before a colon or a dash, then the name ("Chief Product Officer: Sunita Venkataraman",
 * "Campaign lead: Mai Anh Pham", "– owner: Wang Lei – due Nov 30", "(lead: Kwame Mensah)", "Top performer: Chen Wei
 * (ANZ)", "Responsable : Camille Dubois"): the part says a person follows, so the name need not start with a given
 * name the lists know.
 */
const PART_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:owner|lead|leader|manager|officer|director|head|sponsor|champion|contact|PI|investigator|performer|presenter|speaker|author|assignee|accountable|responsible|DRI|POC|point of contact|coordinator|chair|analyst|engineer|architect|consultant|advisor|adviser|CEO|CTO|CFO|COO|CIO|CISO|CPO|CMO|VP|responsable|référent|pilote|jefe|jefa|encargad[oa]|verantwortlich|verantwortliche[r]?|ansprechpartner(?:in)?|leiter(?:in)?)[ \\t]*(?::|[–—]|\\s-\\s)[ \\t]*(?:Dr\\.[ \\t]+)?(${NAME_SRC})(?![\\p{L}])`,
  'giu',
);

/** A line that starts with a person's name and goes on with what they do, in lower case (see personNames). */
const DESCRIBED = new RegExp(
  `(?:^|\\n)[ \\t]*(?:[-–•▪*][ \\t]*)?(?:(?:Dr|Pr|Prof|Mme|Mr|Mrs|Ms|Dra|Ing)\\.?[ \\t]+)?(${NAME_SRC})[ \\t]*(?:,|[–—(]|\\s-\\s)[ \\t]*\\p{Ll}`,
  'gu',
);

/** A job or office written before a person's name. */
const JOB_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:CEO|CFO|CIO|CTO|CISO|COO|CMO|CDO|CPO|SVP|EVP|Director|Professor|Councilmember|Councillor|Councilor|Mayor|Senator|Governor|Minister|Commissioner|Superintendent|Chairman|Chairwoman|Chairperson)[ \\u00a0]+(${NAME_SRC})(?![\\p{L}])`,
  'gu',
);
/** A company's last word: its trade, or a noun of the kind that names an activity ("Distribution", "Logistics"). */
const trade = (name: string) =>
  /(?:tion|ment|ics|ity|ance|ence|ship|ware|works|\p{L}{3}ing)$|^(?:Freight|Transport|Shipping|Properties|Realty|Construction|Manufacturing|Distribution|Trading|Supply|Foods?|Farms?|Energy|Power|Water|Telecom|Mining|Metals|Steel|Chemicals|Textiles|Logistics)$/u.test(
    name.split(' ').pop()!,
  );
/** A team's fields and roles before a name ("Product: Kenji Watanabe"). */
const ROLE_LABEL =
  /^\s*(?:[-–•▪*]\s*)?(?:Product|Marketing|Engineering|Sales|Design|Finance|Legal|Operations|Ops|Support|HR|QA|Research|Data|Security|IT|Program|Project|Delivery|Customer Success|Partnerships|Communications|Comms|Supply chain|Executive sponsor|Sponsor|Project lead|Tech lead|Team lead|Lead|PM|PO|Scrum master|Product owner|Architect|Chair|Host|Speaker|Presenter|Contact|Owner)\s*(?::|[–—]|\s-\s)/iu;
/**
 * A role's line: a field or a job of up to three words, then a name, and nothing else ("Black Belt: Luis Herrera");
 * the name starts with a given name, or the label is a team's field or role ("Product: Kenji Watanabe").
 */
const TEAM_LINE = new RegExp(
  `(?:^|\\n)[ \\t]*(?:[-–•▪*][ \\t]*)?(?:\\p{Lu}[\\p{L}-]*|[A-Z][A-Z&/]{1,5})(?:[ \\t]+[\\p{L}-]+){0,2}[ \\t]*(?::|[–—]|\\s-\\s)[ \\t]*(${NAME_SRC})(?:,[ \\t]*[A-Z][A-Za-z.]{1,8})?[ \\t]*(?=\\n|$)`,
  'gu',
);

/** "Source: <authors>, 2012." / "Authors: <authors> (2019)": the names before the year. */
const CITATION =
  /(?:^|\n)[ \t]*(?:Sources?|Quelle|Fuente|Authors?|Auteurs?|Autoren|By|Presented by|Speakers?)[ \t]*:?[ \t]+([^\n]{3,200}?),?[ \t]*\(?(?:19|20)\d{2}\)?[.,:;][ \t]*([“"«]?)/gu;

/** Words of shared mailboxes ("berth.office@", "help.desk@", "press.team@"): an address of them names no person. */
const MAILBOX_WORDS = new Set(
  'office team desk support sales info help service services admin contact contacts press media hr jobs careers events marketing security privacy legal billing accounts account noreply reply mail news newsletter group dept department board webmaster'.split(
    ' ',
  ),
);

/** A table's header of the people who own its rows ("Owner", "Category Manager", "Verantwortlich", "Responsable"). */
const OWNER_HEADER =
  /^(?:(?:\p{L}+[ \t]+)?(?:owners?|lead|leads|manager|responsible|accountable|sponsor|assignee|contact|pm|verantwortlich|verantwortliche|verantwortung|ansprechpartner(?:in)?|leitung|responsable|responsables|référent|referent|pilote|porteur|responsabile|referente|encargado|responsável|eigenaar|verantwoordelijke|trekker)|who|wer|qui|quién|chi|quem)$/iu;

/** A table's header of people's names, and of their roles beside them. */
const NAME_HEADER = /^(?:name|names|person|people|nom|nombre|nome|naam|vorname und name)$/iu;
const ROLE_HEADER =
  /^(?:role|roles|function|position|title|job title|rolle|funktion|rôle|fonction|poste|rol|función|cargo|ruolo|funzione|função|functie)$/iu;
/**
 * The cells of a table's owner column ("| Category | Manager |" over "| Cheese | Hannah Lowther |"): people, where one
 * of them at least starts with a given name the lists know and the others have a person's name's shape (a team, a
 * department or a company by its trade is none: "Knowledge Centre team", "Legal").
 */
function ownerColumn(text: string): string[] {
  if (!text.includes('\t')) return [];
  const rows = text.split('\n').map((r) => r.split('\t').map((c) => c.trim()));
  if (rows.length < 3) return [];
  const out: string[] = [];
  // (a "Name" column beside a role's: "| Role | Name | Function |")
  const roles = rows[0].some((h) => ROLE_HEADER.test(h));
  rows[0].forEach((h, col) => {
    const nameColumn = roles && NAME_HEADER.test(h);
    if (!OWNER_HEADER.test(h) && !nameColumn) return;
    // (each cell's entries; the first is the one a name column vouches for: "Andrés Poblete, Andes Geotécnica")
    const cells = rows
      .slice(1)
      .map((r) => r[col] ?? '')
      .flatMap((c) =>
        c
          .split(/\s*(?:[/;,&+]|\band\b|\bund\b|\bet\b|\by\b|\be\b)\s*/u)
          .map((x, k) => ({ x, first: k === 0 })),
      )
      // (an honorific is no part of the name: "Dr Elena Vasquez")
      .map(({ x, first }) => ({
        x: x.replace(
          new RegExp(`^(?:(?:${RANK}|(?:Dr|Dra|Prof|Mr|Mrs|Ms|Mme|Ing|Eng)\\.?ª?)\\s+)+`, 'u'),
          '',
        ),
        first,
      }))
      .filter(({ x }) => x.includes(' '));
    // (in an owner column, a given name first or words no English lexicon knows: "Priyesh Kotecha"; "Tejo Cruise
    // Terminals" is a company; a name column holds names, "Raj Subramanian")
    const names = cells
      .filter(
        ({ x: c, first }) =>
          ok(c) &&
          !trade(c) &&
          c.split(' ').length <= 3 &&
          (isGivenName(c.split(/[\s-]/)[0]) ||
            (first && (nameColumn || c.split(/[\s-]/).every((w) => !isEnglishWord(w) && !commonWord(w))))),
      )
      .map(({ x }) => x);
    if (names.some((n) => isGivenName(n.split(/[\s-]/)[0]))) out.push(...names);
  });
  return out;
}

/** A team line whose label is an acronym of the capitalised words after it ("CMI – Case Mix Index"). */
function initialsLabel(m: RegExpMatchArray): boolean {
  const label = /^\s*(?:[-–•▪*]\s*)?([A-Z][A-Za-z&]{1,6})\s*(?::|[–—]|\s-\s)/u.exec(m[0]);
  // (a legend of people's initials is a team's: "JW – Jonas Weber")
  const ws = m[1].split(/[\s-]+/);
  if (!label || (isGivenName(ws[0]) && ws.slice(1).every((w) => !commonUse(w.toLowerCase())))) return false;
  const initials = ws
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  return initials.length >= 2 && label[1].toUpperCase() === initials;
}

/** Names in a list: "A, B and C", "A & B". */
function splitNames(s: string): string[] {
  return s
    .split(/\s*[,;]\s*|\s+(?:and|&|und|et|y)\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
}

export function personNames(
  text: string,
  opts: { titleSlide?: boolean; raw?: string; lang?: string } = {},
): string[] {
  const out = new Set<string>();
  for (const line of text.split(/\n+/)) {
    const parts = line
      .split(/\s*[,;]\s*|\s+(?:and|&|und|y|et)\s+/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length >= 3) {
      const names = parts.filter(ok);
      if (names.length >= 3 && names.length / parts.length >= 0.6) for (const n of names) out.add(n);
    }
    // (a list of people and their roles, an entry each between semicolons: "Claudia Weiß, Leiterin
    // Qualitätsmanagement; Markus Lindner, Werkleiter Werk Zwickau; …"; a label and an honorific before the first)
    const entries = line.split(/\s*;\s*/).filter((e) => e.includes(','));
    if (entries.length >= 3) {
      const firsts = entries.map((e) =>
        e
          .split(',')[0]
          .replace(/^[^:]{0,40}:\s*/u, '')
          .replace(/^(?:(?:Dr|Prof|Mr|Mrs|Ms|Mme|Ing|Dott|Hon|ir)\.?\s+)+/u, '')
          .trim(),
      );
      const names = firsts.filter((n) => ok(n) && isGivenName(n.split(/[\s-]/)[0]));
      if (names.length >= 2 && names.length / entries.length >= 0.6) for (const n of names) out.add(n);
    }
  }
  for (const m of text.matchAll(DEGREE)) if (!NOT_PERSON.test(m[1])) out.add(m[1]);
  for (const m of text.matchAll(HONORIFIC)) if (!NOT_PERSON.test(m[1])) out.add(m[1]);
  // (after a given name: "Business Continuity – Manager", "Service Desk, Manager approval" name units, "Austin
  // Texas – Director" a place; English: "CIO ve CISO" after a comma is a Turkish list)
  // (or a name of words no English lexicon knows, two or three: "Priya Raman, Director of Customer Operations")
  // (in other languages too, before an English job, when the first word is a name: "Sanne de Vries, Chief Data
  // Officer" in a Dutch deck)
  const roleLang = opts.lang ?? 'en';
  for (const m of roleLang !== 'tr' ? text.matchAll(ROLE) : [])
    if (
      ok(m[1]) &&
      (isGivenName(m[1].split(/[\s-]/)[0]) ||
        (roleLang !== 'en' && properNoun(m[1].split(' ')[0]) && !isPlaceName(m[1].split(' ')[0])) ||
        (roleLang === 'en' &&
          m[1].split(' ').length <= 3 &&
          !/^(?:Dr|Dra|Pr|Prof|Mr|Mrs|Ms|Mme|Mlle|Sir|Dame|Ing)$/.test(m[1].split(' ')[0]) &&
          m[1].split(/[\s-]/).every((w) => !isEnglishWord(w) && !commonWord(w)))) &&
      !properNoun(m[1].split(' ').pop()!)
    )
      out.add(m[1]);
  for (const n of ownerColumn(text)) out.add(n);
  // (the name must look like one: "Prepared by People Operations", "Owner: Quality Office" name units)
  for (const m of text.matchAll(BYLINE)) if (ok(m[1])) out.add(m[1]);
  // a team's roles, a line each: "Black Belt: Luis Herrera", "Product: Kenji Watanabe" (a given name first, or a team's
  // field before words no English lexicon knows: "Platform: Google Cloud", "Status: Green Light" are no people;
  // English decks only: a Turkish "Erişim Kontrolü" after a colon has a name's shape)
  // (and in a team's list, where two lines name people so, or one of three lines or more, a name of words no English
  // lexicon knows on another line: "Platform: Liu Yang", "Growth: Arjun Mehta" beside "Design: Hannah Becker")
  // (in French, Spanish, Portuguese, Italian and German decks too, where the name starts with a given name: "Black
  // Belt: Mariana Gutiérrez", "Mantenimiento: Andrés Villalobos", "Projektleitung: Anja Schulz")
  const english = (opts.lang ?? 'en') === 'en';
  // (a team's roles may share a line between semicolons: "Diretora Financeira: Beatriz Sampaio; Jurídico: Juliana
  // Menezes; O&M: Carlos Eduardo Nunes")
  const allTeamLines =
    english || ['fr', 'es', 'pt', 'it', 'de'].includes(opts.lang ?? '')
      ? [...text.replace(/[ \t]*;[ \t]*/g, '\n').matchAll(TEAM_LINE)]
      : [];
  // (a glossary is no team: "CMI – Case Mix Index; MD – Medizinischer Dienst", two lines at least whose label is the
  // initials of the words after it; "HR: Hannah Roberts" alone stays a person)
  const glossed = allTeamLines.map(initialsLabel);
  const teamLines =
    glossed.filter(Boolean).length >= 2 ? allTeamLines.filter((_, k) => !glossed[k]) : allTeamLines;
  const sure = teamLines.filter((m) => {
    const ws = m[1].split(' ');
    return (
      ok(m[1]) &&
      (isGivenName(ws[0]) || (english && ROLE_LABEL.test(m[0]) && ws.every((w) => !isEnglishWord(w))))
    );
  });
  for (const m of sure) out.add(m[1]);
  // (in another language, where one line is sure, of two or more; no German noun: "Status: Grüne Ampelphase"; no word
  // in common use)
  if (sure.length >= 2 || (sure.length >= 1 && teamLines.length >= (english ? 3 : 2)))
    for (const m of teamLines)
      if (
        ok(m[1]) &&
        !trade(m[1]) &&
        m[1].split(/[\s-]/).every((w) => !commonWord(w) && (english || !GERMAN_NOUN.test(w))) &&
        // (a word no lexicon knows: "Anja Schulz"; "Sierra Leone" is known throughout, a place)
        m[1].split(/[\s-]/).some((w) => !isEnglishWord(w))
      )
        out.add(m[1]);
  // (a rejected match gives its first word back: "Rede von Richard von Weizsäcker")
  const particle = new RegExp(PARTICLE_NAME.source, PARTICLE_NAME.flags);
  for (let m = particle.exec(text); m !== null; m = particle.exec(text)) {
    if (
      !NOT_PERSON.test(m[0]) &&
      !m[0].split(' ').some((w) => GERMAN_NOUN.test(w)) &&
      // (nor the start of a longer run of capitalised words: "Doelen van Programma Fundament" heads a Dutch slide)
      !/^[ \u00a0]\p{Lu}\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3)) &&
      // German writes "Verkauf von Neuware", "Einsatz von Daten": in German text a bare "von" follows a given name
      // ("Richard von Weizsäcker", "Wernher von Braun"); "von der", "van" stay particles
      !(
        opts.lang === 'de' &&
        / von \p{Lu}/u.test(m[0]) &&
        !properNoun(m[0].split(' ')[0]) &&
        !isGivenName(m[0].split(' ')[0])
      )
    )
      out.add(m[0]);
    else particle.lastIndex = m.index + m[0].split(' ')[0].length;
  }
  // (not in a Romance text, where "de" joins capitalised nouns: "Base de Datos")
  if (!/^(?:es|fr|it|pt|ro|ca)$/.test(opts.lang ?? 'en'))
    for (const m of text.matchAll(GIVEN_PARTICLE_NAME))
      if (
        isGivenName(m[1]) &&
        !PLACE_LEAD.test(m[1]) &&
        !commonWord(m[2].toLowerCase()) &&
        !NOT_PERSON.test(m[0]) &&
        !isPlaceName(m[0])
      )
        out.add(m[0]);
  // a citation's authors, after a label and before the year ("Source: Anthony Carnevale, Tamara Jaysundera and Ban
  // Cheah, 2012. “The College Advantage …”"): every part name-shaped
  for (const m of text.matchAll(CITATION)) {
    const parts = splitNames(m[1]);
    // three names, or two before a quoted title: "Source: Gartner Research and Forrester Research, 2019" cites
    // organisations
    if ((parts.length >= 3 || (parts.length === 2 && m[2] !== '')) && parts.every(ok))
      for (const n of parts) out.add(n);
  }
  // a contact block: a name-shaped line and an address made of its words ("Jade Maloney … Jade.Maloney@artd.com.au")
  // (the addresses are read in the raw text when given: the text to search may have them blanked as noise)
  for (const m of (opts.raw ?? text).matchAll(/(?<![\p{L}\p{N}._-])(\p{L}+)[._-](\p{L}+)@[\w-]+\./gu)) {
    // (the name on a line of its own, as a contact block writes it)
    const re = new RegExp(`(?:^|\\n)[ \\t]*(${m[1]}) (${m[2]})[ \\t]*(?:\\n|$)`, 'iu');
    const hit = re.exec(text.replace(m[0], ''));
    const name = hit ? `${hit[1]} ${hit[2]}` : '';
    if (
      hit &&
      ok(name) &&
      hit[1][0] === hit[1][0].toUpperCase() &&
      !MAILBOX_WORDS.has(m[1].toLowerCase()) &&
      !MAILBOX_WORDS.has(m[2].toLowerCase())
    )
      out.add(name);
  }
  if (opts.titleSlide) {
    // (and any line of it that starts with a given name and goes on after a comma or a dash: "Claire Le Goff,
    // Vice-présidente chargée des lycées" under the deck's subtitle)
    for (const line of text.split('\n')) {
      const m = /^\s*([^,|–—(]+?)\s*[,|–—(]\s*\S/u.exec(line);
      const head = m?.[1].replace(/^(?:Dr\.?|Prof\.|Mr\.|Mrs\.|Ms\.|Mme|Eng\.ª)\s+/u, '');
      if (head && ok(head) && isGivenName(head.split(/[\s-]/)[0]) && !trade(head)) out.add(head);
    }
    // speakers and authors: the first line of each paragraph, before a comma ("Andrew van der Stock, co-leader")
    for (const para of text.split(/\n\s*\n/)) {
      const first = para
        .split('\n')
        .map((l) => l.trim())
        .find(Boolean);
      if (!first) continue;
      const head = first
        .split(/\s*[,|–—(]\s*/)[0]
        .replace(/^(?:Dr\.|Prof\.|DI|Mag\.|Mr\.|Mrs\.|Ms\.)\s+/, '')
        .trim();
      // (a company's name and trade: "Crestline Distribution", "Redline Freight"; "Ana Brown" starts with a given name)
      // (in another language, a given name first: "Planta Monterrey – Autopartes del Norte" names a site)
      // (a plural trade after a word that is no given name: "Larkfield Grocers", "Harbour Builders")
      if (
        ok(head) &&
        !(trade(head) && !isGivenName(head.split(' ')[0])) &&
        !(!isGivenName(head.split(' ')[0]) && tagsOf(head.split(' ').pop()!)?.[0] === 'NNS') &&
        ((opts.lang ?? 'en') === 'en' || isGivenName(head.split(' ')[0]))
      )
        out.add(head);
    }
  }
  // a team's list of people, each with what they do in lower case ("Hélène Rousseau, cadre supérieure de santé",
  // "Kossi Mensah, ingénieur qualité", "Hiroshi Yamamoto (calidad)"): two lines of it or more in one block
  {
    const described = /[,–—(-]/.test(text)
      ? [...text.matchAll(DESCRIBED)].map((m) => m[1]).filter((n) => ok(n) && !trade(n))
      : [];
    if (described.length >= 2) for (const n of described) out.add(n);
  }
  // a job before a name: "CIO Raj Patel accepts …", "Councilmember Lena Tran", "Mayor Ruth Okoye"
  for (const m of text.matchAll(JOB_BEFORE)) if (ok(m[1]) && !trade(m[1])) out.add(m[1]);
  // a person's part before a colon: "Campaign lead: Mai Anh Pham" (no company by its trade: "Owner: Crestline
  // Distribution"; no words of English throughout: "Owner: Quality Office")
  for (const m of /[:–—-]/.test(text) ? text.matchAll(PART_BEFORE) : [])
    if (ok(m[1]) && !trade(m[1]) && /^\p{Lu}/u.test(m[1])) out.add(m[1]);
  // (a body is no person, however its words look: "Gemeente Deventer, team Ruimte en Omgeving" among a title slide's
  // people, "organisme référent : France Travail"; outside English, a name led by a country is a body or a programme,
  // "France Travail", "Italia Domani", "España Digital", where English decks name people "Jordan" or "Georgia")
  for (const n of out)
    if (
      keywordType(n) === 'ORGANIZATION' ||
      ((opts.lang ?? 'en') !== 'en' && n.includes(' ') && isCountryName(n.split(' ')[0]))
    )
      out.delete(n);
  // (a rank that a longer match took in is no part of the name: "Detective Superintendent Claire Moorhouse")
  return [
    ...new Set(
      [...out].map((n) => {
        const bare = n
          .replace(RANK_LEAD, '')
          .replace(/^\S+\s+/, (w) => (TITLE_BEFORE_NAME.test(w.trim()) ? '' : w));
        return bare !== n && bare.includes(' ') ? bare : n;
      }),
    ),
  ];
}
