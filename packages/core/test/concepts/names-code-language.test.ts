import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/concepts/candidates.js';
import { detectLanguage, functionWords } from '../../src/concepts/language.js';
import type { LinkBlock } from '../../src/concepts/link.js';
import { personNames } from '../../src/concepts/persons.js';
import { selectConcepts } from '../../src/concepts/select.js';
import { blankCode, isCodeLine, programText } from '../../src/concepts/text-clean.js';
import { block } from './blocks.js';

const names = (blocks: LinkBlock[], lang = 'en', slides = 6) =>
  selectConcepts(extractCandidates(blocks, undefined, { lang }), slides).map((c) => c.record);

describe('whole person names', () => {
  it('keeps particles, hyphens, apostrophes and initials inside one name', () => {
    expect(personNames("Qingyun Wu, Ryen W. White, Seán O'Brien and Jean-Pierre Dupont")).toEqual([
      'Qingyun Wu',
      'Ryen W. White',
      "Seán O'Brien",
      'Jean-Pierre Dupont',
    ]);
    expect(personNames('We thank Jan van der Berg and Ludwig von Mises for the review.')).toEqual([
      'Jan van der Berg',
      'Ludwig von Mises',
    ]);
    expect(personNames('Workshop mit Dr. Evi Scheinecker')).toEqual(['Evi Scheinecker']);
    expect(personNames('Peter Alterman, Ph.D.\nChair, U.S. Federal PKI Policy Authority')).toEqual([
      'Peter Alterman',
    ]);
  });

  it('reads speakers and authors from the title slide, not affiliations or headings', () => {
    expect(
      personNames(
        'Emerson Murphy-Hill\n    Portland State\n   (now UBC)\n\n\nChris Parnin\n    Georgia Tech\n\n\nAndrew Black\n    Portland State',
        { titleSlide: true },
      ),
    ).toEqual(['Emerson Murphy-Hill', 'Chris Parnin', 'Andrew Black']);
    expect(
      personNames('Andrew van der Stock, co-leader ASVS Project\nMarch 2019 - NullCon', { titleSlide: true }),
    ).toEqual(['Andrew van der Stock']);
    expect(
      personNames('Violation de Gestion d’Authentification et de Session', { titleSlide: true }),
    ).toEqual([]);
    expect(personNames('Release Candidate\nRemarque Importante', { titleSlide: true })).toEqual([]);
  });

  it('a name found on the title slide is one PERSON concept everywhere, never "Andrew van" + "Stock"', () => {
    const recs = names([
      block(1, 'Application Security Verification Standard 4.0', 'title'),
      block(1, 'Andrew van der Stock, co-leader ASVS Project\nMarch 2019 - NullCon'),
      block(2, 'Andrew van der Stock', 'title'),
      block(2, 'Senior Principal Consultant. Andrew van der Stock joined OWASP in 2002.'),
      block(5, 'Who is involved? Andrew van der Stock, Daniel Cuthbert, Jim Manico'),
    ]);
    const person = recs.find((r) => r.name === 'Andrew van der Stock');
    expect(person?.type).toBe('PERSON');
    expect(recs.map((r) => r.name)).not.toContain('Andrew van');
    expect(recs.map((r) => r.name)).not.toContain('Stock');
  });
});

