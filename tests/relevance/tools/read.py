#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Print records compactly for reading and grading, in key order (keys are shuffled, so topics
are mixed): what the record says, not what it was written from.

  /usr/bin/python3 tests/relevance/tools/read.py --kinds expert --start 0 --count 200
  /usr/bin/python3 tests/relevance/tools/read.py --kinds enterprise
  /usr/bin/python3 tests/relevance/tools/read.py --kinds university,research_institute

Experts: key | keywords | affiliation | the research-direction sentence(s) (name, title, counts of
papers and patents and the boilerplate every profile carries are left out to keep lines short;
--full shows the whole description).
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "bench", "relevance"))

import evaluate as E  # noqa: E402
from pool import strip_desc, KIND_ABBR  # noqa: E402


def short(key):
    return key.replace("rel.exp.", "x").replace("rel.org.", "o")


PAREN = re.compile("（[^）]*）")


def line(corpus, key, full=False):
    rec = corpus.records[key]
    kws = "、".join(rec.get("keywords", []))
    if not full:  # the English in "中文（English）" repeats the Chinese: leave it out when reading
        kws = PAREN.sub("", kws)
    if rec["kind"] == "expert":
        aff = corpus.records[rec["affiliation"]]["name"]
        desc = rec["description"] if full else strip_desc(rec)
        # drop the head sentence (name, title, affiliation, position): the affiliation is shown
        parts = desc.split("。", 1)
        body = parts[1] if len(parts) > 1 and not full else desc
        if not full:
            body = PAREN.sub("", body.split("，关键词：")[0])
        return "%s|%s|@%s|%s" % (short(key), kws, aff, body)
    tag = KIND_ABBR.get(rec["kind"], rec["kind"])
    if rec.get("leading"):
        tag += "*"
    if rec["kind"] == "park":
        tag += "[%s/%s]" % (rec.get("zone") or "-", rec.get("park"))
    desc = rec.get("description", "") if full else strip_desc(rec)
    if not full and rec["kind"] == "enterprise":
        # "X成立于Y年，位于Z，是一家专注于..." -> keep from the first "专注于"/"主营"
        for marker in ("专注于", "主营"):
            i = desc.find(marker)
            if i >= 0:
                desc = desc[i:]
                break
        desc = re.sub("[。，]?(主要)?产品与服务包括[^。]*", "", desc)
    if not full:
        desc = PAREN.sub("", desc)
    return "%s %s|%s|%s|%s" % (short(key), tag, rec["name"], kws, desc)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kinds", required=True)
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--count", type=int, default=100000)
    ap.add_argument("--full", action="store_true")
    ap.add_argument("--keys", help="comma-separated keys to show instead")
    args = ap.parse_args()
    corpus = E.Corpus(E.DEFAULT_CORPUS)
    if args.keys:
        keys = args.keys.split(",")
    else:
        kinds = set(args.kinds.split(","))
        keys = sorted(k for k, r in corpus.records.items() if r["kind"] in kinds)
        keys = keys[args.start:args.start + args.count]
    for k in keys:
        print(line(corpus, k, args.full))


if __name__ == "__main__":
    main()
