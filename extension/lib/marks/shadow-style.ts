/**
 * Styles a shadow root with a constructed stylesheet: CSSOM is not subject to the page's Content Security
 * Policy, where a `<style>` element or a `style` attribute may be blocked by a strict `style-src`. Sheets are
 * made once per text and document and shared by every root. Without constructable stylesheets, a `<style>`.
 */
const sheets = new WeakMap<Document, Map<string, CSSStyleSheet>>();

export function styleShadowRoot(root: ShadowRoot, css: string): void {
  const document = root.ownerDocument;
  try {
    let byText = sheets.get(document);
    if (byText === undefined) sheets.set(document, (byText = new Map()));
    let sheet = byText.get(css);
    if (sheet === undefined) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      byText.set(css, sheet);
    }
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.prepend(style);
  }
}
