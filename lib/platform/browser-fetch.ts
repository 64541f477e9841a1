/** Fetch a PDF's bytes from the panel (extension origin: host permission or activeTab needed). */

export class FetchError extends Error {
  readonly kind: 'network' | 'http' | 'too_large';
  readonly size: number | null;
  constructor(kind: 'network' | 'http' | 'too_large', message: string, size: number | null = null) {
    super(message);
    this.name = 'FetchError';
    this.kind = kind;
    this.size = size;
  }
}

export async function fetchBytes(
  url: string,
  opts: { maxBytes?: number | (() => number | undefined); signal?: AbortSignal; onProgress?: (loaded: number, total: number | null) => void } = {},
): Promise<Uint8Array> {
  let res: Response;
  try {
    res = await fetch(url.replace(/#.*$/, ''), { signal: opts.signal, credentials: 'include' });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new FetchError('network', (e as Error).message || 'network error');
  }
  if (!res.ok && res.status !== 0) throw new FetchError('http', `HTTP ${res.status}`);
  const limit = () => (typeof opts.maxBytes === 'function' ? opts.maxBytes() : opts.maxBytes);
  const lenHeader = Number(res.headers.get('content-length'));
  const total = Number.isFinite(lenHeader) && lenHeader > 0 ? lenHeader : null;
  const max0 = limit();
  if (max0 && total && total > max0) throw new FetchError('too_large', 'too large', total);
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    const max = limit();
    if (max && loaded > max) {
      await reader.cancel();
      throw new FetchError('too_large', 'too large', loaded);
    }
    opts.onProgress?.(loaded, total);
  }
  const maxEnd = limit();
  if (maxEnd && loaded > maxEnd) throw new FetchError('too_large', 'too large', loaded);
  const out = new Uint8Array(loaded);
  let off = 0;
  for (const c of chunks) {
    out.set(c, off);
    off += c.length;
  }
  return out;
}
