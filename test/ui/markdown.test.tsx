// @vitest-environment happy-dom
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { Markdown } from '../../ui/markdown.tsx';

function rendered(text: string): HTMLElement {
  const root = document.createElement('div');
  render(<Markdown text={text} />, root);
  return root;
}
const html = (text: string): string => rendered(text).innerHTML;

describe('Markdown', () => {
  it('renders emphasis, lists and safe links', () => {
    const out = html('Build the **arm** and *demo* it:\n\n- wire it\n- [show](https://example.org/demo)');
    expect(out).toContain('<strong>arm</strong>');
    expect(out).toContain('<em>demo</em>');
    expect(out).toContain('<li>wire it</li>');
    expect(out).toMatch(/<a href="https:\/\/example\.org\/demo"[^>]*rel="noopener noreferrer nofollow"[^>]*>show<\/a>/);
  });

  it.each([
    ['a script element', '<script>alert(1)</script>', /&lt;script&gt;alert\(1\)&lt;\/script&gt;/],
    ['an image with an onerror handler', '<img src=x onerror=alert(1)>', /&lt;img src=x onerror=alert\(1\)&gt;/],
    ['a javascript: link', '[click](javascript:alert(1))', /^(?![\s\S]*href="javascript)/],
    ['a data:text/html link', '[click](data:text/html,<b>x</b>)', /^(?![\s\S]*href="data)/],
    ['a vbscript: image', '![x](vbscript:msgbox(1))', /^(?![\s\S]*src="vbscript)/],
  ])('keeps %s inert', (_name, text, expected) => {
    const root = rendered(text);
    expect(root.innerHTML).toMatch(expected);
    expect(root.querySelector('script, img[onerror], [href^="javascript"], [href^="data"], [src^="vbscript"]')).toBeNull();
  });
});
