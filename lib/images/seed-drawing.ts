/** Shapes the demo's drawn illustrations share (news posts, idea photos): a 16:9 canvas, sky, trees, blocks, people. */
export const W = 1200;
export const H = 675;

export const sky = (top: string, bottom: string) =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs><rect width="${W}" height="${H}" fill="url(#sky)"/>`;
export const tree = (x: number, y: number, r: number) =>
  `<rect x="${x - 6}" y="${y}" width="12" height="${r * 1.4}" fill="#6b4f2c"/><circle cx="${x}" cy="${y}" r="${r}" fill="#3f7d3a"/><circle cx="${x - r / 2}" cy="${y + r / 3}" r="${r * 0.7}" fill="#4c9146"/>`;
export const block = (x: number, w: number, h: number, color: string) => {
  let windows = '';
  for (let wy = H - 150 - h + 30; wy < H - 170; wy += 48) for (let wx = x + 20; wx < x + w - 30; wx += 44) windows += `<rect x="${wx}" y="${wy}" width="24" height="28" fill="#f5e7a1"/>`;
  return `<rect x="${x}" y="${H - 150 - h}" width="${w}" height="${h}" fill="${color}"/>${windows}`;
};
export const person = (x: number, y: number, color: string) => `<circle cx="${x}" cy="${y}" r="26" fill="#e8b894"/><rect x="${x - 32}" y="${y + 30}" width="64" height="90" rx="26" fill="${color}"/>`;

/** Wraps drawn shapes into the demo's 16:9 SVG canvas. */
export function svgDocument(shapes: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}">${shapes}</svg>`;
}
