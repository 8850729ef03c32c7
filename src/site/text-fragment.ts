/**
 * A text-fragment link into the original article at the outlet (`#:~:text=`): the first and last
 * four words of a long claim, or the whole of a short one. Used by claim pages and by the
 * comparison page's script, so it imports nothing.
 */
export function textFragmentUrl(url: string, text: string): string {
  const words = text.trim().split(/\s+/);
  const encode = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');
  const fragment = words.length > 8 ? `${encode(words.slice(0, 4).join(' '))},${encode(words.slice(-4).join(' '))}` : encode(text.trim());
  return `${url.replace(/#.*$/, '')}#:~:text=${fragment}`;
}
