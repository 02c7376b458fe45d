/**
 * Classes of the thirteenth held-out set's findings (2026-12-06's fifth session: decks in fourteen languages the
 * earlier sets did not hold, Polish to Vietnamese): dates in words of any language (ICU's months and days, a year's
 * quarters and halves), a Korean roadmap's dates and stages, Vietnamese everyday words, the agenda of a deck in those
 * languages and the titles it lists, and the everyday words of nineteen languages alone. Made-up sentences, no
 * evaluation deck's text.
 */
import { describe, expect, it } from 'vitest';
import { calendarName } from '../../src/concepts/calendar-words.js';
import { guessType } from '../../src/concepts/classify.js';
import { everydayIntl } from '../../src/concepts/everyday-intl.js';
import { block, records } from './blocks.js';

const names = (recs: { name: string }[]) => recs.map((r) => r.name);
/** `f` of each name in its language is `want`. */
const expectEach = (f: (name: string, lang: string) => boolean, want: boolean, pairs: [string, string][]) => {
  for (const [name, lang] of pairs) expect(f(name, lang), name).toBe(want);
};

describe('dates in words', () => {
  it('are read in any language ICU knows, with quarters, halves and years', () => {
    expectEach(calendarName, true, [
      ['Kasım', 'tr'],
      ['Eylül 2024', 'tr'],
      ['Dördüncü çeyrek', 'tr'],
      ['IV кв', 'ru'],
      ['сентября 2025', 'ru'],
      ['stycznia 2025', 'pl'],
      ['25년 2H', 'ko'],
      ['tháng 10', 'vi'],
      ['Μαΐου 2025', 'el'],
      ['Agustus 2024', 'id'],
      ['marraskuu', 'fi'],
      ['Q3 2024', 'en'],
      ['November', 'en'],
    ]);
    // (a name, a number alone, a quarter's code alone, a quarter's review)
    expectEach(calendarName, false, [
      ['Pazarix', 'tr'],
      ['2024', 'en'],
      ['H1', 'en'],
      ['Q3 Review', 'en'],
      ['Ticaret Bakanlığı', 'tr'],
    ]);
  });

  it('are no concepts: the months of a Turkish review, a Korean roadmap’s dates and stages', () => {
    const tr = names(
      records(
        [
          block(1, 'Üçüncü Çeyrek Değerlendirmesi', 'title'),
          block(1, 'Temmuz, Ağustos ve Eylül aylarında Pazarix pazaryerinde sipariş adedi arttı.'),
          block(2, 'Aylık GMV', 'title'),
          block(2, 'Temmuz\t5,8 milyar TL\nAğustos\t6,1 milyar TL\nEylül\t6,5 milyar TL'),
          block(3, 'Kampanyalar', 'title'),
          block(3, 'Pazarix Ads ile Eylül kampanyası; Kasım ayında Efsane Cuma kampanyası Pazarix üzerinde.'),
          block(4, 'Hedefler', 'title'),
          block(
            4,
            'Dördüncü çeyrek hedefi: Pazarix Ads gelirinde %30 artış; Kasım ve Aralık aylarında yeni depo.',
          ),
        ],
        'tr',
        4,
      ),
    );
    for (const n of ['Temmuz', 'Ağustos', 'Eylül', 'Kasım', 'Dördüncü çeyrek']) expect(tr).not.toContain(n);
    expect(tr).toContain('Pazarix Ads');

    const ko = names(
      records(
        [
          block(1, 'HBM 로드맵', 'title'),
          block(1, 'HBM4 12단: 26년 1H 양산\nHBM4 16단: 26년 2H 양산\nHBM4E: 27년 개발'),
          block(2, 'DDR5 로드맵', 'title'),
          block(2, 'DDR5 16Gb: 양산 중\nMRDIMM Gen2: 26년 1H 양산\nHBM4 고객 인증: 25년 4Q'),
          block(3, '고객 인증 일정', 'title'),
          block(3, 'HBM4 12단 고객 인증 26년 1H, MRDIMM Gen2 고객 인증 26년 2H 양산'),
        ],
        'ko',
        3,
      ),
    );
    for (const n of ['26년 1H 양산', '26년 2H 양산', '27년 개발', '양산 중', '25년 4Q', '1H 양산'])
      expect(ko).not.toContain(n);
    expect(ko).toContain('HBM4');
  });
});

describe('Vietnamese', () => {
  it('drops words of one or two syllables that are no name, keeps names and longer terms', () => {
    const recs = names(
      records(
        [
          block(1, 'Đồng Xanh AgTech', 'title'),
          block(1, 'Canh tác lúa cho nông dân ở Kiên Giang và Đồng Tháp cùng Hợp tác xã Tân Hòa.'),
          block(2, 'Thị trường', 'title'),
          block(2, 'Chi phí phân bón cao; thị trường lúa gạo lớn; doanh thu của nông dân thấp.'),
          block(3, 'Mô hình kinh doanh', 'title'),
          block(3, 'Doanh thu từ thuê bao; chi phí thấp cho nông dân; Hợp tác xã ở Kiên Giang và Đồng Tháp.'),
          block(4, 'Đội ngũ', 'title'),
          block(4, 'Nguyễn Minh Khoa, Đồng Xanh; thị trường Kiên Giang; doanh thu năm 2025.'),
        ],
        'vi',
        4,
      ),
    );
    for (const n of ['thị trường', 'Thị trường', 'doanh thu', 'Doanh thu', 'nông dân', 'Chi phí', 'chi phí'])
      expect(recs).not.toContain(n);
    for (const n of ['Kiên Giang', 'Đồng Tháp', 'Hợp tác xã']) expect(recs).toContain(n);
  });
});

