/**
 * Classes of the eleventh held-out set's findings (2026-12-06, twelfth session: lectures, tutorials and trainings in
 * eight languages): a course's numbered labels in every language ("Lab 3", "Übung 2", "TD 5", "Übungsblatt 5"), a
 * day and its month whose key is singular ("10 mars"), a Chinese or Japanese lecture's structural slides ("学习目标",
 * "本日の内容", "…とは"), and code the slides show as Python imports or pseudo-code calls, read as code. Made-up
 * sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { isCodeLine } from '../../src/concepts/text-clean.js';
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
      'Kent Beck (2003)',
      'Import duties rose by 12%',
      'Exercice 1 : dérouler FusionTri sur [5, 2, 4]',
    ])
      expect(isCodeLine(l), l).toBe(false);
  });
});
