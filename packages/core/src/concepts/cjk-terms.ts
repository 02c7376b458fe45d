/**
 * Terms of Chinese and Japanese text, which writes no space between words: the phrases a deck repeats inside its runs
 * of Han, kana and katakana ("小目标检测" of "一种面向无人机图像的小目标检测方法", "学習支援教室" of "全国24か所の学習支援教室で"),
 * found with ICU's dictionary word breaker (Intl.Segmenter) and cut at function words, particles and counters.
 *
 * The rest of the extraction reads a run of such script as one token, so without this a Chinese or Japanese deck's
 * candidates were its slide titles and its Latin words only (the judges dropped most of them as headings).
 */

/** A run of the scripts written without spaces (the iteration and prolonged-sound marks included). */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆ヶ]+/gu;
const HIRAGANA_ONLY = /^[\p{Script=Hiragana}ー]+$/u;
const HAN_OR_KATAKANA = /[\p{Script=Han}\p{Script=Katakana}]/u;

/**
 * Chinese words that join, point, count or qualify and so end a term: particles, prepositions, conjunctions,
 * pronouns, auxiliaries, adverbs, and the verbs of a paper's own moves ("本文提出", "基于…", "通过…").
 */
const ZH_FUNCTION = new Set(
  `的 地 得 了 着 过 在 是 和 与 及 或 对 对于 将 把 被 从 为 以 等 中 上 下 里 个 这 那 这些 那些 这个 那个 该 此 其 之 于 并
  而 但 也 都 就 还 又 会 能 可 可以 要 需要 通过 进行 使用 采用 提出 基于 面向 由 向 到 给 让 使 用 如 如果 因为 所以 并且 以及
  或者 以上 以下 每 各 其中 之间 我们 我 你 他 她 它 他们 你们 本文 本 一种 一个 一些 不 没有 很 更 最 已 已经 正在 吗 呢 吧 啊
  所 有 没 些 时 后 前 内 外 即 且 则 若 因 故 从而 因此 同时 然后 首先 其次 最后 主要 如何 什么 为什么 怎么 可能 比较 非常
  大家 各位 这里 那里 这样 那样 所有 任何 一 二 三 四 五 六 七 八 九 十 两 第 多 少 较 仍 再 只 只是 就是 还是 但是 而且 不过 例如
  比如 包括 以及 以便 用于 来 去 说 看 做 让我们 我们的 如下 下面 上面 前面 后面 目前 当前 现在 今天 明天 一样
  约 约为 达到 超过 小于 大于 左右 以内 以外`
    .split(/\s+/)
    .filter(Boolean),
);
/** Japanese kanji words that join or qualify as the particles do ("及び" is written with kana too). */
const JA_FUNCTION = new Set(
  `等 及 並 又 各 全 約 計 当 本 同 他 以上 以下 未満 以外 以内 今回 前回 次回 今年 昨年 今後 現在 毎年 年間 月間 合計 全体 一部
  全国 各地 皆 皆様 皆さま 皆さん 株式会社 有限会社 合同会社 私 私たち 我々 当社 当団体 方 場合 ため 為 際 中 内 外 後 前 間 上 下`
    .split(/\s+/)
    .filter(Boolean),
);
/** Counters and units after a number ("268か所", "2024年度", "1,240世帯", "3,600人"): no term's start. */
const COUNTER = new Set(
  `年 月 日 年度 年間 か月 カ月 ヶ月 箇月 週 時 時間 分 秒 名 人 人分 件 回 所 か所 カ所 ヶ所 箇所 世帯 食 円 万 億 千 百 歳 個 台
  本 枚 校 教室 社 団体 倍 割 点 位 号 期 次 项 个 种 条 次 元 亿 万元 亿元 篇 页 张 层 步 类 组 轮 届 季度 周 天 小时 分钟 秒钟
  毫秒 岁 户 家 座 间 所 项目 倍 位 名 人次 例 份`
    .split(/\s+/)
    .filter(Boolean),
);

/** One occurrence of a term: the block it is written in and where. */
export interface CjkTermAt {
  surface: string;
  block: number;
  at: number;
}

interface Piece {
  text: string;
  start: number;
}

