// Offline settings for the build. Environment variables override the defaults (tests use them to
// make a small generated site behave like a large one).
import type { OfflineOptions } from './manifest';

const MB = 1_000_000;

function number(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number of bytes, got "${raw}"`);
  return value;
}

export function offlineOptions(): OfflineOptions {
  return {
    /** OFFLINE_PRECACHE_ALL_BELOW: a site smaller than this (bytes transferred, gzip) is precached whole. */
    precacheAllBelow: number('OFFLINE_PRECACHE_ALL_BELOW', 10 * MB),
    /** OFFLINE_CORE_BUDGET: what a first visit may precache above that size; the build warns beyond it. */
    coreBudget: number('OFFLINE_CORE_BUDGET', 1.5 * MB),
    shardSize: 128,
  };
}
