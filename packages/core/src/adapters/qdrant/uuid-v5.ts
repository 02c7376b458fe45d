import { createHash } from 'node:crypto';

/** Namespace of OSMOSE point ids (a fixed random UUID; changing it would re-key every stored point). */
export const OSMOSE_UUID_NAMESPACE = '6f1c2b7e-3d4a-4e8b-9c51-0a7d2e9f4b63';

/** RFC 4122 name-based UUID, version 5 (SHA-1): the same name always gives the same id. */
export function uuidV5(name: string, namespace: string = OSMOSE_UUID_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  if (ns.length !== 16) throw new TypeError(`bad UUID namespace: ${namespace}`);
  const h = createHash('sha1').update(ns).update(name, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