describe('code on slides', () => {
  it('tells code lines from prose', () => {
    for (const l of [
      'String query = "SELECT * FROM accounts WHERE',
      ' public Bar(int anA){',
      '    this.a = anA;',
      'custID=\'" + request.getParameter("id") +"\'";',
      '<script>document.location=',
    ])
      expect(isCodeLine(l), l).toBe(true);
    for (const l of [
      'Injection flaws, such as SQL, NoSQL, OS, and LDAP injection, occur when untrusted data is sent.',
      'A1 – Injection',
      'Level 1: UserID/Password, SAML assertion (XML text)',
      'Don’t log everything, make it easy to detect breaches',
      // an arrow between words is a breadcrumb or a flow, not an operator
      '1.2 面向对象的方法 -> 1.2.1 面向对象方法的由来',
      'Input -> Processing => Output',
      // a remark in brackets at a sentence's end is no call
      'Die Software ist veraltet (siehe A9:2017-Nutzung von Komponenten mit bekannten Schwachstellen).',
    ])
      expect(isCodeLine(l), l).toBe(false);
    for (const l of [
      'node->next = head',
      'std::vector<int> v',
      'while (i++ < n)',
      'if (a && b) return',
      'save();',
      // a statement with a remark after it
      'auto longer = [size](const string &s){return s.size()>size;} //值捕获',
    ])
      expect(isCodeLine(l), l).toBe(true);
  });

  it("what the deck's programs print is no concept where the deck shows their output", () => {
    const code = (n: number, prompt: string) =>
      block(n, `int main() {\n\tdouble a, b;\n\tcout << "${prompt}";\n\tcin >> a >> b;\n}`);
    const recs = names([
      block(1, 'Exception Handling', 'title'),
      code(1, 'Please input the side lengths of a triangle: '),
      block(2, 'Program Output', 'title'),
      block(
        2,
        'Please input the side lengths of a triangle: 3 4 5\nPlease input the side lengths of a triangle: 0 5 5',
      ),
      code(3, 'Enter x and y:'),
      block(4, 'Enter x and y:5 8\nEnter x and y:12 8\nException Handling keeps the side lengths valid.'),
      block(5, 'print(3, 4.5, "Enter x and y:")实例化的函数调用'),
    ]);
    const all = recs.flatMap((r) => [r.name, ...r.aliases]).join(' | ');
    expect(all).not.toMatch(/Please input|Enter x/i);
    // prose that starts like the literal and goes on is kept, and so is a concept of the deck's prose
    expect(recs.map((r) => r.name)).toEqual(expect.arrayContaining(['Exception Handling']));
    const printed = programText(['cout << "Error";', 'x = 1;']);
    expect(blankCode('Error handling matters', printed)).toBe('Error handling matters');
    expect(blankCode('Error: 42', printed)).toBe('     : 42');
    expect(programText(['No code here: "Zero Trust" is a model.'])).toBeNull();
  });

  it('blanks the rest of an identifier or URL broken over two lines', () => {
    const t =
      'See: http://www.owasp.org/index.php/Transport_Layer_Protection_Cheat\n_Sheet  for more details';
    const out = blankCode(t);
    expect(out.length).toBe(t.length);
    expect(out).not.toContain('Sheet');
    expect(out).toContain('for more details');
  });

  it('blanks code keeping positions, and code identifiers inside prose', () => {
    const code = 'class Bar{\n int a;\n public Bar(int anA){\n    this.a = anA;\n }\n}';
    const out = blankCode(code);
    expect(out.length).toBe(code.length);
    expect(out.trim()).toBe('');
    expect(blankCode('Use the ESAPI API (isAuthorizedForData()) on iPhone and eBay')).toBe(
      `Use the ESAPI API (${' '.repeat('isAuthorizedForData()'.length)}) on iPhone and eBay`,
    );
  });

  it('code never becomes a concept, in English or French, while the prose around it does', () => {
    const java =
      'class Bar{\n int a;\n public Bar(int anA){\n    this.a = anA;\n }\n public static Bar create(int anA){\n    return new Bar(anA);\n }\n}';
    const sql =
      'String query = "SELECT * FROM accounts WHERE custID=\'" + request.getParameter("id") + "\'";\nPreparedStatement pstmt = connection.prepareStatement(query);';
    const recs = names([
      block(1, 'Introduction to Refactoring', 'title'),
      block(1, java),
      block(2, 'Introduction to Refactoring', 'title'),
      block(2, java),
      block(3, 'Refactoring Tools', 'title'),
      block(3, 'Refactoring Tools help programmers. Floss Refactoring is common.'),
      block(4, 'Floss Refactoring and Refactoring Tools again.'),
      block(5, sql),
      block(6, sql),
    ]);
    const all = recs.flatMap((r) => [r.name, ...r.aliases]).join(' | ');
    expect(all).not.toMatch(
      /\b(?:class|public|static|int|anA|Bar|query|SELECT|accounts|getParameter|PreparedStatement|pstmt|prepareStatement)\b/,
    );
    expect(recs.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Refactoring Tools', 'Floss Refactoring']),
    );
    const fr = names(
      [
        block(
          1,
          'L’application utilise des données non fiables dans la construction de l’appel SQL vulnérable suivant:\n  String query = "SELECT * FROM accounts WHERE\n  custID=\'" + request.getParameter("id") +"\'";',
        ),
        block(2, 'L’injection SQL est une faille. Injection SQL encore.'),
        block(3, 'Injection SQL et données non fiables.'),
      ],
      'fr',
    );
    expect(fr.flatMap((r) => [r.name, ...r.aliases]).join(' | ')).not.toMatch(
      /custID|getParameter|query|accounts/,
    );
  });
});

