import { h, render } from 'preact';
import { fire } from './events.ts';
import { closestLang, ENGLISH, loadLocale, type Locale } from './i18n/locale.ts';
import type { BadgeEntry } from './sources/entry.ts';
import { gatherEntries, type SourceProblem } from './sources/gather-entries.ts';
import type { Shown } from './sources/preview.ts';
import { readSources } from './sources/read-sources.ts';
import { SORT_ORDERS, type Arrangement, type SortOrder } from './view/arrange.ts';
import { badgeView } from './view/badge-view.ts';
import { CollectionView, type Layout } from './view/collection-view.tsx';
import { WIDGET_CSS } from './view/widget-css.ts';
import { shownStatus, type Outcome } from './verify/outcome.ts';
import { pageWorld, type WidgetWorld } from './world.ts';

const LAYOUTS: readonly Layout[] = ['grid', 'list', 'compact'];
/** Cards rendered for the first paint before checking whether the screen has room for more. */
const FIRST_BATCH = 24;

type Phase = 'reading' | 'ready' | 'failed';

/**
 * What `<open-badges>` and `<open-badge>` share: reading the sources in the markup, the first paint from
 * what they say, verification through the page's one verifier, events, and re-reading when the markup
 * changes. The two elements differ only in `single` (one card, no toolbar) and their default layout.
 */
export abstract class BadgeLensElement extends HTMLElement {
  static readonly observedAttributes: readonly string[] = ['src', 'layout', 'lang', 'issuer', 'tag', 'sort', 'controls', 'offline', 'theme'];

  /** One card and no toolbar (`<open-badge>`), or a collection. */
  protected abstract readonly single: boolean;
  protected abstract readonly defaultLayout: Layout;

  /** What the element takes from the page; a test may set its own before the element is connected. */
  world: WidgetWorld | undefined;

  #generation = 0;
  #phase: Phase = 'reading';
  #entries: readonly BadgeEntry[] = [];
  #shown = new Map<string, Shown>();
  #outcomes = new Map<string, Outcome>();
  #problems: readonly SourceProblem[] = [];
  #title: string | undefined;
  #locale: Locale = ENGLISH;
  #renderQueued = false;
  #observer: MutationObserver | undefined;

  connectedCallback(): void {
    // A badge inside a collection is one of the collection's sources; the collection shows it.
    if (this.single && this.parentElement instanceof BadgeLensElement && !this.parentElement.single) return;
    if (this.shadowRoot === null) this.attachShadow({ mode: 'open' });
    this.#observer ??= new MutationObserver(() => this.#reload());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['src'] });
    this.#reload();
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#generation++;
  }

  attributeChangedCallback(name: string, before: string | null, after: string | null): void {
    if (!this.isConnected || this.shadowRoot === null || before === after) return;
    if (name === 'src' || name === 'offline') this.#reload();
    else if (name === 'lang') void this.#relocalise();
    else this.#queueRender();
  }

  /** Every badge's report so far, in source order; undefined for those still being checked. */
  get reports(): readonly (Outcome | undefined)[] {
    return this.#entries.map((entry) => this.#outcomes.get(entry.key));
  }

