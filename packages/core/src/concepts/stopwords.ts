/** English stop words used to split candidate phrases (RAKE-style) plus slide noise. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each else etc few for from further had has have having he her here hers him his how
i if in into is it its itself just let like may me might more most much must my no nor not now of off on once only or other
our ours out over own per same shall she should so some such than that the their them then there these they this those through
to too under until up upon us use used using very via was we were what when where which while who whom why will with within
without would yet you your yours new one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions
billion billions dozen dozens first second third next last many
make makes made get gets got need needs needed see seen take takes way ways well e.g i.e vs slide slides page thank thanks
question questions agenda overview introduction summary conclusion today example examples include includes included including
provide provides provided providing allow allows allowed allowing ensure ensures ensured ensuring consider considered based
different various several common specific important key main good better best high low large small full often usually even still
however therefore thus although unless whether either neither every always never sometimes already another others around
towards toward onto despite throughout beside besides unlike versus whereas whilst since though hence thereby
whose whenever wherever amongst regarding concerning
across along among able unable possible likely easy hard simple via etc something anything nothing everything someone anyone
see show shows shown help helps want wants know known like just really also lot lots suggests indicates demonstrates means requires says everywhere anywhere somewhere nowhere elsewhere instead together meanwhile afterwards
foreword acknowledgements acknowledgments contents appendix references background outline objectives contact credits
disclaimer glossary preface recap thank-you let let's it's we're don't can't won't isn't there's that's here's
der die das den dem des ein eine einer eines einem einen und oder aber für von vom mit zu zum zur im in ins am an auf aus
bei nach wie sie es wir ihr ich man kann können könnte muss müssen soll sollte sollten wird werden wurde wurden ist sind war
nicht kein keine auch als sowie durch über unter gegen ohne um bis noch nur schon sehr mehr dass daß wenn weil dies diese
dieser dieses diesen jede jeder jedes alle allen sich sein seine ihre ihren unsere hat haben hatte z.b inhalt vorwort
einleitung danksagung übersicht zusammenfassung neuerungen beispiel beispiele szenario scenario scenarios escenario scénario step steps schritt paso
de da do di e à el la los las del y o que en un una unos unas para por con sin frente versus es son se su sus al como más muy este esta estos estas
le les du et ou qui dans pour par avec sans est sont une au aux ce cette ces leur leurs plus`.split(/\s+/),
);

/** Acronym-like tokens that are not concepts. */
export const ACRONYM_STOP = new Set([
  'OK',
  'BY',
  'NEW',
  'NOT',
  'ALL',
  'YES',
  'NO',
  'NOTE',
  'TIP',
  'TOP',
  'AM',
  'PM',
  'TBD',
  'FAQ',
  'Q&A',
  'QA',
  'ETC',
  'NB',
  'PS',
  'VS',
  'AND',
  'THE',
  'FOR',
  'OF',
  'TO',
  'IN',
  'II',
  'III',
  'IV',
  'VI',
  'VII',
  'VIII',
  'IX',
  'XI',
  'XII',
]);

/**
 * Generic single words: true in every deck, so they say nothing about one ("Overview", "Importance",
 * "Results"). A phrase may contain them ("Risk Overview"); alone they are never a concept.
 */
