#!/usr/bin/env python3
"""Starts the dashboard in tmux and measures, as a user would meet it: the time to the first
frame that shows TEXT, then the process's peak memory, threads and inotify instances, and
its CPU over an idle wait.

usage: scripts/first_frame.py BINARY TEXT [ARGS...]
"""
import os, subprocess, sys, time

binary, text, args = sys.argv[1], sys.argv[2], sys.argv[3:]
session = f"ff{os.getpid()}"
cmd = " ".join([f"'{binary}'"] + [f"'{a}'" for a in args])
subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
start = time.monotonic()
subprocess.run(["tmux", "new-session", "-d", "-s", session, "-x", "200", "-y", "60", f"exec {cmd}"], check=True)
pid = None
while time.monotonic() - start < 60:
    out = subprocess.run(["tmux", "capture-pane", "-p", "-t", session], capture_output=True, text=True).stdout
    if text in out:
        break
    time.sleep(0.002)
first = time.monotonic() - start
pid = subprocess.run(["tmux", "display", "-p", "-t", session, "#{pane_pid}"], capture_output=True, text=True).stdout.strip()
status = open(f"/proc/{pid}/status").read()
field = lambda k: next(l.split()[1] for l in status.splitlines() if l.startswith(k))
inotify = sum(1 for f in os.listdir(f"/proc/{pid}/fd") if "inotify" in os.readlink(f"/proc/{pid}/fd/{f}"))
def cpu():
    parts = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(parts[11]) + int(parts[12])
c0 = cpu(); time.sleep(3); c1 = cpu()
print(f"first frame {first*1000:.0f} ms, peak memory {int(field('VmHWM:'))/1024:.1f} MiB, "
      f"threads {field('Threads:')}, inotify instances {inotify}, idle CPU over 3 s {c1-c0} ticks")
subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)
