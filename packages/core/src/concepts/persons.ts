/**
 * People named in author lists and signatures: "Qingyun Wu, Gagan Bansal, Jieyu Zhang, …" (three or
 * more person-shaped names in one list) or "Michelle Asha Cooper, PhD" (a name followed by a degree).
 */
const NAME = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\.?)?(?: \p{Lu}\.)?(?: (?:van |von |de |da |di |le )?\p{Lu}[\p{Ll}'’-]+){1,2}$/u;
const DEGREE = /(\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}),\s*(?:PhD|Ph\.D\.|MD|MBA|MSc|M\.Sc\.|Dr\.?|Prof\.?)(?![\p{L}])/gu;

export function personNames(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split(/\n+/)) {
    const parts = line.split(/\s*[,;]\s*|\s+(?:and|&|und|y|et)\s+/).map((p) => p.trim()).filter(Boolean);
    if (parts.length >= 3) {
      const names = parts.filter((p) => NAME.test(p));
      if (names.length >= 3 && names.length / parts.length >= 0.6) for (const n of names) out.add(n);
    }
  }
  for (const m of text.matchAll(DEGREE)) out.add(m[1]);
  return [...out];
}
