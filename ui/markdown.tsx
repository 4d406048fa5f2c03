import { h, type ComponentChildren } from 'preact';
import { compiler } from 'markdown-to-jsx';
import { safeHref, safeImageSrc } from './safe-url.ts';

/**
 * Markdown from a badge (criteria narratives, evidence) rendered as elements, never as HTML: raw HTML in
 * the text stays text, and every link and image goes through the same URL rules as the rest of the badge.
 */
export function Markdown({ text }: { readonly text: string }) {
  // No wrapper: the library builds its own wrapper element outside createElement, which Preact cannot render.
  const blocks = compiler(text, {
    createElement: h as never,
    wrapper: null,
    disableParsingRawHTML: true,
    forceBlock: true,
    sanitizer: (value: string, tag: string, attribute: string) => (tag === 'img' && attribute === 'src' ? safeImageSrc(value) : safeHref(value)) ?? null,
    overrides: { a: { props: { rel: 'noopener noreferrer nofollow', target: '_blank' } } },
  }) as ComponentChildren;
  return <div class="markdown">{blocks}</div>;
}
