import type { ConceptType } from '../model/graph.js';

const RULES: [ConceptType, RegExp][] = [
  ['STANDARD', /\b(iso|iec|nist|rfc|ieee|pci|soc ?2|owasp top|gdpr|hipaa|sox|itil|cobit|togaf|asvs|regulation|directive|standard|act|framework|compliance|w3c|ecma)\b/i],
  ['ROLE', /\b(officer|manager|engineer|architect|owner|lead|analyst|director|head of|developer|administrator|admin|consultant|steward|champion|sponsor|ceo|cto|cio|ciso|dpo|team)s?$/i],
  ['METRIC', /\b(rate|ratio|kpi|score|latency|uptime|availability|throughput|revenue|cost|costs|margin|growth|time to|mttr|mttd|sla|slo|roi|nps|percentage|count|volume|per cent|budget)\b/i],
  ['ORGANIZATION', /\b(inc|ltd|llc|gmbh|corp|corporation|company|foundation|association|institute|university|agency|commission|council|ministry|bank|group|consortium)\.?$/i],
  ['PRODUCT', /(\/|\b(s\/4hana|sap|oracle|salesforce|azure|aws|gcp|office 365|microsoft 365|windows|linux|ios|android|excel|powerpoint|snowflake|databricks|tableau|power bi)\b|\bv?\d+(\.\d+)+\b)/i],
  ['TOOL', /\b(kubernetes|docker|terraform|ansible|jenkins|git|github|gitlab|jira|confluence|kafka|spark|airflow|grafana|prometheus|splunk|burp|zap|sonarqube|python|java|javascript|sql|api|sdk|cli|scanner|tool|tools|platform|pipeline|library)\b/i],
  ['PRACTICE', /\b(management|governance|testing|review|modell?ing|monitoring|auditing|audit|training|design|development|engineering|analysis|assessment|validation|encryption|authentication|authorization|authorisation|logging|migration|modernisation|modernization|integration|deployment|delivery|planning|strategy|process|practice|control|controls|hardening|injection)\b/i],
];

/** A first, explainable type guess from the surface form (NER and the LLM refine it when present). */
export function guessType(name: string, opts: { acronym?: boolean; expansion?: string | null } = {}): ConceptType {
  const probe = opts.expansion ? `${opts.expansion}` : name;
  for (const [type, re] of RULES) if (re.test(probe)) return type;
  if (opts.acronym) return 'ENTITY';
  return 'ENTITY';
}
