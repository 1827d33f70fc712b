/**
 * CPU time used by the processes this one started (Chromium's browser, GPU and
 * renderer processes), from /proc: what a frame or a load costs the machine,
 * however busy it is with other work (wall-clock times are not). Linux only;
 * NaN elsewhere.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

let tick = 0;
/** Milliseconds per clock tick (USER_HZ, nearly always 100 per second). */
function msPerTick(): number {
  if (!tick) {
    try {
      tick = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    } catch {
      tick = 10;
    }
  }
  return tick;
}

interface Stat {
  pid: number;
  ppid: number;
  cpu: number;
}

/** pid, parent and user + system ticks of a /proc/<pid>/stat line (the name may hold spaces and parentheses). */
export function parseStat(line: string): Stat | null {
  const close = line.lastIndexOf(')');
  if (close < 0) return null;
  const f = line.slice(close + 2).split(' ');
  // After the name: state(0) ppid(1) … utime(11) stime(12).
  const pid = Number(line.slice(0, line.indexOf(' ')));
  return { pid, ppid: Number(f[1]), cpu: Number(f[11]) + Number(f[12]) };
}

/** CPU milliseconds used so far by every descendant of `root` (default: this process), itself excluded. */
export function childrenCpuMs(root = process.pid): number {
  if (!fs.existsSync('/proc/self/stat')) return NaN;
  const stats: Stat[] = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const s = parseStat(fs.readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (s) stats.push(s);
    } catch {
      // The process ended while we looked.
    }
  }
  const kids = new Map<number, Stat[]>();
  for (const s of stats) kids.set(s.ppid, [...(kids.get(s.ppid) ?? []), s]);
  let ticks = 0;
  const stack = [...(kids.get(root) ?? [])];
  while (stack.length) {
    const s = stack.pop()!;
    ticks += s.cpu;
    stack.push(...(kids.get(s.pid) ?? []));
  }
  return ticks * msPerTick();
}
