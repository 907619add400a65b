// A minimal Language Server Protocol client over stdio, to drive the real language servers
// VS Code's extensions run (e.g. @astrojs/language-server) in tests.
import { spawn, type ChildProcess } from 'node:child_process';

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };

export class LspClient {
  private server: ChildProcess;
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private pending = new Map<number, (m: Message) => void>();

  constructor(command: string, args: string[]) {
    this.server = spawn(command, args, { stdio: ['pipe', 'pipe', 'ignore'] });
    this.server.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1]);
      if (this.buffer.length < end + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString()) as Message;
      this.buffer = this.buffer.subarray(end + 4 + length);
      if (message.id !== undefined && !message.method) {
        this.pending.get(message.id)?.(message);
        this.pending.delete(message.id);
      } else if (message.id !== undefined && message.method) {
        // Requests from the server (configuration, registrations): answer with defaults.
        const items = (message.params as { items?: unknown[] } | undefined)?.items;
        this.send({ id: message.id, result: message.method === 'workspace/configuration' ? (items ?? []).map(() => null) : null });
      }
    }
  }

  private send(message: Record<string, unknown>): void {
    const text = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.server.stdin!.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return new Promise((resolve, reject) => {
      const id = ++this.nextId;
      this.pending.set(id, (m) => (m.error ? reject(new Error(JSON.stringify(m.error))) : resolve(m.result as T)));
      this.send({ id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ method, params });
  }

  close(): void {
    this.server.kill();
  }
}
