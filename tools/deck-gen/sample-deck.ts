/**
 * The bundled sample deck: Northwind Analytics' "Data Platform Modernisation" programme, 33 slides
 * in 7 sections, with speaker notes, tables (merged cells), charts (bar, line, pie), pictures with alt
 * text, a hidden slide, a footer on every slide and nested grouped shapes. `sampleDeckSpec` is the
 * content; `expectedSlidesJson(sampleDeckSpec)` is what extraction must return.
 */
import { writeDeck } from './build-deck.js';
import { expectedSlidesJson, type DeckSpec, type ObjectSpec, type SlideSpec } from './deck-spec.js';
import { iconPng } from './png.js';

const t = (text: string): ObjectSpec => ({ kind: 'title', text });
const b = (...paragraphs: string[]): ObjectSpec => ({ kind: 'body', paragraphs });
const box = (x: number, y: number, ...paragraphs: string[]): ObjectSpec => ({
  kind: 'text',
  paragraphs,
  x,
  y,
  w: 3.6,
  h: 0.9,
});
const img = (seed: number, altText: string): ObjectSpec => ({ kind: 'image', png: iconPng(seed), altText });
const slide = (section: string, objects: ObjectSpec[], notes?: string, hidden?: boolean): SlideSpec => ({
  section,
  objects,
  notes,
  hidden,
});

const S1 = 'Introduction';
const S2 = 'Context & Drivers';
const S3 = 'Target Architecture';
const S4 = 'Governance & Compliance';
const S5 = 'Delivery Plan';
const S6 = 'KPIs & Results';
const S7 = 'Appendix';

