// Runs a command and measures its wall time and peak memory: the largest sum of resident set
// sizes (VmRSS) over the process and all its descendants (Astro's Node process, Pagefind's
// binary, workers), polled from /proc every 200 ms. Linux only. `/usr/bin/time -v` reports only
// the largest single process, which misses Pagefind running beside Node.
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  status: number | null;
  seconds: number;
  peakRssBytes: number;
  output: string;
}

const PAGE = 4096;

/** A process's children, from /proc/<pid>/task/<tid>/children (a child may belong to any thread). */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((tid) => readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean).map(Number));
  } catch {
    return []; // ended meanwhile
  }
}

function treeRss(root: number): number {
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // Ended meanwhile.
    }
    stack.push(...childrenOf(pid));
  }
  return total;
}

export function measureCommand(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 200);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ status, seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssBytes: peak, output });
    });
  });
}
