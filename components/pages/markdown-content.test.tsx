import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MarkdownContent } from './markdown-content';

const render = (source: string, topHeadingLevel?: number) =>
  renderToStaticMarkup(<MarkdownContent source={source} topHeadingLevel={topHeadingLevel} lang="fi" />).replaceAll('\n', '');

describe('MarkdownContent', () => {
  it('renders Markdown inside .prose-content with the language', () => {
    expect(render('Tekstiä **lihavoitu** ja [linkki](https://www.kuopio.fi).')).toBe(
      '<div class="prose-content" lang="fi"><p>Tekstiä <strong>lihavoitu</strong> ja <a href="https://www.kuopio.fi">linkki</a>.</p></div>',
    );
  });

  it('moves the highest heading to h2 and keeps the others relative to it', () => {
    expect(render('# Yksi\n\n## Kaksi\n\n#### Neljä')).toContain('<h2>Yksi</h2><h3>Kaksi</h3><h5>Neljä</h5>');
    expect(render('### Kolme\n\n#### Neljä')).toContain('<h2>Kolme</h2><h3>Neljä</h3>');
    expect(render('# Yksi', 4)).toContain('<h4>Yksi</h4>');
    expect(render('# A\n\n###### F')).toContain('<h6>F</h6>');
  });

  it('never renders raw HTML or script URLs', () => {
    const html = render('<script>alert(1)</script>\n\nTeksti <img src=x onerror=alert(2)> ja [klikkaa](javascript:alert(3))');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('alert(1)');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
  });
});