/** The chunks of a text: runs of word segments between function words, particles, punctuation and other scripts. */
function chunks(text: string, lang: 'zh' | 'ja', seg: Intl.Segmenter): Piece[][] {
  const out: Piece[][] = [];
  const fn = lang === 'zh' ? ZH_FUNCTION : JA_FUNCTION;
  for (const run of text.matchAll(CJK_RUN)) {
    let cur: Piece[] = [];
    const flush = () => {
      if (cur.length > 0) out.push(cur);
      cur = [];
    };
    // (a counter after a number: "268か所", "2024年度" — the run starts with it)
    let afterNumber = /[\d０-９]\s*$/u.test(text.slice(Math.max(0, run.index - 2), run.index));
    for (const s of seg.segment(run[0])) {
      const w = s.segment;
      const start = run.index + s.index;
      if (afterNumber && COUNTER.has(w)) {
        afterNumber = false;
        continue;
      }
      afterNumber = false;
      if (
        !s.isWordLike ||
        fn.has(w) ||
        (lang === 'ja' && HIRAGANA_ONLY.test(w)) ||
        // (a word that starts or ends in kana is a particle's or an inflection's: "に対して", "攻撃者は")
        (lang === 'ja' && /^\p{Script=Hiragana}|\p{Script=Hiragana}$/u.test(w)) ||
        !HAN_OR_KATAKANA.test(w) ||
        // (a Chinese numeral and its counter: "三种", "第一")
        /^[一二三四五六七八九十两几第]+$/u.test(w)
      ) {
        flush();
        continue;
      }
      cur.push({ text: w, start });
    }
    flush();
  }
  return out;
}

/**
 * The terms of a Chinese or Japanese document and where each is written: the phrases of one to four segments, two to
 * twelve characters, written twice or more, that are not always the piece of one longer phrase ("目标检测" is kept only
 * where the deck also writes it without "小"); a single segment of one character is no term.
 */
export function cjkTerms(texts: string[], lang: string): CjkTermAt[] {
  if (lang !== 'zh' && lang !== 'ja') return [];
  const seg = new Intl.Segmenter(lang, { granularity: 'word' });
  const perText = texts.map((t) => (t ? chunks(t, lang, seg) : []));
  const count = new Map<string, number>();
  // (for each phrase, the count of each longer phrase one segment longer that holds it)
  const longer = new Map<string, Map<string, number>>();
  const spans = (ch: Piece[], f: (s: string, i: number, j: number) => void) => {
    for (let i = 0; i < ch.length; i++)
      for (let j = i; j < Math.min(ch.length, i + 4); j++) {
        const s = ch
          .slice(i, j + 1)
          .map((p) => p.text)
          .join('');
        if (s.length > 12) break;
        f(s, i, j);
      }
  };
  for (const cs of perText)
    for (const ch of cs)
      spans(ch, (s, i, j) => {
        count.set(s, (count.get(s) ?? 0) + 1);
        const grow = (t: string) => {
          const m = longer.get(s) ?? new Map<string, number>();
          m.set(t, (m.get(t) ?? 0) + 1);
          longer.set(s, m);
        };
        if (i > 0) grow(ch[i - 1].text + s);
        if (j + 1 < ch.length) grow(s + ch[j + 1].text);
      });
  const single = new Set<string>();
  for (const cs of perText) for (const ch of cs) for (const p of ch) single.add(p.text);
  const terms = new Set<string>();
  for (const [s, n] of count) {
    if (n < 2 || s.length < 2) continue;
    // (an adjective: "一般的", "効果的")
    if (s.endsWith('的')) continue;
    // (a word of two characters alone is mostly an everyday one, "目标", "寄付", "活動": a term has two words or three
    // characters at least, "小目标", "注意力", "奨学金", "ボランティア")
    if (s.length < 3 && single.has(s)) continue;
    // (and a Japanese loanword alone, in katakana, is mostly an everyday one too: "システム", "データ", "リスク"; its
    // compounds are terms, "フードバンク", "マンスリーサポーター")
    if (lang === 'ja' && single.has(s) && /^[\p{Script=Katakana}ー]+$/u.test(s)) continue;
    // (always inside the same longer phrase: that phrase is the term)
    const grown = longer.get(s);
    if (grown && [...grown.values()].some((m) => m === n)) continue;
    terms.add(s);
  }
  // (a term written fewer than twice outside a longer one is a piece of it: "注意力" of "跨尺度注意力", when the deck
  // writes it alone once)
  // (each term's shorter pieces looked up, at most 66 of a term of 12 characters, rather than every pair of terms)
  const most = new Map<string, number>();
  for (const u of terms)
    for (let i = 0; i < u.length; i++)
      for (let j = i + 2; j <= u.length; j++)
        if (j - i < u.length) {
          const t = u.slice(i, j);
          if (terms.has(t)) most.set(t, Math.max(most.get(t) ?? 0, count.get(u) ?? 0));
        }
  const pieces = [...most].filter(([t, m]) => (count.get(t) ?? 0) - m < 2).map(([t]) => t);
  for (const t of pieces) terms.delete(t);
  const out: CjkTermAt[] = [];
  perText.forEach((cs, block) => {
    for (const ch of cs)
      spans(ch, (s, i) => {
        if (terms.has(s)) out.push({ surface: s, block, at: ch[i].start });
      });
  });
  return out;
}
