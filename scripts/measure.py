#!/usr/bin/env python3
"""Whole-process measurements for docs/PERFORMANCE.md (figures only, no pass/fail):

  start-up   time from spawn to the first full frame in a pseudo-terminal (median of N runs)
  idle       CPU time and context switches of the running dashboard over 10 s with no input
  memory     peak resident memory of `check` and `render` on given files
  load       `check` and `render --size 200x60` of each given file against the reference,
             an untyped serde_json::Value parse of the same file (examples/untyped.rs), run
             in turn in one loop: median wall and CPU time, peak memory, and the ratios

Usage: scripts/measure.py BINARY [DATASET ...]
  (build with `cargo build --release --bins --examples` first; the reference is looked for
   at examples/untyped beside BINARY)
"""

import os
import pty
import select
import statistics
import subprocess
import sys
import time


def spawn(binary, args, cols=100, rows=30):
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ["LINES"], os.environ["COLUMNS"] = str(rows), str(cols)
        os.execv(binary, [binary, *args])
    import fcntl, struct, termios
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    return pid, fd


def read_until(fd, marker, timeout=10.0):
    out = b""
    end = time.monotonic() + timeout
    while marker not in out:
        left = end - time.monotonic()
        if left <= 0:
            raise TimeoutError(out[-200:])
        r, _, _ = select.select([fd], [], [], left)
        if r:
            out += os.read(fd, 65536)
    return out


def stop(pid, fd):
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    os.close(fd)


def startup(binary, runs=30):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        pid, fd = spawn(binary, ["--no-watch"])
        read_until(fd, b"quit")  # the footer is drawn last
        times.append((time.perf_counter() - t0) * 1000)
        stop(pid, fd)
    return times


def cpu_ns(pid):
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
            total += int(f.read().split()[0])
    return total


def switches(pid):
    total = 0
    for tid in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{tid}/status") as f:
            for line in f:
                if "ctxt_switches" in line:
                    total += int(line.split()[1])
    return total


def idle(binary, args, seconds=10):
    pid, fd = spawn(binary, args)
    read_until(fd, b"quit")
    time.sleep(0.5)
    c0, s0 = cpu_ns(pid), switches(pid)
    time.sleep(seconds)
    c1, s1 = cpu_ns(pid), switches(pid)
    with open(f"/proc/{pid}/status") as f:
        hwm = next(int(l.split()[1]) for l in f if l.startswith("VmHWM"))
    stop(pid, fd)
    return (c1 - c0) / 1e6, s1 - s0, hwm / 1024



def timed(cmd):
    """Wall seconds, CPU seconds (user + system) and peak memory in bytes of one command."""
    out = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", *cmd],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    wall, user, system, kb = out.stderr.strip().splitlines()[-1].split()
    return float(wall), float(user) + float(system), int(kb) * 1024


def load(binary, untyped, path, runs=9):
    """`check` and `render` of one file beside the untyped parse, interleaved run by run so
    that a slower moment of the machine falls on all three alike."""
    commands = {
        "untyped parse (reference)": [untyped, path],
        "check": [binary, "check", path],
        "render --size 200x60": [binary, "render", "--size", "200x60", path],
    }
    runs_of = {name: [] for name in commands}
    for _ in range(runs):
        for name, cmd in commands.items():
            runs_of[name].append(timed(cmd))
    size = os.path.getsize(path)
    print(f"load of {os.path.basename(path)} ({size / 1e6:.1f} MB), median of {runs} runs each:")
    ref = None
    for name, rs in runs_of.items():
        wall = statistics.median(r[0] for r in rs)
        cpu = statistics.median(r[1] for r in rs)
        peak = max(r[2] for r in rs)
        if ref is None:
            ref = (wall, cpu)
        print(f"  {name:27} {wall * 1000:7.0f} ms wall ({size / wall / 1e6:5.0f} MB/s), "
              f"{cpu * 1000:6.0f} ms CPU, peak {peak / 1e6:6.1f} MB = {peak / size:.2f}x the file; "
              f"{ref[0] / wall:.2f}x the reference's speed (CPU: {ref[1] / cpu:.2f}x)")


def main():
    binary = os.path.abspath(sys.argv[1])
    files = sys.argv[2:]
    untyped = os.path.join(os.path.dirname(binary), "examples", "untyped")
    for f in files:
        if os.path.exists(untyped):
            load(binary, untyped, f)
    t = startup(binary)
    print(f"start-up to first frame (embedded, 100x30): median {statistics.median(t):.1f} ms, "
          f"min {min(t):.1f}, max {max(t):.1f} over {len(t)} runs")
    ms, sw, mb = idle(binary, ["--no-watch"])
    print(f"idle 10 s (embedded, no watch): {ms:.3f} ms CPU, {sw} context switches; peak memory {mb:.1f} MB")
    for f in files:
        ms, sw, mb = idle(binary, [f])
        print(f"idle 10 s ({os.path.basename(f)}, watching): {ms:.3f} ms CPU, {sw} context switches; peak memory {mb:.1f} MB")
    # GNU time's %M is the command's own peak; a Python child would count its pre-exec copy.
    for args in [["check"], ["render", "--size", "200x60"]] + [[c, f] for f in files for c in ("check", "render")]:
        out = subprocess.run(["/usr/bin/time", "-f", "%M", binary, *args],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
        kb = int(out.stderr.strip().splitlines()[-1])
        size = os.path.getsize(args[-1]) if args[-1] in files else 0
        ratio = f", {kb * 1024 / size:.2f}x the file" if size else ""
        print(f"peak memory `{' '.join(args[:1] + [os.path.basename(a) for a in args[1:]])}`: {kb / 1024:.1f} MB{ratio}")


if __name__ == "__main__":
    main()
