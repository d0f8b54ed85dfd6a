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

interface Proc {
  ppid: number;
  comm: string;
  ticks: number;
}

function processes(): Map<number, Proc> {
  const out = new Map<number, Proc>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // After the command: state(0) ppid(1) … utime(11) stime(12)
      out.set(Number(entry), {
        ppid: Number(fields[1]),
        comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        ticks: Number(fields[11]) + Number(fields[12]),
      });
    } catch {
      /* the process ended */
    }
  }
  return out;
}

function isOurs(all: Map<number, Proc>, pid: number): boolean {
  for (let p = pid, hops = 0; p > 1 && hops < 64; p = all.get(p)?.ppid ?? 0, hops++) if (p === process.pid) return true;
  return false;
}

function ourTicks(): number {
  const all = processes();
  let sum = 0;
  for (const [pid, p] of all) if (isOurs(all, pid)) sum += p.ticks;
  return sum;
}

/** CPU time (ms) used so far by one process, and by our PostgreSQL server's processes. */
export function cpuMs(apiPid: number): { api: number; postgres: number } | null {
  try {
    const all = processes();
    let pg = 0;
    for (const [pid, p] of all) if (p.comm.startsWith('postgres') && isOurs(all, pid)) pg += p.ticks;
    return { api: ((all.get(apiPid)?.ticks ?? NaN) * 1000) / HZ, postgres: (pg * 1000) / HZ };
  } catch {
    return null;
  }
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
