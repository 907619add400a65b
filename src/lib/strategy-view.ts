// Presentation helpers for strategies shared by the overview and the strategy page.
import type { Strategy } from '../schemas/strategy';
import { formatPeriod } from './format';

/** "2010–2013", "frem mod 2020", or "–". */
export function strategyPeriod(s: Strategy): string {
  return formatPeriod(s.periodFrom, s.periodTo) ?? '–';
}

/** "efteråret 2014", "2012", or "–" when there is none. */
export function strategyAdopted(s: Strategy): string {
  return s.adoptedText ?? (s.adoptedYear ? String(s.adoptedYear) : '–');
}

export interface TimelineEvent {
  year: number;
  municipality: string;
  strategy: string;
  text: string;
}

/** Every dated event across strategies (adoption, earlier versions, periods), oldest first. */
export function strategyTimeline(strategies: { id: string; data: Strategy }[], nameOf: (id: string) => string): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const { id, data } of strategies) {
    const municipality = nameOf(data.municipality);
    if (data.adoptedYear && data.status !== 'ingen') {
      events.push({ year: data.adoptedYear, municipality, strategy: id, text: `${data.title}${data.version ? ` (version ${data.version})` : ''}` });
    }
    for (const m of data.milestones) events.push({ year: m.year, municipality, strategy: id, text: m.text });
    if (data.periodTo && data.periodTo !== data.adoptedYear) events.push({ year: data.periodTo, municipality, strategy: id, text: `Strategiperioden slutter` });
  }
  return events.sort((a, b) => a.year - b.year || a.municipality.localeCompare(b.municipality, 'da'));
}
