export { sha256Hex as sha256 } from '../extract/media.js';
export const docIdOf = (fileSha: string): string => 'doc:' + fileSha.slice(0, 32);
export const slideIdOf = (docId: string, index: number): string => `${docId}:s${index}`;
