/** ISO 8601 date, optionally with a time and zone: 2025-04-26, 2025-04-26T10:00:00Z, 2025-04-26T10:00+02:00. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/u;

/** Whether a string is an ISO 8601 date (or date and time) naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value.trim());
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 2025-02-30 over to March; a real day survives the round trip.
  const dayOk = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  const [hour, minute, second] = [Number(match[4] ?? 0), Number(match[5] ?? 0), Number(match[6] ?? 0)];
  return dayOk && hour < 24 && minute < 60 && second < 61;
}

/** An ISO-like date and time as pages write it: `T` or a space, any fraction, `Z`, `+02:00`, `+0200` or `+02`. */
const ISO_LIKE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/iu;

const pad = (n: number): string => String(n).padStart(2, '0');

/** `Z`, or an offset written `+HH:MM`, from `+02`, `+0200` or `+02:00`. */
function zone(written: string | undefined): string {
  if (!written) return '';
  if (/^z$/iu.test(written)) return 'Z';
  const digits = written.slice(1).replace(':', '');
  return `${written[0]}${digits.slice(0, 2)}:${digits.slice(2, 4) || '00'}`;
}

/**
 * A date as ISO 8601 in one form: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS]` followed by the time
 * zone as written (`Z`, `+02:00`, or none); fractions of a second are dropped. Takes what pages
 * write (`2017-11-03 03:01:00.000000`, `2019-01-03T02:00:02-0500`) and, as a last resort, what
 * `Date.parse` reads (`Thu, 03 Jan 2019 07:00:02 GMT`, `March 11, 2015`); anything else, or a day
 * that does not exist, gives undefined.
 */
export function normaliseIsoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  const iso = ISO_LIKE.exec(trimmed);
  if (iso) {
    const [, year, month, day, hour, minute, second, offset] = iso;
    const date = `${year}-${month}-${day}`;
    const result = hour === undefined ? date : `${date}T${hour}:${minute}${second === undefined ? '' : `:${second}`}${zone(offset)}`;
    return isIsoDate(result) ? result : undefined;
  }
  // Other formats: only ones with a four-digit year, which Date.parse reads without guessing the century.
  if (!/\b\d{4}\b/u.test(trimmed)) return undefined;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  // Date.parse reads a date without a zone as local time, so local fields give back what was written.
  const local = new Date(time);
  const day = `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
  if (!/\d{1,2}:\d{2}/u.test(trimmed)) return day;
  // A zone at the end: an offset, or a name (GMT, UTC, EST), which is given as UTC.
  const written = /(?:^|[\s\d])(?:([+-]\d{2}:?\d{2})|(?!AM$|PM$)[A-Z]{1,4})$/u.exec(trimmed.replace(/\s*\([^)]*\)$/u, ''));
  if (!written) return `${day}T${pad(local.getHours())}:${pad(local.getMinutes())}:${pad(local.getSeconds())}`;
  // With a zone: the wall-clock time in that zone, and the zone.
  const offset = written[1] ? zone(written[1]) : 'Z';
  const minutes = offset === 'Z' ? 0 : (offset[0] === '-' ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const wall = new Date(time + minutes * 60_000);
  const ymd = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  return `${ymd}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}${offset}`;
}

/** An absolute http(s) URL as written, or undefined. */
export function normaliseUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}
