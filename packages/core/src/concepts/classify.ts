import { commonWord, everydayWord } from './common-words.js';
import type { ConceptType } from '../model/graph.js';
import { commonUse, isEnglishWord, properNoun, tagsOf } from './english-lexicon.js';
import { isGivenName } from './given-names.js';
import { LEGAL_FORM_END } from './legal-forms.js';
import { isCityName, isPlaceName, isRegionName, isTownName } from './places.js';
import { KNOWN_COMPANIES, PUBLIC_BODIES } from './public-bodies.js';

/**
 * The kinds of act a Romance deck names by their date ("DM 21 aprile 2011", "Linee Guida MiSE 22 maggio 2014", "Arrêté du
 * 12 mars 2020"): the heads of candidates.ts's pattern and of the STANDARD rule below.
 */
export const ACT_BY_DATE_HEAD =
  'D\\.?M\\.?|DPCM|D\\.?P\\.?C\\.?M\\.?|Decreto(?: Ministeriale| Legislativo)?|Linee [Gg]uida(?: [A-Z][\\p{L}]*)?|Circolare(?: [A-Z][\\p{L}]*)?|Arrêté|Décret|Circulaire|Ordonnance|Real Decreto|Orden|Decreto-Lei|Portaria';

const PL = 's?'; // plural-tolerant word ends

/** Names of a kind of weakness ("SQL Injection", "inyección SQL", "failles XSS"). */
export const WEAKNESS =
  /(?<![\p{L}])(misconfigurations?|vulnerabilit(y|ies)|weakness(es)?|flaws?|injections?|scripting|forgery|exposure|deserialization|fehlkonfiguration|schwachstellen?|inyecci[oó]n(es)?|vulnerabilidad(es)?|vulnérabilités?|falsificaci[oó]n|falsification|exposici[oó]n|désérialisation|deserializaci[oó]n|failles?|fallas?)(?![\p{L}])/iu;

/**
 * A role a trade or a law defines, a party to its contracts or its processes ("Metering Provider", "Distribution
 * Network Service Provider", "General Contractor", "Principal Investigator", "call-taker", "revisore legale", "médico
 * de família"; not a system, "Identity Provider", nor "Caretaker"): select.ts keeps it even when named in passing.
 */
export const TRADE_ROLE =
  /(?<![\p{L}])(?:(?<!(?:identity|cloud) )provider|advisor|adviser|investigator|contractor|assessor|inspector|taker)s?$|^(?:médic[oa]|medico|revisore|revisor|revisora)\s/iu;
/** Words of a field whose rules and codes are acts or standards ("National Electricity Rules", "Complaint Handling Code"). */
const REGULATED_FIELD =
  /\b(?:National|Federal|State|Electricity|Energy|Gas|Retail|Market|Network|Grid|Listing|Court|Civil|Criminal|Procedure|Practice|Conduct|Handling|Complaints?|Ethics|Governance|Building|Planning|Tax|Highway|Housing|Consumer|Customer|Safety|Labour|Labor|Corporate|Financial|Insurance|Banking|Takeover|Accounting|Audit|Disclosure|Trade|Customs|Procurement|Water|Health|Privacy|Fire|Electrical|Wiring|Road|Traffic|Maritime|Aviation|Mining|Environmental|Land|Property|Competition|Advertising|Broadcasting|Telecommunications|Education|Employment|Pensions?|Charity|Companies)\b/;
/** The fields of a district that is a body, not a place ("Harlan Creek School District", "Delta Water District"). */
const SPECIAL_DISTRICT =
  /(?:^| )(?:School|Water|Fire|Irrigation|Sanitation|Sanitary|Hospital|Conservation|Utility|Utilities|Transit|Park|Library|Sewer|Drainage|Health|Port|Housing|College)$/u;
/** Countries and states whose public bodies are named by their field and the country's name (see nationalBody). */
const BODY_COUNTRY =
  /^(.+) (Canada|Australia|UK|England|Scotland|Wales|Ireland|New Zealand|Victoria|Queensland|NSW|Tasmania)$/u;
/** Words before a country's name that make a part of it or a place, not a body ("Western Australia", "Lake Victoria"). */
const PART_OF_COUNTRY =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|Inner|Outer|Upper|Lower|Regional|Rural|Urban|Metro|Metropolitan|Atlantic|Pacific|Coastal|Northwest|Northeast|Southwest|Southeast|Northwestern|Northeastern|Southwestern|Southeastern|New|Old|Great|Little|Mid|Middle|Far|Mainland|Outback|Tropical|Across|All|Rest|Whole|Modern|Lake|Mount|Mt|Port|Fort|Cape|Bay|River|Island|Isle|Queen|King|Princess|Prince|Lady|Saint|St|Made|Welcome|Visit|Inside|Outside|About|In|Of|For|To|The|Our|Your|Why|How|What)$/;
/**
 * A body named by its field and its country or state: one to four capitalised words of English before the country's
 * name ("Services Australia", "Public Safety Canada", "Homes Victoria", "Water UK"), none a part of the country, a
 * place or a given name, the last of them a noun first of all.
 */
function nationalBody(name: string): boolean {
  const m = BODY_COUNTRY.exec(name.trim());
  if (!m) return false;
  const words = m[1].split(' ');
  if (words.length > 5) return false;
  const named = words.filter((w) => w !== 'and' && w !== '&');
  if (named.length === 0 || named.length > 4) return false;
  if (
    !named.every(
      (w) => /^\p{Lu}\p{Ll}+$/u.test(w) && isEnglishWord(w.toLowerCase()) && !PART_OF_COUNTRY.test(w),
    )
  )
    return false;
  if (named.some((w) => isPlaceName(w) || isGivenName(w)) || isPlaceName(m[1])) return false;
  // (a noun first of all: "Hiring Canada" is a heading's verb)
  return /^NNS?$/.test(tagsOf(named[named.length - 1].toLowerCase())?.[0] ?? '');
}

