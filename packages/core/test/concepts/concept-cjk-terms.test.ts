/**
 * Terms inside Chinese and Japanese runs (twelfth held-out set, 2026-12-06's fourth session: a Japanese donors'
 * report whose list was its slide titles, 2 of 19 names kept): the tokens read a run of those scripts whole, so a
 * deck of prose in them gave its titles and its Latin words only. cjkTerms cuts the runs with ICU's word breaker at
 * function words, particles and counters; its terms fill a list the other candidates leave short, and their mentions
 * are found inside the runs. Made-up sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { cjkTerms } from '../../src/concepts/cjk-terms.js';
import { extractCandidates } from '../../src/concepts/candidates.js';
import { findMentions } from '../../src/concepts/link.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { block, records } from './blocks.js';

const terms = (texts: string[], lang: string) => [...new Set(cjkTerms(texts, lang).map((t) => t.surface))];

describe('cjkTerms', () => {
  it('finds the phrases a Chinese text repeats inside its runs, cut at function words', () => {
    const t = terms(
      [
        '我们提出一种面向遥感图像的变化检测方法，在公开数据集上验证了变化检测的有效性。',
        '变化检测的难点在于遥感图像的配准误差。',
        '第三节：变化检测与遥感图像配准',
      ],
      'zh',
    );
    expect(t).toContain('变化检测');
    expect(t).toContain('遥感图像');
    // (function words and a numeral with its counter end a term; a word of two characters alone is no term)
    for (const no of ['我们提出', '一种', '的', '第三节', '检测']) expect(t).not.toContain(no);
  });

  it('cuts Japanese at particles and inflections, and skips counters after numbers and loanwords alone', () => {
    const t = terms(
      [
        '全国120か所の学習支援教室で大学生ボランティアが個別指導を担当しました。',
        '学習支援教室は2025年度に15教室へ広げます。大学生ボランティアに対して研修を行います。',
        'システムのデータを学習支援教室ごとに集計し、システムを改善します。',
      ],
      'ja',
    );
    expect(t).toContain('学習支援教室');
    expect(t).toContain('大学生ボランティア');
    for (const no of ['か所', '年度', 'に対して', 'システム', 'データ']) expect(t).not.toContain(no);
  });

  it('reads nothing in the other languages', () => {
    expect(cjkTerms(['Change detection in remote sensing images; change detection again.'], 'en')).toEqual(
      [],
    );
  });

  it('keeps a longer phrase rather than its piece written alone less than twice', () => {
    const t = terms(
      ['跨尺度注意力融合提升精度。', '跨尺度注意力融合降低误检。', '跨尺度注意力。', '注意力机制'],
      'zh',
    );
    expect(t).toContain('跨尺度注意力融合');
    expect(t).not.toContain('注意力');
  });
});

describe('a deck of Japanese prose', () => {
  const deck = [
    block(1, '2025年度 活動報告', 'title'),
    block(1, '認定NPO法人 ひだまりの会'),
    block(2, 'ごあいさつ', 'title'),
    block(2, '今年度も学習支援教室と子ども食堂の運営を続けることができました。'),
    block(3, '事業① 学習支援教室', 'title'),
    block(3, '学習支援教室では大学生ボランティアが個別指導を担当します。学習支援教室は14か所です。'),
    block(4, '事業② 子ども食堂', 'title'),
    block(4, '子ども食堂ネットワークにフードバンクから食材を届けています。'),
    block(5, '皆さまへのお願い', 'title'),
    block(5, 'フードバンクと大学生ボランティアへのご支援をお願いします。寄付金控除の対象です。'),
    block(6, '寄付金控除について', 'title'),
    block(6, '寄付金控除の手続きは事務局までお問い合わせください。'),
  ];

  it('names the terms of its text, not only its titles', () => {
    const names = records(deck, 'ja', 6).map((r) => r.name);
    for (const n of ['大学生ボランティア', 'フードバンク', '寄付金控除']) expect(names).toContain(n);
  });

  it("finds a term's mentions inside the runs it is written in", () => {
    const selected = selectConcepts(extractCandidates(deck, undefined, { lang: 'ja' }), 6, { lang: 'ja' });
    const id = selected.find((c) => c.record.name === '大学生ボランティア')?.record.id;
    expect(id).toBeDefined();
    const mentions = findMentions('d1', selected, deck).filter((m) => m.conceptId === id);
    expect(new Set(mentions.map((m) => m.slideIndex))).toEqual(new Set([3, 5]));
  });
});
