/**
 * A small JSON-schema-like validator (objects, arrays, strings, numbers, booleans, required keys, enums,
 * min/max length) for the LLM's JSON answers, plus a local repair of the usual breakage.
 */
export type Schema =
  | { type: 'string'; minLength?: number; maxLength?: number; enum?: readonly string[] }
  | { type: 'number' | 'boolean' }
  | { type: 'array'; items: Schema; maxItems?: number }
  | { type: 'object'; properties: Record<string, Schema>; required?: readonly string[] };

/** Errors as 'path: message'; empty when valid. Extra object keys are allowed. */
export function validate(value: unknown, schema: Schema, path = '$'): string[] {
  switch (schema.type) {
    case 'string': {
      if (typeof value !== 'string') return [`${path}: expected a string`];
      const errs: string[] = [];
      if (schema.minLength !== undefined && value.length < schema.minLength)
        errs.push(`${path}: shorter than ${schema.minLength}`);
      if (schema.maxLength !== undefined && value.length > schema.maxLength)
        errs.push(`${path}: longer than ${schema.maxLength}`);
      if (schema.enum && !schema.enum.includes(value))
        errs.push(`${path}: not one of ${schema.enum.join(', ')}`);
      return errs;
    }
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? [] : [`${path}: expected a number`];
    case 'boolean':
      return typeof value === 'boolean' ? [] : [`${path}: expected a boolean`];
    case 'array': {
      if (!Array.isArray(value)) return [`${path}: expected an array`];
      const errs =
        schema.maxItems !== undefined && value.length > schema.maxItems
          ? [`${path}: more than ${schema.maxItems} items`]
          : [];
      value.forEach((v, i) => errs.push(...validate(v, schema.items, `${path}[${i}]`)));
      return errs;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        return [`${path}: expected an object`];
      const o = value as Record<string, unknown>;
      const errs: string[] = [];
      for (const k of schema.required ?? []) if (!(k in o)) errs.push(`${path}.${k}: required`);
      for (const [k, s] of Object.entries(schema.properties))
        if (k in o) errs.push(...validate(o[k], s, `${path}.${k}`));
      return errs;
    }
  }
}

/**
 * Best-effort local repair of an almost-JSON answer: strips code fences and prose around the outermost
 * object, drops trailing commas and closes unterminated strings, arrays and objects. null when hopeless.
 */
export function repairJson(text: string): unknown {
  let t = text
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/```\s*$/, '');
  const start = t.indexOf('{');
  if (start < 0) return null;
  t = t.slice(start);
  try {
    return JSON.parse(t);
  } catch {
    /* fall through */
  }
  const stack: string[] = [];
  let inStr = false;
  let esc = false;
  let lastSafe = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (inStr) {
      if (esc) esc = false;
      else if (c === '\\') esc = true;
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    else if (c === '{' || c === '[') stack.push(c === '{' ? '}' : ']');
    else if (c === '}' || c === ']') {
      stack.pop();
      if (stack.length === 0) {
        lastSafe = i + 1;
        break;
      }
    } else if (c === ',') lastSafe = i;
  }
  const candidates: string[] = [];
  if (stack.length === 0 && lastSafe > 0) candidates.push(t.slice(0, lastSafe));
  // Cut back to the last complete element and close what is open.
  const cut = t.slice(0, lastSafe || t.length).replace(/,\s*$/, '');
  candidates.push(closeOpen(cut));
  for (const c of candidates) {
    try {
      return JSON.parse(c.replace(/,\s*([}\]])/g, '$1'));
    } catch {
      /* next */
    }
  }
  return null;
}

function closeOpen(t: string): string {
  const stack: string[] = [];
  let inStr = false;
  let esc = false;
  for (const c of t) {
    if (inStr) {
      if (esc) esc = false;
      else if (c === '\\') esc = true;
      else if (c === '"') inStr = false;
    } else if (c === '"') inStr = true;
    else if (c === '{') stack.push('}');
    else if (c === '[') stack.push(']');
    else if (c === '}' || c === ']') stack.pop();
  }
  return (inStr ? `${t}"` : t) + stack.reverse().join('');
}
