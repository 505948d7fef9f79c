#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Assemble tests/relevance/queries.json from query_spec.py (queries, narratives) and the grades
written by reading the records (grades/*.txt), with the pools of pool.py (out/pools.json) as the
explicit zeros: a query's judgements are every record graded 1 or 2 for its need that the query
can return, plus 0 for every other pooled record it can return. Records neither graded nor pooled
are unjudged (= 0).

  /usr/bin/python3 tests/relevance/tools/assemble.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "bench", "relevance"))

import evaluate as E  # noqa: E402
import query_spec as Q  # noqa: E402
from pool import expand_queries  # noqa: E402


def full_key(k):
    if k.startswith("x"):
        return "rel.exp." + k[1:]
    if k.startswith("o"):
        return "rel.org." + k[1:]
    return k


def read_grades():
    grades = {}  # need name -> {key: grade}
    for name in sorted(os.listdir(os.path.join(HERE, "grades"))):
        if not name.endswith(".txt"):
            continue
        with open(os.path.join(HERE, "grades", name), encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.split("#", 1)[0].strip()
                if not line:
                    continue
                parts = line.split()
                key = full_key(parts[0])
                for p in parts[1:]:
                    need, g = p.split("=")
                    g = int(g)
                    if g not in (1, 2):
                        raise ValueError("%s:%d: grade must be 1 or 2: %s" % (name, n, p))
                    d = grades.setdefault(need, {})
                    if key in d and d[key] != g:
                        raise ValueError("%s:%d: %s graded twice for %s" % (name, n, key, need))
                    d[key] = g
    return grades


def main():
    corpus = E.Corpus(E.DEFAULT_CORPUS)
    rules = E.load_json(E.DEFAULT_RULES)
    grades = read_grades()
    for need, d in grades.items():
        for key in d:
            if key not in corpus.records:
                raise SystemExit("graded key %s (%s) is not in the corpus" % (key, need))
    pools = E.load_json(os.path.join(HERE, "out", "pools.json"))
    used = {need: set() for need in grades}
    out = []
    n_search = n_cons = 0
    for need, q in expand_queries():
        if q["task"] == "search":
            gname = need["id"].split(".", 1)[1]
            qid = q["id"]
            n_search += 1
            rec = {"id": qid, "task": "search", "lang": q["lang"], "need": need["id"],
                   "text": q["text"], "kinds": q["kinds"], "narrative": need["narrative"]}
            pool_key = need["id"]
        else:
            pid = need["id"].rsplit(".", 1)[0]  # c.cmp.related_enterprise -> c.cmp
            gname = "C." + pid.split(".", 1)[1]
            n_cons += 1
            qid = "C%02d" % n_cons
            prob = [p for p in Q.PROBLEMS if p["id"] == pid][0]
            rec = {"id": qid, "task": "consortium", "lang": "zh", "need": pid, "type": q["type"],
                   "lead": q["lead"]}
            if q.get("industry"):
                rec["industry"] = q["industry"]
            if q.get("region"):
                rec["region"] = q["region"]
            rec.update({"problem": q["problem"], "role": q["role"], "narrative": prob["narrative"]})
            pool_key = need["id"]
        _, ok = E.candidate_filter(q, corpus, rules)
        j = {}
        for key in pools.get(pool_key, {}):
            if ok(key, corpus.records[key]):
                j[key] = 0
        for key, g in grades.get(gname, {}).items():
            if ok(key, corpus.records[key]):
                j[key] = g
                used[gname].add(key)
        rec["judgements"] = dict(sorted(j.items()))
        out.append(rec)
    # grades that no query could use are probably mistakes: report them
    unused = []
    for need, d in sorted(grades.items()):
        for key in sorted(set(d) - used[need]):
            unused.append("%s %s (%s)" % (need, key, corpus.records[key]["kind"]))
    if unused:
        print("grades no query can use (%d):" % len(unused), file=sys.stderr)
        for u in unused:
            print("  " + u, file=sys.stderr)
    data = {"version": 1,
            "about": "Graded relevance judgements for tests/relevance/corpus.json; see README.md. "
                     "Grades: 2 exactly what was asked, 1 related/partially useful, 0 or unjudged not relevant.",
            "queries": out}
    path = os.path.join(HERE, "..", "queries.json")
    with open(path, "w", encoding="utf-8") as f:
        f.write("{\n")
        f.write(' "version": 1,\n')
        f.write(' "about": %s,\n' % json.dumps(data["about"], ensure_ascii=False))
        f.write(' "queries": [\n')
        for i, q in enumerate(out):
            f.write("  " + json.dumps(q, ensure_ascii=False, separators=(", ", ": ")))
            f.write(",\n" if i + 1 < len(out) else "\n")
        f.write(" ]\n}\n")
    g = {0: 0, 1: 0, 2: 0}
    for q in out:
        for v in q["judgements"].values():
            g[v] += 1
    print("queries: %d search, %d consortium; judgements: %d (grade 2: %d, 1: %d, 0: %d)" % (
        n_search, n_cons, sum(g.values()), g[2], g[1], g[0]), file=sys.stderr)


if __name__ == "__main__":
    main()
