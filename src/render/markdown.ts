/**
 * A custom slide's Markdown body as HTML that can do nothing but show text: raw HTML is
 * printed as text, images show their alt text and load nothing, and only http(s) and mailto
 * links are links (anything else, `javascript:` included, stays the text it was written as).
 */
import MarkdownIt from 'markdown-it';

/** HTML qbr made and escaped itself; Handlebars prints an object with `toHTML` as it is. */
export class Markup {
  constructor(readonly html: string) {}
  toHTML(): string {
    return this.html;
  }
  toString(): string {
    return this.html;
  }
}

const LINK_SCHEMES = /^(https?:\/\/|mailto:)/i;

function createMarkdown(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt('default', { html: false, linkify: false, typographer: false });
  md.validateLink = (url) => LINK_SCHEMES.test(url.trim());
  const { rules } = md.renderer;
  rules.image = (tokens, idx, options, env, self) =>
    `<span class="md-image">${md.utils.escapeHtml(self.renderInlineAsText(tokens[idx]!.children ?? [], options, env))}</span>`;
  // Only slide titles are the PDF's bookmarks: Chromium makes one of every heading, even a
  // <p role="heading">, so a heading in the body is a paragraph that looks like one.
  rules.heading_open = () => '<p class="md-heading">';
  rules.heading_close = () => '</p>\n';
  return md;
}

let markdownIt: InstanceType<typeof MarkdownIt> | null = null;

/** Markdown to HTML, as above. */
export function markdownToHtml(source: string): Markup {
  markdownIt ??= createMarkdown();
  return new Markup(markdownIt.render(source));
}

/**
 * The type size a body gets, by how much room it needs: its characters, and a short line's
 * rest for each line (a list of ten short items fills as much as a long paragraph). What
 * still does not fit at the small size is cut with an ellipsis (templates/deck.css).
 */
export function markdownSize(source: string): 'large' | 'medium' | 'small' {
  const room = source.length + 40 * source.split('\n').length;
  return room > 1300 ? 'small' : room > 650 ? 'medium' : 'large';
}
