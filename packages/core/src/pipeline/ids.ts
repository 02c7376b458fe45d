export { sha256Hex as sha256 } from '../extract/media.js';
export { docIdOf, slideIdOf } from '../model/ids.js';
