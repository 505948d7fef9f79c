#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Pool candidates for judging and render them for reading.

For every need of query_spec.py: the union, over its queries, of
  - every record of the query's kinds in the need's pool topics (tools/out/clusters.json),
  - for society and park kinds: every record of that kind (they are few; parks: of the region),
  - the top 30 of a plain BM25 (bench/relevance/evaluate.py) for the query,
  - the top 30 the service returns for the query (--binary; search k=30, suggest list_per_role=30).
Writes tools/out/pools.json (need -> pooled keys, with where each came from) and
tools/out/pool_<need>.txt: one line per pooled record, in key order, showing only what the record
says (name, kind, affiliation, keywords, description without the boilerplate sentences every
profile carries) — not the topic it was written from.

  /usr/bin/python3 tests/relevance/tools/pool.py --binary /opt/consortia-ref/consortia
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(REPO, "bench", "relevance"))

import evaluate as E  # noqa: E402
import query_spec as Q  # noqa: E402
import sheets_common as C  # noqa: E402

DEPTH = 30
KIND_ABBR = {"expert": "EXP", "enterprise": "ENT", "university": "UNI", "research_institute": "INS",
             "municipal_society": "MUN", "national_society": "NAT", "society_committee": "COM", "park": "PRK"}
SMALL_KINDS = {"municipal_society", "national_society", "park"}


def expand_queries():
    """(need, query dict in evaluator form) for every query of the spec."""
    out = []
    for need in Q.NEEDS:
        for q in need["queries"]:
            d = dict(q)
            d["task"] = "search"
            out.append((need, d))
    for p in Q.PROBLEMS:
        for i, role in enumerate(p["roles"]):
            d = {"task": "consortium", "type": p["type"], "lead": p["lead"], "problem": p["problem"],
                 "role": role, "lang": "zh"}
            if p.get("industry"):
                d["industry"] = p["industry"]
            if p.get("region"):
                d["region"] = p["region"]
            out.append((dict(p, id=p["id"] + "." + role), d))
    return out


BOILER = [re.escape(x).replace(r"\{t\}", ".*?") for x in C.GENERIC + C.ENT_EXTRA + C.LEAD_EXTRA]
BOILER = [re.compile(x.replace(r"\{n\}", r"\d+")) for x in BOILER]
ACH = re.compile(r"(主持|发表|授权|参与制定|获省部级|担任多家|培养研究生).*")


def strip_desc(rec):
    sents = [s for s in re.split("[。]", rec.get("description", "")) if s]
    keep = []
    for s in sents:
        if any(b.fullmatch(s) for b in BOILER):
            continue
        if rec["kind"] == "expert" and ACH.match(s):
            continue
        keep.append(s)
    return "。".join(keep)


def render(corpus, key):
    rec = corpus.records[key]
    kind = KIND_ABBR.get(rec["kind"], rec["kind"])
    kws = ", ".join(rec.get("keywords", []))
    desc = strip_desc(rec)
    if rec["kind"] == "expert":
        # the description begins with name, title, affiliation and position: keep it, it is the profile
        return "%s %s | kw: %s | %s" % (key, kind, kws, desc)
    extra = ""
    if rec.get("leading"):
        extra += " [leading]"
    if rec["kind"] == "park":
        extra += " [zone %s park %s]" % (rec.get("zone") or "-", rec.get("park"))
    return "%s %s%s | %s | kw: %s | %s" % (key, kind, extra, rec["name"], kws, desc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--binary", required=True)
    ap.add_argument("--only", help="comma-separated need ids")
    args = ap.parse_args()
    corpus = E.Corpus(E.DEFAULT_CORPUS)
    rules = E.load_json(E.DEFAULT_RULES)
    clusters = E.load_json(os.path.join(HERE, "out", "clusters.json"))
    bm25 = E.BM25(corpus)
    items = expand_queries()
    if args.only:
        keep = set(args.only.split(","))
        items = [(n, q) for n, q in items if n["id"] in keep]
    pools = {}
    with E.Service(args.binary, E.DEFAULT_CORPUS) as svc:
        for need, q in items:
            pool = pools.setdefault(need["id"], {})
            _, ok = E.candidate_filter(q, corpus, rules)
            topics = set(need.get("pool_topics", []))
            for key, rec in corpus.records.items():
                if not ok(key, rec):
                    continue
                if rec["kind"] in SMALL_KINDS or topics.intersection(clusters.get(key, [])):
                    pool.setdefault(key, set()).add("cluster")
                    # universities/institutes as such (not their units) are few and broad: always pooled
                elif key.startswith(("rel.u.", "rel.i.")):
                    pool.setdefault(key, set()).add("public")
            for key in E.bm25_run(bm25, corpus, rules, q, DEPTH):
                pool.setdefault(key, set()).add("bm25")
            for key in svc.run(q, DEPTH):
                pool.setdefault(key, set()).add("system")
    os.makedirs(os.path.join(HERE, "out"), exist_ok=True)
    path = os.path.join(HERE, "out", "pools.json")
    old = E.load_json(path) if os.path.exists(path) else {}
    for nid, pool in pools.items():
        old[nid] = {k: sorted(v) for k, v in sorted(pool.items())}
        with open(os.path.join(HERE, "out", "pool_%s.txt" % nid), "w", encoding="utf-8") as f:
            for key in sorted(pool):
                f.write(render(corpus, key) + "\n")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(dict(sorted(old.items())), f, ensure_ascii=False, indent=0)
        f.write("\n")
    for nid, pool in sorted(pools.items()):
        print("%-28s %4d pooled" % (nid, len(pool)), file=sys.stderr)


if __name__ == "__main__":
    main()
