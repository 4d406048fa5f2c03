/** Images too small to be a badge (icons, spacers, tracking pixels) are not worth a check. */
export const MIN_BADGE_SIZE = 32;

/** The images on a page that may hold a baked badge. */
export function findImageCandidates(root: ParentNode): HTMLImageElement[] {
  return [...root.querySelectorAll('img')].filter((img) => {
    const width = img.naturalWidth || img.width;
    const height = img.naturalHeight || img.height;
    return width >= MIN_BADGE_SIZE && height >= MIN_BADGE_SIZE;
  });
}
