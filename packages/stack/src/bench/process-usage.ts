/**
 * What each process of the stack spent: CPU time and resident memory from /proc (Linux), and the
 * SQL statements each subgraph counted (its `/metrics`). Sampled before and after a measurement,
 * the differences divided by the requests served give CPU ms and statements per request.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { metricValue } from '@lifeline/subgraph-runtime';

/** /proc reports CPU time in clock ticks of 1/100 s (USER_HZ) on every Linux this runs on. */
const MS_PER_TICK = 10;

export interface UsageSnapshot {
  /** CPU ms (user + system) per process name since it started. */
  cpuMs: Record<string, number>;
  /** Resident memory per process name, bytes. */
  rssBytes: Record<string, number>;
  /** SQL statements per subgraph since it started. */
  sqlStatements: Record<string, number>;
}

/** CPU ms and RSS of one process, or undefined when /proc has no such process. */
export function processUsage(pid: number): { cpuMs: number; rssBytes: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name "(…)": state is the first, utime the 12th, stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const cpuMs = (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? 0);
    return { cpuMs, rssBytes: rssKb * 1024 };
  } catch {
    return undefined;
  }
}

/**
 * CPU ms of every living process below `rootPid` (not the root itself) whose command name matches
 * `name`: a browser's processes, or a server's workers. Processes that already exited are not
 * counted, so sample while the tree is alive.
 */
export function descendantsCpuMs(rootPid: number, name: RegExp): number {
  const parentOf = new Map<number, number>();
  const stats = new Map<number, { comm: string; cpuMs: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      parentOf.set(pid, Number(fields[1]));
      stats.set(pid, { comm, cpuMs: (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK });
    } catch {
      // Exited between the listing and the read.
    }
  }
  let total = 0;
  for (const [pid, { comm, cpuMs }] of stats) {
    if (!name.test(comm)) continue;
    for (let up = parentOf.get(pid); up !== undefined && up > 1; up = parentOf.get(up)) {
      if (up === rootPid) {
        total += cpuMs;
        break;
      }
    }
  }
  return total;
}

/** Samples every named process and every subgraph's statement counter. */
export async function sampleUsage(pids: Record<string, number>, metricsUrls: Record<string, string>): Promise<UsageSnapshot> {
  const snapshot: UsageSnapshot = { cpuMs: {}, rssBytes: {}, sqlStatements: {} };
  for (const [name, pid] of Object.entries(pids)) {
    const usage = processUsage(pid);
    if (!usage) continue;
    snapshot.cpuMs[name] = usage.cpuMs;
    snapshot.rssBytes[name] = usage.rssBytes;
  }
  await Promise.all(
    Object.entries(metricsUrls).map(async ([name, url]) => {
      const res = await fetch(url).catch(() => undefined);
      if (!res?.ok) return;
      const value = metricValue(await res.text(), 'lifeline_sql_statements_total');
      if (value !== undefined) snapshot.sqlStatements[name] = value;
    }),
  );
  return snapshot;
}

export interface UsagePerRequest {
  /** CPU ms per request, per process. */
  cpuMsPerRequest: Record<string, number>;
  /** SQL statements per request, per subgraph. */
  sqlPerRequest: Record<string, number>;
  /** Resident memory after the run, MB, per process. */
  rssMb: Record<string, number>;
}

/** The differences between two snapshots, per request served in between. */
export function perRequest(before: UsageSnapshot, after: UsageSnapshot, requests: number): UsagePerRequest {
  const per = (a: Record<string, number>, b: Record<string, number>) =>
    Object.fromEntries(Object.keys(b).filter((k) => k in a).map((k) => [k, requests > 0 ? (b[k]! - a[k]!) / requests : 0]));
  return {
    cpuMsPerRequest: per(before.cpuMs, after.cpuMs),
    sqlPerRequest: per(before.sqlStatements, after.sqlStatements),
    rssMb: Object.fromEntries(Object.entries(after.rssBytes).map(([k, v]) => [k, v / 1024 / 1024])),
  };
}
