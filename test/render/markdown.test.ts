import { describe, expect, it } from 'vitest';
import { markdownSize, markdownToHtml } from '../../src/render/markdown.ts';

const html = (source: string) => markdownToHtml(source).html;

describe("a custom slide's Markdown", () => {
  it('renders paragraphs, lists, bold and italic', () => {
    expect(html('Where we go **next**, *together*:\n\n- Alerts\n- Planning\n')).toBe(
      '<p>Where we go <strong>next</strong>, <em>together</em>:</p>\n<ul>\n<li>Alerts</li>\n<li>Planning</li>\n</ul>\n',
    );
  });

  it('shows raw HTML as text: a script is never a script', () => {
    expect(html('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
    expect(html('Hi <img src=x onerror=alert(1)> there')).toBe('<p>Hi &lt;img src=x onerror=alert(1)&gt; there</p>\n');
  });

  it('links only http(s) and mailto; javascript: and relative links stay the text they were', () => {
    expect(html('[roadmap](https://example.com/r)')).toBe('<p><a href="https://example.com/r">roadmap</a></p>\n');
    expect(html('[mail us](mailto:cs@example.com)')).toBe('<p><a href="mailto:cs@example.com">mail us</a></p>\n');
    expect(html('[x](javascript:alert(1))')).toBe('<p>[x](javascript:alert(1))</p>\n');
    expect(html('[x](JAVASCRIPT:alert(1))')).toBe('<p>[x](JAVASCRIPT:alert(1))</p>\n');
    expect(html('[x](file:///etc/passwd)')).toBe('<p>[x](file:///etc/passwd)</p>\n');
    expect(html('[x](notes.html)')).toBe('<p>[x](notes.html)</p>\n');
  });

  it('shows an image as its alt text and loads nothing', () => {
    expect(html('![the plant <b>](https://example.com/p.png)')).toBe(
      '<p><span class="md-image">the plant &lt;b&gt;</span></p>\n',
    );
    expect(html('![dot](data:image/png;base64,iVBORw0KGgo=)')).toBe(
      '<p>![dot](data:image/png;base64,iVBORw0KGgo=)</p>\n',
    );
  });

  it('writes headings as paragraphs styled as headings, so only slide titles become PDF bookmarks', () => {
    expect(html('# Later\n\n## Much *later*')).toBe(
      '<p class="md-heading">Later</p>\n<p class="md-heading">Much <em>later</em></p>\n',
    );
  });

  it('chooses a smaller type for a longer body', () => {
    expect(markdownSize('Predictive alerts on every line')).toBe('large');
    expect(markdownSize('word '.repeat(130))).toBe('medium');
    expect(markdownSize('- item\n'.repeat(20))).toBe('medium');
    expect(markdownSize('word '.repeat(300))).toBe('small');
  });
});
