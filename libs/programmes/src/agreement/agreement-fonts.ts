import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * DejaVu Sans, shipped in `libs/programmes/assets/fonts` (Bitstream Vera
 * licence, LICENSE.txt there): PDF's built-in Helvetica covers Danish letters
 * but not names in Arabic, Cyrillic or Greek script. Found by walking up to the
 * project root, so the same code works from sources, from `dist/` and in the image.
 */
export function agreementFontPaths(): { regular: string; bold: string } {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const fonts = join(dir, 'libs', 'programmes', 'assets', 'fonts');
    if (existsSync(join(dir, 'package.json')) && existsSync(fonts)) {
      return { regular: join(fonts, 'DejaVuSans.ttf'), bold: join(fonts, 'DejaVuSans-Bold.ttf') };
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('libs/programmes/assets/fonts not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