describe('an agenda in another language', () => {
  it('lists the slide titles: each is a heading, the terms of the text stay (Swedish)', () => {
    const recs = names(
      records(
        [
          block(1, 'Upphandling av journalsystem', 'title'),
          block(1, 'Regionstyrelsen beslutar om Patientdatalagen och förhandlat förfarande enligt LOU.'),
          block(2, 'Dagordning', 'title'),
          block(2, 'Bakgrund\nRiskanalys\nTidplan\nBeslutsförslag och fortsatt arbete'),
          block(3, 'Riskanalys', 'title'),
          block(3, 'Risk för överprövning enligt LOU; Patientdatalagen kräver loggning i journalsystemet.'),
          block(4, 'Tidplan', 'title'),
          block(4, 'Förhandlat förfarande startar i mars; tilldelningsbeslut i december enligt LOU.'),
          block(5, 'Beslutsförslag', 'title'),
          block(5, 'Regionstyrelsen föreslås godkänna förhandlat förfarande enligt Patientdatalagen.'),
          block(6, 'Fortsatt arbete', 'title'),
          block(6, 'Marknadsdialog med leverantörer av journalsystem; regionstyrelsen informeras.'),
        ],
        'sv',
        6,
      ),
    );
    for (const n of ['Riskanalys', 'Tidplan', 'Beslutsförslag', 'Fortsatt arbete'])
      expect(recs).not.toContain(n);
    expect(recs).toContain('Patientdatalagen');
    expect(recs).toContain('LOU');
  });
});

describe('an agenda’s topics', () => {
  it('are headings where the text never writes them, whole or joined (Turkish); the agenda’s title too', () => {
    const recs = names(
      records(
        [
          block(1, 'Üçüncü Çeyrek İş Değerlendirmesi', 'title'),
          block(1, 'Pazarix pazaryeri; Elif Demirtaş, Yönetim Kurulu'),
          block(2, 'Gündem', 'title'),
          block(
            2,
            '1. Finansal ve Operasyonel Performans\n2. KVKK ve Regülasyon Uyumu\n3. Satıcı Ekosistemi',
          ),
          block(3, 'Finansal ve Operasyonel Performans', 'title'),
          block(3, 'Pazarix GMV 18,4 milyar TL; Pazarix Ads geliri arttı; iade oranı %4,1.'),
          block(4, 'KVKK ve Regülasyon Uyumu', 'title'),
          block(4, 'VERBİS kaydı güncellendi; KVKK aydınlatma metinleri Pazarix Ads için yenilendi.'),
          block(5, 'Satıcı Ekosistemi', 'title'),
          block(5, 'Aktif satıcı sayısı 41.200; Pazarix Ads kullanan satıcılar; VERBİS eğitimleri.'),
        ],
        'tr',
        5,
      ),
    );
    for (const n of ['Operasyonel Performans', 'Regülasyon Uyumu', 'Gündem']) expect(recs).not.toContain(n);
    for (const n of ['KVKK', 'Pazarix Ads']) expect(recs).toContain(n);
  });

  it('drops an Arabic phrase cut after its preposition or “and” on the article', () => {
    const recs = names(
      records(
        [
          block(1, 'برنامج الخدمات الرقمية', 'title'),
          block(1, 'وكالة الوزارة للتحول الرقمي تعمل مع هيئة الحكومة الرقمية على منصة خدماتي.'),
          block(2, 'المنصة', 'title'),
          block(
            2,
            'تكامل منصة خدماتي مع النفاذ الوطني الموحد؛ وكالة الوزارة للتحول الرقمي تشرف على التكامل.',
          ),
          block(3, 'الشركاء', 'title'),
          block(3, 'هيئة الحكومة الرقمية والمركز الوطني للتحول الرقمي ومنصة خدماتي.'),
        ],
        'ar',
        3,
      ),
    );
    expect(recs).not.toContain('للتحول الرقمي');
    expect(recs).toContain('هيئة الحكومة الرقمية');
  });
});

