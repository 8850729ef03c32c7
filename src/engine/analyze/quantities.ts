/**
 * Quantities in a claim: the value (or range), how exact it is, its unit or what it counts.
 * "around 1,300 square kilometers", "between 10,000 to 12,000 troops", "66 out of 114 drones",
 * "€2 million", "at least 12 people", "three people". Areas and lengths are converted to one unit
 * (km², km), so 500 square miles meets 1,300 square kilometres.
 */

/** One quantity found in a claim. */
export interface Quantity {
  /** Lowest and highest value meant (equal for an exact number). */
  low: number;
  high: number;
  /** The number as written with its hedge, e.g. "around 1,300". */
  text: string;
  /** The number with its unit or counted noun, e.g. "around 1,300 square kilometers", "66 out of 114 drones". */
  phrase: string;
  /** Canonical unit when there is one: km2, km, kg, percent, or a currency code. */
  unit?: string;
  /** Lemma of what is counted ("drone", "person"), when the number counts things. */
  counted?: string;
  /** Hedged: around, about, nearly, more than, at least... */
  approximate: boolean;
  /** How the hedge bounds the value: about it, at least it, at most it, or exactly it. */
  bound: 'exact' | 'about' | 'atLeast' | 'atMost';
  /** A figure in parentheses converting the one before it ("€2m ($2.6m)"): never compared on its own. */
  conversion: boolean;
  /**
   * The step of the figure's last written digit, in the canonical unit: 1 for "66", 0.1 for "8.7",
   * 100 000 for "2.6 million". An exact figure stands for anything that rounds to it.
   */
  step: number;
  /** For "66 out of 114": the whole (114). */
  outOf?: number;
  /**
   * The whole a part is taken of ("half of the 40 staff", "three of its 12 stores"): it counts the
   * group, not what the claim says happened to the part.
   */
  whole?: boolean;
  start: number;
  end: number;
  /** Where the unit's words end ("4 percent", "12 square miles"): the same as `end` without a unit. */
  unitEnd: number;
}

