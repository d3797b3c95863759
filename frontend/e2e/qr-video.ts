// Turns a text into a fake camera for Chromium: a QR code (qrcode's module matrix, 10 px per
// module, centred on white) written as a YUV4MPEG2 file of a few identical 640x480 I420 frames,
// for --use-file-for-fake-video-capture.
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 5;
const QUIET_ZONE = 4;

/** Writes the video to path; answers the pixels per module and the modules per side. */
export function writeQrVideo(path: string, text: string): { scale: number; modules: number } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const total = modules.size + 2 * QUIET_ZONE;
  const scale = Math.floor((HEIGHT - 40) / total);
  if (scale < 6) throw new Error(`QR code too dense for the frame: ${scale} px per module`);
  const offsetX = Math.floor((WIDTH - total * scale) / 2);
  const offsetY = Math.floor((HEIGHT - total * scale) / 2);

  const luma = Buffer.alloc(WIDTH * HEIGHT, 235); // white
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (!modules.get(row, column)) continue;
      const top = offsetY + (row + QUIET_ZONE) * scale;
      const left = offsetX + (column + QUIET_ZONE) * scale;
      for (let y = top; y < top + scale; y += 1) luma.fill(16, y * WIDTH + left, y * WIDTH + left + scale); // black
    }
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128); // no colour
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  writeFileSync(path, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]));
  return { scale, modules: modules.size };
}
