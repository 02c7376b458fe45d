/** Text that must not yield concepts: file paths, file names, URLs and e-mail addresses (alt text, sources). */
const NOISE = /[A-Za-z]:\\[^\n|"]*|(?:\/[\w.-]+){2,}\/?|\b[\w.-]+\.(?:png|jpe?g|gif|wmf|emf|bmp|svg|tiff?|aspx?|html?|php|pdf|docx?|pptx?|xlsx?)\b|https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+/gi;

/** Blanks noise out with spaces of the same length (character positions stay valid). */
export function blankNoise(text: string): string {
  return text.replace(NOISE, (m) => ' '.repeat(m.length));
}

/** "let’s", "OWASP’s" → "let", "OWASP": the word a stop-word check should see. */
export function stemApostrophe(word: string): string {
  return word.replace(/[’'](?:s|re|ll|ve|d|t|m)$/i, '');
}
