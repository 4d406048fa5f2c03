/** The side of a mark, in CSS pixels: big enough to hit and read, small enough to leave the badge visible. */
export const MARK_SIZE = 20;
export const MARK_GAP = 2;

/**
 * Inline styles for the mark's host element in the page. `all: initial` cuts every inherited and page
 * style, `!important` on each property outranks page rules aimed at unknown elements, and the host takes no
 * room in the layout: an overlay host is out of flow and zero-sized, an inline one is the size of the mark.
 */
export const HOST_STYLE = {
  overlay: `all:initial!important;position:absolute!important;display:block!important;width:0!important;height:0!important;overflow:visible!important;margin:0!important;padding:0!important;border:0!important;z-index:2147483000!important;pointer-events:none!important;`,
  inline: `all:initial!important;position:relative!important;display:inline-block!important;width:${MARK_SIZE}px!important;height:${MARK_SIZE}px!important;margin:0 0 0 4px!important;padding:0!important;border:0!important;vertical-align:middle!important;`,
} as const;

/**
 * Inside the closed shadow root, where page CSS cannot reach. Status is a symbol and words (the button's
 * accessible name); colour only repeats it.
 */
export const MARK_CSS = `
button{all:initial;box-sizing:border-box;position:absolute;top:0;left:0;width:${MARK_SIZE}px;height:${MARK_SIZE}px;border-radius:50%;
border:2px solid #fff;box-shadow:0 0 0 1px rgba(0,0,0,.45),0 1px 3px rgba(0,0,0,.35);display:flex;align-items:center;justify-content:center;
font:700 12px/1 system-ui,sans-serif;color:#fff;background:#57606a;cursor:pointer;pointer-events:auto;user-select:none}
button:focus-visible{outline:3px solid #0b57d0;outline-offset:2px}
button:hover{filter:brightness(1.15)}
button[data-status=verified]{background:#1a7f37}
button[data-status=invalid],button[data-status=revoked]{background:#b42318}
button[data-status=expired],button[data-status=suspended]{background:#8a5a00}
button[data-status=checking]{background:#6e7781}
@media (forced-colors:active){button{border-color:ButtonText;background:ButtonFace;color:ButtonText}}
`;
