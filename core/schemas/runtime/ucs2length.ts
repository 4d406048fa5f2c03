/**
 * The length of a string in Unicode code points, as JSON Schema's minLength and maxLength count it (a pair
 * of UTF-16 surrogates is one character; a lone surrogate is one too).
 */
export function ucs2length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    length++;
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
  }
  return length;
}
