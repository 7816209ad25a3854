import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MarkdownContent } from '@/components/pages/markdown-content';

// News bodies are rendered with the Pages Markdown component: what an editor types is stored as written, and shown
// without raw HTML or script links.
describe('news body rendering', () => {
  it('renders <script> and javascript: links harmlessly', () => {
    const html = renderToStaticMarkup(
      <MarkdownContent source={'Hei!\n\n<script>alert(1)</script>\n\n[Klikkaa](javascript:alert(1)) <img src=x onerror=alert(1)>'} />,
    );
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('onerror');
    expect(html).toContain('Klikkaa');
  });
});
