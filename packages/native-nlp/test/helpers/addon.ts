import { addonBuilt, ADDON_PATH } from '../../src/index.js';

export const BUILT = addonBuilt();
if (!BUILT) {
  console.warn(
    `\n!!! native-nlp addon NOT BUILT (${ADDON_PATH} missing): native tests are SKIPPED. Run tools/setup/native.sh !!!\n`,
  );
}