describe('languages', () => {
  it('detects the language of a document by script and function words', () => {
    expect(
      detectLanguage(['The application uses untrusted data in the construction of the following SQL call.'])
        .code,
    ).toBe('en');
    expect(
      detectLanguage([
        'L’application utilise des données non fiables dans la construction de l’appel SQL vulnérable suivant.',
      ]).code,
    ).toBe('fr');
    expect(
      detectLanguage([
        'Die Anwendung verwendet nicht vertrauenswürdige Daten bei der Erstellung des folgenden SQL-Aufrufs.',
      ]).code,
    ).toBe('de');
    expect(
      detectLanguage([
        'La aplicación utiliza datos no confiables en la construcción de la siguiente llamada SQL.',
      ]).code,
    ).toBe('es');
    // (Portuguese writes "de" and "o" as often as Spanish writes "de": neither is a marker)
    expect(
      detectLanguage([
        'Internações por complicações custam 14 milhões de reais por ano',
        'Pessoas com obesidade ou histórico familiar de diabetes',
        'Redução de 5 % do peso em 38 % dos participantes',
        'Ampliar o programa para todas as unidades de saúde',
        'Número de consultas de enfermagem por paciente',
      ]).code,
    ).toBe('pt');
    expect(detectLanguage(['Приложение использует недоверенные данные, а также с помощью SQL.']).code).toBe(
      'ru',
    );
    expect(detectLanguage(['应用程序在构建以下 SQL 调用时使用不可信数据']).code).toBe('zh');
    expect(detectLanguage(['アプリケーションは信頼できないデータを使用します']).code).toBe('ja');
  });

  it('function words of every corpus language come from stopwords-iso (plus filler it lacks)', () => {
    for (const code of ['en', 'fr', 'de', 'es', 'ru', 'tr', 'pt', 'id'])
      expect(functionWords(code).size, code).toBeGreaterThan(100);
    expect(functionWords('ru').has('также')).toBe(true);
    expect(functionWords('ru').has('помощью')).toBe(true);
    expect(functionWords('es').has('pueden')).toBe(true);
  });

  it('filler phrases and verb phrases never become concepts', () => {
    const ru = names(
      [
        block(1, 'Внедрение SQL', 'title'),
        block(
          1,
          'Атакующий может, а также с помощью SQL-запросов, на основе данных выполнить внедрение SQL.',
        ),
        block(2, 'Внедрение SQL а также с помощью инструментов на основе правил.'),
        block(3, 'Внедрение SQL, а также с помощью, на основе.'),
      ],
      'ru',
    );
    const all = ru.map((r) => r.name.toLowerCase());
    for (const f of ['а также', 'с помощью', 'на основе', 'также', 'помощью'])
      expect(all, f).not.toContain(f);
    const es = names(
      [
        block(1, 'Los atacantes pueden inyectar datos. Los atacantes pueden robar sesiones.'),
        block(2, 'El atacante puede modificar la consulta. Inyección SQL.'),
        block(3, 'Inyección SQL: los atacantes pueden leer datos.'),
      ],
      'es',
    );
    expect(es.map((r) => r.name.toLowerCase()).join('|')).not.toMatch(/pueden|puede/);
    const fr = names(
      [
        block(1, 'Suis-je vulnérable ? Injection SQL.'),
        block(2, 'Suis-je vulnérable à l’Injection SQL ?'),
        block(3, 'Suis-je vulnérable ? Peut-on tester l’Injection SQL ?'),
      ],
      'fr',
    );
    expect(fr.map((r) => r.name.toLowerCase()).join('|')).not.toMatch(/suis-je|peut-on/);
    expect(fr.map((r) => r.name)).toContain('Injection SQL');
  });
});
