import fs from 'node:fs';
import os from 'node:os';

/**
 * How busy the machine was with work that is not the benchmark's: CPU time of every process
 * outside the benchmark's process tree (the bench, the APIs, PostgreSQL and Chromium are all its
 * descendants), as a share of all cores, between two snapshots. Linux /proc only; null elsewhere.
 * Processes that start and end between the snapshots are counted as "others" only if they are
 * not ours, which is what we want; our own short-lived processes are few (none in a scenario).
 */
interface Snapshot {
  at: number;
  busy: number;
  ours: number;
}

const HZ = 100; // USER_HZ on Linux

function cpuBusyTicks(): number {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return user + nice + system + irq + softirq + steal;
}

function ourTicks(): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // After the command: state(0) ppid(1) … utime(11) stime(12)
      parent.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]));
    } catch {
      /* the process ended */
    }
  }
  const ours = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === process.pid) return true;
    return false;
  };
  let sum = 0;
  for (const [pid, t] of ticks) if (ours(pid)) sum += t;
  return sum;
}

export function snapshot(): Snapshot | null {
  try {
    return { at: Date.now(), busy: cpuBusyTicks(), ours: ourTicks() };
  } catch {
    return null;
  }
}

/** Share (0–1) of all cores used by other processes between `a` and now; null when unknown. */
export function othersShare(a: Snapshot | null): number | null {
  const b = snapshot();
  if (!a || !b || b.at <= a.at) return null;
  const capacity = ((b.at - a.at) / 1000) * HZ * os.cpus().length;
  // Our processes' ticks that ended between the snapshots are lost, so never below zero.
  return Math.max(0, Math.min(1, (b.busy - a.busy - (b.ours - a.ours)) / capacity));
}