  #reload(): void {
    const generation = ++this.#generation;
    void this.#load(generation).catch((error: unknown) => {
      if (generation !== this.#generation) return;
      this.#problem({ source: this.getAttribute('src') ?? 'markup', message: error instanceof Error ? error.message : String(error) });
      this.#phase = 'failed';
      this.#queueRender();
    });
  }

  async #load(generation: number): Promise<void> {
    const world = this.world ?? pageWorld(this.ownerDocument);
    const stale = (): boolean => generation !== this.#generation;
    this.#phase = 'reading';
    this.#entries = [];
    this.#outcomes = new Map();
    this.#shown = new Map();
    this.#title = undefined;
    this.#renderNow();

    const locale = loadLocale(closestLang(this));
    const sources = readSources(this, (child) => child instanceof BadgeLensElement || child.localName === 'open-badge', { single: this.single });
    const gathered = await gatherEntries(sources, { fetch: world.fetch, ...(this.single ? {} : { collectionHost: this }) });
    this.#locale = await locale;
    if (stale()) return;
    this.#problems = gathered.problems;
    gathered.problems.forEach((problem) => this.#problem(problem));
    this.#entries = gathered.entries;
    this.#title = gathered.title;
    this.#phase = gathered.entries.length === 0 && gathered.problems.length > 0 ? 'failed' : 'ready';
    // The first paint: the badges on screen as their sources describe them, marked as not yet verified.
    const rendered = this.#renderFirstScreen();
    if (this.#entries.length === 0) return this.#loaded();
    // Let the browser paint the cards before verification (crypto, JSON-LD) keeps the main thread busy;
    // the cards below the fold come in the first idle moment, before anyone could scroll to them.
    await afterPaint();
    if (stale()) return;
    if (rendered < this.#entries.length) {
      await idle();
      if (stale()) return;
      this.#renderNow();
    }

    const verifier = await world.verifier();
    if (stale()) return;
    const offline = this.hasAttribute('offline');
    await Promise.all(
      this.#entries.map(async (entry, index) => {
        if (entry.input instanceof Uint8Array) {
          // What the baked badge says beats what the fallback markup guessed; the picture stays the source's own.
          const preview = verifier.imagePreview(entry.input);
          this.#shown.set(entry.key, { ...entry.shown, ...preview, ...(entry.shown.image ? { image: entry.shown.image } : {}) });
          this.#queueRender();
        }
        const outcome = await verifier.check(entry, { offline });
        if (stale()) return;
        this.#outcomes.set(entry.key, outcome);
        this.#queueRender();
        if ('error' in outcome) this.#problem({ source: typeof entry.input === 'string' ? entry.input : 'badge', message: outcome.error });
        else fire(this, 'badge-lens-verified', { key: entry.key, index, report: outcome.report, status: shownStatus(outcome), how: outcome.how });
      }),
    );
    if (!stale()) this.#loaded();
  }

  #loaded(): void {
    const counts: Record<string, number> = {};
    for (const outcome of this.#outcomes.values()) counts[shownStatus(outcome)] = (counts[shownStatus(outcome)] ?? 0) + 1;
    this.#renderNow();
    fire(this, 'badge-lens-load', { total: this.#entries.length, counts });
  }

  #problem(problem: SourceProblem): void {
    // Said once, with where it came from, for the publisher; visitors see the fallback or the badge's status.
    console.warn(`<${this.localName}>: ${problem.source}: ${problem.message}`);
    fire(this, 'badge-lens-error', problem);
  }

  async #relocalise(): Promise<void> {
    const generation = this.#generation;
    const locale = await loadLocale(closestLang(this));
    if (generation === this.#generation) {
      this.#locale = locale;
      this.#queueRender();
    }
  }

  #queueRender(): void {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      this.#renderNow();
    });
  }

  /**
   * Renders as many cards as fill the screen (at least a first batch), so the first paint costs what the
   * visitor sees rather than what a long collection holds. Returns how many were rendered.
   */
  #renderFirstScreen(): number {
    let limit = FIRST_BATCH;
    this.#renderNow(limit);
    while (limit < this.#entries.length && this.#screenHasRoom()) {
      limit *= 2;
      this.#renderNow(limit);
    }
    return limit;
  }

  /** Whether the screen has room for cards after the last one rendered: below it, or beside it in its row. */
  #screenHasRoom(): boolean {
    const cards = this.shadowRoot?.querySelectorAll('li.card');
    const last = cards?.[cards.length - 1];
    const list = last?.parentElement;
    if (!last || !list) return false;
    const height = this.ownerDocument.defaultView?.innerHeight ?? 0;
    const card = last.getBoundingClientRect();
    // Not laid out (hidden): nothing is on screen, and the rest comes when idle.
    if (card.width === 0 && card.height === 0) return false;
    return card.top < height && (card.bottom < height || card.right + card.width <= list.getBoundingClientRect().right + 1);
  }

  #renderNow(limit?: number): void {
    const root = this.shadowRoot;
    if (root === null) return;
    const style = h('style', null, WIDGET_CSS);
    // Until there are badges to show (or when none could be read), the light-DOM fallback shows through the slot.
    if (this.#phase !== 'ready' || this.#entries.length === 0) {
      const failed = this.#phase === 'failed' ? h('p', { class: 'failed', part: 'error', role: 'note' }, this.#locale.t('error.source', { reason: this.#problems[0]?.message ?? '' })) : null;
      render(h('div', { class: 'collection', part: 'collection' }, style, h('slot', null), failed), root);
      return;
    }
    const badges = this.#entries.map((entry, index) => badgeView(entry, index, this.#outcomes.get(entry.key), this.#shown.get(entry.key) ?? entry.shown));
    render(
      h('div', null,
        style,
        h(CollectionView, {
          badges,
          locale: this.#locale,
          layout: oneOf(this.getAttribute('layout'), LAYOUTS, this.defaultLayout),
          single: this.single,
          ...(this.#title ? { title: this.#title } : {}),
          controls: this.getAttribute('controls') === 'none' ? 'none' : 'auto',
          initial: this.#arrangement(),
          done: this.#outcomes.size === this.#entries.length,
          loadDetails: () => (this.world ?? pageWorld(this.ownerDocument)).details(),
          ...(limit === undefined ? {} : { limit }),
        }),
      ),
      root,
    );
  }

  #arrangement(): Arrangement {
    return {
      issuer: this.getAttribute('issuer')?.trim() ?? '',
      tag: this.getAttribute('tag')?.trim() ?? '',
      sort: oneOf<SortOrder>(this.getAttribute('sort'), SORT_ORDERS, 'newest'),
    };
  }
}

/** After the next frame is painted; in a hidden tab, where frames wait, after 50 ms at most. */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** The next idle moment of the page, or a short wait where the browser has no idle callbacks (Safari). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: 100 });
    else setTimeout(resolve, 1);
  });
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}
