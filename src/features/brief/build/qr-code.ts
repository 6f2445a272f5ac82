import QRCode from 'qrcode';

/** The blank border a reader needs around the code, in modules (ISO/IEC 18004 asks for four). */
export const QUIET_ZONE = 4;

export interface QrCodeShape {
  /** Width and height in modules, the quiet zone included: the SVG's viewBox. */
  size: number;
  /** One SVG path for all the dark modules, a rectangle per run of dark modules in a row. */
  path: string;
}

/**
 * The QR code of `text` (error correction M: a printed sheet survives a fold or a smudge),
 * drawn as a path at build time. The `qrcode` package makes the code; this only draws
 * its modules, so the page chooses the colours from the design tokens (the package's own
 * SVG writes hex colours into the markup).
 */
export function qrCodeShape(text: string): QrCodeShape {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const runs: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      runs.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, path: runs.join('') };
}
