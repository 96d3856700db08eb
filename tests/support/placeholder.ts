import type { Locator } from '@playwright/test';

/**
 * How wide the box's placeholder is painted on screen, and how wide its text is in the box's font: a
 * placeholder cut at the box's edge is painted narrower than its text. (Neither the box's scrollWidth,
 * which a placeholder is no part of, nor its clientWidth, part of which a search box keeps for its
 * clear button, tells.)
 */
export async function placeholderWidths(box: Locator): Promise<{ painted: number; text: number }> {
  const png = (await box.screenshot({ scale: 'css', caret: 'hide' })).toString('base64');
  return box.evaluate(async (input: HTMLInputElement, png) => {
    const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(png), (c) => c.charCodeAt(0))], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    // The background is the top-left pixel's colour; the placeholder's ink is what differs from it.
    let left = width;
    let right = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (Math.abs(data[i]! - data[0]!) + Math.abs(data[i + 1]! - data[1]!) + Math.abs(data[i + 2]! - data[2]!) > 60) {
          left = Math.min(left, x);
          right = Math.max(right, x);
        }
      }
    }
    const style = getComputedStyle(input);
    context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = context.measureText(input.placeholder);
    return { painted: right - left + 1, text: text.actualBoundingBoxLeft + text.actualBoundingBoxRight };
  }, png);
}
