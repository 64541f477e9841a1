/**
 * Typed messaging (browser side). Content script, background and side panel import from here.
 * Unlike the rest of lib/, this file needs the extension runtime (it is not imported by Node code).
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ProtocolMap, TabDetection } from './protocol.ts';

export * from './protocol.ts';

export const messenger = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messenger;

/** Panel: what the background knows about the active tab (runs the detector once via activeTab if needed). */
export function getCurrentTabDetection(tabId?: number): Promise<TabDetection | null> {
  return sendMessage('getTabDetection', { tabId, inject: true });
}
