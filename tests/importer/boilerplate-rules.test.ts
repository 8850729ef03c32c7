/**
 * The text rules that judge blocks after extraction: credits, stubs, prompts, promos, the end of
 * the article, lead-ins, and the menu of a pasted page; and what they must never take.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classifyUnits, isAuthorBio, LINE_RULES, matchRule, type RuleId } from '../../src/importer/boilerplate.ts';
import { cleanHtml } from '../../src/importer/html.ts';
import { removeStructuralBoilerplate } from '../../src/importer/structure.ts';
import { cleanText } from '../../src/importer/text.ts';
import { FIXTURES } from './helpers.ts';

const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
const ruleOf = (line: string): RuleId | undefined => matchRule(line, { seenProse: true })?.id;
const classify = (lines: string[], options: { author?: string; leadingZone?: boolean } = {}) =>
  classifyUnits(
    lines.map((text) => ({ text })),
    { language: 'eng', ...options },
  ).removed;

describe('line rules, each with lines from two kinds of site', () => {
  it.each<[RuleId, string[]]>([
    ['credit', ['Credit Harry Campbell', 'Photo: Jonas Berg / The Coastline Courier', 'Photograph: Adrian Malloch for the Guardian']],
    ['credit', ['JIM WATSON/AFP/Getty Images', 'Devindra Hardawar/AOL', 'Photo by Sarah Tew/CNET', 'Image copyright Getty Images', '(AP Photo/Evan Vucci)']],
    ['credit', ['A Con Edison worker repairing cables in Queens.CreditChang W. Lee/The New York Times', 'Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian']],
    ['caption', ['Media caption Mr Obama told the BBC that gun control was his biggest frustration', 'Caption: The bridge before the storm']],
    ['stub', ['Image', 'Photo', 'Video', 'View photo', 'Continue reading the main story', 'Gallery: Xbox One X | 14 Photos', '14 Photos', 'Enlarge this image']],
    ['stub', ['87', '.', '•', 'from $610.00', '$7/month', '5 min read']],
    ['timestamp', ['22 Dec, 2016 22 Dec, 2016', 'Feb. 21, 2019', 'CNNMoney (New York) First published February 1, 2016: 1:28 AM ET', 'Updated 3:46 PM ET, Mon March 11, 2015', '2 hours ago']],
    ['print-edition', ['A version of this article appears in print on June 13, 2025, Section A, Page 1 of the New York edition with the headline: Port Strike Ends.', 'This article appeared in print on page 4 of the Friday edition.']],
    ['source', ['Originally published at Medium', 'This article originally appeared on The Conversation.', 'This story was first published by Alpine Report.', 'The post Ten tips for travellers appeared first on Wanderblog.']],
    ['share', ['Facebook', 'Share this article', 'Facebook Twitter Email', 'Save for later']],
    ['newsletter', ['Sign up for our newsletter', 'Get New York Today in your inbox', 'Get the Techwire Daily delivered to your inbox.']],
    ['subscribe', ['Subscribe to continue reading', 'To continue reading, please log in or create a free account.', 'You have reached your limit of free articles this month.', 'This article is only available to subscribers.', 'Already a subscriber? Log in']],
    ['inline-promo', ['[Read: Why Tunisia, Arab Spring’s sole success story, suffers from Islamist violence]', '_[Bardo museum houses amazing Roman treasures]_', 'Watch: Drone footage of the burned slopes']],
    ['author-bio', ['About the Author', 'About the authors:', 'Author bio']],
    ['contributors', ['Heba Habib contributed to this report.', 'Additional reporting by Jonas Berg', 'Reporting by Ana Silva; Editing by Tom Brooks']],
    ['advert', ['Advertisement', 'Powered by SmartAsset.com', 'Supported by', 'Sponsored content']],
    ['consent', ['We use cookies to give you the best online experience. By continuing to browse you agree to our use of cookies.', 'Accept all cookies', 'Manage preferences', 'Privacy policy', 'Terms of Service']],
    ['account', ['Sign in', 'Log in / Register', 'My account', 'Create a free account']],
    ['menu', ['Skip to main content', 'Menu', 'News | Sport | Weather | Culture', 'Home • News • Weather • Sport', 'Order Reprints | Today’s Paper | Subscribe', 'Back to top']],
    ['copyright', ['© 2025 The Valley Ledger. All rights reserved.', 'Copyright 2025 Northern Broadcasting']],
  ])('%s: %j', (id, lines) => {
    for (const line of lines) expect(ruleOf(line), line).toBe(id);
  });

  it('gives every line rule an id, a description and a length limit', () => {
    for (const rule of LINE_RULES) {
      expect(rule.id).toMatch(/^[a-z-]+$/u);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.maxLength).toBeGreaterThan(0);
    }
  });
});

describe('sentences of the story stay, whatever words they use', () => {
  // Paragraphs as reporters write them, with the words the rules look for.
  const story = [
    'Photo agencies said they had sold more pictures of the launch than of any event this year.',
    'The photo, taken by a passer-by on Tuesday, shows the moment the crane fell across the quay.',
    'Credit Suisse shares fell 5 per cent on Monday after the bank announced new losses.',
    'A credit rating agency estimated that each day of the strike cost the region $85 million.',
    'Readers who subscribe to the paper received a printed copy of the report on Sunday.',
    'Supporters say the tram will share road space with buses on only two short stretches.',
    'Sources said the talks would resume on Monday after a short break.',
    'The video, which was shared more than a million times, shows the police arriving late.',
    'Image rights lawyers said the case could take years to settle, according to court papers.',
    'The report was first published on February 1, 2016, and updated twice since then.',
    'He said the story had originally appeared in a local paper before it was picked up nationally.',
    'About the author of the letter, the minister would only say that she was a former employee.',
    'The museum is home to amazing Roman treasures, and the attack has shocked the country.',
    'Watch repairers say the cheaper hinge matters less than the price of a new screen.',
    'Cookies and cakes were handed out to the volunteers who worked through the night.',
    'We use the new bridge every day, and it has cut our journey by half, one commuter said.',
    'Jane Roe is a reporter for the Herald, and she was arrested at the protest on Monday.',
    'Mr. Reeves is a senior fellow at the Harvard center and has written about Sudan for years.',
    'The council’s plan, like every plan before it, is online for anyone to read.',
    'In a wide-ranging interview, the president said:',
    '- The UK must stay in the EU to have influence on the world stage',
    'The deal is worth $5 million over four years, officials said.',
  ];

  it('removes none of them', () => {
    const removed = classify(story);
    expect([...removed.entries()].map(([i, rule]) => `${rule}: ${story[i]}`)).toEqual([]);
  });

  it('keeps them through the HTML importer too', () => {
    const html = `<!doctype html><html><head><title>Story</title></head><body><article>${story.map((p) => (p.startsWith('- ') ? `<ul><li>${p.slice(2)}</li></ul>` : `<p>${p}</p>`)).join('')}</article></body></html>`;
    const result = cleanHtml(html);
    expect(result.removed.filter((r) => r.rule !== 'duplicate-title')).toEqual([]);
    expect(result.paragraphs).toHaveLength(story.length);
  });
});

describe('rules of context', () => {
  it('takes a lead-in left before a removed picture, and one left at the end', () => {
    const lines = ['The fire spread overnight across the slopes above the village.', 'Check out the footage below:', 'Video', 'Officials said the road would stay closed until Friday.', 'Here is what they said:'];
    expect([...classify(lines)]).toEqual([
      [2, 'stub'],
      [4, 'orphan-lead-in'],
      [1, 'orphan-lead-in'],
    ]);
  });

  it('keeps a lead-in before what it introduces, and before an advert it does not point at', () => {
    const lines = ['The minister spoke for an hour on Tuesday.', 'She said:', 'Advertisement', '“We will rebuild the bridge by the end of next year.”', 'He listed three reasons:', '- cost', '- time'];
    expect([...classify(lines)]).toEqual([[2, 'advert']]);
  });

  it('takes the biography after an "About the author" header, and a short one only', () => {
    const story = ['The bridge reopened on Monday after two years of repairs, the city said.', 'Traffic was back to normal by the evening rush hour.'];
    const bio = ['About the author', 'Priya Natarajan is the Ledger’s transport correspondent. She has covered the tram plan since 2017.'];
    expect([...classify([...story, ...bio]).keys()]).toEqual([2, 3]);
    const long = Array.from({ length: 5 }, (_, i) => `Paragraph ${i + 1} of the story goes on with more facts about the bridge and its repairs.`);
    expect([...classify([story[0]!, 'About the author', ...long]).keys()]).toEqual([1]);
  });

  it('takes the headlines and teasers after a "More from" header to the end, not the story’s last paragraphs', () => {
    const story = 'The bridge reopened on Monday after two years of repairs, the city said.';
    const teasers = ['More from The Valley Ledger', 'Bus fares to rise by 5 per cent in June', 'Riders will pay more from the first of the month.', 'Cycle lane on river road to open next month'];
    expect([...classify([story, ...teasers]).keys()]).toEqual([1, 2, 3, 4]);
    const tail = ['Related', 'Traffic was back to normal by the evening rush hour.', 'The mayor thanked the workers on Tuesday.', 'A second bridge will close in May.'];
    expect([...classify([story, ...tail])]).toEqual([[1, 'related']]);
  });

  it('takes the author’s biography at the end: by their name, or by what the paragraph says', () => {
    expect(isAuthorBio('Dana Whitfield is a reporter for The Harbor Times covering labor and the waterfront.', 'Dana Whitfield')).toBe(true);
    expect(isAuthorBio('Corey Kilgannon is a Metro reporter covering news and human interest stories.', 'Corey Kilgannon')).toBe(true);
    expect(isAuthorBio('Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech.')).toBe(true);
    // Someone else, or no sign of writing for someone: a sentence of the story.
    expect(isAuthorBio('Jane Roe is a reporter for the Herald, and she was arrested at the protest.', 'Dana Whitfield')).toBe(false);
    expect(isAuthorBio('Jane Roe is a former editor of the local paper who now runs a bakery.')).toBe(false);
    expect(isAuthorBio('Mr. Reeves is a senior fellow at the Harvard center.')).toBe(false);
    const lines = ['The strike ended on Wednesday after nine days.', 'Dana Whitfield is a reporter for The Harbor Times covering labor and the waterfront.'];
    expect([...classify(lines, { author: 'Dana Whitfield' })]).toEqual([[1, 'author-bio']]);
    // Only at the end of the article.
    expect([...classify([lines[1]!, lines[0]!, lines[0]!.replace('nine', 'ten'), 'Talks resume on Monday, the union said.'])]).toEqual([]);
  });

  it('takes a pull quote, a line the text repeats word for word', () => {
    const lines = ['“We have never seen it move this fast,” said the mayor, who asked residents to leave.', '“We have never seen it move this fast”', 'The fire service said the wind would drop by Sunday.'];
    expect([...classify(lines)]).toEqual([[1, 'pull-quote']]);
    // A short heading that recurs in the text is not one.
    expect([...classify(['Kenya trip', 'Mr Obama will speak about the Kenya trip on Friday, aides said.'])]).toEqual([]);
  });

  it('takes the menu before the headline of a pasted page, and nothing before a bare headline', () => {
    const page = ['The Valley Ledger', 'News', 'Politics', 'Sport', 'Council backs new tram line to the hospital', 'The regional council voted 31 to 12 on Thursday to build a tram line to the hospital.'];
    expect([...classify(page, { leadingZone: true })]).toEqual([0, 1, 2, 3].map((i) => [i, 'leading-zone']));
    // Without the option (HTML, where Readability has taken the menu) or with too little before it, nothing goes.
    expect([...classify(page)]).toEqual([]);
    expect([...classify(['Politics', ...page.slice(4)], { leadingZone: true })]).toEqual([]);
  });
});

describe('every rule on two fixtures of different sites', () => {
  // Which rules fire on which fixture: text rules through the importers, structural ones on the DOM.
  const fired = new Map<string, Set<string>>();
  const note = (rule: string, fixture: string): void => {
    fired.set(rule, (fired.get(rule) ?? new Set()).add(fixture));
  };
  for (const name of ['page-broadsheet.html', 'page-magazine.html']) {
    const html = read(name);
    for (const r of cleanHtml(html).removed) note(r.rule, name);
    for (const r of removeStructuralBoilerplate(parseHTML(html).document)) note(`structure:${r.rule}`, name);
  }
  for (const name of ['pasted-page-tram.txt', 'pasted-page-wildfire.txt']) for (const r of cleanText(read(name)).removed) note(r.rule, name);

  it.each([
    'credit',
    'caption',
    'stub',
    'timestamp',
    'print-edition',
    'source',
    'share',
    'newsletter',
    'subscribe',
    'related',
    'inline-promo',
    'author-bio',
    'contributors',
    'pull-quote',
    'advert',
    'consent',
    'account',
    'menu',
    'copyright',
    'orphan-lead-in',
    'leading-zone',
    'structure:html-comment',
    'structure:media',
    'structure:caption',
    'structure:link-dense',
    'structure:orphan-lead-in',
    'structure:pull-quote',
  ])('%s', (rule) => {
    expect([...(fired.get(rule) ?? [])].length, `${rule} fired on ${[...(fired.get(rule) ?? [])].join(', ')}`).toBeGreaterThanOrEqual(2);
  });
});
