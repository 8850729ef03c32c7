/**
 * Whole pages through the importer: two saved HTML pages of different sites and two browser
 * copies (.txt) of whole pages. The story stays, verbatim and in order; the chrome goes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanHtml } from '../../src/importer/html.ts';
import { markdownToPlain } from '../../src/importer/markdown.ts';
import { cleanText } from '../../src/importer/text.ts';
import { FIXTURES } from './helpers.ts';

const read = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
/** Lines of a pasted fixture that are sentences of the story (they end like one and run to 12+ words). */
const storyLines = (text: string): string[] => text.split('\n').map((l) => l.trim()).filter((l) => /[.!?"”]$/u.test(l) && l.split(/\s+/u).length >= 12);

describe('saved HTML pages', () => {
  it('keeps the story of a broadsheet page and nothing else', () => {
    const result = cleanHtml(read('page-broadsheet.html'));
    expect(result.title).toBe('Port strike ends after nine days as dockworkers accept new contract');
    expect(result.paragraphs).toEqual([
      'Dockworkers at the city’s container port voted on Wednesday to accept a four-year contract, ending a nine-day strike that had left more than 40 ships waiting offshore.',
      'The agreement raises wages by 14 percent over the life of the contract and limits the use of automated cranes at two of the port’s five terminals, the union said in a statement.',
      '“Nobody got everything they wanted,” said Ray Okafor, the union’s local president, who shared the stage with the port director at a news conference. “But we kept the jobs.”',
      'Port officials said the backlog of ships would take about two weeks to clear. Terminal operators plan to run night shifts through the end of the month to unload them.',
      'Shipping companies had warned that a longer strike would raise the price of imported goods. A credit rating agency estimated that each day of the strike cost the regional economy $85 million.',
      'The contract still has to be signed by the port authority’s board, which meets on Monday. Board members who subscribe to the union’s view on automation are in the minority, a board spokeswoman said.',
    ]);
  });

  it('keeps the story of a magazine page, with its subheading, and nothing else', () => {
    const result = cleanHtml(read('page-magazine.html'));
    expect(result.title).toBe('Foldable phone makers bet on cheaper hinges');
    expect(result.paragraphs).toEqual([
      'Three of the largest phone makers plan to sell foldable handsets for under €800 next year, betting that a simpler hinge will bring the devices to buyers who have so far found them too expensive.',
      'The new hinges use eleven parts instead of more than thirty, which engineers at the Berlin trade fair said would cut the cost of the mechanism by about half. That means predictable savings for the makers, though not necessarily lower prices in the shops.',
      '“The screen used to be the expensive part,” said Ines Duarte, an analyst at a market research firm in Lisbon. “Now it is the hinge, and the hinge is getting simple enough to build by the million.”',
      'Makers showed the phones to reporters but did not let them photograph the hinges up close. Several said they would share more details on repair costs before the phones go on sale.',
      'Sources said at least one maker had delayed its launch twice to test the hinge for 300,000 folds, twice the figure of earlier models.',
      'Prices for the current generation have already fallen by a fifth since January, according to the research firm, as shops clear stock before the new models arrive.',
      '## Repairs',
      'Repair shops say a cheaper hinge matters less to owners than the price of a new inner screen, which still costs about €300 to replace.',
      'Ms Duarte expects foldables to make up one in ten phones sold in Europe by 2027, up from one in forty today.',
    ]);
  });
});

describe('browser copies of whole pages', () => {
  it.each([
    ['pasted-page-tram.txt', 'Council backs new tram line to the hospital after years of debate'],
    ['pasted-page-wildfire.txt', 'Wildfire forces evacuation of three mountain villages'],
  ])('%s: the headline and the story stay, menus, prompts and footers go', (name, headline) => {
    const raw = read(name);
    const result = cleanText(raw);
    expect(result.title).toBe(headline);
    const story = storyLines(raw).filter((line) => !/cookies|inbox|reached your limit|first published|in print|correspondent/iu.test(line));
    expect(story.length).toBeGreaterThanOrEqual(4);
    expect(result.paragraphs.map(markdownToPlain)).toEqual(story);
    // Every other line of the page is reported as removed, with the rule that removed it.
    const others = raw.split('\n').map((l) => l.trim()).filter((l) => l && l !== headline && !story.includes(l));
    expect(result.removed.map((r) => r.text)).toEqual(others);
  });
});