const slides: SlideSpec[] = [
  slide(
    S1,
    [
      t('Data Platform Modernisation'),
      b('Programme overview for the Executive Committee', 'Northwind Analytics — Q1 2024'),
    ],
    'Welcome everyone. This deck summarises the Data Platform Modernisation programme.',
  ),
  slide(S1, [
    t('Agenda'),
    b(
      'Context and business drivers',
      'Target architecture on Kubernetes',
      'Governance: GDPR and ISO 27001',
      'Delivery plan and roles',
      'Key Performance Indicators (KPIs)',
    ),
  ]),
  slide(
    S1,
    [
      t('Executive Summary'),
      b(
        'Consolidate 14 legacy data marts into one governed platform',
        'Migrate finance reporting to SAP S/4HANA by Q4 2024',
        'Cut batch latency from 24 hours to 15 minutes',
      ),
      img(1, 'Programme logo: a blue disc'),
    ],
    'Stress the three outcomes; the budget discussion comes later.',
  ),
  slide(
    S2,
    [
      t('Why Change Now'),
      b(
        'Legacy ETL jobs fail twice a week on average',
        'Extract, Transform, Load (ETL) code is undocumented',
        'Audit findings on data lineage remain open',
      ),
    ],
    'The audit findings are the main trigger for the programme.',
  ),
  slide(S2, [
    t('Regulatory Pressure'),
    b(
      'General Data Protection Regulation (GDPR) requires records of processing',
      'Datenschutz-Grundverordnung (DSGVO) audits by the Zürich subsidiary',
      'Right to erasure must be executed within 30 days',
    ),
  ]),
  slide(
    S2,
    [
      t('Business Drivers'),
      b(
        'Self-service analytics for 1,200 business users',
        'Faster month-end close in Finance',
        'One customer view across Sales & Service',
      ),
    ],
    'Finance is our first and most demanding customer.',
  ),
  slide(S2, [
    t('Current Pain Points'),
    b(
      'Data copied into 37 spreadsheets before each board meeting',
      'No single owner for master data',
      'R&D data <pilot> environments are not backed up',
    ),
  ]),
  slide(
    S2,
    [
      t('Stakeholder Map'),
      box(0.6, 1.6, 'Chief Data Officer (CDO)', 'Programme sponsor'),
      box(4.6, 1.6, 'Chief Information Security Officer (CISO)', 'Security authority'),
      box(8.6, 1.6, 'Finance Director', 'Business owner'),
    ],
    'Each stakeholder signs off one stage gate.',
  ),
  slide(
    S3,
    [
      t('Target Architecture'),
      b(
        'Ingestion layer: Kafka and change data capture',
        'Storage layer: lakehouse on object storage',
        'Serving layer: semantic models and APIs',
      ),
      img(2, 'Architecture icon: a green disc'),
    ],
    'Walk through the three layers from left to right.',
  ),
  slide(
    S3,
    [
      t('Platform Layers'),
      {
        kind: 'group',
        children: [
          box(0.6, 1.6, 'Ingestion', 'Kafka topics per source system'),
          {
            kind: 'group',
            children: [
              box(0.6, 2.8, 'Storage', 'Lakehouse tables in open formats'),
              box(0.6, 4.0, 'Serving', 'Semantic layer and REST APIs'),
            ],
          },
        ],
      },
      img(3, 'Layer diagram legend'),
    ],
    'The grouped boxes show the layers; the platform team owns all three.',
  ),
  slide(S3, [
    t('Kubernetes Runtime'),
    b(
      'All services run on Kubernetes clusters in two regions',
      'GitOps deployments with signed images',
      'Autoscaling for Spark and Trino workloads',
    ),
  ]),
  slide(
    S3,
    [
      t('SAP S/4HANA Integration'),
      b(
        'SAP S/4HANA is the system of record for Finance',
        'Change data capture from S/4HANA into Kafka',
        'Reconciliation reports compare ledgers daily',
      ),
    ],
    'SAP S/4HANA go-live is the critical path.',
  ),
  slide(
    S3,
    [
      t('Application Landscape'),
      {
        kind: 'table',
        grid: [
          ['Domain', 'Current system', 'Target system', 'Wave'],
          ['Finance', 'SAP ECC 6.0', 'SAP S/4HANA', 'Wave 1'],
          ['', 'Hyperion', 'SAP S/4HANA', ''],
          ['Sales', 'Legacy CRM', 'Customer 360 on the lakehouse', 'Wave 2'],
          ['Operations', 'Access databases', 'Lakehouse data products', 'Wave 3'],
        ],
        merges: [
          { row: 1, col: 0, rowspan: 2 },
          { row: 1, col: 3, rowspan: 2 },
        ],
      },
    ],
    'Finance moves first; two legacy systems collapse into S/4HANA.',
  ),
  slide(S3, [
    t('Data Products'),
    b(
      'Each domain publishes versioned data products',
      'Contracts define schema, owner and Service Level Agreement (SLA)',
      'Consumers discover products in the catalogue',
    ),
  ]),
  slide(
    S3,
    [
      t('Security Architecture'),
      b(
        'Single sign-on with multi-factor authentication',
        'Encryption at rest and in transit',
        'Secrets stored in a managed vault',
      ),
    ],
    'The CISO reviewed this design in January.',
  ),
  slide(S4, [
    t('Governance Model'),
    b(
      'Data owners per domain, data stewards per product',
      'Data Governance Board meets monthly',
      'Policies published in the catalogue',
    ),
  ]),
  slide(
    S4,
    [
      t('GDPR Compliance'),
      b(
        'Records of processing generated from lineage',
        'Personal data tagged at ingestion',
        'Erasure requests automated end to end',
      ),
    ],
    'GDPR tagging is mandatory for every new source.',
  ),
  slide(S4, [
    t('ISO 27001 Certification'),
    b(
      'Information Security Management System (ISMS) scope extended to the platform',
      'Annex A controls mapped to platform features',
      'Surveillance audit planned for November',
    ),
  ]),
  slide(
    S4,
    [
      t('Roles & Responsibilities'),
      {
        kind: 'table',
        grid: [
          ['Activity', 'CDO', 'Platform Team', 'Domain Teams'],
          ['Define data policies', 'Accountable', 'Consulted', 'Informed'],
          ['Operate Kubernetes clusters', 'Informed', 'Responsible and accountable', ''],
          ['Publish data products', 'Informed', 'Consulted', 'Responsible'],
          ['Quarterly access review', 'Accountable for all teams', '', ''],
        ],
        merges: [
          { row: 2, col: 2, colspan: 2 },
          { row: 4, col: 1, colspan: 3 },
        ],
      },
    ],
    'This RACI was agreed at the last steering committee.',
  ),
  slide(S4, [
    t('Data Quality Framework'),
    b(
      'Completeness, accuracy and timeliness checks',
      'Quality scores shown next to each data product',
      'Incidents routed to the owning domain',
    ),
  ]),
  slide(
    S4,
    [
      t('Risk Register'),
      b(
        'Skills gap in Kubernetes operations',
        'Dependency on the SAP S/4HANA timeline',
        'Budget approval for the second region',
      ),
    ],
    'Risks are reviewed every two weeks.',
  ),
  slide(S5, [
    t('Roadmap'),
    b(
      'Wave 1 (Q1–Q2): Finance on SAP S/4HANA',
      'Wave 2 (Q3): Customer 360',
      'Wave 3 (Q4): Operations data products',
    ),
  ]),
  slide(
    S5,
    [
      t('Team Structure'),
      {
        kind: 'group',
        children: [
          box(0.6, 1.6, 'Platform Team', '12 engineers'),
          {
            kind: 'group',
            children: [
              box(4.6, 1.6, 'Finance Domain', '6 analysts'),
              box(8.6, 1.6, 'Sales Domain', '5 analysts'),
            ],
          },
        ],
      },
    ],
    'Domain teams stay in the business; the platform team is central.',
  ),
  slide(S5, [
    t('Migration Approach'),
    b(
      'Strangler pattern: new consumers read from the lakehouse first',
      'Dual running for one month-end close',
      'Decommission legacy marts after sign-off',
    ),
  ]),
  slide(
    S5,
    [
      t('Platform Cost by Quarter'),
      {
        kind: 'chart',
        chartType: 'bar',
        title: 'Platform cost (k€)',
        series: [
          { name: 'Infrastructure', labels: ['Q1', 'Q2', 'Q3', 'Q4'], values: [120, 135, 150, 140] },
          { name: 'Licences', labels: ['Q1', 'Q2', 'Q3', 'Q4'], values: [80, 80, 95, 95] },
        ],
      },
    ],
    'Costs peak in Q3 while both regions run in parallel.',
  ),
  slide(S5, [
    t('Training Plan'),
    b(
      'Kubernetes fundamentals for all platform engineers',
      'Data product owner training for domain leads',
      'GDPR awareness refresh for every analyst',
    ),
  ]),
  slide(
    S6,
    [
      t('Key Performance Indicators'),
      b(
        'Batch latency below 15 minutes',
        'Data quality score above 95%',
        '80% of reports served from data products',
      ),
    ],
    'These KPIs are reported monthly to the board.',
  ),
  slide(
    S6,
    [
      t('Data Quality Trend'),
      {
        kind: 'chart',
        chartType: 'line',
        title: 'Data quality score (%)',
        series: [
          {
            name: 'Finance',
            labels: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'],
            values: [88.5, 90, 91.2, 93, 94.1, 95.4],
          },
          {
            name: 'Sales',
            labels: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun'],
            values: [82, 84.5, 85, 87.25, 89, 90.5],
          },
        ],
      },
    ],
    'Finance already meets the target in June.',
  ),
  slide(S6, [
    t('Workload Mix'),
    {
      kind: 'chart',
      chartType: 'pie',
      title: 'Compute hours by workload',
      series: [
        {
          name: 'Compute hours',
          labels: ['Batch ETL', 'Streaming', 'Interactive SQL', 'Machine learning'],
          values: [45, 20, 25, 10],
        },
      ],
    },
    img(4, 'Pie chart legend icon'),
  ]),
  slide(
    S6,
    [
      t('Lessons Learned'),
      b(
        'Start governance on day one, not after go-live',
        'Invest early in platform automation',
        'Celebrate each decommissioned data mart',
      ),
    ],
    'Ask the audience for their own lessons.',
  ),
  slide(S7, [
    t('Glossary'),
    b(
      'CDO: Chief Data Officer',
      'ISMS: Information Security Management System',
      'SLA: Service Level Agreement',
      'データ基盤: data platform (Tokyo office)',
    ),
  ]),
  slide(
    S7,
    [t('Draft: Budget Scenarios'), b('Scenario A: single region, 1.9 M€', 'Scenario B: two regions, 2.4 M€')],
    'Hidden until the budget is approved.',
    true,
  ),
  slide(
    S7,
    [
      t('Contacts'),
      b(
        'Programme office: data-platform@northwind.example',
        'Architecture board: architecture@northwind.example',
      ),
    ],
    'Thank you. Questions?',
  ),
];

export const sampleDeckSpec: DeckSpec = {
  title: 'Data Platform Modernisation',
  layout: 'Northwind Content',
  footer: 'Northwind Analytics · Data Platform Modernisation · Confidential',
  slides,
};

/** Expected `osmose slides --json` output of the sample deck. */
export function sampleDeckExpected(): ReturnType<typeof expectedSlidesJson> {
  return expectedSlidesJson(sampleDeckSpec);
}

/** Writes the sample deck; the same code always writes the same bytes. */
export async function generateSampleDeck(outPath: string): Promise<Uint8Array> {
  return writeDeck(sampleDeckSpec, outPath);
}
