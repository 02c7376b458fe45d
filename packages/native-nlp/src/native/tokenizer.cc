#include "tokenizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace osmose {
namespace {

void AppendUtf8(std::string& s, char32_t c) {
  if (c < 0x80) {
    s.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    s.push_back(static_cast<char>(0xC0 | (c >> 6)));
    s.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    s.push_back(static_cast<char>(0xE0 | (c >> 12)));
    s.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    s.push_back(static_cast<char>(0xF0 | (c >> 18)));
    s.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    s.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

size_t Utf8Chars(const std::string& s) {
  size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

constexpr char32_t kMetaspace = 0x2581;

}  // namespace

Tokenizer::Tokenizer(TokenizerSpec spec) : spec_(std::move(spec)) {
  index_.reserve(spec_.vocab.size() * 2);
  for (size_t i = 0; i < spec_.vocab.size(); ++i) {
    index_.emplace(spec_.vocab[i], static_cast<int32_t>(i));
    maxPieceChars_ = std::max(maxPieceChars_, Utf8Chars(spec_.vocab[i]));
  }
}

uint8_t Tokenizer::Class(char32_t c) const {
  if (c < spec_.classes.size()) return spec_.classes[c];
  return 0;
}

// BertNormalizer: clean_text, handle_chinese_chars, strip_accents (NFD minus Mn), lowercase.
// Every output char keeps the UTF-16 span of the input char it came from. Lone surrogates
// become U+FFFD, which clean_text drops.
void Tokenizer::Normalize(const std::u16string& text, std::vector<NChar>& out) const {
  out.clear();
  out.reserve(text.size() + 8);
  const bool bert = spec_.type == "wordpiece";
  for (size_t i = 0; i < text.size();) {
    int32_t s = static_cast<int32_t>(i);
    char32_t c = text[i++];
    if (c >= 0xD800 && c <= 0xDBFF && i < text.size() && text[i] >= 0xDC00 && text[i] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (text[i++] - 0xDC00);
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    int32_t e = static_cast<int32_t>(i);
    uint8_t cls = Class(c);
    if (bert && spec_.cleanText) {
      if (c == 0 || c == 0xFFFD || (cls & kControl)) continue;
      if (cls & kWhitespace) c = ' ';
    }
    if (bert && spec_.handleChinese && (cls & kCjk)) {
      out.push_back({' ', s, e});
      out.push_back({c, s, e});
      out.push_back({' ', s, e});
      continue;
    }
    auto it = spec_.mapping.find(c);
    if (it == spec_.mapping.end()) {
      out.push_back({c, s, e});
    } else {
      for (char32_t m : it->second) out.push_back({m, s, e});
    }
  }
}

void Tokenizer::WordPiece(const std::vector<NChar>& word, Encoding& enc) const {
  auto push = [&](int32_t id, int32_t s, int32_t e) {
    enc.ids.push_back(id);
    enc.start.push_back(s);
    enc.end.push_back(e);
    enc.special.push_back(0);
  };
  if (word.size() > static_cast<size_t>(spec_.maxInputCharsPerWord)) {
    push(spec_.unkId, word.front().s, word.back().e);
    return;
  }
  size_t before = enc.ids.size();
  size_t start = 0;
  std::string piece;
  while (start < word.size()) {
    size_t end = word.size();
    int32_t found = -1;
    while (start < end) {
      piece.clear();
      if (start > 0) piece = spec_.prefix;
      for (size_t k = start; k < end; ++k) AppendUtf8(piece, word[k].c);
      auto it = index_.find(piece);
      if (it != index_.end()) {
        found = it->second;
        break;
      }
      --end;
    }
    if (found < 0) {  // whole word becomes [UNK]
      enc.ids.resize(before);
      enc.start.resize(before);
      enc.end.resize(before);
      enc.special.resize(before);
      push(spec_.unkId, word.front().s, word.back().e);
      return;
    }
    push(found, word[start].s, word[end - 1].e);
    start = end;
  }
}

// Viterbi over the pieces of one Metaspace-split word.
void Tokenizer::Unigram(const std::vector<NChar>& word, Encoding& enc) const {
  const size_t n = word.size();
  const double kUnkPenalty = 10.0;
  double minScore = 0;
  for (double s : spec_.scores) minScore = std::min(minScore, s);
  std::vector<double> best(n + 1, -std::numeric_limits<double>::infinity());
  std::vector<int32_t> from(n + 1, -1), id(n + 1, -1);
  best[0] = 0;
  std::string piece;
  for (size_t i = 0; i < n; ++i) {
    if (!std::isfinite(best[i])) continue;
    piece.clear();
    bool any = false;
    for (size_t j = i; j < n && j - i < maxPieceChars_; ++j) {
      AppendUtf8(piece, word[j].c);
      auto it = index_.find(piece);
      if (it == index_.end()) continue;
      double sc = best[i] + spec_.scores[it->second];
      if (sc > best[j + 1]) {
        best[j + 1] = sc;
        from[j + 1] = static_cast<int32_t>(i);
        id[j + 1] = it->second;
      }
      if (j == i) any = true;
    }
    if (!any) {  // single unknown char
      double sc = best[i] + minScore - kUnkPenalty;
      if (sc > best[i + 1]) {
        best[i + 1] = sc;
        from[i + 1] = static_cast<int32_t>(i);
        id[i + 1] = spec_.unkId;
      }
    }
  }
  std::vector<std::pair<int32_t, std::pair<int32_t, int32_t>>> rev;
  for (int32_t k = static_cast<int32_t>(n); k > 0; k = from[k]) {
    rev.push_back({id[k], {word[from[k]].s, word[k - 1].e}});
  }
  std::reverse(rev.begin(), rev.end());
  for (size_t k = 0; k < rev.size(); ++k) {
    // fuse consecutive unknowns, as sentencepiece does
    if (rev[k].first == spec_.unkId && !enc.ids.empty() && enc.ids.back() == spec_.unkId && k > 0) {
      enc.end.back() = rev[k].second.second;
      continue;
    }
    enc.ids.push_back(rev[k].first);
    enc.start.push_back(rev[k].second.first);
    enc.end.push_back(rev[k].second.second);
    enc.special.push_back(0);
  }
}

Encoding Tokenizer::Encode(const std::u16string& text, int32_t maxLength) const {
  Encoding enc;
  const int32_t specials = (spec_.clsId >= 0) + (spec_.sepId >= 0);
  const size_t budget = static_cast<size_t>(std::max(0, maxLength - specials));
  std::vector<NChar> norm;
  Normalize(text, norm);
  std::vector<NChar> word;
  auto flush = [&]() {
    if (word.empty() || enc.ids.size() >= budget) {
      word.clear();
      return;
    }
    if (spec_.type == "wordpiece") WordPiece(word, enc); else Unigram(word, enc);
    word.clear();
  };
  if (spec_.type == "wordpiece") {
    for (const NChar& ch : norm) {
      if (enc.ids.size() >= budget) break;
      uint8_t cls = Class(ch.c);
      if (ch.c == ' ' || (cls & kWhitespace)) {
        flush();
      } else if (cls & kPunct) {
        flush();
        word.push_back(ch);
        flush();
      } else {
        word.push_back(ch);
      }
    }
    flush();
  } else {
    // Metaspace: spaces become U+2581 and start a new word; prepend one at the start.
    bool first = true;
    for (const NChar& ch : norm) {
      if (enc.ids.size() >= budget) break;
      if (ch.c == ' ') {
        flush();
        word.push_back({kMetaspace, ch.s, ch.e});
      } else {
        if (first && spec_.addPrefixSpace && word.empty()) word.push_back({kMetaspace, ch.s, ch.s});
        word.push_back(ch);
      }
      first = false;
    }
    flush();
  }
  if (enc.ids.size() > budget) {
    enc.ids.resize(budget);
    enc.start.resize(budget);
    enc.end.resize(budget);
    enc.special.resize(budget);
  }
  if (spec_.clsId >= 0) {
    enc.ids.insert(enc.ids.begin(), spec_.clsId);
    enc.start.insert(enc.start.begin(), 0);
    enc.end.insert(enc.end.begin(), 0);
    enc.special.insert(enc.special.begin(), 1);
  }
  if (spec_.sepId >= 0) {
    enc.ids.push_back(spec_.sepId);
    enc.start.push_back(0);
    enc.end.push_back(0);
    enc.special.push_back(1);
  }
  return enc;
}

}  // namespace osmose
