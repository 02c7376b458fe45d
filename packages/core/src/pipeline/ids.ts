import { createHash } from 'node:crypto';

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');
export const docIdOf = (fileSha: string): string => 'doc:' + fileSha.slice(0, 32);
export const slideIdOf = (docId: string, index: number): string => `${docId}:s${index}`;
