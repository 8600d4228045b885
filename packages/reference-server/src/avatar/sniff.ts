/**
 * Identifies an image by its first bytes, so a file's declared Content-Type (which the client
 * chooses freely) is never the only evidence of what it is. Only the three types Chatwoot accepts.
 */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif';

const SIGNATURES: { type: ImageType; bytes: number[] }[] = [
  { type: 'image/jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'image/png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'image/gif', bytes: [...Buffer.from('GIF87a')] },
  { type: 'image/gif', bytes: [...Buffer.from('GIF89a')] },
];

export function sniffImageType(data: Buffer): ImageType | null {
  const match = SIGNATURES.find(({ bytes }) => bytes.every((byte, i) => data[i] === byte));
  return match?.type ?? null;
}
