#!/usr/bin/env python3
"""Runs commands in turn, N rounds (so a slower moment of the machine falls on all of them
alike), and prints for each the median wall time, the median CPU time (user + system) with
their quartiles, and the median peak memory (KiB), from the kernel's own counters (wait4).

Each command is started by forking this script, so its wall time includes the fork (about
3 ms) and its peak at least this script's size before the exec (about 10 MB): compare
commands with each other, not with figures measured otherwise.

usage: scripts/alternate.py N COMMAND [ARGS...] [-- COMMAND [ARGS...]] ...
"""
import os, sys, time, statistics, subprocess
n = int(sys.argv[1]); rest = sys.argv[2:]
cmds = []; cur = []
for a in rest:
    if a == '--': cmds.append(cur); cur = []
    else: cur.append(a)
cmds.append(cur)
res = [[] for _ in cmds]
devnull = os.open(os.devnull, os.O_WRONLY)
for r in range(n):
    for i, c in enumerate(cmds):
        t0 = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.dup2(devnull, 1); os.dup2(devnull, 2)
            os.execv(c[0], c)
        _, st, ru = os.wait4(pid, 0)
        w = time.perf_counter() - t0
        res[i].append((w*1000, (ru.ru_utime+ru.ru_stime)*1000, ru.ru_maxrss))
for c, rs in zip(cmds, res):
    med = lambda k: statistics.median(x[k] for x in rs)
    q = lambda k, p: sorted(x[k] for x in rs)[int(p*(len(rs)-1))]
    print(f"wall {med(0):6.1f} ms [{q(0,.25):.1f}-{q(0,.75):.1f}]  cpu {med(1):6.1f} ms [{q(1,.25):.1f}-{q(1,.75):.1f}]  peak {med(2):.0f} KiB  {' '.join(os.path.basename(x) for x in c)}")
