#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Relevance evaluation of the consortia service against tests/relevance (corpus + judged queries).

  /usr/bin/python3 bench/relevance/evaluate.py --binary build/server/consortia [--rules rules/bast-2022.json]
        [--out FILE.json] [--floor FLOOR.json]
  /usr/bin/python3 bench/relevance/evaluate.py --check-only

What it does: creates a temporary database, imports tests/relevance/corpus.json with
`consortia import`, starts `consortia serve --db DB --port P` on a free port it picked, waits for
/v1/health, runs every query of tests/relevance/queries.json
  - task "search":     POST /v1/search {"text", "kinds", "k": 10}
  - task "consortium": POST /v1/consortia/suggest {"type", "lead_id", "industry"|"region", "problem",
                       "k": 1} and reads the candidate list of the query's role,
and scores each ranking with nDCG@10 (gain 2^g - 1, log2 discount, ideal from all judgements of the
query) and recall@10 (share of the records judged >= 1 that are in the top 10). In the same run a
plain BM25 (k1 = 1.2, b = 0.75; text = name + description + keywords; tokens = lower-cased English
words and CJK character bigrams) ranks the same records of the query's kinds (consortium: the role's
kinds, without the lead; a regional park role: the parks of the region). It prints a table per
task x lang (system vs BM25), the 5 worst queries, and writes everything as JSON with --out.