export const GENERIC_WORDS = new Set(
  `overview summary highlight highlights timeline timelines group groups committee committees model models phase phases stage stages grade grades district university programme programmes program programs operations go-live attendees participants aanleiding finanzierung kommunikation fördermittel förderprogramme recap takeaway takeaways tagesordnung introduction agenda question questions conclusion conclusions background result results importance time
gracias grazie obrigado obrigada danke merci bedankt tack takk kiitos koszonom köszönöm dziekuje dziękuję dekuji děkuji dakujem ďakujem multumesc mulțumesc tesekkurler teşekkürler preguntas domande perguntas fragen vragen
yes no thanks contents outline objective objectives goal goals discussion example examples note notes reference references resource resources
detail details update updates status today welcome appendix definition definitions problem problems solution solutions approach method methods
analysis data information thing things part parts section sections level levels type types issue issues topic topics end start case cases point points
idea ideas reason reasons fact facts list item items number numbers feature features option options step steps project projects way ways work use user users
finding findings review reviews change changes version versions tool tools system systems process processes question answer answers
comment comments figure figures slide slides diagram diagrams image images picture pictures photo photos
landscape situation trend trends anmerkung anmerkungen nota notas detalle detalles détail détails
success successes challenge challenges benefit benefits purpose context motivation recommendation recommendations takeaway takeaways lesson lessons
chapter chapters chapitre kapitel capítulo page pages criteria criterion requirement requirements development service services aspect aspects improvement improvements
einleitung übersicht überblick fazit diskussion methodik durchführung schlussfolgerung schlussfolgerungen vorgehen vorgehensweise vorbereitung ausgangslage umsetzung zielsetzung projektziele projektstatus herausforderung herausforderungen zusammenfassung fragen frage beispiel beispiele inhalt ziele ergebnisse hintergrund daten anwendung anwendungen fehler
zielgruppe zielgruppen einsatz hälfte gebrauch betrieb nutzung organisation organisationen auswirkung auswirkungen information informationen anforderung anforderungen
möglichkeit möglichkeiten beispiel bereich bereiche ergebnis unternehmen verbesserung verbesserungen änderung änderungen
résumé sommaire exemple exemples références remerciements données application applications utilisateur utilisateurs amélioration améliorations
contexte objectif objectifs enjeux synthèse perspectives calendrier bilan contexto objetivo objetivos antecedentes calendario contesto obiettivi kontext ausblick zeitplan
resumen conclusión preguntas ejemplo datos aplicación
introducción índice prefacio agradecimientos contenido contenidos conclusiones
введение содержание предисловие благодарности заключение вопросы giriş içindekiler önsöz teşekkürler sonuç sorular
experiment experiments baseline baselines risk risks metric metrics action actions intervention interventions budget budgets milestone milestones priority priorities deliverable deliverables
role roles responsibility responsibilities assumption assumptions constraint constraints opportunity opportunities
mitigation mitigations decision decisions cost costs scope strategy team impact outcome outcomes progress achievement achievements accomplishment
accomplishments activity activities task tasks initiative initiatives homework quiz quizzes exercise exercises assignment assignments ask asks win wins loss losses kpi kpis faq faqs q&a moyen moyens plan plans vision foundations dependencies traction competition technology technologies technologie technologien tecnología tecnologías tecnologia tecnologie équipe équipes equipo equipos equipe squadra projektteam ausgangslage résultat résultats resultado resultados risultati outils herramientas ferramentas strumenti méthode méthodes método métodos metodo zusammenarbeit ausschreibung amortisation freigabe investition umsetzung einführung roadmap roadmaps fahrplan implementation financials docs constat constats levier leviers
risque risques projet projets axe axes indicateur indicateurs jalon jalons livrable livrables rôle rôles responsabilité responsabilités hypothèse hypothèses contrainte contraintes
opportunité opportunités décision décisions coût coûts périmètre stratégie
riesgo riesgos accion acciones presupuesto indicador indicadores hito hitos entregable entregables responsabilidad responsabilidades supuesto supuestos
iniciativa iniciativas restriccion restricciones oportunidad oportunidades decision decisiones costo costos coste costes alcance estrategia
risco riscos desafio desafios benefício benefícios solução soluções conclusão conclusões resumo introdução cronograma orçamento ação ações indicador indicadores premissa premissas decisão decisões custo custos escopo estratégia pauta sumário perguntas exemplo exemplos dados
responsável responsáveis responsable responsables responsabile responsabili verantwortlich verantwortliche prazo plazo échéance scadenza
risiko risiken maßnahme maßnahmen kennzahl kennzahlen meilenstein meilensteine rolle rollen verantwortlichkeit verantwortlichkeiten annahme annahmen
chance chancen entscheidung entscheidungen kosten umfang strategie
zielbild projektorganisation wirtschaftlichkeit beschlussvorschlag beschlussvorschläge lösungskonzept investitionen handlungsfeld handlungsfelder anwendungsbereich mitarbeitende potenziale
investeringen omgeving kern projectorganisatie besluitvorming beslispunten financiering
glossar glossaire glosario glossario glossário woordenlijst begrippenlijst ordliste ordlista contacts contactos contacto contatti contatos contato kontakt kontakte ansprechpartner contactgegevens contactpersonen
governance gouvernance gobernanza governança headlines disclosures limitations close cronoprogramma tempistiche projektsteckbrief steckbrief entscheidungsvorlage entscheidungsvorlagen beschlussvorlage beschlussvorlagen
financiamento financiamiento financement finanziamento investimentos inversiones investissements investimenti
category categories series serie value values y-value y-values x-value x-values column columns row rows text placeholder placeholders body shape shapes title subtitle table tables chart charts tabla tablas tableau tableaux tabelle tabellen категория категории ряд ряды столбец kategorie reihe spalte zeile
categoría categorías columna fila catégorie série colonne ligne categoria coluna linha kategori seri sütun satır
שאלה שאלות תשובה תשובות סיכום מבוא תוכן דוגמה דוגמאות הערה הערות טבלה גרף תרשים
مقدمة خلاصة ملخص أسئلة سؤال مثال أمثلة جدول ملاحظات مقدمه خلاصه سوالات سوال جدول
rischio rischi azione azioni risultato vantaggi svantaggi sfida sfide problema problemi soluzione soluzioni esempio esempi domanda domande riepilogo sintesi introduzione conclusione conclusioni indice panoramica situazione
oplossing oplossingen resultaat resultaten knelpunt knelpunten doel doelen doelstelling doelstellingen aanpak achtergrond samenvatting conclusie conclusies inleiding inhoud vraag vragen uitdaging uitdagingen aanbeveling aanbevelingen risico risico's risicos planning tijdlijn mijlpaal mijlpalen kosten voortgang begroting maatregel maatregelen actie acties actiepunten stap stappen verbetering verbeteringen kwartaalreview voorbeeld voorbeelden
bakgrund sammanfattning slutsats slutsatser inledning innehåll frågor utmaning utmaningar rekommendation rekommendationer risker resultat mål åtgärd åtgärder steg lägesrapport tidsplan kostnader förslag exempel
cel cele harmonogram ryzyko ryzyka zakres wyzwania wyzwanie podsumowanie wprowadzenie wnioski pytania rezultaty wyniki korzyści
tantangan hasil solusi ringkasan pendahuluan kesimpulan tujuan sasaran jadwal risiko manfaat
indsats indsatser udgangspunkt innsats utgangspunkt insatser utgångsläge uitgangspunt løsning løsninger lösning lösningar økonomi ekonomi financiën
cíl cíle řešení riziko rizika rozpočet shrnutí souhrn úvod závěr závěry otázky otázka přínosy přínos výsledky výsledek opatření doporučení obsah příklad příklady problém problémy výzvy výzva náklady přehled postup aktivity úkoly milníky přílohy příloha poznámky financování
cieľ ciele riešenie riešenia riziká zhrnutie súhrn záver otázky prínosy výsledky opatrenia odporúčania príklad príklady problémy výzvy prehľad úlohy míľniky prílohy financovanie
obiectiv obiective buget rezumat introducere concluzie concluzii întrebări întrebare rezultate riscuri soluție soluții provocări beneficii recomandări recomandare etape exemplu exemple agendă cuprins costuri măsuri acțiuni indicatori planificare activități sarcini finanțare
cél célok kockázat kockázatok költségvetés megoldás megoldások ütemterv összefoglaló összefoglalás bevezetés bevezető tartalom kérdések kérdés eredmények eredmény előnyök kihívások kihívás javaslatok javaslat háttér intézkedések feladatok mérföldkövek költségek példa példák napirend áttekintés helyzet kontextus mérőszámok mutatók
aikataulu lähtötilanne nykytila nykytilanne mittarit mittari tavoitteet tavoite toimenpiteet jatkotoimenpiteet yhteenveto johdanto sisältö kysymykset kysymys tulokset tulos tausta haasteet haaste hyödyt riskit riski suositukset suositus ratkaisu ratkaisut esimerkki esimerkit budjetti kustannukset asialista yleiskatsaus johtopäätökset virstanpylväät tehtävät
στόχοι στόχος λύσεις λύση κίνδυνοι κίνδυνος χρονοδιάγραμμα προϋπολογισμός εισαγωγή συμπεράσματα συμπέρασμα περίληψη ερωτήσεις αποτελέσματα παράδειγμα παραδείγματα πλαίσιο ιστορικό σκοπός οφέλη προκλήσεις ενέργειες δράσεις προτάσεις ατζέντα περιεχόμενα
цели цел решения решение рискове риск график бюджет въведение заключение резюме въпроси резултати пример примери контекст предизвикателства ползи действия мерки препоръки съдържание
उद्देश्य लक्ष्य समाधान जोखिम सारांश परिचय निष्कर्ष प्रश्न परिणाम चुनौतियां चुनौतियाँ लाभ बजट समयरेखा पृष्ठभूमि सिफारिशें
baggrund bakgrunn sammenfatning oppsummering sammendrag konklusion konklusioner konklusjon konklusjoner indledning innledning indhold innhold spørgsmål spørsmål udfordring udfordringer utfordring utfordringer anbefaling anbefalinger risici risikoer resultater tiltak tiltag skridt statusrapport eksempel eksempler
目录 目錄 小结 小結 总结 總結 概述 简介 引言 绪论 緒論 参考文献 致谢 目次 まとめ 概要 はじめに 謝辞 参考文献 목차 요약 개요 소개 결론 참고문헌`.split(
    /\s+/,
  ),
);