/** A part word and "of" before a figure: the figure is the whole ("half of the 40", "most of its 300", "three of the chain's 12"). */
const PARTITIVE = /\b(?:half|third|thirds|quarter|quarters|fifth|fifths|tenth|tenths|most|many|some|none|all|several|few|each|any|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+of\s+(?:(?:the|its|their|his|her|our|those|these)\s+)?(?:[\p{L}.-]+['’]s\s+)?$/iu;

/** Words after a figure that make it an age. */
const AGE = /^(?:[\s-]*years?[\s-]*old\b|-year-old)/i;

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};

const SCALE: Record<string, number> = { dozen: 12, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9, k: 1e3 };

const CURRENCY: Record<string, string> = { '€': 'EUR', '$': 'USD', 'us$': 'USD', '£': 'GBP', '¥': 'JPY', 'euro': 'EUR', 'euros': 'EUR', 'dollar': 'USD', 'dollars': 'USD', 'pound': 'GBP', 'pounds': 'GBP' };

/** Dollars and reais written with a letter before "$". */
const DOLLAR_PREFIXES: Record<string, string> = { US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', NZ: 'NZD', S: 'SGD', HK: 'HKD', NT: 'TWD', R: 'BRL' };

/** A currency symbol's code: "$" and "US$" are US dollars; "A$", "NZ$", "S$" other dollars (AUD, NZD, SGD). */
function currencyCode(symbol: string): string | undefined {
  const known = CURRENCY[symbol.toLowerCase()];
  if (known) return known;
  const prefixed = /^([A-Z]{1,2})\$$/.exec(symbol);
  return prefixed ? (DOLLAR_PREFIXES[prefixed[1]!] ?? `${prefixed[1]}$`) : undefined;
}

/** Temperatures: degrees Celsius, or Fahrenheit converted to Celsius ("12C", "-3 °C", "54 degrees Fahrenheit"). */
const TEMPERATURE = /^(?:°\s*|º\s*|degrees?\s+)?(c|celsius|centigrade|f|fahrenheit)\b/i;

/** Units converted to a canonical unit: [canonical, factor]. */
const UNITS: [RegExp, string, number][] = [
  [/^-?magnitude\b/i, 'magnitude', 1],
  [/^(?:square|sq\.?)\s+(?:kilometers?|kilometres?|km)\b|^km2\b|^km²/i, 'km2', 1],
  [/^(?:square|sq\.?)\s+miles?\b/i, 'km2', 2.589988],
  [/^(?:square|sq\.?)\s+(?:meters?|metres?|m)\b|^m²/i, 'km2', 1e-6],
  [/^hectares?\b/i, 'km2', 0.01],
  [/^acres?\b/i, 'km2', 0.00404686],
  [/^(?:kilometers?|kilometres?|km)\b/i, 'km', 1],
  [/^miles?\b/i, 'km', 1.609344],
  [/^(?:meters?|metres?)\b/i, 'km', 0.001],
  [/^(?:centimet(?:er|re)s?|cm)\b/i, 'km', 1e-5],
  [/^(?:millimet(?:er|re)s?|mm)\b/i, 'km', 1e-6],
  [/^(?:inch|inches)\b/i, 'km', 2.54e-5],
  [/^(?:feet|foot|ft)\b/i, 'km', 3.048e-4],
  [/^(?:kilograms?|kg)\b/i, 'kg', 1],
  [/^(?:tonnes?|tons?)\b/i, 'kg', 1000],
  [/^(?:pounds?|lbs?)\b(?=\s+of\b)/i, 'kg', 0.453592],
  [/^(?:per\s*cent|percent|%)/i, 'percent', 1],
];

const HEDGE_BEFORE =
  /(?:\b(?:around|about|approximately|roughly|some|nearly|almost|close to|more than|over|at least|up to|fewer than|less than|at most|under|as many as|an estimated|estimated|an approximate|upwards of|in excess of|dozens of|hundreds of|thousands of|another|a further|an additional|a total of)\s+)$/i;

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTHS})\\b`, 'i');
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'i');

const NUMBER = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?`;
/** Tens and units written as one word: "twenty-nine", "forty two". */
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const WORD_NUMBER = `(?:(?:${TENS})[-\\s](?:${UNITS_WORDS})|${Object.keys(SMALL).join('|')})`;
const SCALE_WORD = String.raw`(?:[\s-]*(?:dozen|thousand|million|billion|trillion|bn|m|k)\b)?`;
const QUANTITY = new RegExp(
  String.raw`(?<cur>\b[A-Z]{1,2}\$|[€$£¥])?\s?(?<num>${NUMBER}|\b${WORD_NUMBER}\b)(?<scale>${SCALE_WORD})` +
    String.raw`(?:\s*(?:-|–|—|to|and)\s*(?<cur2>[€$£¥])?(?<num2>${NUMBER}|\b${WORD_NUMBER}\b)(?<scale2>${SCALE_WORD}))?`,
  'giu',
);

/** The step of the last significant digit: 1300 → 100, 66 → 1, 8.7 → 0.1, 2.6e6 → 1e5. */
export function roundingStep(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 1;
  const magnitude = Math.floor(Math.log10(Math.abs(value)));
  let step = 10 ** magnitude;
  while (step > 1e-9 && Math.abs(Math.round(value / step) * step - value) > step * 1e-6) step /= 10;
  return step;
}

/** Whether a figure is an unhedged whole number under 100, written as it is rather than rounded. */
function exactUnder100(bound: Quantity['bound'], low: number, high: number): boolean {
  return bound === 'exact' && Number.isInteger(low) && Number.isInteger(high) && Math.max(Math.abs(low), Math.abs(high)) < 100;
}

/** Parses "1,300", "6.1", "three", with an optional scale word ("2 million"). */
function parseNumber(num: string, scale: string | undefined): number {
  const compound = /^([a-z]+)[-\s]([a-z]+)$/i.exec(num);
  const word = compound ? (SMALL[compound[1]!.toLowerCase()] ?? NaN) + (SMALL[compound[2]!.toLowerCase()] ?? NaN) : SMALL[num.toLowerCase()];
  const base = word ?? Number(num.replace(/,/g, ''));
  const factor = scale ? SCALE[scale.replace(/^[\s-]+/, '').toLowerCase()] ?? 1 : 1;
  return base * factor;
}

/**
 * Words that never count things, so "three-year conflict" counts no years as things; "others"
 * ("left 14 others trapped") counts whatever came before, not a measure of its own.
 */
const NOT_COUNTED = new Set(['of', 'and', 'or', 'to', 'the', 'a', 'in', 'on', 'at', 'by', 'for', 'out', 'with', 'from', 'per', 'other', 'others', 'more']);

/**
 * Finds the quantities of a claim. `lemmaAt(offset)` gives the lemma of the noun that a number
 * counts, when the caller has tokens; otherwise the following word is used as written.
 */
export function findQuantities(text: string, nounAfter: (offset: number) => string | undefined): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(QUANTITY)) {
    const groups = match.groups!;
    const start = match.index + (match[0].length - match[0].trimStart().length);
    let end = match.index + match[0].length;
    const num = groups.num!;
    // Years and times of day are time expressions, not quantities.
    if (!groups.cur && !groups.scale?.replace(/[\s-]/g, '') && /^(1[89]|20)\d\d$/.test(num) && !groups.num2) continue;
    if (/^\d/.test(num) && /[:/]\d/.test(text.slice(end, end + 2))) continue;
    if (/\d[:/]$/.test(text.slice(Math.max(0, start - 2), start))) continue;
    // "No one" is a count of zero (see zeroCounts), not of one.
    if (/^one$/i.test(num) && /\bno[\s-]$/i.test(text.slice(0, start))) continue;
    // An ordinal ("the 112th minute", "3rd place") is a position, not an amount.
    if (/^\d/.test(num) && !groups.num2 && /^(?:st|nd|rd|th)\b/i.test(text.slice(end))) continue;
    // Dates ("2 July", "July 2") are time expressions.
    if (MONTH_AFTER.test(text.slice(end)) || MONTH_BEFORE.test(text.slice(0, start))) continue;
    // Ranges joined by "and" only after "between".
    const before = text.slice(0, start);
    const hasRange = Boolean(groups.num2) && (!/\band\b/i.test(match[0]) || /\bbetween\s+$/i.test(before));
    if (groups.num2 && !hasRange) {
      end = match.index + match[0].search(/\s*\band\b/i);
    }
    // A sign written before the figure: "-12C", "minus 5 degrees" (not "8.7-magnitude", a hyphen after a word).
    const sign = /(?:^|[\s(])[-−–]$|\bminus\s+$/i.test(text.slice(Math.max(0, start - 7), start)) && /^\d/.test(num) ? -1 : 1;
    let low = sign * parseNumber(num, groups.scale);
    let high = hasRange ? parseNumber(groups.num2!, groups.scale2 || groups.scale) : low;
    if (hasRange && !groups.scale?.replace(/[\s-]/g, '') && groups.scale2?.replace(/[\s-]/g, '')) low = parseNumber(num, groups.scale2);
    // A pair written larger first without "between" or "from" is a tally or a score, not a range:
    // "voted 31 to 14", "won 3-1" give two figures ("20 to 30 people" is a range).
    const tally = hasRange && low > high && !/\b(?:between|from)\s+$/i.test(before) && !groups.cur && !groups.cur2 && !groups.scale?.trim() && !groups.scale2?.trim() && Number.isInteger(low) && Number.isInteger(high);
    const tallied = tally ? [low, high] : undefined;
    if (low > high) [low, high] = [high, low];
    const hedge = HEDGE_BEFORE.exec(before);
    const rest = text.slice(end);
    let unit: string | undefined;
    const currency = groups.cur ? currencyCode(groups.cur) : undefined;
    const after = rest.replace(/^\s+/, '');
    const currencyWord = /^-?(euros?|dollars?|pounds?(?!\s+of\b))\b/i.exec(after);
    let factor = 1;
    let fahrenheit = false;
    // The unit's own words after the number ("percent", "square miles", "dollars"), if any.
    let unitWords = '';
    if (currency) unit = currency;
    else if (currencyWord) {
      unit = CURRENCY[currencyWord[1]!.toLowerCase()];
      unitWords = currencyWord[0];
    } else if (/\bmagnitude\s*(?:of\s*)?$/i.test(before)) unit = 'magnitude';
    else if (TEMPERATURE.exec(after)) {
      const words = TEMPERATURE.exec(after)!;
      unit = 'celsius';
      unitWords = words[0];
      fahrenheit = /f/i.test(words[1]!);
    } else {
      for (const [pattern, canonical, unitFactor] of UNITS) {
        const words = pattern.exec(after);
        if (words) {
          unit = canonical;
          factor = unitFactor;
          unitWords = words[0];
          break;
        }
      }
    }
    // "66 out of 114 drones": the part, the whole and what is counted after the whole.
    let outOf: number | undefined;
    const outOfMatch = /^\s*(?:out\s+of|of)\s+(?:the\s+)?((?:\d{1,3}(?:,\d{3})+|\d+))\b/i.exec(rest);
    let countedFrom = end;
    if (outOfMatch && !hasRange) {
      outOf = Number(outOfMatch[1]!.replace(/,/g, ''));
      countedFrom = end + outOfMatch[0].length;
    }
    let counted: string | undefined;
    if (!unit) {
      const noun = nounAfter(countedFrom);
      if (noun && !NOT_COUNTED.has(noun)) counted = noun;
    }
    let hedgeWords = hedge?.[0].trim().toLowerCase() ?? '';
    // "four other people", "five more people": an increment too.
    if (!hedge && /^\s+(?:other|more|additional)\b/i.test(rest)) hedgeWords = 'another';
    // "No more than 5" bounds from above, "no fewer than 5" from below.
    const negatedHedge = Boolean(hedge) && /\bno\s+$/i.test(before.slice(0, before.length - hedge![0].length));
    // "another four", "a further 20,000": an increment, so the whole is at least that much.
    const above = /^(?:more than|over|at least|upwards of|in excess of|dozens of|hundreds of|thousands of|another|a further|an additional)$/.test(hedgeWords);
    const exactHedge = hedgeWords === 'a total of';
    // "nearly" and "almost" put a figure close below the value: about it, not anywhere under it.
    const below = /^(?:up to|as many as|fewer than|less than|at most|under)$/.test(hedgeWords);
    const bound: Quantity['bound'] = (negatedHedge ? below : above)
      ? 'atLeast'
      : (negatedHedge ? above : below)
        ? 'atMost'
        : hedge && !exactHedge
          ? 'about'
          : 'exact';
    // The phrase runs on to the unit or the counted noun, at most five words on.
    let phraseEnd = end;
    const unitPhrase = /^[\s-]*(?:per\s*cent|(?:(?:square|sq\.?)\s+)?[\p{L}%]+)/iu.exec(text.slice(end));
    if (unit && unitPhrase) phraseEnd = end + unitPhrase[0].length;
    if (counted) {
      const upTo = new RegExp(`^(?:[\\s-]+[^\\s]+){0,5}?[\\s-]+${counted.slice(0, 4)}\\p{L}*`, 'iu').exec(text.slice(countedFrom));
      if (upTo) phraseEnd = countedFrom + upTo[0].length;
      else if (outOf !== undefined) phraseEnd = countedFrom;
    }
    const signWidth = sign < 0 ? (/minus\s+$/i.exec(text.slice(0, start))?.[0].length ?? 1) : 0;
    const phraseStart = hedge ? start - hedge[0].length : start - signWidth;
    const previous = found[found.length - 1];
    // A figure in parentheses right after another converts it ("110-billion ($143-billion)").
    const conversion = Boolean(previous && unit !== undefined && /^[^\p{L}\d]*\(\s*$/u.test(text.slice(previous.unitEnd, start)));
    const convert = (value: number) => (fahrenheit ? ((value - 32) * 5) / 9 : value * factor);
    if (tallied && !unit) {
      // Each figure of a tally on its own, at its own place in the text, in a measure of its own.
      const second = start + match[0].trimStart().lastIndexOf(groups.num2!);
      for (const [value, from, to] of [[tallied[0]!, start, start + num.length], [tallied[1]!, second, second + groups.num2!.length]] as const) {
        found.push({ bound: 'exact', conversion: false, low: value, high: value, step: 1, text: text.slice(from, to), phrase: text.slice(from, to), unit: 'tally', approximate: false, start: from, end: to, unitEnd: to });
      }
      continue;
    }
    found.push({
      bound,
      conversion,
      low: convert(low),
      high: convert(high),
      // An age ("a 30-year-old", "30 years old") is given exactly, trailing zero or not, and so is
      // an unhedged whole number under 100 ("40 percent", "30 people" are not rounded to tens).
      step: AGE.test(text.slice(end)) ? 1 : Math.abs(convert(exactUnder100(bound, low, high) ? 1 : roundingStep(Math.max(Math.abs(low), Math.abs(high)))) - convert(0)),
      text: text.slice(phraseStart, end).trim(),
      phrase: text.slice(phraseStart, phraseEnd).trim(),
      unit,
      counted,
      approximate: Boolean(hedge) || /\b(?:dozen|hundred|thousand)s\b/i.test(rest.slice(0, 10)),
      outOf,
      whole: PARTITIVE.test(text.slice(0, phraseStart)) || undefined,
      start: phraseStart,
      end,
      unitEnd: unitWords ? end + (rest.length - after.length) + unitWords.length : end,
    });
  }
  // "once", "twice", "thrice" count times.
  for (const match of text.matchAll(/\b(once|twice|thrice)\b/gi)) {
    const value = { once: 1, twice: 2, thrice: 3 }[match[1]!.toLowerCase() as 'once' | 'twice' | 'thrice'];
    const phrase = match[0];
    found.push({ low: value, high: value, step: 1, text: phrase, phrase, counted: 'time', approximate: false, bound: 'exact', conversion: false, start: match.index, end: match.index + phrase.length, unitEnd: match.index + phrase.length });
  }
  // A share in words ("four in five") replaces the figures it is written with.
  const written = shares(text);
  const kept = found.filter((q) => !written.some((share) => q.start < share.end && share.start < q.end));
  kept.push(...zeroCounts(text, nounAfter), ...written);
  kept.sort((x, y) => x.start - y.start);
  // "destroyed 40 homes and damaged 120 more", "killed two and injured 30 others": a bare figure
  // followed by "more" or "others" counts what the figure before it counts.
  kept.forEach((q, i) => {
    if (q.unit || q.counted || i === 0 || !/^\s+(?:more|others|other)\b/i.test(text.slice(q.end))) return;
    const previous = kept[i - 1]!;
    if (previous.counted && !previous.unit) kept[i] = { ...q, counted: previous.counted };
  });
  return compoundDurations(text, kept);
}

/** A unit of time and the next smaller one with how many of it make one ("2 hours 5 minutes"). */
const SMALLER_UNIT: Record<string, [string, number]> = { hour: ['minute', 60], minute: ['second', 60], day: ['hour', 24], week: ['day', 7], year: ['month', 12] };

/**
 * A duration in two units ("2 hours 5 minutes", "1 hour and 40 minutes") is one amount of the
 * smaller unit (125 minutes, 100 minutes), not two figures each compared on its own.
 */
function compoundDurations(text: string, quantities: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const [x, y] = [quantities[i]!, quantities[i + 1]];
    const smaller = x.counted ? SMALLER_UNIT[x.counted] : undefined;
    if (y && smaller && y.counted === smaller[0] && !x.unit && !y.unit && /^\s*(?:,\s*)?(?:and\s+)?$/.test(text.slice(x.start + x.phrase.length, y.start))) {
      const phrase = text.slice(x.start, y.start + y.phrase.length);
      out.push({ ...x, low: x.low * smaller[1] + y.low, high: x.high * smaller[1] + y.high, step: 1, text: phrase, phrase, counted: y.counted, end: y.end, unitEnd: y.unitEnd });
      i++;
      continue;
    }
    out.push(x);
  }
  return out;
}