--floor FILE: JSON {"search/zh": {"ndcg@10": 0.30, "recall@10": 0.20}, "search": {...}, "all": {...}}
  (keys: "all", a task, task/lang, or consortium/<role>; metrics: ndcg@10, recall@10; figures are
  the system's means; keys starting with "_" are comments). Exit 1 naming every figure below its
  floor. bench/relevance/floor.json is the committed floor (the ctest relevance_floor).
--check-only: validate the set (every judged key exists and has a kind the query can return, every
  query is well-formed, >= 60 queries) without a binary; exit 1 listing the problems.

Standard library only (numpy is not needed). Exit codes: 0 ok, 1 check/floor failure or a service
error, 2 usage error.
"""
import argparse
import json
import math
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
DEFAULT_CORPUS = os.path.join(REPO, "tests", "relevance", "corpus.json")
DEFAULT_QUERIES = os.path.join(REPO, "tests", "relevance", "queries.json")
DEFAULT_RULES = os.path.join(REPO, "rules", "bast-2022.json")
K = 10
MIN_QUERIES = 60
LANGS = ("zh", "en", "mixed")
TASKS = ("search", "consortium")
ORG_KINDS = ("enterprise", "municipal_society", "national_society", "society_committee", "park", "university",
             "research_institute", "district_cast", "park_cast", "university_cast", "enterprise_cast")


# ------------------------------------------------------------------------------------------------
# data

def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Corpus:
    def __init__(self, path):
        data = load_json(path)
        self.path = path
        self.records = {}  # key -> dict with "kind" (expert for experts)
        for o in data.get("organizations", []):
            self.records[o["key"]] = dict(o)
        for x in data.get("experts", []):
            r = dict(x)
            r["kind"] = "expert"
            self.records[x["key"]] = r

    def kind(self, key):
        return self.records[key]["kind"]


def role_kinds(rules):
    return {name: list(r.get("kinds", [])) for name, r in rules.get("roles", {}).items()}


def in_region(rec, region):
    return rec.get("zone") == region or rec.get("park") == region


def candidate_filter(q, corpus, rules):
    """Which records the query can return: (kinds, predicate)."""
    if q["task"] == "search":
        kinds = set(q["kinds"])
        return kinds, lambda key, rec: rec["kind"] in kinds
    kinds = set(role_kinds(rules).get(q["role"], []))
    lead = q["lead"]
    regional_park = q["type"] == "regional" and rules["consortium_types"]["regional"]["roles"].get(
        q["role"], {}).get("in_region", False)
    region = q.get("region", "")

    def ok(key, rec):
        if rec["kind"] not in kinds or key == lead:
            return False
        return in_region(rec, region) if regional_park else True
    return kinds, ok


# ------------------------------------------------------------------------------------------------
# BM25 baseline

CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
WORD = re.compile(r"[A-Za-z0-9]+")
SPLIT = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)")


def tokens(text):
    """Lower-cased English words (ASCII letters/digits) and CJK character bigrams (a lone CJK
    character between non-CJK text is kept as a unigram)."""
    out = []
    for part in SPLIT.split(text or ""):
        if not part:
            continue
        if CJK.fullmatch(part):
            if len(part) == 1:
                out.append(part)
            else:
                out.extend(part[i:i + 2] for i in range(len(part) - 1))
        else:
            out.extend(w.lower() for w in WORD.findall(part))
    return out


def record_text(rec):
    return " ".join([rec.get("name", ""), rec.get("description", ""), " ".join(rec.get("keywords", []))])


class BM25:
    def __init__(self, corpus, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.tf = {}
        self.len = {}
        df = {}
        for key, rec in corpus.records.items():
            toks = tokens(record_text(rec))
            counts = {}
            for t in toks:
                counts[t] = counts.get(t, 0) + 1
            self.tf[key] = counts
            self.len[key] = len(toks)
            for t in counts:
                df[t] = df.get(t, 0) + 1
        n = len(self.tf)
        self.avgdl = sum(self.len.values()) / max(1, n)
        self.idf = {t: math.log(1 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}

    def score(self, key, qtoks):
        tf = self.tf[key]
        norm = self.k1 * (1 - self.b + self.b * self.len[key] / self.avgdl)
        s = 0.0
        for t in qtoks:
            f = tf.get(t)
            if f:
                s += self.idf[t] * f * (self.k1 + 1) / (f + norm)
        return s

    def rank(self, text, keys, k):
        qtoks = sorted(set(tokens(text)))
        scored = [(self.score(key, qtoks), key) for key in keys]
        scored = [sk for sk in scored if sk[0] > 0]
        scored.sort(key=lambda sk: (-sk[0], sk[1]))
        return [key for _, key in scored[:k]]


def query_text(q):
    return q["text"] if q["task"] == "search" else q["problem"]


def bm25_run(bm25, corpus, rules, q, k=K):
    _, ok = candidate_filter(q, corpus, rules)
    keys = [key for key, rec in corpus.records.items() if ok(key, rec)]
    return bm25.rank(query_text(q), keys, k)


# ------------------------------------------------------------------------------------------------
# metrics

def dcg(gains):
    return sum((2 ** g - 1) / math.log2(i + 2) for i, g in enumerate(gains))


def ndcg_at(ranking, judgements, k=K):
    ideal = sorted((g for g in judgements.values() if g > 0), reverse=True)[:k]
    idcg = dcg(ideal)
    if idcg == 0:
        return 0.0
    return dcg([judgements.get(key, 0) for key in ranking[:k]]) / idcg


def recall_at(ranking, judgements, k=K):
    rel = {key for key, g in judgements.items() if g >= 1}
    if not rel:
        return 0.0
    return len(rel.intersection(ranking[:k])) / len(rel)


# ------------------------------------------------------------------------------------------------
# the service

class ServiceError(Exception):
    pass


def free_port():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


class Service:
    """consortia serve on a temporary copy of the corpus (context manager)."""

    def __init__(self, binary, corpus_path, rules=None, workdir=None, log=sys.stderr, keep=False):
        self.binary = os.path.abspath(binary)
        self.corpus_path = corpus_path
        self.rules = rules
        self.keep = keep
        self.log = log
        self.tmp = workdir or tempfile.mkdtemp(prefix="consortia-relevance-")
        self.proc = None
        self.port = None
        self.ids = {}    # key -> id
        self.keys = {}   # id -> key
        self.timings = {}

    def __enter__(self):
        db = os.path.join(self.tmp, "relevance.db")
        t0 = time.monotonic()
        r = subprocess.run([self.binary, "import", "--db", db, "--json", self.corpus_path],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=self.tmp)
        self.timings["import_s"] = time.monotonic() - t0
        if r.returncode != 0:
            raise ServiceError("import failed (exit %d):\n%s%s" % (r.returncode, r.stdout, r.stderr[-4000:]))
        self.port = free_port()
        cmd = [self.binary, "serve", "--db", db, "--host", "127.0.0.1", "--port", str(self.port)]
        if self.rules:
            cmd += ["--rules", os.path.abspath(self.rules)]
        env = dict(os.environ)
        env.pop("CONSORTIA_TOKEN", None)
        self.serve_log = open(os.path.join(self.tmp, "serve.log"), "w")
        t0 = time.monotonic()
        self.proc = subprocess.Popen(cmd, stdout=self.serve_log, stderr=subprocess.STDOUT, cwd=self.tmp, env=env)
        deadline = time.monotonic() + 180
        while True:
            if self.proc.poll() is not None:
                raise ServiceError("consortia serve exited with %s; log:\n%s" % (self.proc.returncode, self.tail()))
            try:
                h = self.get("/v1/health", timeout=2)
                if isinstance(h, dict):
                    break
            except (OSError, ServiceError, ValueError):
                pass
            if time.monotonic() > deadline:
                raise ServiceError("no answer on /v1/health after 180 s; log:\n" + self.tail())
            time.sleep(0.2)
        self.timings["start_s"] = time.monotonic() - t0
        self.load_ids()
        return self

    def tail(self):
        try:
            self.serve_log.flush()
            with open(os.path.join(self.tmp, "serve.log"), encoding="utf-8", errors="replace") as f:
                return f.read()[-4000:]
        except OSError:
            return ""

    def __exit__(self, *exc):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if getattr(self, "serve_log", None):
            self.serve_log.close()
        if not self.keep:
            shutil.rmtree(self.tmp, ignore_errors=True)
        return False

    def request(self, method, path, body=None, timeout=60):
        url = "http://127.0.0.1:%d%s" % (self.port, path)
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        req = urllib.request.Request(url, data=data, method=method,
                                     headers={"Content-Type": "application/json"} if data else {})
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return json.loads(r.read().decode("utf-8"))
        except urllib.error.HTTPError as e:
            text = e.read().decode("utf-8", errors="replace")
            raise ServiceError("%s %s -> HTTP %d: %s" % (method, path, e.code, text[:2000]))

    def get(self, path, timeout=60):
        return self.request("GET", path, timeout=timeout)

    def post(self, path, body, timeout=60):
        return self.request("POST", path, body, timeout=timeout)

    def load_ids(self):
        for route in ("/v1/organizations", "/v1/experts"):
            offset = 0
            while True:
                page = self.get("%s?limit=1000&offset=%d" % (route, offset))
                items = page.get("items", [])
                for it in items:
                    self.ids[it["key"]] = it["id"]
                    self.keys[it["id"]] = it["key"]
                offset += len(items)
                if not items or offset >= page.get("total", 0):
                    break

    def run(self, q, k=K):
        """The service's ranking of record keys for one query (best first)."""
        if q["task"] == "search":
            body = {"text": q["text"], "kinds": q["kinds"], "k": k}
            ans = self.post("/v1/search", body)
            return [self.keys.get(r["id"], "?%s" % r["id"]) for r in ans.get("results", [])]
        body = {"type": q["type"], "lead_id": self.ids[q["lead"]], "problem": q["problem"], "k": 1}
        if q.get("industry"):
            body["industry"] = q["industry"]
        if q.get("region"):
            body["region"] = q["region"]
        if k != K:
            body["options"] = {"list_per_role": k, "retrieve_per_role": max(30, k)}
        ans = self.post("/v1/consortia/suggest", body)
        for rc in ans.get("candidates", []):
            if rc.get("role") == q["role"]:
                return [self.keys.get(c["id"], "?%s" % c["id"]) for c in rc.get("candidates", [])][:k]
        raise ServiceError("answer to %s has no candidate list for role %s" % (q["id"], q["role"]))


# ------------------------------------------------------------------------------------------------
# checking the set

def check_set(corpus, queries, rules):
    problems = []
    qs = queries.get("queries") if isinstance(queries, dict) else None
    if not isinstance(qs, list):
        return ["queries.json must be an object with a list \"queries\""]
    if len(qs) < MIN_QUERIES:
        problems.append("only %d queries (at least %d required)" % (len(qs), MIN_QUERIES))
    roles = role_kinds(rules)
    industries = set(rules.get("industries", []))
    regions = set()
    for rec in corpus.records.values():
        for f in ("zone", "park"):
            if rec.get(f):
                regions.add(rec[f])
    seen = set()
    for i, q in enumerate(qs):
        where = "query %s" % q.get("id", "#%d" % i)
        if not isinstance(q, dict):
            problems.append("query #%d is not an object" % i)
            continue
        qid = q.get("id")
        if not isinstance(qid, str) or not qid:
            problems.append(where + ": missing id")
        elif qid in seen:
            problems.append(where + ": duplicate id")
        seen.add(qid)
        if q.get("task") not in TASKS:
            problems.append(where + ": task must be one of %s" % (TASKS,))
            continue
        if q.get("lang") not in LANGS:
            problems.append(where + ": lang must be one of %s" % (LANGS,))
        if q["task"] == "search":
            if not isinstance(q.get("text"), str) or not q["text"].strip():
                problems.append(where + ": search needs a text")
            kinds = q.get("kinds")
            if not isinstance(kinds, list) or not kinds:
                problems.append(where + ": search needs a non-empty kinds list")
                continue
            for k in kinds:
                if k != "expert" and k not in ORG_KINDS:
                    problems.append(where + ": unknown kind %r" % k)
        else:
            if q.get("type") not in ("industrial", "regional"):
                problems.append(where + ": type must be industrial or regional")
                continue
            if not isinstance(q.get("problem"), str) or not q["problem"].strip():
                problems.append(where + ": consortium needs a problem text")
            lead = q.get("lead")
            if lead not in corpus.records:
                problems.append(where + ": lead %r is not in the corpus" % lead)
            else:
                rec = corpus.records[lead]
                if rec["kind"] != "enterprise" or not rec.get("leading"):
                    problems.append(where + ": lead %s is not a leading enterprise" % lead)
            if q["type"] == "industrial":
                if q.get("industry") not in industries:
                    problems.append(where + ": industrial needs an industry of the rules")
            else:
                if q.get("region") not in regions:
                    problems.append(where + ": regional needs a region (zone or park code) used in the corpus")
            tr = rules.get("consortium_types", {}).get(q["type"], {}).get("roles", {})
            if q.get("role") not in tr or q.get("role") == "leading_enterprise":
                problems.append(where + ": role %r is not a member role of %s consortia" % (q.get("role"), q["type"]))
                continue
        judg = q.get("judgements")
        if not isinstance(judg, dict) or not judg:
            problems.append(where + ": judgements must be a non-empty object {key: 0|1|2}")
            continue
        kinds, ok = candidate_filter(q, corpus, rules)
        n2 = 0
        for key, g in judg.items():
            if g not in (0, 1, 2):
                problems.append(where + ": grade of %s must be 0, 1 or 2" % key)
            if key not in corpus.records:
                problems.append(where + ": judged key %s is not in the corpus" % key)
                continue
            rec = corpus.records[key]
            if g and not ok(key, rec):
                problems.append(where + ": %s (kind %s) is judged %s but the query cannot return it" % (
                    key, rec["kind"], g))
            n2 += g == 2
        if n2 == 0:
            problems.append(where + ": no record judged 2")
    return problems


# ------------------------------------------------------------------------------------------------
# report

def mean(xs):
    return sum(xs) / len(xs) if xs else 0.0


def aggregate(per_query, keyf):
    groups = {}
    for r in per_query:
        groups.setdefault(keyf(r), []).append(r)
    out = {}
    for g, rs in sorted(groups.items()):
        out[g] = {
            "count": len(rs),
            "system": {"ndcg@10": mean([r["system"]["ndcg@10"] for r in rs]),
                       "recall@10": mean([r["system"]["recall@10"] for r in rs])},
            "bm25": {"ndcg@10": mean([r["bm25"]["ndcg@10"] for r in rs]),
                     "recall@10": mean([r["bm25"]["recall@10"] for r in rs])},
        }
    return out


def print_table(groups, title, f=sys.stdout):
    print(title, file=f)
    print("  %-36s %5s  %9s %9s  %9s %9s" % ("", "n", "sys nDCG", "bm25 nDCG", "sys R@10", "bm25 R@10"), file=f)
    for g, a in groups.items():
        print("  %-36s %5d  %9.3f %9.3f  %9.3f %9.3f" % (
            g, a["count"], a["system"]["ndcg@10"], a["bm25"]["ndcg@10"], a["system"]["recall@10"],
            a["bm25"]["recall@10"]), file=f)


def check_floor(floor, report):
    failures = []
    for group, mins in floor.items():
        if group.startswith("_"):
            continue
        if group == "all":
            a = report["overall"]
        elif group in report["by_task"]:
            a = report["by_task"][group]
        elif group in report["by_task_lang"]:
            a = report["by_task_lang"][group]
        elif group in report["by_role"]:
            a = report["by_role"][group]
        else:
            failures.append("floor names %r, which has no queries (use all, a task, task/lang or "
                            "consortium/<role>)" % group)
            continue
        for metric, minimum in mins.items():
            if metric not in a["system"]:
                failures.append("floor %s: unknown metric %r (ndcg@10, recall@10)" % (group, metric))
                continue
            got = a["system"][metric]
            if got + 1e-12 < minimum:
                failures.append("%s %s = %.3f is below its floor %.3f" % (group, metric, got, minimum))
    return failures


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--binary", help="the consortia binary")
    ap.add_argument("--rules", default=DEFAULT_RULES,
                    help="programme rules, passed to the server and used for the role kinds "
                         "(default: this checkout's rules/bast-2022.json)")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS)
    ap.add_argument("--queries", default=DEFAULT_QUERIES)
    ap.add_argument("--out", help="write the full report as JSON")
    ap.add_argument("--floor", help="JSON of minimum system figures; exit 1 if any is not met")
    ap.add_argument("--check-only", action="store_true", help="validate the judgement set and exit")
    ap.add_argument("--keep", action="store_true", help="keep the temporary database directory")
    args = ap.parse_args(argv)

    t_start = time.monotonic()
    rules = load_json(args.rules)
    corpus = Corpus(args.corpus)
    queries = load_json(args.queries)
    problems = check_set(corpus, queries, rules)
    if problems:
        print("relevance set: %d problem(s)" % len(problems), file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    qs = queries["queries"]
    if args.check_only:
        n = {}
        for q in qs:
            n[(q["task"], q["lang"])] = n.get((q["task"], q["lang"]), 0) + 1
        print("relevance set ok: %d records, %d queries (%s), %d judgements" % (
            len(corpus.records), len(qs), ", ".join("%s/%s %d" % (t, l, c) for (t, l), c in sorted(n.items())),
            sum(len(q["judgements"]) for q in qs)))
        return 0
    if not args.binary:
        print("--binary is required (or --check-only)", file=sys.stderr)
        return 2
    floor = load_json(args.floor) if args.floor else None

    bm25 = BM25(corpus)
    per_query = []
    try:
        with Service(args.binary, args.corpus, args.rules, keep=args.keep) as svc:
            t_q = time.monotonic()
            for q in qs:
                t0 = time.monotonic()
                ranking = svc.run(q)
                ms = (time.monotonic() - t0) * 1000
                base = bm25_run(bm25, corpus, rules, q)
                j = q["judgements"]
                per_query.append({
                    "id": q["id"], "task": q["task"], "lang": q["lang"],
                    "role": q.get("role"), "query": query_text(q), "kinds": q.get("kinds"),
                    "relevant": sum(1 for g in j.values() if g >= 1),
                    "system": {"ndcg@10": ndcg_at(ranking, j), "recall@10": recall_at(ranking, j),
                               "top10": ranking[:K], "ms": round(ms, 2)},
                    "bm25": {"ndcg@10": ndcg_at(base, j), "recall@10": recall_at(base, j), "top10": base[:K]},
                })
            timings = dict(svc.timings)
            timings["queries_s"] = time.monotonic() - t_q
    except ServiceError as e:
        print("service error: %s" % e, file=sys.stderr)
        return 1
    timings["total_s"] = time.monotonic() - t_start

    report = {
        "binary": os.path.abspath(args.binary),
        "corpus": os.path.relpath(args.corpus, REPO), "queries": os.path.relpath(args.queries, REPO),
        "records": len(corpus.records), "k": K,
        "overall": aggregate(per_query, lambda r: "all")["all"],
        "by_task": aggregate(per_query, lambda r: r["task"]),
        "by_task_lang": aggregate(per_query, lambda r: "%s/%s" % (r["task"], r["lang"])),
        "by_role": aggregate([r for r in per_query if r["task"] == "consortium"], lambda r: "consortium/" + r["role"]),
        "timings_s": {k: round(v, 2) for k, v in timings.items()},
        "per_query": per_query,
    }
    print_table(report["by_task_lang"], "nDCG@10 and recall@10, system vs BM25 (mean over queries)")
    print_table(report["by_role"], "consortium queries by role")
    print_table({"all": report["overall"]}, "overall")
    print("5 worst queries (system nDCG@10):")
    for r in sorted(per_query, key=lambda r: (r["system"]["ndcg@10"], r["id"]))[:5]:
        print("  %-8s %-10s nDCG %.3f (BM25 %.3f) R@10 %.3f  %s%s" % (
            r["id"], r["task"] + "/" + r["lang"], r["system"]["ndcg@10"], r["bm25"]["ndcg@10"],
            r["system"]["recall@10"], r["query"][:60], " [%s]" % r["role"] if r["role"] else ""))
    print("time: import %.1f s, server start %.1f s, %d queries %.1f s, total %.1f s" % (
        timings.get("import_s", 0), timings.get("start_s", 0), len(qs), timings.get("queries_s", 0),
        timings["total_s"]))
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            json.dump(report, f, ensure_ascii=False, indent=1)
            f.write("\n")
    if floor is not None:
        failures = check_floor(floor, report)
        if failures:
            print("BELOW FLOOR (%s):" % args.floor, file=sys.stderr)
            for x in failures:
                print("  " + x, file=sys.stderr)
            return 1
        print("all figures meet the floor in %s" % args.floor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
