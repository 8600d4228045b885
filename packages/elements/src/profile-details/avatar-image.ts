/** The largest side, in pixels, of a profile image the element uploads. */
export const AVATAR_SIDE = 512;

/**
 * Makes the image that is uploaded: the square at `position` along the long side (0 = left or top,
 * 0.5 = centred, 1 = right or bottom), scaled down to at most 512 × 512 px, so a 12 MB camera photo
 * goes up as ~60 KB. JPEG stays JPEG (quality 0.9); PNG and GIF become PNG, which keeps transparency
 * (a logo) — a GIF loses its animation there. A file that is already square and small enough goes
 * up untouched (an animated GIF stays animated).
 *
 * Rejects when the browser cannot decode the file (a text file named `.png`).
 */
export async function squareAvatar(file: Blob, position = 0.5): Promise<Blob> {
  // Decodes off the main thread and applies the EXIF orientation of phone photos.
  const bitmap = await createImageBitmap(file);
  const { width, height } = bitmap;
  const side = Math.min(width, height);
  if (width === height && side <= AVATAR_SIDE) {
    bitmap.close();
    return file;
  }
  const size = Math.min(side, AVATAR_SIDE);
  const canvas = new OffscreenCanvas(size, size);
  const context = canvas.getContext('2d')!;
  context.imageSmoothingQuality = 'high';
  context.drawImage(
    bitmap,
    (width - side) * position,
    (height - side) * position,
    side,
    side,
    0,
    0,
    size,
    size,
  );
  bitmap.close();
  return canvas.convertToBlob({
    type: file.type === 'image/jpeg' ? 'image/jpeg' : 'image/png',
    quality: 0.9,
  });
}