describe('the everyday words of nineteen languages', () => {
  it('are listed: common words, not names nor terms', () => {
    expectEach(everydayIntl, true, [
      ['Finansowanie', 'pl'],
      ['Gminy', 'pl'],
      ['underskrevet', 'da'],
      ['Kirjallisuus', 'fi'],
      ['الخدمات', 'ar'],
      ['Kesehatan', 'id'],
      ['İşlem', 'tr'],
    ]);
    expectEach(everydayIntl, false, [
      ['Patientdatalagen', 'sv'],
      ['Nettilslutningsaftale', 'da'],
      ['Posyandu', 'id'],
      ['Finansowanie', 'en'],
    ]);
  });

  it('alone are no concept in a business deck’s lines; a name of them is one (Polish)', () => {
    const recs = names(
      records(
        [
          block(1, 'Termomodernizacja szkół w Gminie Stare Brzeziny', 'title'),
          block(
            1,
            'Projekt Gminy finansowany z programu FEnIKS; Finansowanie z KPO dla Gminy i Państwa. Wymiana okien, ' +
              'docieplenie ścian i stropodachów, pompy ciepła powietrze-woda, instalacja fotowoltaiczna 50 kWp, ' +
              'system zarządzania energią w budynkach oświatowych, audyt energetyczny i świadectwa charakterystyki ' +
              'energetycznej, nadzór inwestorski, promocja projektu i tablice informacyjne.',
          ),
          block(2, 'Harmonogram robót', 'title'),
          block(
            2,
            'Roboty w Szkole Podstawowej nr 1; Finansowanie wkładu własnego Gminy z WPF. Przekazanie placu budowy, ' +
              'roboty rozbiórkowe, montaż stolarki okiennej, izolacja fundamentów, wentylacja mechaniczna z ' +
              'odzyskiem ciepła, modernizacja kotłowni gazowej, próby szczelności, odbiory częściowe, dziennik ' +
              'budowy, kierownik budowy, inspektor nadzoru i protokół odbioru końcowego.',
          ),
          block(3, 'Zamówienia publiczne', 'title'),
          block(
            3,
            'Odwołanie do Krajowej Izby Odwoławczej; Gminy Stare Brzeziny; program FEnIKS i KPO. Przetarg ' +
              'nieograniczony, specyfikacja warunków zamówienia, kryteria oceny ofert, cena i okres gwarancji, ' +
              'wadium, rażąco niska cena, wyjaśnienia wykonawców, komisja przetargowa, unieważnienie ' +
              'postępowania, umowa w sprawie zamówienia publicznego i aneks do umowy.',
          ),
          block(4, 'Ryzyka', 'title'),
          block(
            4,
            'Opóźnienie wypłaty z KPO dla Gminy; ryzyko wyroku Krajowej Izby Odwoławczej. Wzrost cen materiałów ' +
              'budowlanych, brak wykonawców, warunki atmosferyczne, kolizje z infrastrukturą podziemną, zmiana ' +
              'przepisów o efektywności energetycznej, utrata płynności finansowej, korekta finansowa, kontrola ' +
              'instytucji pośredniczącej i rejestr ryzyk projektu.',
          ),
        ],
        'pl',
        4,
      ),
    );
    for (const n of ['Gminy', 'Finansowanie', 'Państwa']) expect(recs).not.toContain(n);
    for (const n of ['KPO', 'Krajowej Izby Odwoławczej']) expect(recs).toContain(n);
  });
});

describe('Hungarian names', () => {
  it('are people written family name first', () => {
    const recs = records(
      [
        block(1, 'Kaizen-hét: P4 transzferprés sor', 'title'),
        block(1, 'A Lean Iroda kaizen-hete a présüzemben'),
        block(2, 'SMED eredmények', 'title'),
        block(
          2,
          'Az átállási időt Kovács Péter mérte a Lean Iroda táblázatában; a méréseket Molnár Anita ellenőrizte.',
        ),
        block(3, '5S audit', 'title'),
        block(
          3,
          'Az auditot Molnár Anita vezette; a szerszámokat Kovács Péter és Szabó Gábor rendezte. Szabó Gábor javaslata.',
        ),
      ],
      'hu',
      3,
    );
    const type = (n: string) => recs.find((r) => r.name === n)?.type;
    for (const n of ['Kovács Péter', 'Molnár Anita']) expect(type(n), n).toBe('PERSON');
    expect(type('Lean Iroda')).not.toBe('PERSON');
  });
});

describe('bodies in other languages', () => {
  it('are organisations by their head, first, last or at a compound’s end', () => {
    for (const n of [
      'Krajowej Izby Odwoławczej',
      'Rady Gminy',
      'Ministerstvo zdravotnictví',
      'Autoritatea de Supraveghere Financiară',
      'Министерство цифрового развития',
      'Δήμος Ηρακλείου',
      'هيئة الحكومة الرقمية',
      'Kementerian Kesehatan',
      'Bộ Nông nghiệp',
      'Ticaret Bakanlığı',
      'Központi Statisztikai Hivatal',
      'regionstyrelsen',
      'Energistyrelsen',
      'Luonnonvarakeskus',
      'Maanmittauslaitos',
    ])
      expect(guessType(n), n).toBe('ORGANIZATION');
    // (a practice or a principle named by a word such a head shares: management, a principle, a holiday)
    for (const n of [
      'Управление рисками',
      'Αρχή της αναλογικότητας',
      'Bank Holiday',
      'Zarządzanie ryzykiem',
      'banca dati isotopica',
    ])
      expect(guessType(n), n).not.toBe('ORGANIZATION');
  });
});
