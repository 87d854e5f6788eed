#!/usr/bin/env python3
"""Renders every tab, popup and language of the shipped datasets at three sizes into a folder,
one file per frame, so two builds can be compared byte for byte (`diff -r A B`).

usage: scripts/render_all.py BINARY OUTDIR
"""
import json, os, subprocess, sys

binary, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
data = ["data/pingtan-2020.json", "data/national-funds-2020.json", "data/xialong-village-2017.json", "data/caohugou-village-2020.json"]
sizes = ["80x24", "120x40", "200x60", "50x14", "49x13"]

def run(name, args):
    p = subprocess.run([binary, "render", *args], capture_output=True)
    with open(os.path.join(out, name), "wb") as f:
        f.write(p.stdout + b"\n--- stderr\n" + p.stderr + b"\n--- exit %d\n" % p.returncode)

count = 0
for path in data:
    d = json.load(open(path))
    tabs = ["overview"] + [s["id"] for s in d["sections"]] + [
        m["id"] for s in d["sections"] for m in s.get("members", [])]
    base = os.path.basename(path)[:-5]
    for size in sizes:
        for lang in ["en", "zh"]:
            for tab in tabs:
                for extra, tag in [([], ""), (["--select", "2", "--popup", "detail"], "-detail"),
                                   (["--select", "3"], "-sel3")]:
                    run(f"{base}-{tab}-{size}-{lang}{tag}", [path, "--size", size, "--lang", lang, "--tab", tab, *extra])
                    count += 1
            run(f"{base}-help-{size}-{lang}", [path, "--size", size, "--lang", lang, "--popup", "help"])
            count += 1
for size in sizes:
    for lang in ["en", "zh"]:
        run(f"all-overview-{size}-{lang}", ["--size", size, "--lang", lang])
        run(f"all-compare-{size}-{lang}", ["--size", size, "--lang", lang, "--tab", "compare"])
        run(f"all-compare-detail-{size}-{lang}", ["--size", size, "--lang", lang, "--tab", "compare", "--popup", "detail"])
        run(f"all-reports-{size}-{lang}", ["--size", size, "--lang", lang, "--popup", "reports"])
        count += 4
print(count, "frames")
