/** The popover's host in the page: out of flow, above everything, and untouched by page styles. */
export const POPOVER_HOST_STYLE =
  'all:initial!important;position:absolute!important;display:block!important;z-index:2147483647!important;margin:0!important;padding:0!important;border:0!important;';

/** The frame around the shared details view (ui/styles.ts), inside the closed shadow root. */
export const POPOVER_CSS = `
:host{all:initial}
.bl-popover{box-sizing:border-box;overflow:auto;overscroll-behavior:contain;padding:12px 14px;border-radius:10px;
border:1px solid #d0d7de;box-shadow:0 8px 28px rgba(0,0,0,.28);font:14px/1.45 system-ui,sans-serif;color:#1b1f24;background:#fff}
.bl-popover:focus{outline:none}
.bl-popover:focus-visible{outline:3px solid #0b57d0;outline-offset:-3px}
.bl-popover-bar{display:flex;align-items:center;gap:8px;margin:-4px 0 8px;font-size:12px;color:#57606a}
.bl-popover-brand{font-weight:700}
.bl-popover-recheck{flex:1}
.bl-popover-close{all:initial;cursor:pointer;font:700 20px/1 system-ui,sans-serif;color:#1b1f24;width:28px;height:28px;text-align:center;border-radius:6px}
.bl-popover-close:hover{background:#eaeef2}
.bl-popover-close:focus-visible{outline:3px solid #0b57d0}
.bl-popover-note{margin:10px 0 0;font-size:12px;color:#57606a}
.bl-popover button:not(.bl-popover-close), .bl-popover input{font:inherit}
@media (prefers-color-scheme:dark){
  .bl-popover{color:#e6edf3;background:#161b22;border-color:#30363d}
  .bl-popover-bar,.bl-popover-note{color:#9da7b3}
  .bl-popover-close{color:#e6edf3}
  .bl-popover-close:hover{background:#30363d}
}
`;
