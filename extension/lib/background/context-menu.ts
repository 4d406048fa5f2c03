/** The context menu item on images, and where it leads: the trusted view, verifying that image. */
export const MENU_ID = 'badge-lens-verify-image';
export const MENU_TITLE = 'Verify with Badge Lens';

export interface MenusApi {
  create(properties: { id: string; title: string; contexts: ['image'] }): unknown;
  removeAll(): Promise<void>;
}

export async function createImageMenu(menus: MenusApi): Promise<void> {
  // `onInstalled` runs again on update; a menu id may only be created once.
  await menus.removeAll();
  menus.create({ id: MENU_ID, title: MENU_TITLE, contexts: ['image'] });
}

/** The trusted view's address for verifying `imageUrl`, found on `pageUrl`. */
export function verifyViewPath(imageUrl: string, pageUrl: string | undefined): string {
  const query = new URLSearchParams({ verify: imageUrl });
  if (pageUrl) query.set('page', pageUrl);
  return `/popup.html?${query}`;
}

/** The trusted view of one badge of a tab. */
export function badgeViewPath(tabId: number, key: string): string {
  return `/popup.html?${new URLSearchParams({ tab: String(tabId), badge: key })}`;
}
