/**
 * Status: one report says a state of affairs goes on ("forces maintaining their positions",
 * "operations persist") where another says it has ended entirely ("driven entirely out").
 * The actor must be the same, and the place of the ended state must be in the other claim's context.
 */
import { q, type Detector } from './types.ts';

export const status: Detector = (a, b, context) => {
  if (!a.status || !b.status || a.status.cueClass === b.status.cueClass) return undefined;
  const [going, ended] = a.status.cueClass === 'ongoing' ? [a, b] : [b, a];
  // "expelled from parts of" has not ended everywhere.
  if (ended.scope?.cueClass === 'part') return undefined;
  // The same actor: a shared entity, or claims that share content ("protesters ... the square").
  const shared = going.entities.map((e) => e.key).find((key) => ended.entities.some((e) => e.key === key && e.start < ended.status!.start));
  if (!shared && context.similarity.score < 0.3) return undefined;
  // The place the ended claim speaks of: the first entity after its cue, a named place before a state
  // ("out of the country's Northern Province" → Northern Province), which must be what the ongoing claim is about too.
  const after = ended.entities.filter((e) => e.start >= ended.status!.start).slice(0, 3);
  const place = (after.find((e) => !e.key.startsWith('state:')) ?? after[0])?.key;
  if (!place || !going.context.has(place)) return undefined;
  return {
    kind: 'status',
    explanation: `${context.label(going)} says it goes on (${q(going.status!.words)}), while ${context.label(ended)} says it is over (${q(ended.status!.words)}).`,
    confidence: 0.7,
  };
};