/**
 * Counts of zero: "no one" and "nobody" count people, "none of the N" counts N, "no casualties" counts casualties (a plural
 * noun after "no", so "no comment" or "no longer" count nothing). "No more than 5" is a hedge of 5.
 */
function zeroCounts(text: string, nounAfter: (offset: number) => string | undefined): Quantity[] {
  const zero = (start: number, end: number, counted: string): Quantity => {
    const phrase = text.slice(start, end);
    return { low: 0, high: 0, step: 0, text: phrase, phrase, counted, approximate: false, bound: 'exact', conversion: false, start, end, unitEnd: end };
  };
  const found: Quantity[] = [];
  for (const match of text.matchAll(/\b(?:no[\s-]one|nobody)\b/gi)) {
    found.push(zero(match.index, match.index + match[0].length, 'people'));
  }
  // "None of the containers": zero of the noun after it.
  for (const match of text.matchAll(/\bnone\s+of\s+(?:the|its|their|these|those)\s+/gi)) {
    const counted = nounAfter(match.index + match[0].length);
    if (counted) found.push(zero(match.index, match.index + 4, counted));
  }
  for (const match of text.matchAll(/\bno\s+(?!more\b|fewer\b|less\b|longer\b|one\b)(?:[a-z]+\s+)?([a-z]+s)\b/gi)) {
    const counted = nounAfter(match.index + 2);
    if (counted) found.push(zero(match.index, match.index + 2, counted));
  }
  return found;
}

