import 'server-only';
import { env } from '@/lib/env';

/**
 * The background map as configured by MAP_TILE_URL and MAP_TILE_ATTRIBUTION. An empty URL means no tile layer at
 * all (offline installations, tests): maps then show boundaries on a plain background and never fetch tiles.
 * Read on the server and passed to the client map as props, so the client bundle holds no configuration.
 */
export type TileConfig = { url: string; attribution: string };

export function mapTileConfig(): TileConfig {
  const { MAP_TILE_URL, MAP_TILE_ATTRIBUTION } = env();
  return { url: MAP_TILE_URL.trim(), attribution: MAP_TILE_ATTRIBUTION };
}
