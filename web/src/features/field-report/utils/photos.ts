/** Photos from the camera, made small on the phone before they are kept or sent: canvas → JPEG, longest side 1600 px. */
import { LONGEST_SIDE, scaledSize } from './report.ts';

/** Resolves with a JPEG of the image, or rejects when the file is not an image the browser can read. */
export async function resizePhoto(file: Blob, longest = LONGEST_SIDE, quality = 0.82): Promise<Blob> {
  const bitmap = await createImageBitmap(file);
  try {
    const { width, height } = scaledSize(bitmap.width, bitmap.height, longest);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas');
    context.drawImage(bitmap, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('toBlob'))), 'image/jpeg', quality));
  } finally {
    bitmap.close();
  }
}

/** A Blob as base64 without the data: prefix. */
export function blobToBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const result = String(reader.result);
      resolve(result.slice(result.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsDataURL(blob);
  });
}

/** "IMG_0001.HEIC" → "IMG_0001.jpg": the stored photo is always JPEG. */
export const jpegName = (name: string) => `${name.replace(/\.[A-Za-z0-9]{1,5}$/, '') || 'foto'}.jpg`;
