/**
 * A cache of extracted documents keyed by the SHA-256 of the PDF bytes, so that reopening a document is
 * instant. The IndexedDB (Dexie) implementation lives in lib/store/; this module defines the interface
 * and an in-memory implementation (tests, CLI).
 */
import type { TextDocument } from './types.ts';

export interface TextCache {
  get(sha256: string): Promise<TextDocument | undefined>;
  put(sha256: string, doc: TextDocument): Promise<void>;
}

/** Bump when the engine's output changes, so that cached documents from older engines are ignored. */
export const TEXT_ENGINE_VERSION = 5;

export class MemoryTextCache implements TextCache {
  private readonly map = new Map<string, TextDocument>();
  private readonly limit: number;
  constructor(limit = 20) {
    this.limit = limit;
  }
  async get(sha256: string): Promise<TextDocument | undefined> {
    const doc = this.map.get(sha256);
    return doc ? structuredClone(doc) : undefined;
  }
  async put(sha256: string, doc: TextDocument): Promise<void> {
    this.map.delete(sha256);
    this.map.set(sha256, structuredClone(doc));
    while (this.map.size > this.limit) this.map.delete(this.map.keys().next().value as string);
  }
  get size(): number {
    return this.map.size;
  }
}
