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
  /** At the peak: resident bytes by program name (`node`, `pagefind_extended` …). */
  peakRssByProgram: Record<string, number>;
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

/** Resident bytes of a process tree, by program name (/proc/<pid>/comm). */
function treeRss(root: number): Record<string, number> {
  const byProgram: Record<string, number> = {};
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const bytes = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
      const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      byProgram[name] = (byProgram[name] ?? 0) + bytes;
    } catch {
      // Ended meanwhile.
    }
    stack.push(...childrenOf(pid));
  }
  return byProgram;
}

const sum = (byProgram: Record<string, number>) => Object.values(byProgram).reduce((a, b) => a + b, 0);

export function measureCommand(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<Measured> {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak: Record<string, number> = {};
    const poll = setInterval(() => {
      const now = treeRss(child.pid!);
      if (sum(now) > sum(peak)) peak = now;
    }, 200);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ status, seconds: Number(process.hrtime.bigint() - start) / 1e9, peakRssBytes: sum(peak), peakRssByProgram: peak, output });
    });
  });
}
