/**
 * Classes found on the corpus's real decks in 2026-12-05's fourth session: a name with the Arabic article inside it
 * (a lecture's "Beit Al Hikma" came out as "Beit" and "Hikma"), and programming languages and data formats typed as
 * the ones already known ("PHP" and "HTML" were ENTITY beside "Java" a TOOL and "XML" a STANDARD). Made-up
 * sentences, no evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { guessType } from '../../src/concepts/classify.js';
import { block, records } from './blocks.js';

const names = (blocks: Parameters<typeof records>[0], lang: string, slides: number) =>
  records(blocks, lang, slides).map((r) => r.name);

describe('a name with the Arabic article inside it', () => {
  const en = [
    block(1, 'Science in the Abbasid era', 'title'),
    block(2, 'The translators of Dar Al Ilm worked in Cairo, those of Beit Al Hikma in Baghdad.'),
    block(3, 'Scholars of Dar Al Ilm copied Ptolemy; the Qasr Al Hamra archive kept their letters.'),
    block(4, 'Dar Al Ilm lent books to Qasr Al Hamra and to Beit Al Hikma.'),
    block(5, 'A broadcast by Al Arabiya covered Dar Al Ilm and its catalogue.'),
  ];
  it('is one name across a capitalised "Al" ("Dar Al Ilm", "Qasr Al Hamra", "Beit Al Hikma")', () => {
    const found = names(en, 'en', 5);
    expect(found).toEqual(expect.arrayContaining(['Dar Al Ilm', 'Qasr Al Hamra', 'Beit Al Hikma']));
    for (const piece of ['Dar', 'Ilm', 'Qasr', 'Hamra', 'Beit', 'Hikma'])
      expect(found, piece).not.toContain(piece);
  });
  it('leads a name after a word ("by Al Arabiya")', () => {
    expect(names(en, 'en', 5)).toContain('Al Arabiya');
  });
  it('is no name\'s inside in a Romance deck, where "al" joins words ("Acceso al Portal", "Soporte Al Portal")', () => {
    const es = [
      block(1, 'Acceso al Portal del Empleado', 'title'),
      block(2, 'El Acceso al Portal del Empleado se hace con certificado digital.'),
      block(3, 'Soporte Al Portal del Empleado: incidencias en la mesa de ayuda.'),
      block(4, 'El Portal del Empleado publica las nóminas cada mes.'),
    ];
    const found = names(es, 'es', 4);
    expect(found).toContain('Portal del Empleado');
    expect(found.some((n) => /\bal Portal\b/i.test(n) && !/^Acceso/.test(n))).toBe(false);
  });
});

describe('programming languages and data formats', () => {
  it('are typed as the ones already known: languages are tools, formats standards', () => {
    for (const n of [
      'PHP',
      'Perl',
      'Kotlin',
      'TypeScript',
      'COBOL',
      'MATLAB',
      'PowerShell',
      'VBA',
      'PHP code',
    ])
      expect(guessType(n), n).toBe('TOOL');
    for (const n of ['HTML', 'HTML5', 'CSS', 'CSS3', 'CSV', 'Markdown', 'XHTML'])
      expect(guessType(n), n).toBe('STANDARD');
  });
  it('in a deck: "PHP" beside "Java", "HTML" beside "XML"', () => {
    const en = [
      block(1, 'Securing legacy web applications', 'title'),
      block(2, 'The shop runs PHP 7 on the front end and Java on the back end.'),
      block(3, 'PHP pages build HTML from templates; the feeds are XML.'),
      block(4, 'Escape HTML output in every PHP template; validate XML against its schema.'),
    ];
    const found = records(en, 'en', 4);
    const type = (n: string) => found.find((r) => r.name === n)?.type;
    expect(type('PHP')).toBe('TOOL');
    expect(type('HTML')).toBe('STANDARD');
  });
});

describe("a Chinese lecture's section titles", () => {
  const zh = [
    block(1, '第7章 数据结构', 'title'),
    block(2, '7.1 链表的基本思想', 'title'),
    block(2, '链表由结点组成，每个结点保存数据和指向下一个结点的指针。链表是动态数据结构。'),
    block(3, '7.2 二叉树的分类', 'title'),
    block(3, '二叉树分为满二叉树和完全二叉树，二叉树的遍历有前序、中序和后序。'),
    block(4, '7.3 五种常用的容器', 'title'),
    block(4, '链表、二叉树、散列表、优先级队列和双端队列都是常用的容器。'),
    block(5, '7.4 其他数据结构', 'title'),
    block(5, '散列表用散列函数定位元素；优先级队列总是取出最大的元素。'),
    block(6, '7.5 前序遍历与中序遍历', 'title'),
    block(6, '前序遍历先访问根结点，中序遍历先访问左子树。二叉树的遍历是递归的。'),
    block(7, '7.6 在链表之后插入一个结点', 'title'),
    block(7, '插入排序和选择排序都可以用于链表；散列表的查找很快。'),
    block(8, '7.7 散列表的区间与二叉树的遍历', 'title'),
    block(8, '双端队列可以在两端插入元素；链表与二叉树都是动态数据结构。'),
    block(9, '7.8 散列表', 'title'),
    block(9, '散列表用散列函数定位元素，冲突用链表解决。'),
    block(10, '7.9 二叉树的遍历', 'title'),
    block(10, '二叉树的遍历有前序、中序和后序三种。'),
    block(11, '7.10 排序和查找算法', 'title'),
    block(11, '插入排序、选择排序和折半查找是常用的算法。'),
  ];
  it('are no terms ("链表的基本思想", "二叉树的分类", "五种常用的容器", "其他数据结构", "前序遍历与中序遍历")', () => {
    const found = names(zh, 'zh', 11);
    for (const heading of [
      '链表的基本思想',
      '二叉树的分类',
      '五种常用的容器',
      '其他数据结构',
      '前序遍历与中序遍历',
      '在链表之后插入一个结点',
    ])
      expect(found, heading).not.toContain(heading);
  });
  it('while the terms stay ("散列表", "二叉树的遍历", "排序和查找算法")', () => {
    const found = names(zh, 'zh', 11);
    expect(found).toEqual(expect.arrayContaining(['散列表', '二叉树的遍历', '排序和查找算法']));
  });
});

describe("a catalogue's repeated box headings", () => {
  const risk = (slide: number, name: string, body: string) => [
    block(slide, name, 'title'),
    block(
      slide,
      `Ejemplos de escenarios de ataque\nEscenario #1: ${body}\nEscenario #2: el atacante repite la petición.`,
    ),
    block(slide, `¿Cómo se previene?\nValidar las entradas y registrar los fallos de ${name}.`),
  ];
  const es = [
    block(1, 'Riesgos de las pasarelas de pago', 'title'),
    ...risk(2, 'Suplantación de comercio', 'un comercio falso usa el Protocolo 3-D Secure de otro.'),
    ...risk(3, 'Fuga de tarjetas', 'el registro guarda el PAN completo sin cifrar.'),
    ...risk(4, 'Reembolsos fraudulentos', 'el Protocolo 3-D Secure no cubre los reembolsos.'),
    ...risk(5, 'Denegación de servicio', 'la pasarela no limita las peticiones del Protocolo 3-D Secure.'),
    ...risk(6, 'Abuso de promociones', 'un script canjea cupones en bucle.'),
  ];
  it('are no terms ("escenarios de ataque" of "Ejemplos de escenarios de ataque" on every risk)', () => {
    const found = names(es, 'es', 6).map((n) => n.toLowerCase());
    expect(found.some((n) => n.includes('escenarios de ataque'))).toBe(false);
    expect(found).toEqual(expect.arrayContaining(['fuga de tarjetas', 'reembolsos fraudulentos']));
  });
  it('while a running header\'s topic stays (a box of one line repeated: "Pasarelas de pago — Tokenización")', () => {
    const header = (slide: number) => [
      block(slide, `Paso ${slide}`, 'title'),
      block(slide, 'Pasarelas de pago — Tokenización'),
      block(slide, `La tokenización sustituye el PAN por un token en el paso ${slide}.`),
    ];
    const found = names([1, 2, 3, 4, 5].flatMap(header), 'es', 5).map((n) => n.toLowerCase());
    expect(found).toContain('pasarelas de pago');
  });
});

describe("a chart's long axis", () => {
  const countries =
    'Mexico, Turkey, Greece, Italy, Portugal, Spain, Poland, Norway, Ireland, Hungary, Austria, Sweden';
  const en = [
    block(1, 'Reading scores across OECD nations', 'title'),
    block(1, `Reading scores 2022\nScore\n${countries}`, 'chart'),
    block(2, 'What the comparison shows', 'title'),
    block(2, 'Finland leads the OECD on reading; the PISA survey tests 15-year-olds every three years.'),
    block(3, 'The PISA survey and Finland', 'title'),
    block(3, 'Finland trains every teacher to a master’s degree; PISA results rose after 2015.'),
  ];
  it('has labels, no concepts: a country written only as one of eight categories or more', () => {
    const found = names(en, 'en', 3);
    for (const c of ['Mexico', 'Turkey', 'Hungary', 'Austria']) expect(found, c).not.toContain(c);
    expect(found).toEqual(expect.arrayContaining(['Finland', 'PISA']));
  });
  it('keeps a short axis\'s categories ("EMEA, APAC, Americas")', () => {
    const short = [
      block(1, 'Revenue by region', 'title'),
      block(1, 'Revenue\nEUR m\nEMEA, APAC, Americas', 'chart'),
      block(2, 'APAC grows fastest', 'title'),
    ];
    expect(names(short, 'en', 2)).toContain('EMEA');
  });
});

describe("a reference's author", () => {
  it('is no concept when the deck writes the surname only in references ("Nelms, Charlie (2011)")', () => {
    const en = [
      block(1, 'Persuasion in evaluation reports', 'title'),
      block(2, 'Persuasive messages raise shared meaning (Hovland and Weiszacker, 1953).'),
      block(3, 'Elaboration Likelihood Model: central and peripheral routes (Pettigrew et al. 1986).'),
      block(
        4,
        'Source: Weiszacker, Tomas (2011). Reports that persuade. Elaboration Likelihood Model in practice.',
      ),
      block(
        5,
        'References\nHovland, C.I. and Weiszacker, T.M., Persuasion, 1953\nPettigrew, R.E., Attitudes, 1986',
      ),
    ];
    const found = names(en, 'en', 5);
    for (const a of ['Weiszacker', 'Pettigrew', 'Hovland']) expect(found, a).not.toContain(a);
    expect(found).toContain('Elaboration Likelihood Model');
  });
  it('stays when the deck also writes the name in running text ("according to Gartner")', () => {
    const en = [
      block(1, 'Choosing a SIEM vendor', 'title'),
      block(2, 'Magic Quadrant for SIEM (Gartner, 2023) ranks eleven vendors.'),
      block(3, 'According to Gartner, most buyers move to cloud SIEM by 2026.'),
      block(4, 'We asked Gartner for the full report; Gartner analysts briefed the board.'),
    ];
    expect(names(en, 'en', 4)).toContain('Gartner');
  });
});

describe('a Romance title with its prepositions', () => {
  it('is one name ("Uso de Componentes con Vulnerabilidades Conocidas")', () => {
    const es = [
      block(1, 'Riesgos de seguridad', 'title'),
      block(2, 'Uso de Componentes con Vulnerabilidades Conocidas', 'title'),
      block(
        2,
        'Las aplicaciones que utilizan componentes con vulnerabilidades conocidas pueden debilitar las defensas.',
      ),
      block(3, 'Deserialización Insegura', 'title'),
      block(3, 'Ver A9: Uso de componentes con vulnerabilidades conocidas.'),
      block(4, 'Registro y Monitoreo Insuficientes', 'title'),
      block(4, 'Los componentes con vulnerabilidades conocidas se explotan sin registro.'),
    ];
    expect(names(es, 'es', 4)).toContain('Uso de Componentes con Vulnerabilidades Conocidas');
  });
  it('and a standard or a guide named head first is a standard ("Guía de Pruebas de OWASP")', () => {
    for (const n of [
      'Estándar de Verificación de Seguridad en Aplicaciones',
      'Guía de Pruebas de OWASP',
      'Guida ai Test',
    ])
      expect(guessType(n), n).toBe('STANDARD');
    expect(guessType('Norma Jean'), 'Norma Jean').not.toBe('STANDARD');
  });
});

describe('a property rated on a scale', () => {
  it('is a METRIC in German, Dutch and Turkish ("Ausnutzbarkeit", "beschikbaarheid", "Tespit Edilebilirlik")', () => {
    for (const n of ['Ausnutzbarkeit', 'Auffindbarkeit', 'beschikbaarheid', 'Tespit Edilebilirlik'])
      expect(guessType(n), n).toBe('METRIC');
    expect(guessType('Nachhaltigkeit'), 'Nachhaltigkeit').not.toBe('METRIC');
  });
});

describe('security testing and development practices by their acronyms', () => {
  it('are practices ("SAST", "DAST", "SDLC"), as "MFA" and "ISMS" are', () => {
    for (const n of ['SAST', 'DAST', 'IAST', 'SDLC', 'CI/CD'])
      expect(guessType(n, { acronym: true }), n).toBe('PRACTICE');
  });
});