const RULES: [ConceptType, { test(name: string): boolean }][] = [
  // a published method, catalogue or guide named after its author ("OWASP Testing Guide", "Common Weakness
  // Enumeration", "Risk-Rating-Methode"), ahead of the words inside it
  [
    'STANDARD',
    /^(?:\p{Lu}[\p{Lu}\d]+|\p{Lu}\p{Ll}*\p{Lu}\p{L}*)\b.*[\s-]([Mm]ethodology|[Mm]ethodik|[Mm]ethode|[Mm]éthodologie|[Mm]etodología|[Gg]uide|[Gg]uidelines|[Ss]pecification)$/u,
  ],
  ['STANDARD', /[\s-](enumeration|scoring system)$/i],
  // guidance, guidelines and codes of practice by their name ("Tailored Impact Statement Guidelines", "Statutory
  // Guidance", "Code of Practice")
  ['STANDARD', /^(?:\p{Lu}[\p{L}-]* ){2,5}(?:Guidelines|Guidance|Code of Practice|Codes of Practice)$/u],
  // a standard or a guide named head first in the Romance languages, its subject capitalised ("Estándar de Verificación
  // de Seguridad en Aplicaciones", "Guía de Pruebas de OWASP", "Guida ai Test"; not "Norma Jean")
  [
    'STANDARD',
    /^(?:Estándar(?:es)?|Standard|Padrão|Norma|Normas|Norme|Normes|Guía|Guia|Guida|Guide|Referencial|Référentiel|Marco de referencia) (?:de|del|des|du|di|dei|della|da|do|dos|para|pour|per|ai|sur|sobre) (?:l['’])?\p{Lu}/u,
  ],
  // an act, an agreement or a contract named head first in the Romance languages, its name in capitals or an acronym
  // after it ("Decreto CACER", "Accordo Integrativo Regionale", "Termo de Ajustamento de Conduta", "Criteri Ambientali
  // Minimi", "Testo Integrato Autoconsumo Diffuso", "Manual de Crédito Rural", "Protocolo de Quioto", "Política de
  // Segurança Cibernética", "Directrices de Contratación Pública"; a manual, a
  // protocol or a "termo" of something only, "Manual Testing" and "Termo Eléctrico" are none; criteria of something are
  // a search's as often, "Criterios de Búsqueda"; a code is the rule below's, by its adjective, "Código Florestal")
  [
    'STANDARD',
    /^(?:Decreto|Décret|Accordo|Acuerdo|Acordo|Contratto|Contrato|Contrat|(?:Política|Politique|Politica)(?! (?:[Mm]onetaria|[Mm]onetária|[Mm]onétaire|[Ff]iscal|[Ee]xterior|[Ee]xterna|[Éé]trangère|[Ee]stera|[Ee]conómica|[Ee]conômica|[Éé]conomique|[Ee]conomica|[Ss]ocial|[Ss]ociale|[Pp]ública|[Pp]ublique|[Pp]ubblica))|Directrices|Diretrizes|Lineamientos|(?:Criteri|Criterios|Critérios|Critères)(?! d)|Directiva|Diretiva|Direttiva|Testo Unico|Testo Integrato|Texto Refundido|Estatuto|Statuto|Pacto|Patto|Pacte|(?:Manual|Manuale|Protocolo|Protocollo|Protocole|Termo)(?= d))(?: (?:de|del|des|du|di|dei|della|delle|da|do|dos|das|sur|sulla|sobre|per|pour|para|[ldLD]['’]\p{Lu}[\p{L}-]*|\p{Lu}[\p{L}-]*\d*))* \p{Lu}[\p{L}-]*\d*$/u,
  ],
  // well-known specifications and document series, written by their acronym ("SAML 2.0", "CWE", "SP 800-63"), and
  // the web's and data's formats ("HTML5", "CSS", "CSV")
  [
    'STANDARD',
    /^(saml|oauth|openid connect|oidc|cwe|cve|cvss|capec|fido2?|u2f|webauthn|x\.509|ldap|kerberos|http|json|xml|yaml|html|xhtml|css|csv|markdown|smtp|dns|dnssec|ipsec|ipv[46]|wcag|bpmn|uml|sbom|spdx|cyclonedx|scorm|xbrl|ifrs|gaap|hl7|fhir|hl7 fhir|dicom|iban|loinc|snomed(?: ct)?|cjis|ncm)( ?(?:v|r)?\d+(\.\d+)*)?$/i,
  ],
  ['STANDARD', /\b(sp ?800-\d+|fips ?\d+|creative commons|cc[ -]by(-[a-z]+)*)\b/i],
  // a law or a regulation by its number ("Lei 14.300/2022", "Decreto 123/2024", "Real Decreto 105/2008", "D.Lgs.
  // 81/2008", "Regolamento (UE) 2019/779")
  [
    'STANDARD',
    /^(?:Lei|Ley|Loi|Legge|Gesetz|Real Decreto|Decreto|Décret|Ordonnance|D\.\s?Lgs\.|D\.\s?L\.|D\.P\.R\.|DPR|Lei Complementar|Convênio(?: ICMS)?|Convenio|Ajuste SINIEF|DN Conjunta|Instrução Normativa|Deliberação Normativa|Orden|Delibera|Deliberazione|Determina|Determinazione|Portaria|Resolução|Resolución|Risoluzione|RDL?|LO|Règlement|Reglamento|Regolamento|Regulamento|Verordening|(?:Durchführungs|Delegierte )?[Vv]erordnung|Richtlinie|Directive|Directiva|Diretiva|Direttiva|Regulation|Circular|Circolare|Circulaire|Rundschreiben|Instrução|Instrucción|Arrêté|Wet|Besluit)(?![\p{L}]).*\d/u,
  ],
  // an act by an abbreviation of its kind and its number and year ("DM 226/2011", "DL 77/2021", "L. 232/2016", "LC
  // 214/2025", "IN RFB 2.121/2022")
  ['STANDARD', /^(?:DPCM|D\.?M\.?|D\.?L\.?|L\.|LC|IN(?: RFB)?)\s(?:n\.?\s?)?\d[\d.]*\/(?:19|20)?\d\d$/u],
  // a law by its name or its acronym: German laws and ordinances by their last word ("Lieferkettensorgfaltspflichten-
  // gesetz", "Windenergieflächenbedarfsgesetz", "Baugesetzbuch", "Trinkwasserverordnung") or their acronym of mixed
  // case ending in G, GB or V ("BImSchG", "LkSG", "BauGB", "BImSchV", "BSI-KritisV"), a book of the social code ("SGB
  // XI"); Dutch laws by their last word ("Omgevingswet", "Warmtewet"); the Union's and other well-known acts by
  // their acronym ("NIS2", "DSGVO", "RGPD", "DORA", "CSRD", "LGPD")
  [
    'STANDARD',
    /^(?:\p{Lu}[\p{L}-]*(?:gesetz|gesetzbuch|verordnung|gesetzes|verordnungen|-Gesetz|-Verordnung)|\p{Lu}[\p{Ll}-]{3,}wet|\p{Lu}[\p{Ll}-]{3,}(?:richtlijn|verordening)(?: \p{Lu}[\p{L}-]*)?|(?:[A-Z][A-Za-z]*-)?[A-Z][A-Za-z]*[a-z][A-Za-z]*(?:G|GB|V)|SGB [IVX]+|NIS ?2|DSGVO|BDSG|GG|BGB|HGB|BSIG|GEG|WPG|KWKG|OZG|TKG|KHG|KHZG|PDSG|RGPD|NOTRe|ALUR|PLUi(?:-H)?|PLU-H|SCoT|SRADDET|PCAET|PPRI|PPRN|PGRI|SDAGE|LCSP|LPAC|LRJSP|TUEL|TUIR|LOPDGDD|LGPD|DORA|CSRD|CSDDD|SFDR|ESPR|EUDR|CBAM|REACH|RoHS|WEEE|MDR|IVDR|MiCA|PSD2|PSD3|EMIR|MiFID(?: II)?|CCPA|GLBA|FERPA)$/u,
  ],
  // a standard by its body and number ("EN 50155", "BS 7671", "DIN EN 1090", "IATF 16949", "ASTM D638", "NBR 16690",
  // "UNI CEI 11352", "CEI 0-21", "DIN VDE 0100", "VDE-AR-N 4105", "NF C 15-100")
  [
    'STANDARD',
    /^(?:EN|BS|DIN(?: EN)?|IATF|ASTM|ANSI|ASME|NFPA|ETSI(?: EN| TS)?|UL|NF(?: EN)?|UNE(?:[- ]EN)?|ABNT NBR|NBR|AS\/NZS|JIS|NEN(?:-EN)?|UNI(?: CEI)?(?: EN)?|CEI(?: EN)?|DIN VDE|VDE(?:-AR-[NE])?|NF C|ÖNORM|PAS)[ -]?[A-Z]?\d/,
  ],
  // a German act's acronym with its Land or its year ("LArchG BW", "ElWOG 2010"); a law by its name in the Romance
  // languages ("Ley Karin", "Lei de Bases do Clima", "Loi Climat et résilience"); their by-laws, regulations, codes
  // and statutes by their head ("Ordenanzas", "ordenanza fiscal", "regolamento interno", "Codice Etico"); a US
  // act's section or a regulation by its letter ("Section 1033", "Reg E")
  [
    'STANDARD',
    /^(?:[A-Z][A-Za-z]*-)?[A-Z][A-Za-z]*[a-z][A-Za-z]*(?:G|GB|V) (?:(?:19|20)\d\d|BW|BY|BE|BB|HB|HH|HE|MV|NI|NRW|NW|RP|RLP|SL|SN|ST|SH|TH)$/u,
  ],
  [
    'STANDARD',
    /^(?:Ley|Lei|Loi|Legge|Llei)(?: (?:de|del|da|do|dos|das|di|della|sur|sulla|sobre|relativa|relative))? \p{Lu}|^(?:ordenanzas?|reglamentos?|regolament[oi]|regulamentos?|règlements?|codice|ordonnances?|estatutos?|statut[oi]|statuts|disposiciones|disposições|disposizioni|texto refundido)(?: (?:\p{Ll}|\p{Lu}\p{Ll}+$).*)?$|^(?:Section|Sec\.|§) ?\d+[A-Za-z]?$|^Reg(?:ulation)? [A-Z]{1,2}$/iu,
  ],
  // an Italian ministerial decree or guidelines by their date ("DM 21 aprile 2011", "Linee Guida MiSE 22 maggio 2014")
  [
    'STANDARD',
    new RegExp(
      `^(?:${ACT_BY_DATE_HEAD})(?: (?:du|del|de|dell['’]))? \\d{1,2}(?:º|°|er)? (?:de )?\\p{Ll}+(?: de)? (?:19|20)\\d\\d$`,
      'u',
    ),
  ],
  // a company by its legal form ("Altamira Copper plc", "Banca Solera, S.A.", "Pagaloop México, S.A.P.I. de C.V.")
  ['ORGANIZATION', LEGAL_FORM_END],
  // a firm of partners or of a family ("Lescure & Associés", "Hallmann & Söhne", "Moreau & Fils")
  [
    'ORGANIZATION',
    /\s&\s(?:Associés|Associates|Associados|Asociados|Associati|Söhne|Sohn|Fils|Cie\.?|Partners?|Hijos|Filhos|Figli|Zonen)$/u,
  ],
  // English laws, rules and codes by their last word ("Bipartisan Infrastructure Law", "Foreign Direct Product Rule",
  // "Lead and Copper Rule Revisions", "National Electricity Rules", "Complaint Handling Code"), and an ordinance or a code by its number ("Ordinance 2025-114", "Ohio Revised Code
  // 6109.121")
  // (after one word only when no English word: "Volcker Rule"; "Business Rule", "Golden Rule" are none)
  [
    'STANDARD',
    {
      test: (name: string) => {
        if (/^(?:\p{Lu}[\p{L}-]* )*(?:Ordinance|Statute|Code) \d[\d.-]*$/u.test(name)) return true;
        const m =
          /^(\p{Lu}[\p{L}'’-]*(?: (?:and|of|on|for|the|\p{Lu}[\p{L}-]*))*) (?:Law|Rule|Rules|Code|Regulations|Ordinance|Statute|Treaty)(?: (?:Revisions|Improvements|Amendments))?$/u.exec(
            name,
          );
        // (an observation named after its author is no act: "Moore's Law", "Conway's Law"; "Awaab's Law", "Martyn's
        // Law" are)
        if (m !== null && EPONYMOUS_LAW.test(m[1])) return false;
        // (rules and codes of a trade or a law, not a tool's: "Visual Studio Code", "Azure Firewall Rules", "QR Code")
        if (m !== null && / (?:Rules|Code)$/.test(name) && !REGULATED_FIELD.test(m[1])) return false;
        return m !== null && (m[1].includes(' ') || !isEnglishWord(m[1].toLowerCase()));
      },
    },
  ],
  // codes and national schemes of the Romance languages and Dutch acts by their name ("Code général des impôts",
  // "Código Civil", "Codice dei contratti pubblici", "Esquema Nacional de Seguridad", "Esquema Judicial de
  // Interoperabilidad y Seguridad", "Wet langdurige zorg"; a Dutch ordinance or directive by its name, "Algemene
  // verordening gegevensbescherming")
  [
    'STANDARD',
    /^(?:Code|Código|Codice) (?:général|civil|pénal|de|du|des|del|della|dei|degli|delle|do|da|dos|das|Civil|Penal|Civile|Penale)\b|^Esquema (?:Nacional|\p{Lu}\p{Ll}+) de \p{Lu}/u,
  ],
  ['STANDARD', /^\p{Lu}\p{Ll}+ (?:verordening|richtlijn) \p{Ll}{4,}$/u],
  // (and a code by its adjectives, "Code monétaire et financier", "Código penal", "Codice civile"; not "Code review")
  [
    'STANDARD',
    {
      test: (name: string) => {
        const m = /^(?:Code|Código|Codice) (\p{L}\p{Ll}+)(?: (?:et|e|y) \p{L}\p{Ll}+)?$/u.exec(name);
        // (an adjective of a law's field: "Code couleur", "Código fuente" are none)
        return (
          m !== null &&
          /^(?:civil|civile|pénal|penal|penale|monétaire|général|rural|forestal|florestal|forestier|électoral|electoral|elettorale|fiscal|tributário|tributario|minier|minero|mineiro|commercial|comercial|procesal|processuale|aduanero|aduaneiro|laboral|sanitaire|foncier|électrique|énergétique|ambiental|ambientale|environnemental|urbanístico|urbanistico|deontológico|deontologico|ético|etico|municipal|administratif|administrativo|amministrativo)$/u.test(
            m[1].toLowerCase(),
          )
        );
      },
    },
  ],
  // a German or Swiss act by its title ("Bundesgesetz über den Datenschutz", "Verordnung über das elektronische
  // Patientendossier", "Gesetz zur Beschleunigung der Energiewende")
  [
    'STANDARD',
    /^(?:Bundesgesetz|Gesetz|Verordnung|Bundesverordnung|Landesgesetz|Staatsvertrag)(?: des \p{Lu}+)? (?:über|zur|zum|zu|für) \p{L}/u,
  ],
  [
    'STANDARD',
    {
      test: (name: string) => {
        // (and a decree, "Besluit activiteiten leefomgeving", "Besluit kwaliteit leefomgeving")
        // (and a list in its name: "Wet kwaliteit, klachten en geschillen zorg")
        const m = /^(?:Wet|Besluit|Regeling) (\p{Ll}+),? \p{L}/u.exec(name);
        return m !== null && (/^(?:op|van|inzake|tot)$/.test(m[1]) || !isEnglishWord(m[1]));
      },
    },
  ],
  // a street, a square, a district ("Mill Street", "Avenida de Zaragoza", "Cité Bellevue", "Gewerbegebiet
  // Neckarwiesen", "Bahnhofstraße"), a French commune by its joined name ("Saint-Avit-sur-Orvanne")
  [
    'PLACE',
    /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)* (?:Street|Road|Avenue|Boulevard|Square|Terrace|Crescent|Parkway|Creek|River|Lake|Bay|Valley|Island|Harbour|Harbor|Beach|Grove|Gardens|Quay|Wharf|Berth(?: \d+)?)$|^\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)? (?:WwTW|WTW|STW|WRC|WWTP|WTP|EDAR|ETAR|STEP)$|^(?:Lake|Mount|Mt\.?|Port|Cape|Isle of|Berth|Quay|Pier|River) (?!(?:Authority|Authorities|Board|Commission|Company|Trust|Council|Agency|Corporation|Services?|Operations?|Management|State|Security|Police)$)\p{Lu}[\p{L}'’.-]*$|^(?:Berth|Quay|Pier) \d+$|^(?:Avenida|Av\.|Avda\.|Calle|Plaza|Paseo|Passeig|Ronda|Rambla|Camino|Carretera|Carrer|Rua|Praça|Largo|Travessa|Estrada|Viale|Piazza|Piazzale|Corso|Rue|Quai|Allée|Chemin|Boulevard|Cours|Polígono|Barrio|Bairro|Quartiere|Cité|Clos|Lotissement|Gewerbegebiet|Industriegebiet|Baugebiet|Neubaugebiet|Ortsteil|Stadtteil)(?: (?:de|del|de la|des|du|da|do|dos|das|di|della|dei|delle|degli|la|le|les|el|los|las))* \p{Lu}|^\p{Lu}\p{Ll}+(?:straße|strasse|allee|gasse|straat|plein|laan|gracht|kade)$|^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*-(?:sur|sous|en|lès|lez|le|la|les)-\p{Lu}/u,
  ],
  // a district, a county or a region by its proper name ("JTG District", "Kōwhai Plains District", "Wyvernshire
  // County"; not an English word's, "Sales Region", nor a body of it, "District Council" being above); a town's
  // historic centre; a Dutch or German district by its compass point ("Hoogveld-Noord", "Merwededijk-West")
  [
    'PLACE',
    {
      test: (name: string) => {
        const m =
          /^((?:\p{Lu}[\p{L}'’.-]*\s){1,3})(?:District|County|Province|Municipality|Borough|Parish|Township|Plains|Peninsula|Region)$/u.exec(
            name,
          );
        return (
          (m !== null &&
            m[1]
              .trim()
              .split(/\s+/)
              .some((w) => !isEnglishWord(w.toLowerCase())) &&
            // (nor a product's or a cloud's region, "Kubernetes Region", "AWS Region")
            !/^(?:PRODUCT|TOOL)$/.test(keywordType(m[1].trim()) ?? '') &&
            // (nor a district that is a body, a school's or a utility's: "Harlan Creek School District")
            !(/ District$/u.test(name) && SPECIAL_DISTRICT.test(m[1].trim())) &&
            !(/ Region$/u.test(name) && /^[\p{Lu}\d]+$/u.test(m[1].trim()))) ||
          /^(?:Casco (?:Histórico|Antiguo|Viejo)|[Cc]entro (?:[Hh]istórico|[Ss]torico)|[Cc]entre historique|Altstadt)$/u.test(
            name,
          ) ||
          /^\p{Lu}\p{Ll}{3,}-(?:Noord|Zuid|Oost|West|Nord|Süd|Ost|Centrum|Mitte)$/u.test(name)
        );
      },
    },
  ],
  // a body by its one word: a plenary, a dean's or a rector's office, an executive committee, a parliament, a Dutch
  // province's executive ("Pleno", "Decanato", "Comex", "Landtag", "Gedeputeerde Staten")
  [
    'ORGANIZATION',
    /^(?:Pleno|Plenário|Plenario|Decanato|Rectorado|Rectoría|Reitoria|Rettorato|Rectorat|Comex|COMEX|Codir|CODIR|Directoire|Landtag|Bundestag|Bundesrat|Nationalrat|Ständerat|Gedeputeerde Staten|Provinciale Staten|Tweede Kamer|Eerste Kamer|Mesa Administrativa|Mesa Directiva|Mesa Diretora)$/u,
  ],
  // a state or a region by its usual acronym ("NRW", "NSW", "PACA")
  ['PLACE', /^(?:NRW|NSW|QLD|PACA|ÎDF)$/u],
  // a state's, a province's or a city's public body by its acronym ("Ohio EPA", "NSW EPA", "Texas DOT")
  [
    'ORGANIZATION',
    {
      test: (name: string) => {
        const m = /^(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?) ([A-Z][A-Za-z]{1,6})$/u.exec(name.trim());
        return (
          m !== null &&
          PUBLIC_BODIES.has(m[2]) &&
          (isPlaceName(m[1]) || isRegionName(m[1], true) || isCityName(m[1], true))
        );
      },
    },
  ],
  // the Union, a national health system and the police by their names in the Union's languages
  [
    'ORGANIZATION',
    /^(?:European Union|Union européenne|Unión Europea|União Europeia|Unione Europea|Europäische Union|Europese Unie|Sistema Nacional de Salud|Servicio Nacional de Salud|Serviço Nacional de Saúde|Servizio Sanitario Nazionale|National Health Service|Policía (?:Local|Nacional|Municipal)|Polícia (?:Municipal|Federal|Militar|Civil)|Polizia (?:Locale|Municipale|di Stato)|Guardia Civil|Guardia di Finanza|Police (?:nationale|municipale)|Gendarmerie nationale)$/u,
  ],
  // a body's office in a city or a département, by the body's acronym ("GAA Hannover", "CAF de la Drôme", "DDETS du
  // Rhône"); a Dutch consultative body ("Interprovinciaal Overleg", "Bestuurlijk Overleg") and the State ("Rijk")
  [
    'ORGANIZATION',
    {
      test: (name: string) => {
        const m =
          /^([A-ZÄÖÜ][A-ZÄÖÜ0-9]{1,5}) (?:(?:de la|de l['’]|du|des|de|di|del|della|da|do) ?)?(\p{Lu}\p{Ll}[\p{L}'’-]*)$/u.exec(
            name.trim(),
          );
        // (a point of the compass names a site, "HKW Nord")
        return (
          m !== null &&
          !/^(?:Nord|Sud|Süd|Ost|Est|West|Ouest|Oeste|Norte|Centre|Centro|Mitte|Noord|Zuid|Oost)$/.test(
            m[2],
          ) &&
          (isCityName(m[2], true) || isRegionName(m[2], true))
        );
      },
    },
  ],
  ['ORGANIZATION', /^(?:\p{Lu}\p{Ll}+ Overleg|Rijk|Rijksoverheid)$/u],
  // a German federal or state body by its head and its field ("Bundesinstitut für Arzneimittel und Medizinprodukte",
  // "Bundesministerium der Finanzen", "Landesbeauftragte für den Datenschutz"), a Dutch national agency
  // ("Rijksdienst voor Ondernemend Nederland", "Rijkswaterstaat")
  [
    'ORGANIZATION',
    /^\p{Lu}\p{Ll}*(?:amt|institut|ministerium|agentur|anstalt|zentrale|beauftragter?|kammer|behörde|gerichtshof|gericht) (?:für|der|des) \p{L}|^(?:Rijksdienst|Rijksinstituut|Rijkswaterstaat|Rijksvastgoedbedrijf)(?: (?:voor|van) \p{L}.*)?$/u,
  ],
  // a public service's office by the acronym of its kind and its own name or number ("CHU Sud-Atlantique", "CH de
  // Lestrade-Chalosse", "DDT 86", "ASL Alto Monferrato", "TAR Lombardia", "ULS Almada-Seixal")
  [
    'ORGANIZATION',
    /^(?:CHU|CHRU|CHR|CHS|CHI|CH|GHT|GHU|ARS|CPAM|CAF|CARSAT|DDT|DDTM|DDPP|DDETS|DREETS|SDIS|CCAS|ASL|AUSL|ASST|AOU|IRCCS|TAR|ULS|ACES|USF|UCSP|SESCAM|SERGAS)(?:(?: (?:de la|du|des|de|di|del|della|da|do|dos))? | de l['’])(?:\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,3}|\d{1,3})$/u,
  ],
  // public bodies known by their acronym alone ("DoD", "FCA", "BaFin", "NIST"; "NIST SP 800-63" is a standard)
  [
    'ORGANIZATION',
    { test: (name: string) => PUBLIC_BODIES.has(name.trim()) || KNOWN_COMPANIES.has(name.trim()) },
  ],
  // the teams an organisation names by their acronym ("SOC", "PSIRT", "CERT-FR", "PMO")
  ['ORGANIZATION', /^(?:SOC|NOC|CSIRT|PSIRT|PMO|CERT)(?:[- ]\p{L}[\p{L}-]*)?$/u],
  // a German statutory health insurer ("Rheinweser BKK", "AOK Nordost"), a First Nation ("Kinosew Lake First Nation",
  // "Métis Nation of Ontario")
  [
    'ORGANIZATION',
    /^(?:\p{Lu}[\p{L}-]* )+(?:BKK|IKK)$|^(?:AOK|BKK|IKK) \p{Lu}|^(?:\p{Lu}[\p{L}'’-]* )+(?:First Nations?|Nation of \p{Lu}[\p{L}-]*)$/u,
  ],
  // identifiers, schemes and frameworks known by their acronym ("DOI", "ORCID", "GTIN", "FAIR", "COREP", "FRTB", "EU
  // ETS", "CRD VI", "BCBS 239", "DCB0129", "EMAS", "CFR")
  [
    'STANDARD',
    /^(?:DOI|ORCID|GTIN|ISBN|ISSN|EAN|UPC|LEI|FAIR|COREP|FINREP|FRTB|(?:EU )?ETS|CRD(?: ?(?:IV|V|VI|[4-6]))?|CRR(?: ?(?:II|III|[23]))?|BCBS \d+|DCB ?\d{4}|EMAS|CFR|SFCR|QRT|XBRL|IFRS ?\d+|IAS ?\d+|ESRS(?: [ESG]\d)?|CPF|CNPJ|NIF|NIE|SIRET|SIREN|AMLD ?\d|AMLR|Bill (?:[A-Z]-)?\d+|GxP|GMP|GLP|BPF|BPL|DPDP|PMLA|ETCS(?: Level \d)?|ERTMS|Master Directions?)$/,
  ],
  // kinds of system known by their acronym ("SIEM", "EDR", "GIS", "MES", "PLC", "EHR" and its names in the other
  // languages: "DPI", "HCE", "ePA"; not "EPR", "EPD", "PLC", as often a producer's responsibility, a product's
  // declaration, a product's life cycle)
  [
    'TOOL',
    /^(?:SIEM|SOAR|EDR|XDR|MDM|UEM|DLP|WAF|IDS|IPS|HSM|VPN|GIS|AVL|ERP|CRM|HIS|LIS|RIS|PACS|EHR|EMR|DPI|HCE|HCIS|ePA|KIS|PDMS|MES|SCADA|DCS|BMS|DMS|ECM|LIMS|CMMS|EAM|WMS|SIS|LMS|HRIS|CAFM|CMDB|OLT|ONT|ESTW|PZB|LZB|RABS)(?:s| \d+(?:\.\d+)*)?$/u,
  ],
  // a patient's or a citizen's electronic record, the system that keeps it ("Fascicolo Sanitario Elettronico",
  // "Elektronisches Patientendossier", "cartella clinica elettronica", "electronic patient record")
  [
    'TOOL',
    /^(?=.*(?:elettronic|electrónic|eletrônic|electrónic|électroniqu|elektronisch|electronic))(?=.*(?:dossier|fascicolo|cartella|expediente|prontuário|prontuario|historia clínica|patientenakte|gesundheitsakte|health records?$|patient records?$|medical records?$))\S+(?: \S+){1,4}$/iu,
  ],
  // equipment named head first in the Romance languages ("Instalación fotovoltaica", "Planta fotovoltaica", "chaufferie
  // bois", "pompe di calore")
  [
    'TOOL',
    {
      test: (name: string) =>
        /^(?:instalación|instalação|installation|impianto|impianti|planta|centrale|equipo|equipamiento|equipamento|équipement|attrezzatura|caldera|caldaia|chaudière|chaufferie|bombas? de calor|pompes? à chaleur|pomp[ae] di calore)(?:\s\p{L}|$)/iu.test(
          name,
        ) &&
        // (not a capitalised word after the head, which names a body or a site: "Centrale Acquisti", "Planta Norte")
        /^(?:\S+\s(?:de|à|di)\s)?\S+\s(?:\p{Ll}|\p{Lu}{2,3}\b)/u.test(name),
    },
  ],
  // collective agreements, an act's annexes by their numbers, Dutch standards by NTA ("CCNL", "TVöD", "Allegato
  // I.01", "Anexo 20", "NTA 8800"), and German and Dutch compounds of a standard's, a catalogue's, a label's or a
  // rule set's head ("IT-Sicherheitskatalog", "isolatiestandaard", "Energielabel", "APV-regels", "CO₂-normen")
  [
    'STANDARD',
    /^(?:CCNL|TVöD|TV-L|TV-H|Tarifvertrag|convenio colectivo|convention collective|contratto collettivo|acordo coletivo|cao)$|^(?:Allegato|Allegati|Anexo|Annexe|Anhang|Bijlage|Annex)\s(?:[IVX]+|\d+)(?:[.-][\w-]+)?$|^NTA\s\d{3,5}|^\p{L}[\p{L}-]*(?:standaard(?:en)?|katalog(?:e)?|regels|labels?|normen)$/u,
  ],
  // an EU recommendation by its number: "Recommendation 2003/361/EC", "EU-Empfehlung 2003/361/EG"; not "Recommendation
  // Engine 2.0"
  [
    'STANDARD',
    /^(?:(?:Commission |EU-)?(?:Recommendation|Empfehlung|Recommandation|Raccomandazione|Recomendación|Recomendação|Aanbeveling))(?![\p{L}]).*(?:\((?:EU|UE|EG|CE|EC)\)|\d{2,4}\/\d)/u,
  ],
  // the recovery plans and the EU's funds by their acronyms, and the security practices by theirs ("PNRR", "PRTR",
  // "Next Generation EU", "FEADER", "MFA", "ISMS", "DFIR", and the testing and development practices: "SAST", "DAST",
  // "SDLC"): practices, in the readers' view; and the assessments and reviews by theirs, in any language ("DPIA",
  // "AIPD", "DSFA", "ICAAP", "ORSA", "FMEA", "HAZOP", "O&M")
  [
    'PRACTICE',
    /^(?:PNRR|PRR|PRTR|RRF|MRR|PEPAC|FEADER|FEDER|FESR|FSE\+?|FEAMPA|NGEU|(?:(?:Fondos|Fundos|Fondi|Fonds) )?Next ?Generation ?(?:EU|UE)|MFA|2FA|PAM|IAM|BCM|BCP|DRP|DFIR|ISMS|SGSI|SMSI|RBAC|SSO|SAST|DAST|IAST|SDLC|SSDLC|S-SDLC|CI\/CD|CI|UAT|KYC|KYB|TLPT|TDD|BDD|RFM|CAPA|PSPS|LCB-FT|LBC-FT|LBC\/FT|LCB\/FT|AML\/CFT|AML-CFT|PLD\/FT|PLD-FT|M\dC\d(?:I\d+(?:\.\d+)*)?|DPIA|PIA|AIPD|EIPD|DSFA|ESIA|ICAAP|ILAAP|ORSA|SREP|BIA|FMEA|HAZOP|HAZID|RCA|TPRM|CDD|EDD|FOQA|FEED|O&M)$/u,
  ],
  // weakness names: "Broken Authentication", "Insecure Deserialization", "Sensitive Data Exposure"
  [
    'ENTITY',
    /^(broken|insecure|insufficient|missing|weak|improper|unvalidated|sensitive data|unsichere?|unzureichende?s?|fehler in)\b/i,
  ],
  ['ENTITY', WEAKNESS],
  [
    'ORGANIZATION',
    /^(the )?(institute|university|foundation|association|council|ministry|department|agency|commission|bureau|office|centers?|centres?|division|directorate|regulator|authority|inspectorate|ombudsman|tribunal|registrar) (of|for|on)\b/i,
  ],
  // after a place or a name, written with capitals: "Ohio Department of Education", "Lumina Foundation for Education",
  // "Georgetown University Center on Education and the Workforce" (a centre "of" is a team's: "Cloud Center of
  // Excellence")
  [
    'ORGANIZATION',
    /^(?:The )?(?:[A-Z][\w-]* ){1,2}(?:(?:Institute|University|Foundation|Association|Council|Ministry|Department|Agency|Commission|Bureau) (?:of|for|on)|(?:Centers?|Centres?) (?:for|on)) [A-Z]/,
  ],
  // a body named by its kind and what it is of, written with capitals ("Bank of England", "Royal College of
  // Physicians", "American Academy of Pediatrics", "Society of Automotive Engineers", "Chamber of Commerce",
  // "Court of Appeal"; not a board of a company's, "Board of Directors", nor "Order of Magnitude")
  [
    'ORGANIZATION',
    /^(?:The )?(?:[A-Z][\w-]* ){0,3}(?:Bank|Academy|College|Society|Federation|Union|Chamber|Court|Corporation|Confederation|Assembly|Guild|Institution|Congress|Parliament|Church|Faculty|School(?! of Thought)|Museum|Secretariat) (?:of|for) (?:the )?\p{Lu}/u,
  ],
  // a task force, a public service of a field ("Community Preventive Services Task Force", "Financial Action
  // Taskforce", "BC Wildfire Service", "Forest Service", "National Weather Service", "Internal Revenue Service"; a
  // service of any other field is as often a product's, "Digital Evidence Transfer Service")
  [
    'ORGANIZATION',
    /^(?:The )?(?:\p{Lu}[\p{L}.&-]* ){1,5}Task ?[Ff]orce$|^(?:The )?(?:\p{Lu}[\p{L}.-]* ){0,3}(?:Forest|Fire|Wildfire|Fire and Rescue|Postal|Parks?|Weather|Revenue|Civil|Foreign|Secret|Prison|Probation|Ambulance|Fisheries|Wildlife|Geological|Marshals|Immigration|Border|Customs|Meteorological|Diplomatic|Intelligence|Extension|Coast Guard|Emergency Medical|Fire Protection) Service$/u,
  ],
  // a national or a state body named by its field and its country or state ("Services Australia", "Public Safety
  // Canada", "Homes Victoria", "Water UK", "Environment and Climate Change Canada", "Sport England"; not a part of the
  // country, "Western Australia", "Atlantic Canada", "New England", "Regional Victoria", nor a place, "Lake Victoria")
  ['ORGANIZATION', { test: (name: string) => nationalBody(name) }],
  // a body by its kind in the languages the lists above do not read: head first in Polish, Czech, Slovak, Romanian,
  // Russian, Ukrainian, Bulgarian, Greek, Arabic, Indonesian and Vietnamese ("Krajowej Izby Odwoławczej", "Rady Gminy",
  // "Ministerstvo zdravotnictví", "Autoritatea de Supraveghere Financiară", "Министерство цифрового развития", "Δήμος
  // Ηρακλείου", "هيئة الحكومة الرقمية", "Kementerian Kesehatan", "Dinas PMD", "Viện Lúa Đồng bằng sông Cửu Long"),
  // head last in Turkish and Hungarian ("Ticaret Bakanlığı", "İzmir Büyükşehir Belediyesi", "Magyar Nemzeti Bank",
  // "Központi Statisztikai Hivatal"), and at a compound's end in Swedish, Danish, Norwegian and Finnish
  // ("regionstyrelsen", "Energistyrelsen", "Upphandlingsmyndigheten", "Luonnonvarakeskus", "Maanmittauslaitos")
  ['ORGANIZATION', { test: (name: string) => intlBody(name) }],
  // a school by its name and its level or an academy by its name ("Pinecrest Elementary", "Prairie Ridge High School",
  // "Khan Academy"; not a level alone, "Junior High", nor an adjective's, "Very High")
  [
    'ORGANIZATION',
    {
      test: (name: string) => {
        const m =
          /^((?:\p{Lu}[\p{L}.'’-]* ){1,3})(?:(?:Elementary|Primary|Middle|Secondary|High|Junior High|Senior High) School|Elementary|Academy)$/u.exec(
            name.trim(),
          );
        if (!m) return false;
        const lead = m[1].trim().split(' ');
        // (an academy after a name only: "Khan Academy"; a "Leadership Academy" is as often a training programme)
        if (
          / Academy$/.test(name.trim()) &&
          !lead.some((w) => !isEnglishWord(w.toLowerCase()) || isPlaceName(w) || isGivenName(w))
        )
          return false;
        return !lead.some((w) =>
          /^(?:Very|Extremely|Junior|Senior|Public|Private|Local|State|National|The|A|An|Our|Your|Each|Every|Virtual|Online|Charter|Magnet|Catholic|Independent|Free|New)$/.test(
            w,
          ),
        );
      },
    },
  ],
  [
    'ORGANIZATION',
    /\b(inc|ltd|llc|gmbh|ag|corp|corporation|company|companies|foundation|association|institute|university|universities|colleges and universities|agency|commission|council|ministry|bank|consortium|committee|(?:school|water|fire|irrigation|sanitation|sanitary|hospital|conservation|utility|utilities|transit|park|library|sewer|drainage|health|port|housing|college) district|hospital|federation|alliance|coalition|authority|government)\.?$/i,
  ],
  ['ORGANIZATION', /^[A-Z][\w-]*( [A-Z][\w-]*)* (Project|Foundation|Alliance|Forum)$/],
  // a body's last word in a name written with capitals ("Communication Workers Union", "Nordic Health Fund",
  // "Conversa Labs", "Insurance Fraud Bureau", "Drinking Water Inspectorate", "UNICEF Supply Division", "European Civil
  // Aviation Conference", "Lincoln College", "Queensland Fire Department", "O’Reilly & Associates", "Nordkap Re");
  // "trade union" and "hedge fund" in lower case are none
  [
    'ORGANIZATION',
    /^(?:The )?\p{Lu}[\p{L}\d&.'’-]*(?: (?:and|of|for|on|&|the|\p{Lu}[\p{L}\d&.'’-]*))* (?:Union|Fund|Trust|Society|Directorate|Regulator|Ombudsman|Tribunal|Court|Police|Labs|Bureau|Inspectorate|Division|Organi[sz]ation|Conference|Associates|College|Department|Re|Secretariat|Cooperative|Co-operative|Syndicate|Klinik|Clinic|Ombudsman Service|Regering|Regierung)$/u,
  ],
  // a unit, an office or services after two capitalised words at least ("Special Investigations Unit", "UK Research
  // Office", "Nuclear Waste Services"; not "Field Service", nor a role's "Head of Security Services": a service in the
  // singular is as often a product, "Digital Evidence Transfer Service")
  [
    'ORGANIZATION',
    /^(?:The )?\p{Lu}[\p{L}\d&.'’-]*(?: (?:and|&|\p{Lu}[\p{L}\d&.'’-]*))* \p{Lu}[\p{L}\d&.'’-]* (?:Unit|Office|Services)$/u,
  ],
  // a plan, a programme, a strategy or a mechanism by its name, head first ("Plan de Movilidad Urbana Sostenible",
  // "Plano de Recuperação e Resiliência", "Estratégia Local de Habitação", "Programma Aanpak Stikstof", "Nationaal
  // Programma Landelijk Gebied"): a practice; a platform or a portal by its name, a tool ("Plataforma de Contratación
  // del Sector Público", "Portal da Transparência"; a "Sistema" is as often a scheme, "Sistema de Compensação de
  // Energia Elétrica")
  [
    'PRACTICE',
    /^(?:(?:Nationaal|Provinciaal|Regionaal|Nationale?|Regional|Provincial|Municipal|Local|Nacional|Nazionale|Regionale) )?(?:Plan|Plano|Piano|Programa|Programma|Programme|Estrategia|Estratégia|Stratégie|Strategia|Mecanismo|Mécanisme|Meccanismo)(?: (?:de|del|des|du|della|di|da|do|dos|das|voor|van|la|le|los|las|e|y|et|en|[ldLD]['’]\p{Lu}[\p{L}'’-]*|\p{Lu}[\p{L}'’-]*))* \p{Lu}[\p{L}'’-]*$/u,
  ],
  [
    'TOOL',
    /^(?:Plataforma|Plateforme|Piattaforma|Portal|Portail|Portale|Aplicación|Aplicação|Applicazione|Applicatie)(?: (?:de|del|des|du|della|di|da|do|dos|das|voor|van|la|le|[ldLD]['’]\p{Lu}[\p{L}'’-]*|\p{Lu}[\p{L}'’-]*))* \p{Lu}[\p{L}'’-]*$/u,
  ],
  // (and with its purpose in lower case: "Portail public de facturation", "plataforma de contratación")
  [
    'TOOL',
    /^(?:plataforma|plateforme|piattaforma|portal|portail|portale|aplicación|aplicação|applicazione|applicatie) (?:(?:de|del|des|du|della|di|da|do|dos|das|voor|van) )?(?:l['’])?\p{Ll}/iu,
  ],
  // a body named head first in French, Spanish, Portuguese, Italian, Dutch and German, with a capitalised word after
  // its head ("Banco de México", "Direzione Tecnica", "Autoriteit Persoonsgegevens", "Comisión Nacional de Seguros",
  // "Museo Civico Archeologico", "Generalitat Valenciana", "Landkreis Rotenburg", "Waterschap Lingedal")
  [
    'ORGANIZATION',
    /^(?:Banco|Banque|Banca|Comisión|Comissão|Commissione|Ministerio|Ministère|Ministério|Ministero|Ministerie|Ministerium|Agencia|Agence|Agência|Agenzia|Autoridad|Autorité|Autoridade|Autorità|Autoriteit|Autoritat|Assembleia|Asamblea|Assemblée|Assemblea|Instituto|Istituto|Universidad|Université|Universidade|Università|Universiteit|Dirección|Direção|Direzione|Departamento|Département|Dipartimento|Secretaría|Secrétariat|Fundación|Fondation|Fundação|Fondazione|Stichting|Stiftung|Asociación|Associação|Associazione|Vereniging|Verband|Federación|Fédération|Federação|Federazione|Consejo|Conseil|Conselho|Consiglio|Regione|Gemeente|Provincie|Comune|Ayuntamiento|Prefeitura|Câmara|Cámara|Chambre|Tribunal|Cour|Corte|Superintendencia|Superintendência|Financiera|Caja|Caisse|Cassa|Compañía|Compagnie|Companhia|Compagnia|Sociedad|Société|Sociedade|Società|Servicio|Serviço|Servizio|Dienst|Raad|Bundesamt|Landesamt|Bundesanstalt|Stadtwerke|Observatoire|Observatorio|Osservatorio|Observatório|Oficina|Ufficio|Diretoria|Directoria|Comité|Comitato|Comitê|Fondo|Fonds|Fundo|Institut|Instituut|Museo|Museu|Musée|Pinacoteca|Raccolta|Archivio|Archivo|Arquivo|Generalitat|Junta|Diputación|Mancomunidad|Consorcio|Consorzio|Consórcio|Confederación|Confédération|Syndicat|Communauté|Métropole|Région|Coopérative|Cooperativa|Coöperatie|Genossenschaft|Azienda|Grupo|Groupe|Gruppo|UTE|Rede|Landkreis|Samtgemeinde|Gemeinde|Stadt|Waterschap|Hoogheemraadschap|Hogeschool|Kredietbank|Woonstichting|Unie|Klinikum|Krankenhaus|Kreiskrankenhaus|Universitätsklinikum|Universitätsmedizin|Administração|Administración|Amministrazione|Entidade|Entidad|Ente|Direção-Geral|Direcção-Geral|Direction générale|Centro Nacional|Centre national|Centro Nazionale|Estrutura de Missão|Stabsstelle|Samenwerkingsverband|Policía|Polícia|Polizia|Politie|Polizei|Mutuelle|Mutua|Mutualidad|Fiscalía|Tribunales|Juzgado|Organización|Organização|Organizzazione|Organisatie|Inspectie|Inspección|Inspeção|Ispettorato|Kantonsspital|Spital|Universitätsspital|Ziekenhuis|Hôpital|Ospedale|Clínica|Clinique|Clinica|Omgevingsdienst|Veiligheidsregio|Conselleria|Consellería|Funzione|Agentschap|Núcleo|Nucleo|Divisão|División|Divisione|Groupement|Unità|Direcção|Departement|Collegio|Administradora|Financiadora|Coordenação|Coordinación|Coordinamento|Empresa|Secretaria|Regering|Regierung|Ragioneria|Avvocatura|Prefettura|Questura|Procura|Organism[oe](?! [Gg]en[ée]ti)|(?:Unidad|Unidade|Unidades|Unité)(?! (?:de |d['’])?(?:[Mm]edida|[Mm]esure|[Ff]omento|[Vv]alor|[Cc]uenta|[Cc]urricular|[Dd]idáctica|[Dd]idática|[Cc]onsumidora|[Tt]ributaria|[Tt]ributária|[Ff]uncional|[Cc]entrale?|[Mm]onetaria|[Mm]onetária|[Dd]e [Mm]edida))|Contraloría|Procuraduría|Defensoría|Personería|Registraduría|Tesorería|Tesoreria|Tesouraria|Procuradoria|Defensoria|Controladoria|Ouvidoria|Corregedoria|Advocacia|Intendencia|Intendência|Capitaneria)(?:-Geral|-General)?(?: (?:de|del|des|du|della|dello|delle|dei|degli|di|da|do|dos|das|van|der|voor|het|für|zur|zum|in|und|en|em|no|na|nel|nella|im|et|y|e|i|&|para|por|pour|per|el|la|los|las|le|les|il|lo|(?:[ldLD]['’])?\p{Lu}[\p{L}'’–-]*,?))* (?:[ldLD]['’])?\p{Lu}[\p{L}'’–-]*$/u,
  ],
  // the same in sentence case, after a body's head that names nothing else ("Agence régionale de santé", "Office
  // français de la biodiversité", "Direction départementale des territoires et de la mer", "Comitato di pilotaggio";
  // a chamber of something, not "Chambre froide"; a committee or a council in lower case too, "comité stratégique",
  // "commission médicale de groupement"), with a Romance joining word or a word of no English in it ("Commission rate"
  // is a quantity)
  [
    'ORGANIZATION',
    {
      test: (name: string) => {
        const m =
          /^(?:[Cc]omité|[Cc]ommission|[Cc]onseil|[Cc]onférence|[Cc]omitato|[Cc]ommissione|[Cc]onsiglio|[Cc]onferenza|[Cc]omisión|[Cc]onsejo|[Cc]onferencia|[Cc]omissão|[Cc]onselho|[Cc]onferência|Agence|Agencia|Agência|Agenzia|Office|Observatoire|Observatorio|Osservatorio|Observatório|Direction|Diretoria|Directoria|Comité|Comitato|Comitê|Commission|Comisión|Comissão|Commissione|Conseil|Consejo|Conselho|Consiglio|(?:Haute )?Autorité|Autoridad|Autoridade|Autorità|Institut|Instituto|Istituto|Ministère|Ministerio|Ministério|Ministero|Syndicat|Tribunal|Cour|Corte|Museo|Musée|Museu|Université|Universidad|Universidade|Università|Fédération|Federación|Federação|Federazione|Association|Asociación|Associação|Associazione|Dipartimento|Divisão|División|Departamento|Gabinete|Fiscalía|Colegio|Gobierno|Governo|Gouvernement|Comunidad|Comunidade|Mutuelle|Mutua|Mutualidad|Ufficio|Oficina|Tribunales|Juzgado|Procura|Procuradoria|Autoriteit|Agentschap|Groupement|Centre hospitalier|Centre hospitalo-universitaire|Centro Hospitalar|Centro hospitalar|Centro hospitalario|Société|Fundación|Fundação|Fondazione|Secretaria|Secretaría|Superintendência|Superintendencia|Ente|Azienda|Consorzio|Consorcio|Consórcio|Administradora|Financiadora|Collegio|Organism[oe](?! [Gg]en[ée]ti)|(?:Unidad|Unidade|Unidades|Unité)(?! (?:de |d['’])?(?:[Mm]edida|[Mm]esure|[Ff]omento|[Vv]alor|[Cc]uenta|[Cc]urricular|[Dd]idáctica|[Dd]idática|[Cc]onsumidora|[Tt]ributaria|[Tt]ributária|[Ff]uncional|[Cc]entrale?|[Mm]onetaria|[Mm]onetária|[Dd]e [Mm]edida))|Cabina(?= di regia)|(?:Chambre|Cámara|Câmara|Camera)(?= d))((?: (?:[ldLD]['’])?[\p{L}'’-]+){1,8})$/u.exec(
            name,
          );
        // (a council or a committee with an adjective of a body's reach or role: "Conseil communal", "Comité
        // exécutif", "Conselho fiscal"; not "Conseil client", "Conseil technique")
        if (
          m !== null &&
          BODY_ADJECTIVE.test(m[1]) &&
          /^(?:Conseil|Consejo|Conselho|Consiglio|Comité|Comitato|Comitê|Commission|Comisión|Comissão|Commissione) /u.test(
            name,
          )
        )
          return true;
        return (
          m !== null &&
          m[1]
            .trim()
            .split(' ')
            .some(
              (w) =>
                /^(?:de|du|des|d['’]\p{L}+|della|delle|dello|dei|degli|del|di|da|do|dos|das|et|e|y|pour|para|per|sur)$/u.test(
                  w,
                ) || !isEnglishWord(w.toLowerCase()),
            )
        );
      },
    },
  ],
  // a body by its acronym and its place ("BBS Nienburg", "ARH do Algarve", "ITK Bergisch-Mark"), a team by its
  // name ("Team Schul-IT", "Programmateam Omgevingswet", "Projektteam E-Akte")
  [
    'ORGANIZATION',
    {
      test: (name: string) => {
        const m =
          /^[A-Z][A-Za-z]?[A-Z]{1,5} (?:(?:do|da|de|di|del|du|des|dos|das) )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)$/u.exec(
            name,
          );
        // (not a site by its quarter: "HKW Nord", "WWTP South")
        return (
          m !== null &&
          !/^(?:Nord|Süd|Sud|Ost|Est|West|Ouest|North|South|East|Norte|Sul|Sur|Centro|Centre|Mitte)$/u.test(
            m[1],
          ) &&
          (isPlaceName(m[1]) || isCityName(m[1]) || isRegionName(m[1]) || isTownName(m[1]))
        );
      },
    },
  ],
  [
    'ORGANIZATION',
    {
      test: (name: string) => {
        const m = /^(?:Team|\p{Lu}\p{Ll}+team) (\p{Lu}\S*)(?: \p{Lu}\S*)?$/u.exec(name);
        // (its name no English word: "Team Lead", "Team Building" are none)
        return m !== null && !isEnglishWord(m[1].toLowerCase());
      },
    },
  ],
  // a school or an institution named after someone ('IIS "Enrico Fermi"', 'Liceo Scientifico "Galileo Galilei"')
  ['ORGANIZATION', /^[\p{L} ]+ ["“«].+["”»]$/u],
  // a panel that advises, reviews or hears ("Intermediary Advisory Panel", "Independent Review Panel"; not "Solar PV
  // Panel", "Control Panel")
  [
    'ORGANIZATION',
    /^(?:The )?\p{Lu}[\p{L}\d&.'’-]*(?: (?:and|of|for|&|\p{Lu}[\p{L}\d&.'’-]*))* (?:Advisory|Review|Expert|Appeals?|Scrutiny|Citizens['’]?|Stakeholder|Reference|Selection|Steering|Oversight|Ethics) Panel$/u,
  ],
  // a Lloyd's syndicate by its number ("Syndicate 4286")
  ['ORGANIZATION', /^Syndicate \d{3,4}$/],
  // a region's or a department's council by the word alone ("Région", "Département", "Generalitat")
  ['ORGANIZATION', /^(?:Région|Département|Generalitat|Commonwealth)$/u],
  // a German or Dutch body in one word ("Bundesnetzagentur", "Landesbehörde", "Sparkasse", "Pflegekassen",
  // "Stadtwerke", "Lenkungsausschuss", "Mitarbeitervertretung", "Gesamtbetriebsrat", "Zorginstituut",
  // "Incassobureau", "Rekenkamercommissie"; not "Voorraad", a stock)
  [
    'ORGANIZATION',
    /^(?!Dezentral|Ehrenamt|Insgesamt)\p{Lu}\p{Ll}+(?:agentur|behörde|behörden|ministerium|kasse|kassen|verband|verbund|versammlung|stiftung|gesellschaft|kammer|werke|ausschuss|vertretung|kommission|institut|instituut|bureau|commissie|dienst|zentrale|verein|kliniken|genossenschaft|archiv|amt)(?: \p{Lu}[\p{L}-]*)*$|^\p{Ll}+commissie$|^(?:\p{Lu}[\p{L}-]* )*\p{Lu}\p{Ll}*bureau(?: \p{Lu}[\p{L}-]*)+$/u,
  ],
  [
    'ORGANIZATION',
    /^(?:\p{Lu}\p{Ll}*)?(?:[Bb]etriebs|[Aa]ufsichts|[Vv]erwaltungs|[Ss]tadt|[Gg]emeinde|[Kk]reis|[Pp]ersonal|[Ss]enioren|[Ll]andes|[Bb]undes)rat$|^(?:\p{Lu}\p{Ll}*)?(?:[Gg]emeente|[Oo]ndernemings|[Cc]liënten|[Tt]oezicht|[Mm]edezeggenschaps)ra(?:ad|den)$/u,
  ],
  // words that end an organisation's name only when written as a name ("Food and Drug Administration", "Advisory
  // Board", "Thales Group", "Nederlandse Medicijnverificatie Organisatie"; "rapid administration", "system administration", "control group", "message board" are none)
  [
    'ORGANIZATION',
    /^(?:The )?\p{Lu}[\p{L}\d&.-]*(?:(?<=(?:[Cc]hancellor|[Pp]resident|[Mm]inister|[Mm]ayor|[Gg]overnor|[Ww]omen|[Cc]hildren|[Pp]eople))['’]s)?(?: (?:and|of|for|&|\p{Lu}[\p{L}\d&.-]*))* (?:Administration|Board|Group|Organisation|Organisatie)$|^(?:The )?Board of (?!(?:Directors|Management|Trustees|Governors|Advisors|Advisers|Supervisors|Review)$)(?:\p{Lu}[\p{L}-]*)(?: (?:and|of|&) \p{Lu}[\p{L}-]*)*$/u,
  ],
  [
    'STANDARD',
    /\b(iso|iec|nist|rfc|ieee|pci|soc ?2|owasp top|top 10|gdpr|hipaa|sox|itil|cobit|togaf|asvs|regulation|directive|standards?|act|framework|compliance|w3c|ecma|enumeration|maturity model|license|licence|protocol|tls|ssl|https)\b/i,
  ],
  // software that manages a kind of thing: "password manager", "package manager", "Task Manager"
  [
    'TOOL',
    /\b(password|package|task|file|window|download|device|credential|secrets?|certificate|key|session|memory|resource|display|node|version|plugin|boot|print) managers?$/i,
  ],
  // a vendor's product by the vendor's name first ("Microsoft Teams", "Google Ads", "Amazon OpenSearch")
  [
    'PRODUCT',
    /^(?:Microsoft|Google|Amazon|AWS|Azure|Apple|Adobe|IBM|Oracle|SAP|Salesforce|Atlassian|Meta|Cisco|VMware|HashiCorp|Red Hat|Zoom|Slack|Samsung|Siemens|Huawei|Alibaba|Tencent|Baidu)\s+(?!(?:Inc|Corp|Corporation|Research|Foundation|University|Group|Ltd|LLC)\b)\p{Lu}[\p{L}\d-]*(?:\s+\p{Lu}[\p{L}\d-]*)*$/u,
  ],
  // a vendor's cloud product by its name ("Guidewire Cloud", "Marketing Cloud", "Conecta Saúde Cloud"; not a kind of
  // cloud, "Private Cloud", "Sovereign Cloud")
  [
    'PRODUCT',
    /^(?!(?:Public|Private|Hybrid|Community|Sovereign|Multi|Government|Gov|Distributed|Edge|Trusted|Secure|National|European|Souveräne|Nube|Nuvem|Point|Word|Tag|Oort|Dust|Electron|Storm|Rain|Ash|Smoke|Gas|Mushroom|Interstellar|Molecular|Dark|Cosmic)\s)\p{Lu}[\p{L}\d-]*(?: \p{Lu}[\p{L}\d-]*){0,3} Cloud$/u,
  ],
  [
    'ROLE',
    new RegExp(
      `\\b(officer|manager|engineer|architect|owner|lead|analyst|director|head of|developer|administrator|admin|consultant|steward|champion|sponsor|ceo|cto|cio|ciso|dpo|team|tester|auditor|researcher|teacher|instructor|rssi|rpd|cmio|cnio|cfo|coo|chro|tutor|mentor|president|faculty|programmer|designer|scientist|specialist|coordinator|practitioner|technician|planner|strategist|recruiter|entwickler|tester|verantwortliche|accountable executive|(?:engineer|designer|architect|officer) of record)${PL}$`,
      'i',
    ),
  ],
  ['ROLE', TRADE_ROLE],
  [
    'METRIC',
    new RegExp(
      `\\b(rate|ratio|kpi|key performance indicator|score|latency|uptime|availability|throughput|revenue|cost|margin|growth|time to|mttr|mttd|sla|slo|roi|nps|percentage|count|volume|per cent|budget|enrollment|enrolment|attainment)${PL}\\b`,
      'i',
    ),
  ],
  // a property rated on a scale, a German, Dutch or Turkish "-ability" ("Ausnutzbarkeit", "Auffindbarkeit",
  // "beschikbaarheid", "Tespit Edilebilirlik": a risk rating's factors, a product's repairability)
  ['METRIC', /^(?:\S+ )?\p{L}{3,}(?:barkeit|baarheid|[ae]bilirli[kğ]i?)$/iu],
  // a measured quantity named by its head ("Password Entropy", "energy consumption", "customer retention",
  // "Childhood Vaccination Coverage", "Occupied Bed Days", "Key Risk Indicators")
  [
    'METRIC',
    /\b(entropy|consumption|footprint|emissions|retention|churn|turnover|yield|earnings|savings|spend|spending|rating|ranking|market share|efficiency|productivity|satisfaction|headcount|index|indices|coefficient|quotient|probability|survival|exposure at default|loss given default|lead time|cycle time|downtime|defects?|interval|density|(?:handle|handling|response|resolution|wait|waiting|queue|turnaround|processing|transit|dwell|idle|repair) time|contact resolution|coverage|(?:bed|patient|occupied bed) days|net worth|net burn|(?:key )?(?:risk |performance |early warning )indicators?)$/i,
  ],
  // an average of something ("Average handle time", "Mean D0", "Median wait")
  ['METRIC', /^(?:average|mean|median|avg\.?) \S/i],
  // business and operations measures known by their acronym ("Gini", "AUROC", "OEE", "CTR", "ARR", "SAIDI")
  [
    'METRIC',
    /^(?:gini|auc|auroc|roc auc|psi|oee|mtbf|mttf|mttr|mttd|mtta|kpis?|okrs?|roi|roas|roe|roa|roce|nps|csat|cpa|cpc|cpm|cpl|ctr|cvr|aov|ltv|clv|cac|arpu|arr|mrr|nrr|grr|dau|mau|wau|ebitda|ebit|eps|irr|npv|wacc|capex|opex|otif|ppm|dpmo|cpk|ppk|saidi|saifi|caidi|lcoe|pue|wue|ttm|aht|fcr|sla attainment|dso|dio|gmv|tco|lgd|cet1|lcr|nsfr|hba1c|gpa|orr|pfs|pd|ead|rwas?|cagr|dscr|icr|tnps|cii|eexi|eedi|ili|pm10|pm2[.,]5|rtt|mape|rmse|rto|rpo|enpi|enpis)$/i,
  ],
  // a kind of engineering practice named like a product ("DevSecOps", "MLOps", "FinOps")
  ['PRACTICE', /^(dev|devsec|sec|ml|fin|git|data|ai|llm|biz|net|no)ops$/i],
  [
    'PRODUCT',
    /(\/|\b(s\/4hana|sap|oracle|salesforce|azure|aws|gcp|office 365|microsoft 365|windows|linux|ios|android|excel|powerpoint|snowflake|databricks|tableau(?! de bord)|power bi|struts)\b|\bv?\d+(\.\d+)+\b)/i,
  ],
  // security of something is a practice ("API Security"), ahead of the thing it secures
  ['PRACTICE', /(security|sicherheit)$/i],
  [
    'TOOL',
    new RegExp(
      `\\b(kubernetes|docker|terraform|ansible|jenkins|git|github|gitlab|jira|confluence|kafka|spark|airflow|grafana|prometheus|splunk|burp|zap|sonarqube|eclipse|intellij|visual studio|vs ?code|xcode|python|java|javascript|typescript|php|perl|kotlin|golang|fortran|cobol|matlab|erlang|haskell|clojure|powershell|vba|vbscript|sql|api|sdk|cli)${PL}\\b`,
      'i',
    ),
  ],
  // a kind of software named by its head ("Data Platform", "SAST scanner"; not "Ad platform privacy changes")
  [
    'TOOL',
    new RegExp(
      `\\b(scanner|tool|platform|pipeline|library|lab|panel|plugin|add-in|wizard|query language|dashboard|software|portal|equipment|converter|carrier|meter|pump|server|sensor|database|app|(?<!(?:security|quality|environmental|energy|safety) )(?:information|management|record|records|archiving|communication|communications|control|monitoring|booking|ticketing|dispatch|tracking|billing|case|document|file|storage|operating|messaging|warning|alarm|detection|learning|ordering|scheduling|routing|inventory|reservation|registration|reporting|handling|queuing|backup|cooling|heating|ventilation|sprinkler|camera|radio|trading|point-of-sale) system)${PL}$`,
      'i',
    ),
  ],
  [
    'PRACTICE',
    new RegExp(
      `\\b(management|governance|testing|review|modell?ing|monitoring|auditing|audit|training|design|development|engineering|analysis|assessment|validation|encryption|authentication|authorization|authorisation|logging|migration|modernisation|modernization|integration|deployment|delivery|planning|strategy|strategies|process|practice|control|hardening|devops|agile|instruction|redesign|cryptography|sustainability|corporate social responsibility)${PL}\\b`,
      'i',
    ),
  ],
  // French, Spanish, Portuguese and Italian name a role, a quantity by its head first ("Jefe de almacén",
  // "Responsable plateforme", "Taux d'infection", "Durée moyenne de séjour", "Tasa de devoluciones")
  [
    'ROLE',
    /^(?:jefe|jefa|responsable|directeur|directrice|director|directora|direttore|direttrice|diretor|diretora|chef|gerente|médico|médica|medico|revisore|revisor|revisora|engenheiro|engenheira|ingegnere|consulente|coordinatore|coordinatrice|analista|coordinador|coordinadora|coordinateur|coordinatrice|ingeniero|ingeniera|ingénieur|ingénieure|consultant|consultante|consultor|consultora|chargée? d[e'’]|encargad[oa] de|encarregad[oa] de|délégué(?:e)? à|delegad[oa] de|responsabile della|responsabile|dirigente|pró-reitora?|pro-reitora?|prorettore|prorettrice|vicerrector|vicerrectora|decano|decana|ministre|ministro|ministra|coordenador|coordenadora|cadre|praticien|praticienne|médecin|infirmière?|medici|médicos|pediatri|pediatras|usuarios|usuários|suministrador(?:es)?|prestador(?:es)?|iniciador(?:es)?|valutatori?|valutatore|esperto|esperti|verificador(?:es)?|enfermer[oa]|propriétaires?|responsables?|dueños?|propietari[oa]s?)(?=[\s'’]|$)/iu,
  ],
  [
    'METRIC',
    /^(?:taux|tasa|tasas|taxa|taxas|tasso|indicateur|indicador|índice|indice|ratio|coût|coûts|costo|costos|coste|costes|custo|custos|durée|duración|duração|durata|délai|délais|plazo|plazos|prazo|nombre|número|part|cuota|quota|margen|marge|margem|margine|chiffre d['’]affaires|rendement|rendimiento|consommation|consumo|niveau|nivel|productividad|productivité|volume|volumen|ahorro|économies|panier moyen|ticket medio|temps moyen|tiempo medio|(?:tempos?|tiempos?|tempi|temps) (?:de |di |d['’])(?:espera|attesa|attente|resposta|respuesta|risposta|réponse)|valore|valor|valeur|saldo|solde|caudal|intensité|intensidad|intensidade|intensità|emissões|emisiones|émissions|emissioni|risparmio|precio|preço|prezzo|prix|frequenza|frecuencia|frequência|fréquence|churn|demora)(?=[\s'’]|$)/iu,
  ],
  // a plan, a strategy, measures, a consultation or a request named head first in lower case ("Piano strategico",
  // "plano municipal de ação climática", "consulta pública", "Stratégies de sortie", "Pedido de escala", "Richiesta
  // di fruizione", "autoconsumo remoto")
  [
    'PRACTICE',
    /^(?:plan|plano|piano|planos|piani|programa|programma|programme|schéma|estrategia|estratégia|stratégie|strategia|estrategias|estratégias|stratégies|strategie|medidas|mesures|misure|consulta|concertation|demandes?|pedidos?|solicitud|solicitação|richiesta|richieste|portabilidade|portabilidad|portabilité|portabilità|compostaje|compostagem|compostaggio|autoconsumo|autoconsommation|siembra|co-progettazione|co-programmazione)(?: (?:\p{Ll}|(?:de|del|des|du|da|do|di|della|dei|delle) |d['’]).*|(?<=^(?:compostaje|compostagem|compostaggio|autoconsumo|autoconsommation|co-progettazione|co-programmazione)))$/iu,
  ],
  // French and Spanish name a practice by its head first: "gestion de session", "revue de code", "control de acceso"
  // (and a review, an analysis, a survey, an assessment, a procedure in the four languages, with or without a joining
  // word: "Revisão Tarifária Periódica", "analyse coûts-bénéfices", "Encuesta Domiciliaria de Movilidad")
  [
    'PRACTICE',
    /^(?:revisão|revisión|révision|revisione|análisis|analyse|análise|analisi|encuesta|enquête|inquérito|indagine|evaluación|évaluation|avaliação|valutazione|affidamento|affidamenti|procedimiento|procédure|procedimento|gestione|gestão|gestión|planificación|planification|pianificazione|planeamento|planejamento|monitorización|monitoraggio|monitoramento|resposta|respuesta|réponse|risposta|controlli|controllo|verifica|verifiche|verificación|vérification|verificação|aquisição|adquisición|acquisizione|inscription|inscripción|iscrizione|inscrição|migración|migração|migrazione|formación|formação|formazione|acompañamiento|acompanhamento|accompagnement|accompagnamento|seguimiento|implantación|implantação|implementación|implementação|implementazione|mise en (?:œuvre|oeuvre|place|conformité)|digitalización|digitalização|digitalizzazione|rendicontazione|certificación|certificação|certificazione|tramitación|tramitação|rehabilitación|reabilitação|riqualificazione|renovación|renovação|rénovation|sustitución|substituição|sostituzione|mantenimiento|manutenção|manutenzione|entretien|recogida|recolha|raccolta|auditoría|auditoria|audit|revue|exercice|connaissance|reconhecimento|limpieza) \p{L}/iu,
  ],
  // (and any other action noun at the head, before a word of its own: "geração compartilhada", "Hospitalização
  // domiciliária", "tratamiento mecánico-biológico", "Intervención sectorial"; not a body, a document, a place or a
  // thing so named: "Administración de Justicia", "Resolución definitiva", "Instalación fotovoltaica", "estación")
  [
    'PRACTICE',
    {
      test: (name: string) =>
        ROMANCE_ACTION_HEAD.test(name) &&
        !/^\S+\s(?:de|del|della|des|du|da|do|di)\s\p{Lu}/u.test(name) &&
        // (a Romance name, not an English one of the same form, "Animation Duration", "Configuration file"; nor a
        // weakness or an attack so named, "Exposition de données sensibles", "denegación de servicio")
        name.split(/[\s-]+/).some((w) => !isEnglishWord(w.toLowerCase())) &&
        !ROMANCE_WEAKNESS.test(name),
    },
  ],
  [
    'PRACTICE',
    /^(gestion|gestión|contrôles?|control(es)?|revue|revisión|tests?|pruebas?|audits?|auditoría|surveillance|supervisión|chiffrement|cifrado|authentification|autenticación|journalisation|modélisation|modelado|validation|validación|gouvernance|gobernanza|sensibilisation|capacitación) (?:(?:de|du|des|del)(?![\p{L}])|d['’])/iu,
  ],
  // (and an action noun of another form at the head, before an adjective or what it acts on: "lecture automatique",
  // "virements instantanés", "partage d'énergie", "audiência pública", "visita de pares", "esercizio parallelo", "prove
  // a nave", "transport scolaire"; not public transport, a thing, "transporte urbano"; an English name of the same
  // form is none, "transport management system")
  [
    'PRACTICE',
    {
      test: (name: string) =>
        ROMANCE_ACTIVITY_NOUN.test(name[0].toLowerCase() + name.slice(1)) &&
        !/^(?:transport|transporte|trasporto) (?:públic[oa]|pubblic[oa]|public|colectivo|coletivo|collectif|collettivo|urbano|urbain|aérien|aéreo|aereo|ferroviaire|ferroviario|ferroviário|maritime|marítimo|marittimo|routier|rodoviário|por carretera|fluvial|de mercancías|de marchandises|de mercadorias|merci)\b/iu.test(
          name,
        ) &&
        name.split(/[\s-]+/).some((w) => !isEnglishWord(w.toLowerCase())),
    },
  ],
];
/**
 * Romance action nouns not in -tion, -ción, -ção, -zione at a name's head, before a word in lower case (see RULES; a
 * unit's name in Title Case is none, "Controles Internos").
 */
const ROMANCE_ACTIVITY_NOUN =
  /^(?:contrôles?|lecture(?! seule)|partage|virements?|paiements?|remboursements?|recouvrement|dépistage|nettoyage|transport|recrutement|pilotage|controles?|lectura|pagos?|reembolsos?|cobros?|transporte|visitas?|audiencia(?= pública)|reciclaje|pilotaje|leitura|pagamentos?|cobrança|audiência(?= pública)|reciclagem|partilha|compartilhamento|controllo|controlli|lettura|pagamenti|rimborsi?|trasporto|visite|esercizio(?= (?:provvisorio|parallelo))|prove|riciclo)\s(?:(?:de|da|di|a|à|du|des|do|dos|das|del|della|delle|dei)\s|d['’])?\p{Ll}/u;

/** Words of a weakness or an attack in the Romance languages ("Exposition de données sensibles", "denegación de servicio"). */
const ROMANCE_WEAKNESS =
  /(?:insuficiente|insuffisante?s?|insufficiente|inseguro|insegura|non sécurisée?s?|non validée?s?|no validad[oa]s|non validat[ie]|vulnerables?|vulnérables?|vulnerabil[ie]|sensibles?|sensibil[ie]|débil|faibles?|denegación|déni|negazione|negação|ataque|attaque|attacco|fuga|fuite)/iu;
/** An action noun of a Romance language at a name's head, before a word of its own (see RULES); not a body's, a
 * document's, a place's or a thing's head so formed ("Administración", "Resolución", "Instalación", "estación"). */
const ROMANCE_ACTION_HEAD =
  /^(?!(?:administra|dire[cz]|dire[cç]|divis|comis|commiss|comiss|associa|asocia|funda|fonda|federa|organi[sz]a|institu|istitu|corpora|delega|d[ée]l[ée]ga|confedera|instala|installa|esta[cz]|esta[cç]|stazi|station|na[cz]i|na[cç]|nation|edi[cz]i|[ée]di[cz]i|edi[cç]|se[cz]i|sec[cç]|section|sezion|dimens|vers|sess|pens|tens|sol[uú]|solution|soluzion|aplica|applica|fun[cz]i|fon[cz]ti|fun[cç]|rela[cz]|rela[cç]|relation|condi|posi|situa|op[cz]i|op[cç]|option|opzion|resol|r[ée]sol|risol|declara|d[ée]clara|dichiara|autori[sz]a|autorizza|conces|concess|conven|fra[cz]|fra[cç]|fraction|frazion|invers|ejecu|ex[ée]cu|esecu|popula|popola|regi[oã]|ilumina|illumina|mission|miss[aã]|mis[ií]|televis|d[ée]cis)\p{L}*\s)\p{L}+(?:ción|ção|zione|tion|miento|sión|são|sione)\s\p{L}[\p{L}'’ -]*$/iu;

/**
 * Words in -ing that name a thing, a place, an event or a quantity rather than an activity ("Building", "Meeting",
 * "Earnings"); the quantities are typed by METRIC first.
 */
const ING_THINGS = new Set(
  `thing string spring ring king wing ping sibling pudding building meeting setting finding heading painting drawing
  opening ending beginning evening morning wedding feeling clothing ceiling offering listing recording posting
  warning crossing landing holding being outing railing serving siding bearing fitting casing filling icing lining
  lodging housing funding understanding saying wording timing hearing earring stuffing
  meaning topping seating flooring roofing bedding dwelling clearing sterling shilling farthing darling inning`.split(
    /\s+/,
  ),
);
/**
 * Nouns of an activity that do not end in -ization or -ification ("Certification" is one of those): what a
 * practice is called when its head is one of them ("Cross Certification", "Process Automation", "Data Protection").
 */
const ACTIVITY_NOUNS = new Set(
  `programme program scheme initiative plan strategy survey grant pilot campaign roadmap retrofit retrofits insulation
  programmes programs schemes initiatives campaigns grants fellowship fellowships scholarship scholarships pathway
  pathways
  reactivation
  configuration documentation automation segmentation orchestration remediation mitigation escalation evaluation
  estimation calibration simulation implementation collaboration consultation facilitation moderation negotiation
  mediation rehabilitation vaccination immunisation immunization sanitation irrigation fermentation transformation
  innovation accreditation registration investigation exploration experimentation preparation coordination
  delegation reconciliation aggregation deduplication replication compression detection prevention protection
  inspection correction reduction extraction ingestion acquisition recognition transcription translation
  interpretation supervision revision navigation procurement recruitment enforcement measurement
  improvement provisioning benchmarking architecture tokenisation tokenization onboarding offboarding mentoring
  coaching outsourcing insourcing budgeting forecasting reporting triage rollout cutover administration analyse
  maintenance engagement study studies preparedness resilience test tests`.split(/\s+/),
);
/** German nouns of an activity, a quantity or a role by the last part of a compound ("Zugriffskontrolle"). */
const DE_HEADS: [ConceptType, RegExp][] = [
  [
    'ROLE',
    /(tester|entwickler|entwicklerin|leiter|leiterin|berater|beraterin|prüfer|prüferin|beauftragter?|beauftragten|apotheker|apothekerin|bearbeiter|bearbeiterin|frachtführer|unternehmer|spediteur|spediteure)$/,
  ],
  // a body's board, office or fund by the compound's last part ("Spitalleitung", "Geschäftsleitung", "Datenschutzstelle",
  // "Woonbond", "Waarborgfonds"; not a place, "Baustelle", nor a part, "Schnittstelle")
  [
    'ORGANIZATION',
    /(?:(?:geschäfts|spital|klinik|krankenhaus|projekt|bau|bereichs|abteilungs|werks|schul|konzern|unternehmens|amts|heim|pflegedienst)leitung|direktion|vorstand|(?:schutz|melde|fach|geschäfts|koordinierungs|anlauf|beratungs|kontakt|verbindungs|zertifizierungs|prüf|vergabe|schlichtungs|ombuds)stelle|bond|fonds)$/,
  ],
  [
    'METRIC',
    /(verbrauch|quote|anteil|kosten|umsatz|ausstoß|emissionen|kennzahl|kennzahlen|rendite|wert|werte|grad|score|waarde|waarden|verbruik|uitstoot|ausgaben|volumen|zustandsnote|(?:solvabilitäts|finanz|kapital|investitions|mittel|personal)bedarf|(?:kapitaal|kapital|zins|rente|renten|schulden)lasten)$/,
  ],
  // a body's assembly ("Landkreistag", "Städtetag"); a statute, an agreement, a directive ("Haushaltssatzung",
  // "Betriebsvereinbarung", "Förderrichtlinie")
  ['ORGANIZATION', /(?:kreistag|städtetag|landtag|bundestag|gemeindetag)$/],
  ['STANDARD', /(?:satzung|vereinbarung|richtlinie|richtlinien|leitlinie|leitlinien)$/],
  // (and a contract, a covenant or a framework of rules: "Fördervertrag", "alliantie-overeenkomst", "Energieconvenant",
  // "beoordelingskader")
  [
    'STANDARD',
    /(?:vertrag|overeenkomst|overeenkomsten|richtlijn|richtlijnen|convenant|(?:beleids|toetsings|afwegings|beoordelings|kwaliteits|normen|referentie)kader)$/,
  ],
  // (a guide's, a Dutch decree's, ordinance's or scheme's: "BAFA-Handreichung", "Bouwbesluit", "legesverordening",
  // "Subsidieregeling")
  ['STANDARD', /(?:handreichung|leitfaden|besluit|besluiten|verordening|regeling|regelingen)$/],
  // software and its portals by the compound's last part ("Kommunikationsserver", "InEK-Datenportal",
  // "Omgevingsloket", "Participatieplatform", "energiemanagementsysteem")
  ['TOOL', /(?:server|portal|plattform|platform|systeem|loket|datenbank|databank)$/],
  [
    'PRACTICE',
    /(ierung|kontrolle|kontrollen|prüfung|tests?|überwachung|planung|entwicklung|schulung|bewertung|analyse|gewinnung|verarbeitung|verschlüsselung|wartung|reparatur|steuerung|beschaffung|fertigung|herstellung|sicherung|verwaltung|plan|programm|abschätzung|konzept|management|strategie|verfahren|praktiken|dialog|identifikation|lehrgang|konferenz|onderzoek|traject|training|conversie|reductie|melding|meldingen|afspraken|transitie|programma|aanpak|begeleiding|inspectie|handhaving|automatisering|audit|beveiliging|verwerking|ontwikkeling|verificatie|maßnahmen|massnahmen|abschätzungen|messung|versterking|adaptatie|uitwerking|uitvoering|registratie|overdracht|planning|onderhoud|meting|verduurzaming|renovatie|toezicht|financiering|certificering|aanbesteding|beoordeling|toetsing|vergunningverlening)$/,
  ],
];

/** Heads of a Romance name of an activity or its framework, written first (see headType). */
const ROMANCE_PRACTICE_HEADS =
  /^(?:Modelo|Modèle|Modello|Marco|Cadre|Quadro|Ruta|Rota|Percorso|Parcours|Estudio|Estudo|Studio|Étude|Análisis|Análise|Analisi|Analyse|Gestión|Gestão|Gestione|Gestion|Auditoría|Auditoria|Audit|Control|Controle|Controllo|Contrôle|Evaluación|Avaliação|Valutazione|Évaluation|Proceso|Processo|Processus|Procedimiento|Procedimento|Procédure|Procedura|Método|Metodo|Méthode|Prevención|Prevenção|Prevenzione|Prévention|Detección|Detecção|Deteção|Rilevamento|Détection|Tratamiento|Tratamento|Trattamento|Traitement|Seguimiento|Monitoreo|Monitoramento|Monitoraggio|Suivi|Certificación|Certificação|Certificazione|Digitalización|Digitalização|Digitalizzazione|Dématérialisation|Contratación|Contratação|Licitación|Licitação|Financiación|Financiamento|Finanziamento|Financement|Mantenimiento|Manutenção|Manutenzione|Renovación|Renovação|Rénovation|Rehabilitación|Reabilitação|Riqualificazione|Réhabilitation|Vigilancia|Vigilância|Vigilanza|Recogida|Recolha|Raccolta|Collecte|Planificación|Planejamento|Planeamento|Pianificazione|Planification|Integración|Integração|Integrazione|Intégration|Migración|Migração|Migrazione|Implantación|Implantação|Implementación|Implementação|Implementazione|Despliegue|Déploiement|Inspección|Inspeção|Ispezione|Fiscalización|Fiscalização|Supervisión|Supervisão|Supervisione)$/iu;
/** Adjectives of a council's or a committee's reach or role, after its head (see the sentence-case body rule). */
const BODY_ADJECTIVE =
  /^ (?:communal|municipal|municipale|régional|regional|regionale|départemental|departamental|général|general|generale|national|nacional|nazionale|scientifique|científico|científica|scientifico|exécutif|ejecutivo|executivo|esecutivo|directeur|directivo|diretivo|direttivo|consultatif|consultivo|fiscal|administratif|administrativo|amministrativo|syndical|sindical|sindacale|social|sociale|économique|económico|económica|econômico|permanent|permanente|supérieur|superior|superiore|territorial|territoriale|provincial|provinciale|comunal|comunale|federal|fédéral|federale|estatal|statale|interministériel|interministerial|interministeriale|médical|médico|medico|éthique|ético|etico|d['’]entreprise|d['’]administration|de administración|de administração|di amministrazione|d['’]audit|de auditoría|de auditoria|de dirección|de direção|di direzione|de pilotage|de seguimiento|de acompanhamento|di pilotaggio|de gestión|de gestão|di gestione)$/u;
/** A gerund, or a gerund after a prefix ("refactoring" is "re" + "factoring"), that names an activity. */
function activityIng(word: string): boolean {
  if (!/^\p{L}{3,}ing$/u.test(word) || ING_THINGS.has(word)) return false;
  const verbal = (w: string) => tagsOf(w)?.some((t) => t === 'VBG' || t === 'NN') ?? false;
  if (verbal(word)) return !(tagsOf(word) ?? []).every((t) => t === 'NNP' || t === 'NNPS');
  const m = /^(re|pre|un|de|co|over|under|up|out|sub|inter|auto|multi|cross)(\p{L}{4,}ing)$/u.exec(word);
  return m !== null && verbal(m[2]);
}

/** The kinds of a German body, written after an adjective ("Medizinischer Dienst", "Wissenschaftlicher Beirat"). */
const GERMAN_BODY_NOUN =
  /^(?:Dienst|Beirat|Ausschuss|Rat|Senat|Vorstand|Verband|Verein|Vereinigung|Kammer|Kommission|Behörde|Amt|Landesamt|Bundesamt|Agentur|Anstalt|Bund|Gerichtshof|Gericht|Zentrale|Leitstelle|Fachstelle|Landesverband|Bundesverband)$/u;
/**
 * A type from the head of a name when no keyword told one: the last word of an English or German name (the last
 * part of a German compound), before a preposition when there is one ("Levels of Assurance" → "Levels"). Names
 * of activities are practices ("Floss Refactoring", "Identity Proofing", "Zugriffskontrolle"), German quantities
 * metrics, German job words roles. A person's name is left alone ("Lee Browning").
 */
function headType(name: string): ConceptType | null {
  const words = name
    .trim()
    .replace(/\s*\([^)]*\)$/, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return null;
  // a German body by an inflected adjective and its kind ("Medizinischer Dienst", "Gemeinsamer Bundesausschuss",
  // "Wissenschaftlicher Beirat", "Kassenärztliche Vereinigung", "Statistisches Landesamt")
  if (
    words.length === 2 &&
    /^\p{Lu}\p{Ll}{3,}(?:er|e|es)$/u.test(words[0]) &&
    !isEnglishWord(words[0].toLowerCase()) &&
    !isGivenName(words[0]) &&
    // (not a civil service's grade, a legal form or a wish: "Höherer Dienst", "Eingetragener Verein", "Papierlose
    // Behörde", "Zuständige Behörde")
    !/^(?:Gehoben|Höher|Mittler|Einfach|Öffentlich|Eingetragen|Zuständig|Digital|Papierlos|Gläsern|Modern|Schlank)/u.test(
      words[0],
    ) &&
    (GERMAN_BODY_NOUN.test(words[1]) ||
      (/^\p{Lu}\p{Ll}{6,}$/u.test(words[1]) && keywordType(words[1]) === 'ORGANIZATION'))
  )
    return 'ORGANIZATION';
  if (
    words.length >= 2 &&
    isGivenName(words[0]) &&
    !commonUse(words[0]) &&
    /^\p{Lu}/u.test(words[words.length - 1])
  )
    return null;
  // a Romance name of a study, a model, a framework, a pathway or a control, head first ("Estudio de Impacto Ambiental",
  // "Modelo de Acción Integral Territorial", "Detección de fugas"; a given name first is a person's, "Marco de Souza",
  // left above)
  // (a model, a framework or a route is a practice by its capitalised name, "Modelo de lenguaje" is a thing, "Ruta de la
  // Seda" a place; a study by its kind, "Studio di Progettazione Rossi" is a firm)
  if (
    ROMANCE_PRACTICE_HEADS.test(words[0]) &&
    words.length >= 3 &&
    /^(?:de|del|della|delle|dei|degli|di|du|des|da|do|dos|das|d['’]\p{L}+)$/u.test(words[1]) &&
    (words.length >= 4 || /^\p{Ll}/u.test(words[2])) &&
    (!/^(?:Modelo|Modèle|Modello|Marco|Cadre|Quadro|Ruta|Rota|Percorso|Parcours)$/iu.test(words[0]) ||
      /^\p{Lu}/u.test(words[2])) &&
    (!/^(?:Estudio|Estudo|Studio|Étude)$/iu.test(words[0]) ||
      /^(?:impacto|impatto|impact|viabilidad|viabilidade|fattibilità|faisabilité|factibilidad|prefactibilidad|mercado|mercato|marché|riesgo|rischio|risco|risque)$/iu.test(
        words[2],
      )) &&
    !/^(?:Traitement)$/iu.test(words[0])
  )
    return 'PRACTICE';
  const prep = words.findIndex((w, k) => k > 0 && /^(of|for|in|to|on|with|by|at|from)$/i.test(w));
  const head = (prep > 0 ? words[prep - 1] : words[words.length - 1]).toLowerCase().split('-').pop() ?? '';
  if (/(?:ization|isation|ification)$/.test(head) && !/^(organi[sz]ation|specification)$/.test(head))
    return 'PRACTICE';
  if (ACTIVITY_NOUNS.has(head) || activityIng(head)) return 'PRACTICE';
  // a policy or guidelines by their head ("Charging policy", "Acceptable Use Policy", "Infrastructure Guidelines")
  // (not a kind of policy that is no document: "Group Policy", "Insurance Policy", "Monetary Policy", "Public Policy")
  if (
    /^(?:policy|policies|guidelines|guideline)$/.test(head) &&
    words.length >= 2 &&
    !/^(?:group|insurance|monetary|fiscal|public|foreign|economic|trade|industrial|social|energy|climate)$/i.test(
      words[words.length - 2],
    )
  )
    return 'STANDARD';
  // German compounds: one word, capitalised, the head being its last part
  const full = prep > 0 ? words[prep - 1] : words[words.length - 1];
  // (or a measure's short head after an acronym and a hyphen: "SCR-Quote"; not "Post-Grad")
  if (
    head.length < 8 &&
    /^[\p{Lu}\d]{2,}-\p{Lu}\p{Ll}{3,}$/u.test(full) &&
    !isEnglishWord(full.toLowerCase()) &&
    DE_HEADS.some(([type, re]) => type === 'METRIC' && re.test(head))
  )
    return 'METRIC';
  if (head.length >= 8 && !isEnglishWord(head)) {
    for (const [type, re] of DE_HEADS) if (re.test(head)) return type;
    // (any other German compound of an action: "Budgetverhandlung", "Pflegepersonalbemessung", "Aussonderung";
    // readers typed six of eight such kept words so; not an everyday word, "Unterstützung", "Wohnung")
    if (
      words.length === 1 &&
      /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?ung$/u.test(words[0]) &&
      !everydayWord(words[0], 'de')
    )
      return 'PRACTICE';
  }
  return null;
}

/** Authors of observations called laws ("Moore's Law", "Goodhart's Law"). */
const EPONYMOUS_LAW =
  /^(?:Moore|Metcalfe|Conway|Murphy|Parkinson|Amdahl|Brooks|Hofstadter|Goodhart|Campbell|Little|Zipf|Benford|Hick|Fitts|Wirth|Kryder|Koomey|Gustafson|Linus|Sturgeon|Betteridge|Godwin|Postel|Hyrum|Gall|Kerckhoffs|Okun|Gresham|Engel|Wagner|Say|Ohm|Hooke|Newton|Boyle|Charles|Coulomb|Faraday|Kirchhoff|Snell|Fick|Darcy|Hubble|Kepler|Mendel|Lenz|Joule)['’]s?$/;

/**
 * A first, explainable type guess from the surface form (NER and the LLM refine it when present): keywords
 * first, then the head of the name.
 */
export function guessType(
  name: string,
  opts: { acronym?: boolean; expansion?: string | null } = {},
): ConceptType {
  return keywordType(name, opts) ?? headType(opts.expansion ?? name) ?? 'ENTITY';
}

/** Languages whose common words a brand's word is not (see brandWord). */
const BRAND_LANGS = ['fr', 'es', 'it', 'pt', 'de', 'nl'];
/**
 * A word that is no word of English nor of the main European languages, four letters or more, capitalised: a brand's
 * coined name ("Vitta", "Axelis", "Lekdal"), as a company names itself before its trade ("Vitta Tecnologia").
 */
const brandWord = (w: string): boolean =>
  /^\p{Lu}\p{Ll}{3,}$/u.test(w) &&
  !isEnglishWord(w.toLowerCase()) &&
  !BRAND_LANGS.some((l) => commonWord(w.toLowerCase(), l));

/** Heads of a body's name, first word, in their case forms (lower case; see RULES). */
const BODY_HEAD_FIRST = new RegExp(
  // (after a national, regional or state adjective: "Krajowej Izby Odwoławczej", "Národní úřad", "Федеральная служба")
  '^(?:(?:krajow|narodow|regionaln|wojewódzk|powiatow|miejsk|gminn|państwow|główn|národní|státní|krajsk|na[țţt]ional|regional|федеральн|государственн|национальн|региональн|центральн)\\p{L}* )?(?:' +
    [
      // Polish
      'ministerstw[oa]|urz[aą]d|urz[eę]du|izb[ay]|izbie|rad[ay]|radzie|komitet(?:u)?|agencj[ai]|instytut(?:u)?|fundacj[ai]|stowarzyszeni[ea]|inspektorat(?:u)?|narodow[ya] fundusz|zarz[aą]d(?:u)?|starostw[oa]|sejmik(?:u)?',
      // Czech, Slovak
      'ministerstv[oa]|[úu]řad(?:u)?|[úu]rad(?:u)?|[úu]stav(?:u)?|agentur[ay]|komis[ei]|rad[ay]|inspekc[ei]|fond(?:u)?',
      // Romanian
      'ministerul|agen[țţt]ia|autoritatea|consiliul|institutul|oficiul|direc[țţt]ia|casa na[țţt]ional[ăa]|inspectoratul|funda[țţt]ia|asocia[țţt]ia|prim[ăa]ria',
      // Russian, Ukrainian, Bulgarian
      'министерств[оа]|міністерств[оа]|федеральн(?:ая|ой) служб[аы]|служб[аы]|агентств[оа]|комитет(?:а)?|департамент(?:а)?|центральн(?:ый|ого) банк(?:а)?|фонд(?:а)?|институт(?:а)?|министерство|агенция|комисия|община',
      // Greek
      'υπουργείο(?:υ)?|οργανισμός|οργανισμού|επιμελητήριο(?:υ)?|δήμος|δήμου|ταμείο(?:υ)?|ινστιτούτο(?:υ)?|ίδρυμα|ιδρύματος|γενική γραμματεία|εθνική αρχή',
      // Arabic
      'وزارة|هيئة|الهيئة|مركز|المركز|وكالة|مجلس|المجلس|ديوان|بنك|البنك|مصرف|صندوق|الصندوق|مؤسسة|جامعة|أمانة|بلدية',
      // Indonesian, Malay
      'kementerian|dinas|badan|lembaga|dewan|komisi|balai|direktorat(?: jenderal)?|perwakilan|pemerintah (?:provinsi|kabupaten|kota)|yayasan|universitas|otoritas',
      // Vietnamese
      'bộ|sở|viện|ủy ban|uỷ ban|cục|tổng cục|ngân hàng|hợp tác xã|trường đại học|đại học|hiệp hội|quỹ',
    ].join('|') +
    ') \\S',
  'iu',
);
/** Heads of a body's name, last word (Turkish, Hungarian), in their case forms. */
const BODY_HEAD_LAST =
  /\s(?:bakanlığı|başkanlığı|kurumu|kurulu|müdürlüğü|odası|bankası|belediyesi|üniversitesi|derneği|vakfı|ajansı|dairesi|minisztérium|minisztériuma|hivatal|hivatala|intézet|intézete|hatóság|hatósága|önkormányzat|önkormányzata|bank|egyetem|alapítvány|egyesület|kamara|kamarája|tanács|tanácsa)$/iu;
/** Heads of a body's name at a compound's end (Swedish, Danish, Norwegian, Finnish; with the definite article). */
const BODY_HEAD_COMPOUND =
  /^\p{L}{3,}(?:styrelsen|myndigheten|verket|nämnden|förbundet|inspektionen|departementet|ministeriet|agenturen|tilsynet|nævnet|direktoratet|rådet|keskus|keskuksen|laitos|laitoksen|virasto|viraston|ministeriö|ministeriön|yhdistys|liitto|säätiö|yliopisto|yliopiston)$/iu;
/** A body of the languages above by its head (see RULES). */
function intlBody(name: string): boolean {
  const n = name.trim();
  // (a bank by its name after the word, as Indonesian and Malay write it: "Bank Rakyat", "Bank Indonesia")
  return (
    BODY_HEAD_FIRST.test(n) ||
    BODY_HEAD_LAST.test(n) ||
    BODY_HEAD_COMPOUND.test(n) ||
    /^Bank (?!Holiday)\p{Lu}\p{Ll}+$/u.test(n) ||
    // (and a Romanian one, "Banca Transilvania", "Banca Națională a României"; Italian "banca dati" is a database)
    /^Banca \p{Lu}/u.test(n)
  );
}

/** The type that a keyword of the name tells ("… Foundation", "… Manager", "… Rate", "Insecure …"), else null. */
export function keywordType(
  name: string,
  opts: { acronym?: boolean; expansion?: string | null } = {},
): ConceptType | null {
  const probe = opts.expansion ? `${opts.expansion}` : name;
  // a German or Dutch compound sharing its head with the one before it is what its last compound is
  // ("Verwaltungs- und Finanzausschuss" as "Finanzausschuss")
  const shared = /^\p{Lu}\p{Ll}+- (?:und|oder|sowie|bzw\.|en|of) (\p{L}[\p{L}-]*\p{L})$/u.exec(probe);
  if (shared) return keywordType(shared[1][0].toUpperCase() + shared[1].slice(1));
  for (const [type, re] of RULES) if (re.test(probe)) return type;
  // a university by its place: "Georgia Tech", "Portland State" ("Solid State", "Clean Tech" start with no place);
  // a company by its name and its trade: "Tallis Foods", "Kestrel Analytics", "Northwind Coffee Co" ("Reverse
  // Logistics", "Marketing Analytics" start with common words)
  const m =
    /^(\p{Lu}\p{Ll}+) (?:Tech|State)$/u.exec(probe) ??
    /^(\p{Lu}[\p{Ll}\p{Lu}]+(?:['’]s)?)(?: \p{Lu}\p{Ll}+)? (?:Foods?|Power|Analytics|Robotics|Capital|Logistics|Holdings|Partners|Solutions|Technologies|Media|Health|Healthcare|Energy|Consulting|Consultancy Services|Services|Ventures|Networks|Industries|Pharma|Pharmaceuticals|Insurance|Motors|Airlines|Airways|Brands|Studios?|Labs|Systems|Manufacturing|Engineering|Trading|Construction|Electronics|Electric|Steel|Chemicals|Mining|Shipping|Telecom|Communications|Co\.?|Corp\.?|LLC|PLC|AG|SA|BV)$/u.exec(
      probe,
    );
  if (m && (properNoun(m[1]) || !isEnglishWord(m[1]))) return 'ORGANIZATION';
  // (trades that follow an acronym or a technology's name as often, "RFID Technology", "ESG Advisory", "PEM
  // Hydrogen": after a coined word only, "Fluxys Hydrogen", "Ashgrove Cyber Advisory")
  const coined =
    /^(\p{Lu}\p{Ll}+)(?: \p{Lu}\p{Ll}+)? (?:Technology|Advisory|Homes|Hydrogen|Renewables|Utilities)$/u.exec(
      probe,
    );
  if (coined && brandWord(coined[1])) return 'ORGANIZATION';
  // (the same in Romance languages, after a given name, a place or a proper noun: "Ventura Farma", "Galp Energia",
  // "Navarra Alimentos"; "Nuevos Servicios" in a title starts with a word)
  const r =
    /^(\p{Lu}\p{Ll}+) (?:Farma|Farmacêutica|Farmacéutica|Alimentos|Alimentación|Alimentare|Energia|Energía|Énergie|Seguros|Assicurazioni|Logística|Logistique|Logistica|Construcciones|Construções|Costruzioni|Transportes|Trasporti|Ingeniería|Engenharia|Ingegneria|Tecnologia|Tecnología|Sistemas|Sistemi|Consultores|Consultoria|Consultoría|Serviços|Servicios|Servizi|Industrias?|Indústrias?|Química|Metalúrgica|Telecomunicações|Telecomunicaciones|Conseil|Conseils|Energie|Ingénierie|Immobilier|Immobiliare|Inmobiliaria|Imobiliária|Atacado|Varejo)$/u.exec(
      probe,
    );
  if (
    r &&
    (isGivenName(r[1]) ||
      properNoun(r[1]) ||
      isPlaceName(r[1]) ||
      isCityName(r[1]) ||
      // (a German or Dutch adjective before "Energie" is inflected, no brand: "Thermische Energie", "Duurzame Energie")
      (brandWord(r[1]) && !(/ Energie$/u.test(probe) && /(?:e|en|er|es)$/u.test(r[1]))))
  )
    return 'ORGANIZATION';
  // (a German bank or fund by its place's adjective: "Rheintaler Kantonalbank", "Berliner Volksbank", "Hamburger
  // Sparkasse")
  // (not a database, nor one's own bank or fund: "Zentraler Datenbank", "Ihrer Krankenkasse")
  if (
    /^\p{Lu}\p{Ll}+er \p{Lu}\p{Ll}*(?<![Dd]aten|[Hh]aus)(?:bank|kasse)$/u.test(probe) &&
    !/^(?:Ihrer|Unserer|Einer|Meiner|Deiner|Seiner|Gesetzlicher|Privater|Zentraler|Über|Neuer|Alter|Großer|Kleiner|Jeder|Dieser|Der|Aller)\b/u.test(
      probe,
    )
  )
    return 'ORGANIZATION';
  // CamelCase names ("PowerPointLabs", "AutoGen") are products (not an acronym with a small letter: "OdC", "KfW")
  if (/^\p{Lu}\p{Ll}{2,}\p{Lu}\p{L}*$/u.test(name.trim())) return 'PRODUCT';
  return null;
}
