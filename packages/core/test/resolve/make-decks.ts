import pptxgenDefault from 'pptxgenjs';

type PptxCtor = typeof pptxgenDefault.default;
const Pptx: PptxCtor =
  (pptxgenDefault as unknown as { default?: PptxCtor }).default ?? (pptxgenDefault as unknown as PptxCtor);

export interface SlideSpec {
  title: string;
  lines: string[];
  chart?: { name: string; labels: string[]; values: number[]; title: string };
}

/** Writes a real .pptx (pptxgenjs): a title and one bullet box per slide, optionally a bar chart. */
export async function makeDeck(path: string, slides: SlideSpec[]): Promise<void> {
  const pptx = new Pptx();
  pptx.layout = 'LAYOUT_16x9';
  for (const spec of slides) {
    const s = pptx.addSlide();
    s.addText(spec.title, { x: 0.5, y: 0.3, w: 9, h: 0.8, fontSize: 28, bold: true });
    if (spec.lines.length)
      s.addText(spec.lines.join('\n'), { x: 0.5, y: 1.3, w: 9, h: 2, fontSize: 16, bullet: true });
    if (spec.chart)
      s.addChart(
        pptx.ChartType.bar,
        [{ name: spec.chart.name, labels: spec.chart.labels, values: spec.chart.values }],
        {
          x: 0.5,
          y: 3.4,
          w: 8,
          h: 2,
          showTitle: true,
          title: spec.chart.title,
        },
      );
  }
  await pptx.writeFile({ fileName: path });
}

/** Deck A spells GDPR out once; deck B only ever says "GDPR". Both talk about e-mail gateways. */
export const DECK_A: SlideSpec[] = [
  {
    title: 'Privacy programme',
    lines: [
      'The General Data Protection Regulation (GDPR) protects personal data.',
      'Phishing is filtered by the E-Mail Gateways.',
    ],
  },
  {
    title: 'GDPR fines',
    lines: ['GDPR fines reach 4% of annual turnover.', 'Messages are logged by the E-Mail Gateways.'],
  },
  {
    title: 'Controls',
    lines: ['GDPR requires records of processing.', 'Kubernetes Clusters host the portal.'],
  },
  { title: 'Platform', lines: ['Kubernetes Clusters are patched monthly.'] },
];

export const DECK_B: SlideSpec[] = [
  {
    title: 'GDPR readiness',
    lines: ['GDPR applies to every subsidiary.', 'Attachments are blocked by the Email Gateway.'],
  },
  { title: 'Audit results', lines: ['GDPR audits found two gaps.', 'The Email Gateway needs new rules.'] },
  {
    title: 'Incidents by quarter',
    lines: ['Incident Response Teams handled every case.'],
    chart: {
      name: 'Incidents',
      labels: ['Q1', 'Q2', 'Q3', 'Q4'],
      values: [12, 7.5, 3, 21],
      title: 'Phishing incidents',
    },
  },
  { title: 'Next steps', lines: ['Incident Response Teams train twice a year.'] },
];

/** A Portuguese deck that spells "CCP" out (Código dos Contratos Públicos) … */
export const DECK_PT: SlideSpec[] = [
  {
    title: 'Enquadramento legal',
    lines: [
      'O Código dos Contratos Públicos (CCP) regula a contratação da empreitada.',
      'O CCP exige a publicação do anúncio no Diário da República.',
    ],
  },
  {
    title: 'Prazos',
    lines: ['Os prazos do CCP são contados em dias úteis.', 'O júri é nomeado pela câmara.'],
  },
  { title: 'Riscos', lines: ['A revisão de preços segue o CCP e o caderno de encargos.'] },
];
/** … and a French one that uses "CCP" for its own code (the Code de la commande publique) without spelling it out. */
export const DECK_FR: SlideSpec[] = [
  {
    title: 'Cadre juridique',
    lines: [
      "L'article L2171-3 du CCP autorise le marché global de performance.",
      'Le CCP impose une procédure avec négociation pour ce montant.',
    ],
  },
  {
    title: 'Calendrier',
    lines: ["Les délais du CCP sont respectés par l'acheteur.", 'Le jury se réunit en mars.'],
  },
  { title: 'Risques', lines: ['La révision des prix suit le CCP et le cahier des charges.'] },
];
/**
 * A Portuguese deck that names its rail infrastructure manager once, with its acronym (the concept keeps the
 * acronym's id, named by the expansion) …
 */
export const DECK_PT_IP: SlideSpec[] = [
  {
    title: 'Ligação ferroviária ao porto',
    lines: [
      'Articulação com a Infraestruturas de Portugal (IP) para canais horários e composições.',
      'O ramal ferroviário serve o terminal de contentores.',
    ],
  },
  {
    title: 'Calendário',
    lines: ['O concurso da empreitada do ramal abre em 2026.', 'O porto financia os desvios ferroviários.'],
  },
  { title: 'Riscos', lines: ['Atrasos nas expropriações do ramal ferroviário.'] },
];
/** … and an English deck whose "IP" is the Internet Protocol, never spelled out. */
export const DECK_EN_IP: SlideSpec[] = [
  {
    title: 'Network migration',
    lines: ['All call routing moves to IP by June.', 'Legacy trunks retire once IP routing is stable.'],
  },
  {
    title: 'Design',
    lines: ['Dual IP paths between the two centres.', 'The IP addressing plan follows the state standard.'],
  },
  { title: 'Risks', lines: ['IP outages during cutover; the vendor keeps a fallback.'] },
];
/** A Portuguese irrigation deck that spells "RDC" out as a term of its own (rega deficitária controlada) … */
export const DECK_PT_RDC_TERM: SlideSpec[] = [
  {
    title: 'Olival em sequeiro e regadio',
    lines: [
      'A rega deficitária controlada (RDC) poupa 30 % de água no olival intensivo.',
      'A RDC aplica-se entre o endurecimento do caroço e a colheita.',
    ],
  },
  {
    title: 'Ensaios de campo',
    lines: ['Três parcelas com RDC e duas com rega plena.', 'Sondas de humidade em cada parcela.'],
  },
  { title: 'Riscos', lines: ['Calibre menor da azeitona nas parcelas com RDC.'] },
];
/** … a hospital deck whose "RDC" is the health agency's resolution, never spelled out … */
export const DECK_PT_RDC_BARE: SlideSpec[] = [
  {
    title: 'Acreditação do hospital',
    lines: [
      'A RDC da Anvisa exige um núcleo de segurança do paciente.',
      'A central de esterilização segue a RDC e o manual da acreditadora.',
    ],
  },
  {
    title: 'Auditorias',
    lines: ['Auditoria interna da RDC em maio.', 'Plano de ação para as não conformidades da RDC.'],
  },
  { title: 'Próximos passos', lines: ['Visita de diagnóstico em setembro.'] },
];
/** … and another irrigation deck that writes "RDC" bare, in a text about watering. */
export const DECK_PT_RDC_IRRIGATION: SlideSpec[] = [
  {
    title: 'Vinha e escassez de água',
    lines: ['A RDC reduz a rega da vinha no pintor.', 'Sondas de humidade decidem cada rega.'],
  },
  { title: 'Resultados', lines: ['Com RDC, menos 25 % de água e o mesmo grau.'] },
];
