/**
 * Text that must not yield concepts: file paths, file names, URLs and e-mail addresses (alt text, sources). (Numbers
 * between slashes are no path: an act's number, "Orden TMA/851/2021", "Directive 2009/138/EC" after its kind's word.)
 */
const NOISE =
  /[A-Za-z]:\\[^\n|"]*|(?!(?:\/\d+){2,}(?![\w./-])|(?<=(?:Directive|Directiva|Direttiva|Diretiva|Richtlinie|Richtlijn|Recommendation|Empfehlung|Recommandation|Raccomandazione|Recomendación|Recomendação|Aanbeveling) (?:19|20)?\d\d)\/\d{1,4}\/(?:EU|UE|EG|CE|EC|EEG|EWG|EEC|CEE)(?![\w./-]))(?:\/[\w.-]+){2,}\/?|\b[\w.-]+\.(?:png|jpe?g|gif|wmf|emf|bmp|svg|tiff?|aspx?|html?|php|pdf|docx?|pptx?|xlsx?)\b|https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+|%[0-9a-f]{2}\b|%[a-z]{1,2}\b|\\x[0-9a-f]{2}|&#x?[0-9a-f]+;/gi;

/** Words of "Lorem ipsum" placeholder text (the classic passage and what generators add to it). */
const LOREM = new Set(
  `lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna
aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute
irure in reprehenderit voluptate velit esse cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non
proident sunt culpa qui officia deserunt mollit anim id est laborum vestibulum accumsan vitae nunc nam donec etiam
integer aliquam mauris morbi vivamus nullam suspendisse pellentesque praesent curabitur quisque phasellus maecenas
fusce proin aenean cras sapien tellus turpis ligula neque massa arcu mi nibh odio orci metus lectus leo felis erat
eros justo lacus risus purus urna libero augue dui diam dapibus faucibus tincidunt viverra ultricies sagittis
porttitor lobortis ornare pretium condimentum vulputate semper placerat rutrum gravida hendrerit mattis blandit
fringilla efficitur ullamcorper malesuada scelerisque euismod iaculis interdum tristique imperdiet venenatis cursus
sollicitudin facilisis convallis aliquet luctus posuere pulvinar bibendum feugiat volutpat varius dignissim eleifend
congue elementum auctor egestas molestie rhoncus tortor vehicula quam`
    .split(/\s+/)
    // short words are words of other languages too ("in", "do", "est", "et")
    .filter((w) => w.length >= 4),
);

/** A line of placeholder text: three words or more, at least half of them "Lorem ipsum" words of four letters or more. */
function isPlaceholder(line: string): boolean {
  const words = line.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length >= 3 && words.filter((w) => LOREM.has(w)).length * 2 >= words.length;
}

/** Alt text that Office generates ("A picture containing bottle", "… Description automatically generated"). */
const AUTO_ALT =
  /^[^\S\n]*(?:an? )?(?:picture|close[- ]up|screenshot|drawing|photo|cartoon|icon|logo)s? (?:containing|of) .*$|^.*description automatically generated.*$/gim;

/**
 * Superscript digits (and the commas between them) after a word's small letters or alone: not a power after a
 * number, a letter or a unit ("10²", "Adjusted R²", "m²").
 */
const FOOTNOTE_MARK = /(?:(?<=\p{Ll}\p{Ll})|(?<![\p{L}\p{N}]))[¹²³⁴⁵⁶⁷⁸⁹⁰](?:[,،]?[¹²³⁴⁵⁶⁷⁸⁹⁰])*/gu;
/** Blanks noise (and placeholder lines) out with spaces of the same length (character positions stay valid). */
export function blankNoise(text: string): string {
  const t = text
    .replace(NOISE, (m) => ' '.repeat(m.length))
    .replace(AUTO_ALT, (m) => ' '.repeat(m.length))
    // a footnote's or an affiliation's mark on a word or before one ("Daniel Osei¹,²", "¹ Northgate University"): no
    // part of the name
    .replace(FOOTNOTE_MARK, (m) => ' '.repeat(m.length));
  if (!/\b(?:lorem|ipsum|dolor|amet|consectetur|accumsan)\b/i.test(t)) return t;
  return t
    .split('\n')
    .map((l) => (isPlaceholder(l) ? ' '.repeat(l.length) : l))
    .join('\n');
}

/** "let’s", "OWASP’s" → "let", "OWASP": the word a stop-word check should see. */
export function stemApostrophe(word: string): string {
  return word.replace(/[’'](?:s|re|ll|ve|d|t|m)$/i, '');
}

/**
 * Source code on slides (Java/C#/JS/Python lines, SQL, HTML/script fragments, code identifiers): it is
 * searchable text, never a concept. A line is code when it has code syntax (statement ends, braces,
 * assignments, calls, declarations, SQL clauses, tags); a block that is mostly code lines is code whole
 * (its short lines too, e.g. a lone "}"); inside prose, code-like identifiers (getParameter, admin_getappInfo,
 * request.getParameter()) are blanked one by one.
 */
const CODE_LINE = [
  /[;{}]\s*(?:\/\/.*)?$/, // statement end, block open/close (a remark may follow: "auto f = [](…){…} //值捕获")
  /^\s*[{}]/,
  /\b(?:public|private|protected|static|final|void|class|interface|return|import|package|def|function|var|let|const|new|throw|catch|try)\s+[\p{L}_$][\w$]*\s*[({=;:<]/u,
  /\b(?:int|long|double|float|boolean|char|String|byte|bool|void)\s+[a-z_$][\w$]*\s*[=;,)(]/,
  // a call used as a statement or chained: "save();", "init() {", "foo(x).bar" (a sentence that ends with a remark in
  // brackets is prose: "… verwundbar (siehe A9:2017-…).")
  /\b[a-zA-Z_$][\w$]*(?:\.[a-zA-Z_$][\w$]*)*\([^()\n]*\)\s*(?:[;{]|\.[a-zA-Z_$])/,
  /\b(?:this|self|document|window|request|response|System)\.[a-zA-Z_$]/,
  // assignment / comparison (after a label's colon too: "入队：Q.rear = (Q.rear + 1) % MAXQSIZE")
  /(?:^|[\s:：])[a-zA-Z_$][\w$.[\]]*\s*(?:[+\-*/]?=|==|!=|===)\s*["'\w(]/,
  // a shell command: after a prompt, or a command-line tool's name and its arguments ("$ kubectl get pods", "kubectl
  // apply -f labs/02/deployment.yaml", "pip install scikit-learn"; a sentence starts with a capital, "Git is …")
  /^\s*\$\s+[a-z]|^\s*(?:kubectl|docker|docker-compose|podman|helm|git|npm|npx|pnpm|yarn|pip|pip3|python|python3|curl|wget|sudo|apt|apt-get|dnf|yum|brew|conda|cmake|cargo|mvn|gradle|terraform|ansible|ansible-playbook|aws|az|gcloud|ssh|scp|chmod|chown|mkdir|minikube|k3d|istioctl|cosign|syft|grype|trivy|gh|dotnet|psql|mysql|redis-cli|systemctl|journalctl)\s+(?:-|\S*[/:=]|(?:install|uninstall|apply|get|run|build|push|pull|clone|commit|checkout|switch|init|create|delete|describe|logs|exec|rollout|scale|expose|port-forward|upgrade|verify|sign|attest|login|add|remove|status|start|stop|restart|config|set|version|list|ls|rm|inspect|compose|up|down|deploy|plan|destroy|scan|repo|search|show|update|enable|disable|merge|rebase|fetch|tag|diff|log|cp|top|edit|patch|auth|test)\b)/,
  // a Python import ("from sklearn.preprocessing import StandardScaler", "import numpy as np")
  /^\s*(?:from\s+[\w.]+\s+)?import\s+[\w.*]+(?:\s*,\s*[\w.]+)*(?:\s+as\s+\w+)?\s*$/,
  // a line that is one call or one procedure's head in pseudo-code ("TriFusion(T, début, milieu)", "procédure
  // TriRapide(T, p, r)"; a name and its bracket apart is prose, "Kent Beck (2003)")
  /^\s*(?:(?:procédure|procedure|procedimiento|procedimento|función|funcion|função|funzione|fonction|function|algorithme|algoritmo|algorithm|prozedur|funktion|def|sub|func|fn)\s+)?[A-Za-z_][\w]*\((?:[^()\n]|\([^()\n]*\))*\)\s*:?\s*$/u,
  /\bSELECT\b[\s\S]{0,80}\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\b\s+\w+\s+SET\b|\bDELETE\s+FROM\b|\bWHERE\s+\w+\s*(?:=|LIKE|IN)\b/i,
  /<\/?(?:script|input|div|span|img|a|form|iframe|html|body)\b[^>]*>?/i,
  // XML: a declaration or DTD line ("<?xml …?>", "<!ENTITY xxe SYSTEM …>"), an element with its closing tag, a
  // line that is one tag
  /^\s*<[!?]\[?[A-Za-z]/,
  /<([A-Za-z][\w:.-]*)(?:\s[^<>]*)?>[^<>]*<\/\1>/,
  /^\s*<\/?[A-Za-z][\w:.-]*(?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*\/?>\s*$/,
  /^\s*(?:#include|#define|\/\/|\/\*|\*\/|--\s|@\w+\()/,
  // operators: "p->next", "$obj->save", "std::vector", "i++", "(x) => …", "a && b"; an arrow between words with
  // spaces is prose ("1.2 面向对象的方法 -> 1.2.1 …", "Input -> Output": a breadcrumb, a flow)
  /[\w$)\]]->[\w$]|\w::\w|[\w)\]]\+\+|\+\+[\w$]|\)\s*=>|=>\s*[{(]|[\w$)\]]\s*(?:&&|\|\|)\s*[\w$(!]/,
];

export function isCodeLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 2) return false;
  // prose ends with sentence punctuation and has few symbols
  return CODE_LINE.some((re) => re.test(t));
}

const CODE_TOKEN =
  /(?<![\p{L}\p{N}_$])(?:[a-zA-Z_$][\w$]*(?:\.[a-zA-Z_$][\w$]*)+\(\)?|[a-zA-Z_$][\w$]*\(\)|[a-z][a-z0-9]*[A-Z][\w$]*|[A-Za-z][A-Za-z0-9]*_[\w$]+|_[A-Za-z][\w$]*|[A-Za-z][A-Za-z0-9]*_)(?![\p{L}\p{N}_$])/gu;

/** Which lines of a text are code: code syntax, or a short line in a block that is mostly code. */
function codeLines(lines: string[]): boolean[] {
  const code = lines.map(isCodeLine);
  const nonEmpty = lines.filter((l) => l.trim()).length;
  const codeCount = code.filter(Boolean).length;
  const wholeBlock = codeCount >= 2 && codeCount >= 0.5 * nonEmpty;
  return lines.map(
    (l, i) =>
      code[i] || (wholeBlock && l.trim().length < 40 && !/^\p{Lu}\p{Ll}+(?:\s+\p{Ll}+){2,}/u.test(l.trim())),
  );
}

/**
 * What a deck's programs print: the string literals of its code lines ("cout << \"Please input the side lengths of a
 * triangle: \";"), as patterns that find them again where the deck shows the program's output ("Please input the
 * side lengths of a triangle: 3 4 5", a line that starts with one and has no other words) or quotes them outside
 * code ("print(3, \"hello world!\")实例化的函数调用"). Program output is no concept. Null when the deck's code prints
 * nothing.
 */
export interface ProgramText {
  lineStart: RegExp;
  quoted: RegExp;
}

export function programText(texts: Iterable<string>): ProgramText | null {
  const literals = new Set<string>();
  for (const t of texts) {
    if (!/["“]/.test(t)) continue;
    const lines = t.split('\n');
    const code = codeLines(lines);
    lines.forEach((l, i) => {
      if (!code[i]) return;
      for (const m of l.matchAll(/"([^"\n]+)"/g)) {
        // up to an escape or a format ("Sum = %d\n" prints "Sum = 15")
        const lit = m[1].split(/\\|%/)[0].trim();
        if (lit.length >= 4 && /\p{L}.*\p{L}/u.test(lit)) literals.add(lit);
      }
    });
  }
  if (literals.size === 0) return null;
  const alt = [...literals]
    .sort((a, b) => b.length - a.length)
    .map((x) => x.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
  return {
    // (the rest of an output line is what the user typed or the program computed: no words, "3 4 5")
    lineStart: new RegExp(`^([ \\t]*)(?:${alt})(?=[^\\p{L}\\n]*$)`, 'gmu'),
    quoted: new RegExp(`["“][ \\t]*(?:${alt})[ \\t]*["”]`, 'gu'),
  };
}

/** Blanks code (see above) with spaces of the same length, so positions stay valid. */
export function blankCode(text: string, printed?: ProgramText | null): string {
  const lines = text.split('\n');
  const code = codeLines(lines);
  return lines
    .map((l, i) => {
      if (code[i]) return ' '.repeat(l.length);
      if (printed)
        l = l
          .replace(printed.lineStart, (m, sp: string) => sp + ' '.repeat(m.length - sp.length))
          .replace(printed.quoted, (m) => ' '.repeat(m.length));
      // identifiers: camelCase starting lower case (iPhone-like brand names are rare on slides), snake_case, calls,
      // a word with an underscore at one end (the rest of a URL or identifier broken over two lines: "_Sheet")
      return l.replace(CODE_TOKEN, (m) =>
        /^(?:[a-z][A-Z][a-z]+|[a-z]{1,4}OS|[a-z]{1,2}[A-Z]{2,})$/.test(m) ? m : ' '.repeat(m.length),
      );
    })
    .join('\n');
}
