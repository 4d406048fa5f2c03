/**
 * happy-dom loads no images: these give an `<img>` the state a browser would, once it has loaded (or not).
 */
export interface ImageState {
  readonly complete?: boolean;
  readonly width?: number;
  readonly height?: number;
  /** What `currentSrc` says (the source a `srcset` or `<picture>` chose); default: `src`. */
  readonly currentSrc?: string;
}

export function setImageState(img: HTMLImageElement, state: ImageState): HTMLImageElement {
  const define = (name: string, value: unknown): void => void Object.defineProperty(img, name, { value, configurable: true });
  define('complete', state.complete ?? true);
  define('naturalWidth', state.complete === false ? 0 : (state.width ?? 0));
  define('naturalHeight', state.complete === false ? 0 : (state.height ?? 0));
  define('currentSrc', state.currentSrc ?? img.src);
  return img;
}

/** An `<img>` in the body with `src`, in the given state. */
export function image(src: string, state: ImageState = { width: 64, height: 64 }, attributes: Record<string, string> = {}): HTMLImageElement {
  const img = document.createElement('img');
  img.src = src;
  for (const [name, value] of Object.entries(attributes)) img.setAttribute(name, value);
  document.body.append(img);
  return setImageState(img, state);
}
