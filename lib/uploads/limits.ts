/**
 * Upload limits shared by the server's checks (./process-image.ts) and the forms, which refuse an oversized file
 * before sending it. No sharp here, so client code may import it.
 */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
/** 40 megapixels: any camera photo; refuses "decompression bombs" (tiny files that decode to gigabytes). */
export const MAX_IMAGE_PIXELS = 40_000_000;
/** What file pickers offer; the server decides by content, not by this. */
export const IMAGE_ACCEPT = 'image/jpeg,image/png,image/webp';
