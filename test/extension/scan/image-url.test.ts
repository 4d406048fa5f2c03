import { describe, expect, it } from 'vitest';
import { mayHoldBadge, saysSvg } from '../../../extension/lib/scan/image-url.ts';

describe('which image URLs may hold a baked badge', () => {
  it.each([
    ['https://badges.example/robotics.png', true],
    ['https://badges.example/robotics.svg', true],
    ['https://cdn.example/images/8f3a2c', true],
    ['https://cdn.example/image?id=3&format=jpg', true],
    ['http://badges.example/badge.PNG#frag', true],
    ['data:image/png;base64,iVBORw0KGgo=', true],
    ['data:image/svg+xml,%3Csvg%3E', true],
    ['https://cdn.example/photo.jpg', false],
    ['https://cdn.example/photo.JPEG?w=200', false],
    ['https://cdn.example/anim.gif', false],
    ['https://cdn.example/hero.webp', false],
    ['https://cdn.example/hero.avif', false],
    ['https://example.org/favicon.ico', false],
    ['data:image/jpeg;base64,/9j/4AAQ', false],
    ['blob:https://example.org/0d3c', false],
    ['chrome-extension://abc/icon.png', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(mayHoldBadge(url)).toBe(expected);
  });

  it.each([
    ['https://badges.example/a.svg', null, true],
    ['https://badges.example/a.svgz', null, true],
    ['https://badges.example/a', 'image/svg+xml', true],
    ['https://badges.example/a.svg', 'application/pdf', false],
    ['https://badges.example/a.pdf', null, false],
    ['data:image/svg+xml;utf8,<svg/>', null, true],
  ])('says SVG: %s (type %s) → %s', (url, type, expected) => {
    expect(saysSvg(url, type)).toBe(expected);
  });
});
