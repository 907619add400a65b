// What the map says about a municipality's strategy: the strategy's status, or that the site
// knows nothing about one. Derived from the strategies, never typed.
import type { Site } from './content';
import { STRATEGY_STATUSES, type StrategyStatus } from '../schemas/strategy';

export type MapStatus = StrategyStatus | 'ukendt';

/** Legend order: from the most to the least the site knows. */
export const MAP_STATUSES: Record<MapStatus, { label: string }> = {
  vedtaget: { label: `${STRATEGY_STATUSES.vedtaget} strategi` },
  evalueret: { label: `${STRATEGY_STATUSES.evalueret} strategi` },
  udkast: { label: `${STRATEGY_STATUSES.udkast} til strategi` },
  ingen: { label: STRATEGY_STATUSES.ingen },
  ukendt: { label: 'Ingen oplysninger om strategi' },
};

export function mapStatus(site: Site, municipality: string): MapStatus {
  const id = site.relations.municipalities.get(municipality)?.strategy;
  return id ? site.get('strategies', id).data.status : 'ukendt';
}
