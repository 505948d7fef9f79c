# -*- coding: utf-8 -*-
"""Runs build/bench/consortium_bench and team_bench and parses what they print.

The benches print summaries per run (median and worst ratio to the exact optimum), not one
line per instance. To see a distribution rather than a median, notebook 02 runs them many
times on small inputs:
  - consortium_bench with --instances 1 and a different --seed each run: one instance per
    run, so its "best proposal / optimum" line is that instance's ratio, and with --k 3 the
    "every proposal" line gives the median and worst of its three proposals;
  - team_bench over a grid of (pool, size): per configuration the share of instances solved
    optimally, the median and the worst ratio, for greedy alone and greedy + swaps.
If a bench later prints per-instance lines, parse them here; the notebook reads only these
functions' records.
"""
import os
import re

from consortia_nb import bench_dir, run

NUM = r"([-+]?\d+(?:\.\d+)?)"


def _find(pattern, text, names, conv=float):
    m = re.search(pattern, text)
    if not m:
        return {n: None for n in names}
    return {n: conv(v) for n, v in zip(names, m.groups())}


def parse_consortium(text):
    """consortium_bench output -> dict (None for lines not printed)."""
    out = {}
    out.update(_find(r"setup: (\d+) organisations imported and indexed in " + NUM + " s", text,
                     ["orgs", "setup_s"]))
    out.update(_find(r"instances: (\d+) answered, (\d+) infeasible, (\d+) exact runs hit", text,
                     ["answered", "infeasible", "incomplete"], int))
    out.update(_find(r"latency per request \(ms\): p50 " + NUM + r"\s+p90 " + NUM + r"\s+max " + NUM, text,
                     ["latency_p50_ms", "latency_p90_ms", "latency_max_ms"]))
    out.update(_find(r"heuristic composition of k proposals \(ms\): p50 " + NUM + r"\s+p90 " + NUM + r"\s+max " + NUM,
                     text, ["heuristic_p50_ms", "heuristic_p90_ms", "heuristic_max_ms"]))
    out.update(_find(r"exact oracle per proposal \(ms\): p50 " + NUM + r"\s+p90 " + NUM + r"\s+max " + NUM, text,
                     ["exact_p50_ms", "exact_p90_ms", "exact_max_ms"]))
    out.update(_find(r"ratio best proposal / optimum: median " + NUM + r"\s+worst " + NUM, text,
                     ["best_median", "best_worst"]))
    out.update(_find(r"ratio every proposal / optimum given earlier ones: median " + NUM + r"\s+worst " + NUM,
                     text, ["every_median", "every_worst"]))
    return out


def parse_team(text):
    """team_bench optimality output -> dict."""
    out = {}
    out.update(_find(r"optimality: (\d+) instances \(pool (\d+), team (\d+), cap (\d+)\): (\d+) solved exactly, "
                     r"(\d+) infeasible, (\d+) over the node limit", text,
                     ["instances", "pool", "size", "cap", "solved", "infeasible", "aborted"], int))
    out.update(_find(r"greedy\s+ratio median " + NUM + r"\s+worst " + NUM + r"\s+time median " + NUM + " ms", text,
                     ["greedy_median", "greedy_worst", "greedy_ms"]))
    out.update(_find(r"greedy\+swaps\s+ratio median " + NUM + r"\s+worst " + NUM + r"\s+time median " + NUM +
                     r" ms\s+\(optimal in (\d+) of (\d+)\)", text,
                     ["swaps_median", "swaps_worst", "swaps_ms", "optimal", "of"]))
    out.update(_find(r"exact \(B&B\)\s+time median " + NUM + r" ms\s+p90 " + NUM + r" ms\s+max " + NUM +
                     r" ms; nodes median " + NUM + r" max " + NUM, text,
                     ["exact_median_ms", "exact_p90_ms", "exact_max_ms", "nodes_median", "nodes_max"]))
    for k in ("optimal", "of"):
        if out.get(k) is not None:
            out[k] = int(out[k])
    return out


def consortium_runs(seeds, orgs, k=3, instances=1, progress=None):
    """One consortium_bench run per seed; a list of parsed dicts with seed, seconds, raw output."""
    exe = os.path.join(bench_dir(), "consortium_bench")
    rows = []
    for i, seed in enumerate(seeds):
        out, err, dt = run([exe, "--orgs", str(orgs), "--instances", str(instances), "--k", str(k),
                            "--seed", str(seed)], timeout=1800)
        r = parse_consortium(out)
        if r.get("best_median") is None:
            raise RuntimeError("consortium_bench printed no ratio line:\n" + out + err)
        r.update({"seed": seed, "seconds": dt, "raw": out})
        rows.append(r)
        if progress:
            progress(i + 1, len(seeds), r)
    return rows


def team_runs(configs, instances, progress=None):
    """One team_bench optimality run per (pool, size); a list of parsed dicts."""
    exe = os.path.join(bench_dir(), "team_bench")
    rows = []
    for i, (pool, size) in enumerate(configs):
        out, err, dt = run([exe, "--instances", str(instances), "--pool", str(pool), "--size", str(size)],
                           timeout=1800, check=False)
        r = parse_team(out)
        if r.get("instances") is None:
            raise RuntimeError("team_bench printed no optimality line:\n" + out + err)
        r.update({"seconds": dt, "raw": out})
        rows.append(r)
        if progress:
            progress(i + 1, len(configs), r)
    return rows
