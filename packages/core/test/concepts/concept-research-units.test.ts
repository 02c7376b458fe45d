/**
 * Classes of the twelfth held-out set's findings (2026-12-06's fourth session: research talks, design reviews and
 * go-to-market decks in seven languages): units and a count's nouns ("g m" of "g m⁻³", "270 VDC", "20 MWh-th", "10⁷
 * cycles", "12 dias úteis"), the ends of a range of codes ("RF01–RF18"), references whose authors are written as
 * medicine and the sciences write them ("Ferrandis L, Quiroga M (2024)"), a German talk's section words ("Diskussion",
 * "Durchführung"), and a standard's edition by its year and month ("DIN 50100:2022-12"). Made-up sentences, no
 * evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { block, records } from './blocks.js';

const names = (recs: { name: string }[]) => recs.map((r) => r.name);

describe('units and counts', () => {
  it('are no concepts: units alone, electrical and thermal units, a number with its noun', () => {
    const recs = names(
      records(
        [
          block(1, 'Cloud microphysics probe', 'title'),
          block(1, 'Liquid water content 0.01–3 g m⁻³ from the Nevzorov probe; LWP bins of 20 g m⁻²'),
          block(2, 'Actuator power', 'title'),
          block(
            2,
            'Brushless motor on the 270 VDC bus; standby unit on 28 VDC. Storage module of 20 MWh-th.',
          ),
          block(3, 'Gearbox fatigue', 'title'),
          block(
            3,
            'Gear stage rig test: 10⁷ cycles at stall load, then 2×10⁷ cycles with no crack on the Nevzorov probe.',
          ),
          block(4, 'Storage', 'title'),
          block(4, 'Two storage modules of 60 MWh-th and 120 MWh-th for the brewery on the 270 VDC bus.'),
        ],
        'en',
        4,
      ),
    );
    for (const n of ['g m', 'VDC', 'MWh-th', '10⁷ cycles']) expect(recs).not.toContain(n);
    expect(recs).toContain('Nevzorov probe');
  });

  it('drops a noun in lower case that only ever counts something (Portuguese)', () => {
    const recs = names(
      records(
        [
          block(1, 'Fechamento mensal', 'title'),
          block(1, 'O fechamento mensal levava 12 dias úteis com a conciliação manual.'),
          block(2, 'Resultados', 'title'),
          block(2, 'Com a conciliação automática, o fechamento mensal leva 2 dias úteis.'),
          block(3, 'Próximos passos', 'title'),
          block(3, 'A conciliação automática chega às lojas do Nordeste em 30 dias úteis.'),
        ],
        'pt',
        3,
      ),
    );
    expect(recs).not.toContain('dias úteis');
    expect(recs).toContain('conciliação automática');
  });
});

describe('the ends of a range of codes', () => {
  it('name no thing; a code written alone does', () => {
    const recs = names(
      records(
        [
          block(1, 'Campaign overview', 'title'),
          block(1, 'Research flights RF01–RF18 over the Azores; the AMS was lost on RF01–RF03.'),
          block(2, 'Case study: RF11', 'title'),
          block(2, 'RF11 sampled a polluted boundary layer; RF11 is the case study of the AMS data.'),
          block(3, 'Next flights', 'title'),
          block(3, 'Flights RF19–RF24 repeat the RF11 pattern.'),
        ],
        'en',
        3,
      ),
    );
    for (const n of ['RF01', 'RF03', 'RF18', 'RF19', 'RF24']) expect(recs).not.toContain(n);
    expect(recs).toContain('RF11');
  });
});

describe("references' authors written with their initials", () => {
  it('are mentions of the person the deck names, not names of their own', () => {
    const recs = names(
      records(
        [
          block(1, 'Riego deficitario en olivo', 'title'),
          block(1, 'Directora: Dra. Lucía Ferrandis · Codirector: Martín Quiroga'),
          block(2, 'Resultados del riego deficitario', 'title'),
          block(
            2,
            'Lucía Ferrandis presentó el protocolo de riego deficitario controlado en parcelas de olivo.',
          ),
          block(3, 'Referencias', 'title'),
          block(
            3,
            'Ferrandis L, Quiroga M, Giménez P (2024). Respuesta del olivo al riego deficitario. Rev Agron 56: 41–58.\nRivadeneira E, Ferrandis L (2023). Umbrales de riego deficitario.',
          ),
        ],
        'es',
        3,
      ),
    );
    for (const n of ['Ferrandis L', 'Quiroga M', 'Quiroga']) expect(recs).not.toContain(n);
    expect(recs).toContain('Lucía Ferrandis');
    expect(recs).toContain('Martín Quiroga');
  });
});

describe("a standard's edition", () => {
  it('by its year and month is the standard (as by its year)', () => {
    const recs = records(
      [
        block(1, 'Prüfverfahren', 'title'),
        block(1, 'Schwingfestigkeit nach DIN 50100:2022-12 im Treppenstufenverfahren.'),
        block(2, 'Ergebnisse', 'title'),
        block(2, 'Die Auswertung nach DIN 50100 zeigt die Schwingfestigkeit der Proben.'),
        block(3, 'Ausblick', 'title'),
        block(3, 'DIN 50100 und Schwingfestigkeit bei 10⁷ Lastwechseln.'),
      ],
      'de',
      3,
    );
    const din = recs.filter((r) => r.name.startsWith('DIN 50100'));
    expect(din.map((r) => r.name)).toEqual(['DIN 50100']);
    expect(din[0].aliases).toContain('DIN 50100:2022-12');
  });
});

describe("a German talk's section words", () => {
  it('are headings, not concepts', () => {
    const recs = names(
      records(
        [
          block(1, 'Gliederung', 'title'),
          block(1, 'Einleitung\nDurchführung\nErgebnisse\nDiskussion\nZusammenfassung'),
          block(2, 'Durchführung', 'title'),
          block(2, 'Wärmebehandlung der Proben im Umluftofen; Durchführung nach DIN EN ISO 6892-1.'),
          block(3, 'Diskussion', 'title'),
          block(3, 'Die Wärmebehandlung senkt die Eigenspannung; Diskussion der Bruchflächen.'),
        ],
        'de',
        3,
      ),
    );
    for (const n of ['Durchführung', 'Diskussion']) expect(recs).not.toContain(n);
    expect(recs).toContain('Wärmebehandlung');
  });
});
