// Runs a command and measures its wall time and peak memory: the largest sum of resident set
// sizes (VmRSS) over the process and all its descendants (Astro's Node process, Pagefind's
// binary, workers), polled from /proc every 100 ms. Linux only. `/usr/bin/time -v` reports only
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

function children(): Map<number, number[]> {
  const byParent = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name in parentheses, which may itself contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!byParent.has(ppid)) byParent.set(ppid, []);
      byParent.get(ppid)!.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return byParent;
}

function treeRss(root: number): number {
  const byParent = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {
      // Ended meanwhile.
    }
    stack.push(...(byParent.get(pid) ?? []));
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
    const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ status, seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssBytes: peak, output });
    });
  });
}
