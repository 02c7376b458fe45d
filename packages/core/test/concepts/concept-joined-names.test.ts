/**
 * Names whose words a small word joins (2026-12-05, seventh session): a French, Spanish, Portuguese or Italian name
 * that "e", "y" or "et" ends with one more common word ("Comitato Controllo e Rischi"), and an English Title Case name
 * joined by "at", "to" or "in" that the deck writes twice ("Living Well at Home"), a Romance name with a list of
 * fields after its preposition ("Marco Legal de Ciência, Tecnologia e Inovação"), a German or Dutch compound sharing
 * its head with the one before it ("Verwaltungs- und Finanzausschuss"). Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/concepts/candidates.js';
import { keywordType } from '../../src/concepts/classify.js';
import { germanNominative } from '../../src/concepts/select.js';
import { block, records } from './blocks.js';

const keys = (blocks: ReturnType<typeof block>[], lang: string) =>
  new Set(extractCandidates(blocks, undefined, { lang }).keys());

describe('a Romance name ended by "e", "y" or "et" and a common word', () => {
  it('is one name, not its first words and a word', () => {
    const found = keys(
      [
        block(1, 'La relazione è presentata al Comitato Vigilanza e Rischi nella seduta di marzo.'),
        block(2, 'Il parere del Comitato Vigilanza e Rischi è vincolante per la direzione.'),
        block(3, 'Informa la concejala de Urbanismo, Limpieza Viaria y Residuos de los plazos.'),
      ],
      'it',
    );
    expect(found.has('comitato vigilanza e rischi')).toBe(true);
    expect(found.has('comitato vigilanza')).toBe(false);
    const es = keys(
      [block(1, 'Informa la concejala de Parques, Limpieza Viaria y Residuos de los plazos.')],
      'es',
    );
    expect(es.has('limpieza viaria y residuos')).toBe(true);
  });

  it('leaves two names apart: a place, a name of its own, an acronym after the conjunction', () => {
    const found = keys(
      [
        block(1, 'La rete collega Porto Vecchio e Genova con un nuovo servizio.'),
        block(2, 'Partecipano la Guardia Costiera e Comando Generale alle esercitazioni.'),
        block(3, 'Il flusso passa dal sistema Cassa Unica e CRM ogni notte.'),
      ],
      'it',
    );
    expect([...found].some((k) => k.includes(' e genova'))).toBe(false);
    expect([...found].some((k) => k.includes(' e comando'))).toBe(false);
    expect([...found].some((k) => k.includes(' e crm'))).toBe(false);
  });

  it('in a title written in sentence case too', () => {
    const found = keys(
      [
        block(1, 'Informativa al Comitato Vigilanza e Rischi sul programma antifrode', 'title'),
        block(2, 'Finanziamenti e Licitazioni', 'title'),
      ],
      'it',
    );
    expect(found.has('comitato vigilanza e rischi')).toBe(true);
  });
});

describe('an English Title Case name joined by a small word', () => {
  it('is one name where the deck writes it twice, not its first word alone', () => {
    const found = records([
      block(
        1,
        'Savings come from the Staying Well at Home programme and from the Discharge to Recover model.',
      ),
      block(
        2,
        'Phase 2 of Staying Well at Home starts in April, and Discharge to Recover covers pathways 1 to 3.',
      ),
      block(3, 'The Staying Well at Home budget is £6.8m.'),
    ]).map((r) => r.name);
    expect(found).toContain('Staying Well at Home');
    expect(found).toContain('Discharge to Recover');
    expect(found).not.toContain('Staying');
  });

  it('not once, nor two names: a month, a place, a body, a person after the small word', () => {
    const found = keys(
      [
        block(1, 'The paper went to Scrutiny in November and to Scrutiny in November again after the vote.'),
        block(3, 'The Care Hub at Royal Oak Hospital opened; the Care Hub at Royal Oak Hospital is busy.'),
        block(4, 'Thanks to Andrew for the slides, and thanks to Andrew for the data.'),
        block(5, 'The new Living Room to Kitchen layout was shown.'),
      ],
      'en',
    );
    expect(found.has('scrutiny in november')).toBe(false);
    expect(found.has('care hub at royal oak hospital')).toBe(false);
    expect(found.has('thanks to andrew')).toBe(false);
    expect(found.has('living room to kitchen')).toBe(false);
  });
});

describe('a Romance name with a list of fields, and one ended by two common words', () => {
  it('takes the list whole ("…, Tecnologia e Inovação") and two words after "e" that name no body', () => {
    const found = keys(
      [
        block(1, 'A lei foi alterada pelo Marco Legal de Ciência, Tecnologia e Inovação em 2016.'),
        block(2, 'O parecer da Fundação de Amparo à Pesquisa, Ensino e Extensão é esperado em março.'),
      ],
      'pt',
    );
    expect(found.has('marco legal de ciencia tecnologia e inovacao')).toBe(true);
    const es = keys(
      [block(1, 'El informe del Ministerio de Sanidad, Consumo y Bienestar Social llegó en marzo.')],
      'es',
    );
    expect(es.has('ministerio de sanidad consumo y bienestar social')).toBe(true);
    const plan = keys(
      [
        block(
          1,
          'Alineado con el Plan Estatal de Investigación Científica, Técnica y de Innovación (PEICTI) en 2026.',
        ),
      ],
      'es',
    );
    expect(plan.has('plan estatal de investigacion cientifica tecnica y de innovacion')).toBe(true);
    expect(plan.has('plan estatal de investigacion cientifica')).toBe(false);
    // (a span of years after it is no part of it, nor cuts it)
    const span = keys(
      [
        block(
          1,
          'Alineado con el Plan Estatal de Investigación Científica, Técnica y de Innovación 2024–2027.',
        ),
      ],
      'es',
    );
    expect(span.has('plan estatal de investigacion cientifica tecnica y de innovacion')).toBe(true);
    const it = keys(
      [
        block(3, 'Il piano è della Business Unit Energia e Nuovi Servizi, approvato a marzo.'),
        block(4, 'Partecipano la Guardia Costiera e Comando Generale alle esercitazioni.'),
      ],
      'it',
    );
    expect([...it].some((k) => k.endsWith('energia e nuovi servizi'))).toBe(true);
    expect([...it].some((k) => k.includes('costiera e comando'))).toBe(false);
  });
});

describe('a German or Dutch compound sharing its head with the one before it', () => {
  it('is one name with it, of the type of its last compound, and its head alone is no name there', () => {
    const found = extractCandidates(
      [
        block(1, 'Der Bau- und Vergabeausschuss berät den Haushalt am 12. März.'),
        block(2, 'Vorlage für den Bau- und Vergabeausschuss: Digitalbudget 2026.'),
        block(3, 'Der Kreistag folgt dem Votum des Bau- und Vergabeausschusses.'),
      ],
      undefined,
      { lang: 'de' },
    );
    expect(found.get('bau und vergabeausschuss')?.count).toBe(3);
    expect(found.has('vergabeausschuss')).toBe(false);
    expect(keywordType('Bau- und Vergabeausschuss')).toBe('ORGANIZATION');
    // (an adjective's shared ending is no name: "umwelt- und gesundheitsgefährdende Stoffe")
    const adj = extractCandidates(
      [block(1, 'Wir lagern umwelt- und gesundheitsgefährdende Stoffe getrennt.')],
      undefined,
      { lang: 'de' },
    );
    expect([...adj.keys()].some((k) => k.includes(' und gesundheit'))).toBe(false);
  });
});

describe('a name kept as the deck writes it', () => {
  it('a place\'s adjective in -er stays ("Rheintaler Kantonalbank"), a body\'s adjective still takes its case', () => {
    expect(germanNominative('Seetaler Kantonalbank')).toBe('Seetaler Kantonalbank');
    expect(germanNominative('Deutscher Krebsgesellschaft')).toBe('Deutsche Krebsgesellschaft');
    expect(germanNominative('Digitaler Verwaltung')).toBe('Digitale Verwaltung');
  });

  it('a range of years ends no name ("Digitale Verwaltung Landkreis Tannau 2025–2028")', () => {
    const found = records(
      [
        block(1, 'Digitale Verwaltung Landkreis Tannau 2025–2028', 'title'),
        block(2, 'Der Kreistag stimmt dem Programm „Digitale Verwaltung Landkreis Tannau 2025–2028“ zu.'),
        block(3, 'Das Programm Digitale Verwaltung Landkreis Tannau 2025-2028 hat drei Phasen.'),
      ],
      'de',
      3,
    ).map((r) => r.name);
    expect(found).not.toContain('Digitale Verwaltung Landkreis Tannau 2025');
    expect(found).toContain('Digitale Verwaltung Landkreis Tannau');
  });
});

describe("a deck's numbered sections", () => {
  it('are headings when its agenda lists them, and a catalogue entry by its code stays', () => {
    const agenda = block(
      2,
      '1. Contesto normativo\n2. Piano tariffario\n3. Raccolta porta a porta\n4. Proposte di deliberazione',
    );
    const blocks = [
      block(1, 'Riforma della TARI 2026', 'title'),
      block(2, 'Ordine del giorno', 'title'),
      agenda,
      block(3, '1. Contesto normativo', 'title'),
      block(3, 'La delibera ARERA 363/2021 fissa il metodo tariffario MTR-2 per i comuni.'),
      block(4, '2. Piano tariffario', 'title'),
      block(4, 'Il piano tariffario 2026 vale 18,4 milioni; il metodo MTR-2 fissa il limite di crescita.'),
      block(5, '3. Raccolta porta a porta', 'title'),
      block(5, 'La raccolta porta a porta copre il 92 % delle utenze; ARERA fissa gli standard.'),
      block(6, '4. Proposte di deliberazione', 'title'),
      block(6, 'Approvare il piano tariffario e la tariffa puntuale; il metodo MTR-2 resta il riferimento.'),
    ];
    const found = records(blocks, 'it', 6).map((r) => r.name);
    expect(found).not.toContain('Proposte di deliberazione');
    expect(found).toContain('MTR-2');
    const owasp = records(
      [
        block(1, 'A1 Injection', 'title'),
        block(1, 'Injection flaws occur when untrusted data reaches an interpreter.'),
        block(2, 'A2 Broken Authentication', 'title'),
        block(2, 'Session tokens are not protected.'),
      ],
      'en',
      2,
    ).map((r) => r.name);
    expect(owasp).toContain('Broken Authentication');
  });
});

describe('a short form of one name of the deck', () => {
  it('a plan called by its head alone is that plan; an acronym before a study is the acronym', () => {
    const found = records(
      [
        block(1, 'Plano de Integração Regional 2026–2030', 'title'),
        block(2, 'Objectivo: aprovação do Plano de Integração Regional (PIR) pelo Conselho.'),
        block(3, 'O Plano prevê 40 % de compras locais; o Plano é revisto todos os anos.'),
        block(4, 'Metas do Plano', 'title'),
        block(4, 'O Plano de Integração Regional fixa metas por categoria; o Plano tem orçamento próprio.'),
      ],
      'pt',
      4,
    ).map((r) => r.name);
    expect(found).toContain('Plano de Integração Regional');
    expect(found).not.toContain('Plano');
    const nl = records(
      [
        block(1, 'De FEED-studie start in maart; de FEED bepaalt het ontwerp.'),
        block(2, 'Na de FEED-studie volgt de vergunningsaanvraag; de FEED kost 4 miljoen.'),
      ],
      'nl',
      2,
    ).map((r) => r.name);
    expect(nl).toContain('FEED');
    expect(nl).not.toContain('FEED-studie');
  });
});

describe('a shared head after an acronym or a prefix', () => {
  it('leaves the acronym its mention ("SOAP- und XML-Eingaben") and a verb\'s prefix alone ("Um- und Weiterleitungen")', () => {
    const found = extractCandidates(
      [block(1, 'Prüfen Sie SOAP- und XML-Eingaben sowie Um- und Weiterleitungen.')],
      undefined,
      { lang: 'de' },
    );
    expect(found.get('soap')?.count).toBe(1);
    expect([...found.keys()].some((k) => k.startsWith('soap und'))).toBe(false);
    expect([...found.keys()].some((k) => k.startsWith('um und'))).toBe(false);
  });
});

describe('no term', () => {
  it('a month abbreviation and a year, a currency and its millions, a German adjective alone', () => {
    const found = records(
      [
        block(1, 'Zahlungsverkehr 2026', 'title'),
        block(2, '2. Regulatorische und marktseitige Vorgaben', 'title'),
        block(2, 'Die regulatorische Frist läuft bis Dez 2025; Go-live der QR-Rechnung im Dez 2025.'),
        block(3, 'Regulatorische Vorgaben der FINMA gelten ab Dez 2025 für alle Banken.'),
      ],
      'de',
      3,
    ).map((r) => r.name);
    expect(found).not.toContain('Dez 2025');
    expect(found).not.toContain('Regulatorische');
    const pt = records(
      [
        block(1, 'Orçamento: USD milhões 12,4 em 2026 e USD milhões 9,8 em 2027.'),
        block(2, 'O investimento soma USD milhões 22,2 e o retorno USD milhões 9,8.'),
      ],
      'pt',
      2,
    ).map((r) => r.name);
    expect(pt).not.toContain('USD milhões');
  });
});

describe("a table's cell that glosses a name with an acronym of other letters", () => {
  it('joins the acronym to the name ("Finale investeringsbeslissing (FID)"), not a place or a system of its own', () => {
    const found = records(
      [
        block(1, 'Planning', 'title'),
        block(
          2,
          'Mijlpaal\tOrgaan\tDatum\nFinale investeringsbeslissing (FID)\tRaad van bestuur\tQ2 2027',
          'table',
        ),
        block(3, 'Na de FID start de bouw; de finale investeringsbeslissing valt in het tweede kwartaal.'),
        block(4, 'Stap\tStatus\nMigratie CBPR Hub (SWIFT)\tOk\nInstant Payments (SIC5)\tgepland', 'table'),
        block(5, 'SWIFT en SIC5 zijn aangesloten; SWIFT test in mei, SIC5 in juni.'),
        block(
          6,
          'De Migratie CBPR Hub loopt; Instant Payments starten in juni, Instant Payments via de bank.',
        ),
      ],
      'nl',
      6,
    );
    const fid = found.find(
      (r) => r.name === 'finale investeringsbeslissing' || r.name === 'Finale investeringsbeslissing',
    );
    expect(fid?.aliases ?? []).toContain('FID');
    expect(found.map((r) => r.name)).not.toContain('FID');
    expect(found.map((r) => r.name)).toContain('SWIFT');
    expect(found.map((r) => r.name)).toContain('SIC5');
  });
});

describe('two names stay two (the review of the seventh session)', () => {
  it('a list of bodies or places after a Romance name, and a body or a unit after "e", "y"', () => {
    const it = keys(
      [
        block(1, "Il settore è vigilato da Banca d'Italia, Consob e Ivass dal 2020."),
        block(2, 'Presenti la Polizia Locale e Carabinieri al tavolo di marzo.'),
      ],
      'it',
    );
    expect(it.has('banca d italia')).toBe(true);
    expect([...it].some((k) => k.includes('consob e ivass'))).toBe(false);
    expect([...it].some((k) => k.includes('locale e carabinieri'))).toBe(false);
    const es = keys(
      [
        block(1, 'Convenio con la Comunidad de Madrid, Cataluña y Andalucía firmado en marzo.'),
        block(2, 'Las áreas de Recursos Humanos y Finanzas revisan el plan.'),
        block(3, 'El Plan Estratégico 2024-2027 fija metas; el Plan Estratégico 2024-2027 se revisa.'),
      ],
      'es',
    );
    expect(es.has('comunidad de madrid')).toBe(true);
    expect([...es].some((k) => k.includes('madrid cataluna'))).toBe(false);
    expect([...es].some((k) => k.includes('humanos y finanzas'))).toBe(false);
    // (a span of years is no word of a name, with a hyphen either)
    expect(es.has('plan estrategico 2024 2027')).toBe(false);
    expect(es.has('plan estrategico')).toBe(true);
  });

  it('a person before "to", a product after it, two places sharing a compass point, a Latin adjective in -er', () => {
    const en = keys(
      [
        block(1, 'Jane Walker to Confirm budget lines; Jane Walker to Confirm the dates.'),
        block(2, 'The Data Migration to Azure starts in May. The Data Migration to Azure ends in June.'),
      ],
      'en',
    );
    expect(en.has('jane walker to confirm')).toBe(false);
    expect(en.has('data migration to azure')).toBe(false);
    expect(en.has('azure')).toBe(true);
    const nl = keys([block(1, 'Er komen windparken in Noord- en Zuid-Holland.')], 'nl');
    expect([...nl].some((k) => k.startsWith('noord en'))).toBe(false);
    expect(germanNominative('Kantonaler Steuerverwaltung')).toBe('Kantonale Steuerverwaltung');
    const pt = keys(
      [
        block(1, 'Apoio à certificação junto da ANPG e à formação.'),
        block(2, 'A certificação junto da ANPG demora seis meses.'),
      ],
      'pt',
    );
    expect(pt.has('certificacao junto')).toBe(false);
  });
});
