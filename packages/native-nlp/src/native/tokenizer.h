// HF tokenizer.json models implemented in C++: WordPiece (BERT normaliser + pre-tokeniser) and
// Unigram (Metaspace + Viterbi). The JS side parses tokenizer.json and passes flat tables; the
// Unicode tables (character classes, lowercase/NFD mappings) are computed in JS from the engine's
// Unicode data, so C++ needs no ICU. Offsets are UTF-16 code-unit offsets into the JS string.
#pragma once
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace osmose {

enum CharClass : uint8_t {
  kWhitespace = 1,  // White_Space (and \t \n \r)
  kControl = 2,     // Unicode C* except \t \n \r: removed by clean_text
  kPunct = 4,       // BERT punctuation (ASCII punctuation or Unicode P*)
  kCjk = 8,         // CJK ideograph ranges padded with spaces
  kMark = 16,       // Mn: removed by strip_accents
};

struct TokenizerSpec {
  std::string type;  // "wordpiece" | "unigram"
  std::vector<std::string> vocab;  // id -> piece (UTF-8)
  std::vector<double> scores;      // unigram only
  int32_t unkId = 0, clsId = -1, sepId = -1, padId = 0;
  bool lowercase = true, stripAccents = true, cleanText = true, handleChinese = true;
  std::string prefix = "##";
  int32_t maxInputCharsPerWord = 100;
  // Metaspace (unigram)
  bool addPrefixSpace = true;
  std::vector<uint8_t> classes;                 // indexed by code point (size 0x110000) or empty
  std::unordered_map<uint32_t, std::u32string> mapping;  // code point -> normalised sequence
};

struct Encoding {
  std::vector<int64_t> ids;
  std::vector<int32_t> start, end;  // UTF-16 offsets; specials get (0,0)
  std::vector<uint8_t> special;
};

class Tokenizer {
 public:
  explicit Tokenizer(TokenizerSpec spec);
  // Encodes one text; maxLength counts the special tokens. Never throws on odd input.
  Encoding Encode(const std::u16string& text, int32_t maxLength) const;
  size_t VocabSize() const { return spec_.vocab.size(); }
  const std::string& Type() const { return spec_.type; }

 private:
  struct NChar { char32_t c; int32_t s, e; };
  uint8_t Class(char32_t c) const;
  void Normalize(const std::u16string& text, std::vector<NChar>& out) const;
  void WordPiece(const std::vector<NChar>& word, Encoding& enc) const;
  void Unigram(const std::vector<NChar>& word, Encoding& enc) const;
  TokenizerSpec spec_;
  std::unordered_map<std::string, int32_t> index_;
  size_t maxPieceChars_ = 0;
};

}  // namespace osmose
