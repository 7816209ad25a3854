import Markdown from 'react-markdown';

type MdNode = { type: string; depth?: number; children?: MdNode[] };

function collectHeadings(node: MdNode, out: MdNode[]): MdNode[] {
  if (node.type === 'heading') out.push(node);
  for (const child of node.children ?? []) collectHeadings(child, out);
  return out;
}

/**
 * A remark plugin that moves the content's headings so that its highest heading becomes `top` (h2 under a page's
 * h1). An editor may start with "#" or "###"; either way the page keeps one h1 and an outline without skipped
 * levels (WCAG 1.3.1).
 */
function normalizeHeadings(top: number) {
  return () => (tree: MdNode) => {
    const headings = collectHeadings(tree, []);
    if (headings.length === 0) return;
    const shift = top - Math.min(...headings.map((h) => h.depth ?? 1));
    for (const h of headings) h.depth = Math.max(top, Math.min(6, (h.depth ?? 1) + shift));
  };
}

/**
 * Renders Markdown written by staff. Raw HTML is skipped (never rendered) and link targets go through
 * react-markdown's URL sanitizer, so content cannot inject scripts. Styling comes from `.prose-content`.
 */
export function MarkdownContent({ source, topHeadingLevel = 2, lang, className }: {
  source: string;
  /** The level the content's highest heading gets: 2 when the surrounding page has the h1. */
  topHeadingLevel?: number;
  lang?: string;
  className?: string;
}) {
  return (
    <div className={['prose-content', className].filter(Boolean).join(' ')} lang={lang}>
      <Markdown skipHtml remarkPlugins={[normalizeHeadings(topHeadingLevel)]}>
        {source}
      </Markdown>
    </div>
  );
}
