import type { ConceptType } from '../model/graph.js';
import { isEnglishWord, properNoun } from './english-lexicon.js';

const PL = 's?'; // plural-tolerant word ends

/** Names of a kind of weakness ("SQL Injection", "inyección SQL", "failles XSS"). */
export const WEAKNESS =
  /(?<![\p{L}])(misconfigurations?|vulnerabilit(y|ies)|weakness(es)?|flaws?|injections?|scripting|forgery|exposure|deserialization|fehlkonfiguration|schwachstellen?|inyecci[oó]n(es)?|vulnerabilidad(es)?|vulnérabilités?|falsificaci[oó]n|falsification|exposici[oó]n|désérialisation|deserializaci[oó]n|failles?|fallas?)(?![\p{L}])/iu;

const RULES: [ConceptType, RegExp][] = [
  // weakness names: "Broken Authentication", "Insecure Deserialization", "Sensitive Data Exposure"
  [
    'ENTITY',
    /^(broken|insecure|insufficient|missing|weak|improper|unvalidated|sensitive data|unsichere?|unzureichende?s?|fehler in)\b/i,
  ],
  ['ENTITY', WEAKNESS],
  [
    'ORGANIZATION',
    /^(the )?(institute|university|foundation|association|council|ministry|department|agency|commission|bureau|office|center|centre) (of|for)\b/i,
  ],
  // after a place or a name, written with capitals: "Ohio Department of Education", "Lumina Foundation for Education"
  [
    'ORGANIZATION',
    /^(?:The )?(?:[A-Z][\w-]* ){1,2}(?:Institute|University|Foundation|Association|Council|Ministry|Department|Agency|Commission|Bureau) (?:of|for) [A-Z]/,
  ],
  [
    'ORGANIZATION',
    /\b(inc|ltd|llc|gmbh|ag|corp|corporation|company|companies|foundation|association|institute|university|universities|colleges and universities|agency|commission|council|ministry|bank|group|consortium|administration|board|committee|school district|hospital)\.?$/i,
  ],
  ['ORGANIZATION', /^[A-Z][\w-]*( [A-Z][\w-]*)* (Project|Foundation|Alliance|Forum)$/],
  [
    'STANDARD',
    /\b(iso|iec|nist|rfc|ieee|pci|soc ?2|owasp top|top 10|gdpr|hipaa|sox|itil|cobit|togaf|asvs|regulation|directive|standards?|act|framework|compliance|w3c|ecma|enumeration|maturity model|license|licence|protocol|tls|ssl|https)\b/i,
  ],
  // software that manages a kind of thing: "password manager", "package manager", "Task Manager"
  [
    'TOOL',
    /\b(password|package|task|file|window|download|device|credential|secrets?|certificate|key|session|memory|resource|display|node|version|plugin|boot|print) managers?$/i,
  ],
  [
    'ROLE',
    new RegExp(
      `\\b(officer|manager|engineer|architect|owner|lead|analyst|director|head of|developer|administrator|admin|consultant|steward|champion|sponsor|ceo|cto|cio|ciso|dpo|team|tester|auditor|researcher|teacher|instructor|tutor|mentor|president|faculty|entwickler|tester|verantwortliche)${PL}$`,
      'i',
    ),
  ],
  [
    'METRIC',
    new RegExp(
      `\\b(rate|ratio|kpi|key performance indicator|score|latency|uptime|availability|throughput|revenue|cost|margin|growth|time to|mttr|mttd|sla|slo|roi|nps|percentage|count|volume|per cent|budget|enrollment|enrolment|attainment)${PL}\\b`,
      'i',
    ),
  ],
  [
    'PRODUCT',
    /(\/|\b(s\/4hana|sap|oracle|salesforce|azure|aws|gcp|office 365|microsoft 365|windows|linux|ios|android|excel|powerpoint|snowflake|databricks|tableau(?! de bord)|power bi|struts)\b|\bv?\d+(\.\d+)+\b)/i,
  ],
  [
    'TOOL',
    new RegExp(
      `\\b(kubernetes|docker|terraform|ansible|jenkins|git|github|gitlab|jira|confluence|kafka|spark|airflow|grafana|prometheus|splunk|burp|zap|sonarqube|python|java|javascript|sql|api|sdk|cli|scanner|tool|platform|pipeline|library|lab|panel|plugin|add-in|wizard|query language)${PL}\\b`,
      'i',
    ),
  ],
  [
    'PRACTICE',
    new RegExp(
      `\\b(management|governance|testing|review|modell?ing|monitoring|auditing|audit|training|design|development|engineering|analysis|assessment|validation|encryption|authentication|authorization|authorisation|logging|migration|modernisation|modernization|integration|deployment|delivery|planning|strategy|strategies|process|practice|control|hardening|devops|agile|instruction|redesign)${PL}\\b`,
      'i',
    ),
  ],
  // French and Spanish name a practice by its head first: "gestion de session", "revue de code", "control de acceso"
  [
    'PRACTICE',
    /^(gestion|gestión|contrôles?|control(es)?|revue|revisión|tests?|pruebas?|audits?|auditoría|surveillance|supervisión|chiffrement|cifrado|authentification|autenticación|journalisation|modélisation|modelado|validation|validación|gouvernance|gobernanza|sensibilisation|capacitación) (?:(?:de|du|des|del)(?![\p{L}])|d['’])/iu,
  ],
  ['PRACTICE', /(security|sicherheit)$/i],
];

/** A first, explainable type guess from the surface form (NER and the LLM refine it when present). */
export function guessType(
  name: string,
  opts: { acronym?: boolean; expansion?: string | null } = {},
): ConceptType {
  const probe = opts.expansion ? `${opts.expansion}` : name;
  for (const [type, re] of RULES) if (re.test(probe)) return type;
  // a university by its place: "Georgia Tech", "Portland State" ("Solid State", "Clean Tech" start with no place);
  // a company by its name and its trade: "Tallis Foods", "Kestrel Analytics", "Northwind Coffee Co" ("Reverse
  // Logistics", "Marketing Analytics" start with common words)
  const m =
    /^(\p{Lu}\p{Ll}+) (?:Tech|State)$/u.exec(probe) ??
    /^(\p{Lu}[\p{Ll}\p{Lu}]+)(?: \p{Lu}\p{Ll}+)? (?:Foods?|Analytics|Robotics|Capital|Logistics|Holdings|Partners|Solutions|Technologies|Media|Health|Healthcare|Energy|Consulting|Ventures|Networks|Industries|Pharma|Pharmaceuticals|Insurance|Motors|Airlines|Brands|Studios?|Labs|Systems|Co\.?|Corp\.?|LLC|PLC|AG|SA|BV)$/u.exec(
      probe,
    );
  if (m && (properNoun(m[1]) || !isEnglishWord(m[1]))) return 'ORGANIZATION';
  // CamelCase names ("PowerPointLabs", "AutoGen") are products
  if (/^\p{Lu}\p{Ll}+\p{Lu}\p{L}*$/u.test(name.trim())) return 'PRODUCT';
  return 'ENTITY';
}
