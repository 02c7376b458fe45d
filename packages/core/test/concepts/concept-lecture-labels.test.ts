/**
 * Classes of the eleventh held-out set's findings (2026-12-06, twelfth session: lectures, tutorials and trainings in
 * eight languages): a course's numbered labels in every language ("Lab 3", "Übung 2", "TD 5", "Übungsblatt 5"), a
 * day and its month whose key is singular ("10 mars"), a Chinese or Japanese lecture's structural slides ("学习目标",
 * "本日の内容", "…とは"), code the slides show as Python imports, shell commands or pseudo-code calls, read as code,
 * references' authors (two surnames before a year, a surname first in capitals), standards numbered with a national
 * body's prefix and United States executive acts by their number. Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/concepts/candidates.js';
import { blankNoise, isCodeLine } from '../../src/concepts/text-clean.js';
import { block, records } from './blocks.js';

const names = (recs: { name: string }[]) => recs.map((r) => r.name);

describe("a course's numbered labels", () => {
  it('are no concepts in English, German and French, in titles or in the body', () => {
    const recs = names(
      records(
        [
          block(1, 'Lab 2: Deploying the sample service', 'title'),
          block(2, 'Before Lab 3, install Helm. Lab 3 uses the Harbor registry.'),
          block(3, 'Lab 4A: Rolling updates with the Harbor registry', 'title'),
          block(4, 'Lab 2 and Lab 4A share the Harbor registry; Lab 3 does not.'),
        ],
        'en',
        4,
      ),
    );
    for (const n of ['Lab 2', 'Lab 3', 'Lab 4A']) expect(recs).not.toContain(n);
    expect(recs).toContain('Harbor registry');
    const de = names(
      records(
        [
          block(1, 'Übung 1: Zugriff auf den OPC-UA-Server', 'title'),
          block(2, 'Übung 2 und Übung 3 nutzen den Schwingungssensor. Übungsblatt 4 folgt.'),
          block(3, 'Übungsblatt 4: Normalformen', 'title'),
        ],
        'de',
        3,
      ),
    );
    for (const n of ['Übung 1', 'Übung 2', 'Übung 3', 'Übungsblatt 4']) expect(de).not.toContain(n);
    const fr = names(
      records(
        [
          block(1, 'TD 3 : tri par insertion', 'title'),
          block(2, 'Le TD 3 et le TD 4 portent sur le tri par insertion.'),
          block(3, 'TD 4 : complexité du tri par insertion', 'title'),
        ],
        'fr',
        3,
      ),
    );
    for (const n of ['TD 3', 'TD 4']) expect(fr).not.toContain(n);
  });
});

describe('a day and its month', () => {
  it('is a date even where the key reads the month as a plural ("10 mars")', () => {
    const recs = names(
      records(
        [
          block(1, 'Calendrier des séances', 'title'),
          block(
            2,
            'Semaine\tCours\nS7 – 10 mars\tRécursivité\nS8 – 17 mars\tTri fusion\nS9 – 24 mars\tTri rapide',
          ),
          block(3, 'Rendu du projet le 17 mars, soutenance le 24 mars.'),
          block(4, 'Calendrier : 10 mars, 17 mars, 24 mars.', 'notes'),
        ],
        'fr',
        3,
      ),
    );
    for (const n of ['10 mars', '17 mars', '24 mars']) expect(recs).not.toContain(n);
  });
});

describe("a Chinese or Japanese lecture's structural slides", () => {
  it('are no concepts', () => {
    const zh = names(
      records(
        [
          block(1, '学习目标', 'title'),
          block(2, '掌握顺序栈和链栈的基本操作。'),
          block(3, '本章内容', 'title'),
          block(4, '顺序栈，链栈，循环队列。'),
          block(5, '参考资料', 'title'),
          block(6, '顺序栈与循环队列的比较。'),
        ],
        'zh',
        6,
      ),
    );
    for (const n of ['学习目标', '本章内容', '参考资料']) expect(zh).not.toContain(n);
    const ja = names(
      records(
        [
          block(1, '本日の内容', 'title'),
          block(2, '勾配降下法と交差検証を学びます。'),
          block(3, '過学習とは', 'title'),
          block(4, '過学習は訓練データに適合しすぎることです。交差検証で確かめます。'),
          block(5, '次回予告', 'title'),
          block(6, '決定木と交差検証。'),
        ],
        'ja',
        6,
      ),
    );
    for (const n of ['本日の内容', '過学習とは', '次回予告']) expect(ja).not.toContain(n);
  });
});

describe('code on the slides', () => {
  it('reads Python imports and pseudo-code calls as code lines, not a name and its bracket', () => {
    for (const l of [
      'from sklearn.ensemble import RandomForestClassifier',
      'import pandas as pd',
      'FusionTri(T, gauche, milieu + 1)',
      'procédure PartitionRapide(T, p, r)',
      'empiler：S.top = S.top + 1',
    ])
      expect(isCodeLine(l), l).toBe(true);
    for (const l of [
      'kubectl apply -f labs/07/service.yaml',
      '$ helm upgrade web ./chart',
      'pip install -r requirements.txt',
    ])
      expect(isCodeLine(l), l).toBe(true);
    for (const l of [
      'Kent Beck (2003)',
      'Import duties rose by 12%',
      'Exercice 1 : dérouler FusionTri sur [5, 2, 4]',
      'docker images are pulled nightly',
      'Git is a version control system',
    ])
      expect(isCodeLine(l), l).toBe(false);
  });
});

describe("references' authors", () => {
  it('are no concepts as two surnames joined before a year', () => {
    const recs = names(
      records(
        [
          block(1, 'Consensus in practice', 'title'),
          block(2, 'Raft elects a leader with randomised timeouts (Hollis & Brandvold 2019).'),
          block(3, 'Hollis & Brandvold (2019) prove the log matching property.'),
          block(4, 'Raft leader election and log matching, as in Hollis & Brandvold 2019.'),
        ],
        'en',
        4,
      ),
    );
    expect(recs.some((n) => /Hollis|Brandvold/.test(n))).toBe(false);
    expect(recs).toContain('log matching');
  });
  it('are the person named whole, when a reference writes the surname first in capitals', () => {
    const c = extractCandidates(
      [
        block(1, 'Práticas ágeis', 'title'),
        block(2, 'Programação em par, descrita por Davina Rocha, melhora a revisão.'),
        block(
          3,
          'ROCHA, Davina. Programação em Par na Prática. Bookman, 2011.\nROCHA, Davina. Revisão de Código. Bookman, 2015.',
        ),
      ],
      undefined,
      { lang: 'pt' },
    );
    expect(c.has('davina')).toBe(false);
    expect(c.has('rocha')).toBe(false);
    expect(c.get('davina rocha')?.count).toBeGreaterThanOrEqual(2);
  });
});

describe('documents by their numbers', () => {
  it("keep a national body's prefix and a United States executive act its number", () => {
    const c = extractCandidates(
      [
        block(1, 'Schuhe nach UNI EN ISO 20347 und Schwingungen nach DIN ISO 10816.'),
        block(2, 'Executive Order 14117 requires attestations; Executive Order 14117 applies to vendors.'),
      ],
      undefined,
      { lang: 'en' },
    );
    const keys = [...c.values()].filter((x) => x.kind === 'pattern').map((x) => [...x.surfaces.keys()][0]);
    expect(keys).toEqual(
      expect.arrayContaining(['UNI EN ISO 20347', 'DIN ISO 10816', 'Executive Order 14117']),
    );
  });
});

describe("a numbered section's or a lab's title", () => {
  it('is no concept when it says what is done with what, and written nowhere else', () => {
    const recs = names(
      records(
        [
          block(1, '4.2 Sperrverfahren mit Zeitstempeln', 'title'),
          block(2, 'Zeitstempelverfahren ordnen Transaktionen; Sperrverfahren verhindern Konflikte.'),
          block(3, '4.3 Zeitstempelverfahren', 'title'),
          block(4, 'Zeitstempelverfahren und Sperrverfahren im Vergleich.'),
        ],
        'de',
        4,
      ),
    );
    expect(recs).not.toContain('Sperrverfahren mit Zeitstempeln');
    const en = names(
      records(
        [
          block(1, 'Lab 6: Scaling with Autoscalers', 'title'),
          block(2, 'The Horizontal Pod Autoscaler scales the web tier.'),
          block(3, '6.1 Horizontal Pod Autoscaler', 'title'),
          block(4, 'Horizontal Pod Autoscaler targets CPU.'),
        ],
        'en',
        4,
      ),
    );
    expect(en).not.toContain('Scaling with Autoscalers');
    expect(en).toContain('Horizontal Pod Autoscaler');
  });
});

describe("a footnote's or an affiliation's mark on a name", () => {
  it('is no part of the name ("Daniel Osei¹")', () => {
    const c = extractCandidates(
      [
        block(1, 'Screen readers in the field', 'title'),
        block(
          2,
          'Ingrid Solberg¹, Tomasz Wierzbicki²,³\n¹ Northgate University ² Lakeshore Institute',
          'body',
        ),
        block(3, 'Ingrid Solberg¹ led the study; Tomasz Wierzbicki² ran the sessions.'),
      ],
      undefined,
      { lang: 'en' },
    );
    const surfaces = [...c.values()].flatMap((x) => [...x.surfaces.keys()]);
    expect(surfaces.some((s) => /[¹²³]/.test(s))).toBe(false);
    expect(c.get('ingrid solberg')).toBeDefined();
  });
  it('is not a power after a letter, a unit or a number ("Adjusted R²", "m²", "10²")', () => {
    expect(blankNoise('Adjusted R² = 0.81 on 120 m² plots, 10² samples')).toBe(
      'Adjusted R² = 0.81 on 120 m² plots, 10² samples',
    );
  });
});
