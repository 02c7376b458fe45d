/**
 * The type a deck gives the names it lists under a heading that says what they are: a table's column headed
 * "Entidad", "Supplier", "Gemeente", "System", "Norm" ("CHESA", "Congelados Bardenas", "Biovalor Ribera" under
 * "Entidad" are organisations), or a line "Partners: A, B and C". select uses it for a name no rule of its own types
 * (the name's own form decides first: "Plataforma X" under "Entidad" stays a tool).
 */
import type { ConceptType } from '../model/graph.js';
import { conceptKey } from './normalise.js';

/** Headings (one or two words, any case) that name the kind of the items below or after them. */
const HEADING_TYPES: [Exclude<ConceptType, 'ENTITY'>, RegExp][] = [
  [
    'ORGANIZATION',
    /^(?:entidad(?:es)?|empresas?|socios?|entit(?:y|ies)|compan(?:y|ies)|organi[sz]ations?|partners?|suppliers?|vendors?|providers?|contractors?|operators?|unternehmen|firmen?|organisationen|träger|anbieter|lieferanten?|dienstleister|partnern?|organismes?|entreprises?|fournisseurs?|prestataires?|opérateurs?|partenaires?|enti|ente|aziende?|fornitori|fornitore|operatori|soggetti|entidades?|fornecedor(?:es)?|parceiros?|organisaties?|bedrijven|bedrijf|leveranciers?|aanbieders?|bodies|body|authorit(?:y|ies)|agenc(?:y|ies)|institutions?|institución|instituciones|beneficiari|beneficiarios?|beneficiaires?|beneficiários?)$/iu,
  ],
  [
    'PLACE',
    /^(?:municipios?|comuni|comune|communes?|gemeenten?|gemeinden?|towns?|cit(?:y|ies)|villes?|municípios?|localidad(?:es)?|località|countr(?:y|ies)|país(?:es)?|pays|paesi|länder)$/iu,
  ],
  [
    'TOOL',
    /^(?:systems?|sistemas?|systèmes?|sistemi|tools?|herramientas?|strumenti|software|applications?|aplicaci(?:ón|ones)|aplicaç(?:ão|ões)|applicativi|applicativo|anwendungen|anwendung|applicaties?|plataformas?|platforms?|plateformes?|piattaforme|piattaforma)$/iu,
  ],
  [
    'STANDARD',
    /^(?:norms?|normas?|normes?|norme|standards?|laws?|leyes|ley|lois?|legge|leggi|leis?|gesetze?|wet(?:ten)?|regulations?|reglamentos?|règlements?|regolamenti|regolamento|regulamentos?|verordnung(?:en)?|verordening(?:en)?|normativa|normativas?|rechtsgrundlagen?|grondslag|base (?:légale|legal|giuridica)|fundamento legal)$/iu,
  ],
];

function headingType(heading: string): Exclude<ConceptType, 'ENTITY'> | null {
  const h = heading
    .trim()
    .replace(/\s*\([^)]*\)$/, '')
    .replace(/[:.]$/, '');
  if (h === '' || h.split(/\s+/).length > 2) return null;
  // (the heading's first word, or its only one: "Entidad", "Empresas socias", "Sistema destino")
  const first = h.split(/\s+/)[0];
  for (const [type, re] of HEADING_TYPES) if (re.test(h) || re.test(first)) return type;
  return null;
}

/** An item as a name: no list marks, no trailing note in brackets ("CNTA (San Adrián)" is "CNTA"). */
function item(text: string): string {
  return text
    .trim()
    .replace(/^(?:and|or|et|ou|y|o|e|und|oder|en|of)\s+/i, '')
    .replace(/\s*\([^)]*\)$/, '')
    .replace(/[.;,]$/, '')
    .trim();
}

/**
 * The keys of the names a deck lists under a heading of one kind, with that kind; a name listed under two kinds has
 * none. Keys as conceptKey makes them (an acronym's key is its conceptKey too: "SIAE" → "siae").
 */
export function listedTypes(blocks: { layer: string; text: string }[]): Map<string, ConceptType> {
  const votes = new Map<string, Set<ConceptType>>();
  const vote = (text: string, type: ConceptType) => {
    const name = item(text);
    // (a name, not a sentence or a number: up to six words, a letter in it)
    if (name.length < 2 || name.split(/\s+/).length > 6 || !/\p{L}/u.test(name)) return;
    const key = conceptKey(name);
    if (!votes.has(key)) votes.set(key, new Set());
    votes.get(key)!.add(type);
  };
  for (const b of blocks) {
    if (b.layer === 'table') {
      const rows = b.text.split('\n').map((r) => r.split('\t'));
      if (rows.length < 2) continue;
      rows[0].forEach((h, i) => {
        const type = headingType(h);
        if (type) for (const r of rows.slice(1)) if (r[i]) vote(r[i], type);
      });
      continue;
    }
    // "Partners: A, B and C", "Socios: A, B y C" (a list of three names or more after its heading)
    for (const line of b.text.split('\n')) {
      const m = /^\s*([^:]{2,40}):\s*(.+)$/u.exec(line);
      const type = m ? headingType(m[1]) : null;
      if (!m || !type) continue;
      const items = m[2].split(/[,;]|\s(?:and|y|e|et|und|en)\s/u);
      if (items.length >= 3) for (const x of items) vote(x, type);
    }
  }
  const out = new Map<string, ConceptType>();
  for (const [k, types] of votes) if (types.size === 1) out.set(k, [...types][0]);
  return out;
}
