#!/usr/bin/env python3
"""CPU time per key, from the process's own counters, as a user would press them: starts the
dashboard in tmux (200x60), waits for TEXT, sends SETUP keys, then N presses of KEY (each
after the last one's frame is drawn), and prints the CPU used per key.

usage: scripts/key_cost.py BINARY TEXT SETUP KEY N [ARGS...]   (SETUP: tmux key names, comma-separated, or -)
"""
import os, subprocess, sys, time

binary, text, setup, key, n, args = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6:]
session = f"kc{os.getpid()}"
cmd = " ".join([f"'{binary}'"] + [f"'{a}'" for a in args])
tmux = lambda *a: subprocess.run(["tmux", *a], capture_output=True, text=True).stdout
tmux("kill-session", "-t", session)
tmux("new-session", "-d", "-s", session, "-x", "200", "-y", "60", f"exec {cmd}")
start = time.monotonic()
while text not in tmux("capture-pane", "-p", "-t", session):
    if time.monotonic() - start > 60: sys.exit("timed out")
    time.sleep(0.01)
pid = tmux("display", "-p", "-t", session, "#{pane_pid}").strip()
for k in ([] if setup == "-" else setup.split(",")):
    tmux("send-keys", "-t", session, k); time.sleep(0.3)
time.sleep(0.5)
def cpu():
    parts = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(parts[11]) + int(parts[12])) * 1000 / os.sysconf("SC_CLK_TCK")
def split():
    parts = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return int(parts[11]), int(parts[12])
c0 = cpu(); s0 = split()
for _ in range(n):
    tmux("send-keys", "-t", session, key)
    time.sleep(0.02)
time.sleep(0.5)
c1 = cpu(); s1 = split()
tick = 1000 / os.sysconf("SC_CLK_TCK")
print(f"{(c1 - c0) / n:.2f} ms of CPU per key ({n} keys): {(s1[0] - s0[0]) * tick / n:.2f} user, {(s1[1] - s0[1]) * tick / n:.2f} system")
tmux("kill-session", "-t", session)
