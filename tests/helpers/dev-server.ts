// Starts `astro dev` (as `npm run dev` does, through scripts/astro.mjs) on a fixture site for a
// browser test, resolves once it says it is ready, and stops it (its whole process group) after.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildEnv, PROJECT_ROOT } from './fixture-site';

export interface DevServer {
  url: string;
  /** Everything the server printed so far. */
  output: () => string;
  stop: () => void;
}

export function startDevServer(root: string, port: number): Promise<DevServer> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'scripts/astro.mjs'), 'dev', '--root', root, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root,
    env: buildEnv({ NO_COLOR: '1', FORCE_COLOR: '0' }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const stop = () => {
    if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
  };
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      output += d.toString();
      if (/ready in \d+/.test(output)) resolve({ url: `http://127.0.0.1:${port}`, output: () => output, stop });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
}
