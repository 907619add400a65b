// Starts scripts/serve.mjs on a port for a test and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from './fixture-site.ts';

export interface Server {
  url: string;
  stop: () => void;
}

export async function startServer(dir: string, port: number, options: { base?: string; headers?: string; log?: string } = {}): Promise<Server> {
  const args = [path.join(PROJECT_ROOT, 'scripts/serve.mjs'), '--dir', dir, '--port', String(port), '--base', options.base ?? '/'];
  if (options.headers) args.push('--headers', options.headers);
  if (options.log) args.push('--log', options.log);
  const child: ChildProcess = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}
