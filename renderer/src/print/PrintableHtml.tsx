// Shows a document main built as HTML (a subject-access letter) inside a print
// preview. The HTML is rebuilt as React elements from a short list of tags,
// with no attributes but a few classes: nothing in it can run, load, or style
// the app (the page's CSP would refuse an inline <style> anyway).
import { createElement, type ReactNode } from 'react';

const allowedTags = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'dl',
  'dt',
  'dd',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'strong',
  'em',
  'b',
  'i',
  'span',
  'div',
  'section',
  'address',
  'blockquote',
  'hr',
]);
/** Tags whose content is dropped along with them. */
const droppedTags = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'noscript',
  'title',
  'head',
]);
const allowedClass = /^[a-z][a-z0-9-]{0,40}$/;
/** The document's headings sit under the screen's h1 and the preview's h2. */
const demoted: Record<string, string> = { h1: 'h3', h2: 'h4', h3: 'h5', h4: 'h6' };

function toReact(node: Node, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent;
  if (!(node instanceof Element)) return null;
  const tag = node.tagName.toLowerCase();
  if (droppedTags.has(tag)) return null;
  const children = [...node.childNodes].map((child, index) => toReact(child, index));
  // An unknown tag keeps its text, not itself (a link prints as its words).
  if (!allowedTags.has(tag)) return children;
  const className = (node.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((name) => allowedClass.test(name))
    .map((name) => `printed-${name}`)
    .join(' ');
  return createElement(
    demoted[tag] ?? tag,
    { key, ...(className ? { className } : {}) },
    ...(tag === 'br' || tag === 'hr' ? [] : children),
  );
}

/**
 * Chromium checks even an inert parsed document's styles against the page's
 * CSP and reports each one; they are dropped below anyway, so take them out
 * first. This is tidiness, not the safety: that is the rebuild from allowed tags.
 */
function withoutStyles(html: string): string {
  return html
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '')
    .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

export function PrintableHtml({ html }: { html: string }) {
  // DOMParser builds an inert document: no scripts run and nothing loads.
  const parsed = new DOMParser().parseFromString(withoutStyles(html), 'text/html');
  return <>{[...parsed.body.childNodes].map((node, index) => toReact(node, index))}</>;
}