const FRACTIONS: Record<string, number> = { half: 50, third: 100 / 3, thirds: 100 / 3, quarter: 25, quarters: 25, fifth: 20, fifths: 20, tenth: 10, tenths: 10 };

/**
 * Shares written in words, as percentages about that value: "four in five voters" (80),
 * "six out of ten" (60), "a fifth" and "two thirds" (20, 66.7).
 */
function shares(text: string): Quantity[] {
  const out: Quantity[] = [];
  const share = (start: number, end: number, value: number): Quantity => {
    const phrase = text.slice(start, end);
    return { low: value, high: value, step: 0, text: phrase, phrase, unit: 'percent', approximate: true, bound: 'about', conversion: false, start, end, unitEnd: end };
  };
  const number = (word: string) => SMALL[word.toLowerCase()] ?? Number(word);
  for (const match of text.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine|\d)\s+(?:in|out\s+of)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)\b/gi)) {
    const [part, whole] = [number(match[1]!), number(match[2]!)];
    if (whole > 0 && part <= whole) out.push(share(match.index, match.index + match[0].length, (100 * part) / whole));
  }
  for (const match of text.matchAll(/\b(a|one|two|three|four)\s+(half|thirds?|quarters?|fifths?|tenths?)\b(?!\s+(?:point|percentage|mile|hour|century))/gi)) {
    const count = /^(?:a|one)$/i.test(match[1]!) ? 1 : number(match[1]!);
    out.push(share(match.index, match.index + match[0].length, count * FRACTIONS[match[2]!.toLowerCase()]!));
  }
  return out;
}
