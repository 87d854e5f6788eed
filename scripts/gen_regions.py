#!/usr/bin/env python3
"""Writes N one-region datasets into DIR for the Table tab's measures: copies of
data/library/rural-poverty/cn.json with their own names, codes and values, a nation, 100
provinces under it and the rest counties under those (synthetic values, for timing only).

usage: scripts/gen_regions.py DIR [N]   (N: 10000)
"""
import json, os, sys

out, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10000
here = os.path.dirname(os.path.abspath(__file__))
base = json.load(open(os.path.join(here, "..", "data", "library", "rural-poverty", "cn.json")))
os.makedirs(out, exist_ok=True)
for k in range(n):
    d = json.loads(json.dumps(base))
    r = d["meta"]["region"]
    r.update(zh=f"地区{k}", en=f"Region {k}", code=f"R{k}")
    r.pop("children_complete", None)
    if k == 0:
        r["level"] = "country"
        r.pop("parent", None)
    elif k <= 100:
        r.update(level="province", parent="R0")
    else:
        r.update(level="county", parent=f"R{1 + k % 100}")
    for i, ind in enumerate(d["indicators"]):
        v = (k * 7919 + i * 104729) % 10007
        ind["value"] = round(v % 100, 1) if ind["unit"] == "percent" else v
    with open(os.path.join(out, f"r{k:05d}.json"), "w") as f:
        json.dump(d, f, ensure_ascii=False, separators=(",", ":"))
