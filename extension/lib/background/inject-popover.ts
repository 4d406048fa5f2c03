/** The parts of the extension API that inject a file into a frame: `scripting` (MV3, and Firefox MV2 ≥ 102). */
export interface ScriptingApi {
  executeScript(injection: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown>;
}

export const POPOVER_FILE = '/popover.js';

/**
 * Injects the popover bundle into the content script's isolated world of one frame, where the content script
 * finds it on its global object. Injecting again is harmless: the bundle keeps the first instance.
 */
export async function injectPopover(scripting: ScriptingApi, tabId: number, frameId: number): Promise<boolean> {
  try {
    await scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [POPOVER_FILE] });
    return true;
  } catch (error) {
    console.error('Badge Lens: the popover could not be injected', error);
    return false;
  }
}
