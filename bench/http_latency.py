#!/usr/bin/python3
"""End-to-end HTTP latency of the matching endpoints of a running `consortia serve`.

Usage:
  /usr/bin/python3 bench/http_latency.py --url http://127.0.0.1:8080 --endpoint teams \
      --requests 200 [--seed 1] [--warmup 5] [--out result.json]

  --endpoint teams      POST /v1/teams/suggest  (checks teams[0].members >= --min-members)
  --endpoint consortia  POST /v1/consortia/suggest (industrial; checks proposals[0].members)
  --endpoint search     POST /v1/search (checks results non-empty)

Standard library only: one keep-alive http.client connection, requests sent one
after another (latency, not throughput). Request bodies are varied and
deterministic for a given --seed: industries from core/taxonomy, Chinese problem
texts, and for some requests NSFC fields, consortium members (leading
organisations of the industry, looked up through GET /v1/organizations before
timing starts), exclusions (experts looked up through GET /v1/experts) or k > 1.
Every answer must be 200 with the expected content; failures are counted,
printed and make the exit status 1. The summary (p50/p90/p99/max/mean ms, the
load average before and after) is printed as JSON and written to --out.
"""

import argparse
import http.client
import json
import os
import random
import sys
import time
import urllib.parse

INDUSTRIES = {
    # industry code: (NSFC field codes that fit it, problem texts)
    "ic": (["F04", "F0401", "F0402", "F0406", "F0407", "F01"], [
        "先进制程光刻胶国产化与工艺验证",
        "车规级功率半导体器件可靠性提升",
        "高端芯片设计EDA工具链自主可控",
        "化合物半导体外延材料缺陷控制",
        "晶圆级先进封装与测试平台建设",
    ]),
    "ai": (["F06", "F02", "F01"], [
        "大模型 多模态 行业知识问答",
        "面向工业质检的视觉检测算法",
        "自然语言处理在政务服务中的应用",
        "智能算力调度与模型训练加速",
        "人工智能安全与可信评测体系",
    ]),
    "biomed": (["C05", "C06", "C08", "C21", "H", "C10"], [
        "细胞与基因治疗产品的规模化制备",
        "创新抗体药物临床前评价",
        "高端医疗影像设备核心部件国产化",
        "新型疫苗递送系统研发",
        "脑机接口神经信号解码",
    ]),
    "smart_mfg": (["E05", "E0510", "F03"], [
        "工业机器人精密减速器国产替代",
        "高端数控机床误差补偿与智能运维",
        "工业互联网平台设备预测性维护",
        "航空发动机关键零部件智能制造",
    ]),
    "new_energy": (["E06", "E0607", "E07", "E0707", "B05"], [
        "氢燃料电池电堆寿命与成本优化",
        "大规模储能系统安全预警",
        "光伏组件高效电池技术产业化",
        "新能源汽车动力电池回收利用",
    ]),
    "new_materials": (["E01", "E02", "E03", "B05", "B08"], [
        "高性能碳纤维复合材料工程化",
        "稀土永磁材料绿色制备",
        "纳米材料在新型显示中的应用",
        "特种高分子材料国产化",
    ]),
    "software": (["F02", "F01", "G01"], [
        "国产操作系统与数据库生态适配",
        "工业软件CAE仿真内核研发",
        "信息技术服务标准化与质量评估",
    ]),
    "ngit": (["F01", "F02", "F05"], [
        "6G通信关键技术验证",
        "网络与信息安全态势感知",
        "新型显示Micro LED关键工艺",
    ]),
    "digital_economy": (["G01", "G04", "F02"], [
        "数据要素流通与隐私计算",
        "金融科技风险监测平台",
    ]),
    "smart_city": (["E10", "E12", "F02"], [
        "城市交通信号智能协同控制",
        "智慧城市时空大数据平台",
    ]),
    "rural": (["C13", "C20"], [
        "设施农业智能装备与数字化管理",
        "食品安全快速检测技术",
    ]),
    "st_services": (["G01", "G04"], [
        "科技成果转化评估与技术转移服务",
        "知识产权运营与标准制定服务",
    ]),
}


def percentile(sorted_ms, q):
    """Nearest-rank percentile of a sorted list."""
    if not sorted_ms:
        return float("nan")
    rank = max(1, int(-(-q * len(sorted_ms) // 100)))  # ceil(q/100 * n)
    return sorted_ms[min(rank, len(sorted_ms)) - 1]


def loadavg():
    try:
        return list(os.getloadavg())
    except OSError:
        return None


class Client:
    def __init__(self, url, timeout):
        u = urllib.parse.urlparse(url)
        if u.scheme != "http":
            raise SystemExit("only http:// URLs are supported")
        self.host, self.port = u.hostname, u.port or 80
        self.timeout = timeout
        self.conn = http.client.HTTPConnection(self.host, self.port, timeout=timeout)

    def request(self, method, path, body=None):
        data = None if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
        headers = {"Content-Type": "application/json"} if data is not None else {}
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=data, headers=headers)
                res = self.conn.getresponse()
                return res.status, res.read()
            except (http.client.HTTPException, ConnectionError):
                # The server closed the keep-alive connection: reconnect once.
                self.conn.close()
                self.conn = http.client.HTTPConnection(self.host, self.port,
                                                       timeout=self.timeout)
                if attempt == 1:
                    raise

    def get_json(self, path):
        status, raw = self.request("GET", path)
        if status != 200:
            raise SystemExit("GET %s -> %d %s" % (path, status, raw[:300]))
        return json.loads(raw)


def lookups(client, industries):
    """Real ids for members/exclusions/leads, per industry (not timed)."""
    orgs, experts = {}, {}
    for ind in industries:
        page = client.get_json("/v1/organizations?leading=true&industry=%s&limit=40" % ind)
        orgs[ind] = [o["id"] for o in page["items"]]
        page = client.get_json("/v1/experts?industry=%s&limit=40" % ind)
        experts[ind] = [e["id"] for e in page["items"]]
    return orgs, experts


def make_bodies(endpoint, n, rng, orgs, experts, min_members):
    bodies = []
    codes = sorted(INDUSTRIES)
    for i in range(n):
        ind = rng.choice(codes)
        fields, problems = INDUSTRIES[ind]
        problem = rng.choice(problems)
        if endpoint == "teams":
            body = {"industry": ind, "problem": problem}
            r = rng.random()
            if r < 0.25:
                body["fields"] = rng.sample(fields, min(len(fields), rng.randint(2, 4)))
            if 0.2 < r < 0.35 and orgs.get(ind):
                body["members"] = rng.sample(orgs[ind], min(len(orgs[ind]), rng.randint(1, 3)))
            if 0.3 < r < 0.45 and experts.get(ind):
                body["exclude"] = rng.sample(experts[ind],
                                             min(len(experts[ind]), rng.randint(1, 5)))
            if rng.random() < 0.1:
                body["k"] = 2
            if rng.random() < 0.05:
                del body["problem"]  # industry (and fields) only
        elif endpoint == "consortia":
            if not orgs.get(ind):
                ind = next(c for c in codes if orgs.get(c))
                problem = rng.choice(INDUSTRIES[ind][1])
            body = {"type": "industrial", "lead_id": rng.choice(orgs[ind]), "industry": ind,
                    "problem": problem, "k": 3}
        else:
            body = {"text": problem, "k": 20}
            r = rng.random()
            if r < 0.4:
                body["kinds"] = ["expert"]
            elif r < 0.6:
                body["kinds"] = ["enterprise", "university", "research_institute"]
            if rng.random() < 0.3:
                body["filters"] = {"industries": [ind]}
        bodies.append(body)
    return bodies


def check(endpoint, body, status, raw, min_members):
    """Returns None if the answer is as expected, else a message."""
    if status != 200:
        return "status %d: %s" % (status, raw[:300].decode("utf-8", "replace"))
    try:
        out = json.loads(raw)
    except ValueError:
        return "answer is not JSON"
    if endpoint == "teams":
        teams = out.get("teams") or []
        if not teams:
            return "no teams"
        members = teams[0].get("members") or []
        if len(members) < min_members:
            return "teams[0] has %d members, expected >= %d" % (len(members), min_members)
        ids = [m.get("id") for m in members]
        if len(set(ids)) != len(ids):
            return "teams[0] repeats a member"
        excluded = set(body.get("exclude", []))
        if excluded & set(ids):
            return "an excluded expert is in the team"
        if teams[0].get("leader_id") not in ids:
            return "leader_id is not a member"
    elif endpoint == "consortia":
        proposals = out.get("proposals") or []
        if not proposals or not proposals[0].get("members"):
            return "no proposals"
    else:
        if not out.get("results"):
            return "no results"
    return None


PATHS = {"teams": "/v1/teams/suggest", "consortia": "/v1/consortia/suggest",
         "search": "/v1/search"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--url", default="http://127.0.0.1:8080")
    ap.add_argument("--endpoint", choices=sorted(PATHS), default="teams")
    ap.add_argument("--requests", type=int, default=100)
    ap.add_argument("--warmup", type=int, default=5, help="untimed requests first")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--min-members", type=int, default=15)
    ap.add_argument("--timeout", type=float, default=60.0)
    ap.add_argument("--out", help="write the summary JSON here too")
    ap.add_argument("--label", default="", help="free text stored in the summary")
    args = ap.parse_args()

    client = Client(args.url, args.timeout)
    health = client.get_json("/v1/health")
    rng = random.Random(args.seed)
    orgs, experts = lookups(client, sorted(INDUSTRIES))
    bodies = make_bodies(args.endpoint, args.warmup + args.requests, rng, orgs, experts,
                         args.min_members)
    path = PATHS[args.endpoint]

    load_before = loadavg()
    latencies, failures = [], []
    for i, body in enumerate(bodies):
        t0 = time.perf_counter()
        status, raw = client.request("POST", path, body)
        ms = (time.perf_counter() - t0) * 1000.0
        problem = check(args.endpoint, body, status, raw, args.min_members)
        if problem is not None:
            failures.append({"request": i, "body": body, "problem": problem})
            print("FAIL request %d: %s\n  body %s" % (i, problem,
                                                      json.dumps(body, ensure_ascii=False)),
                  file=sys.stderr)
        if i >= args.warmup:
            latencies.append(ms)
    load_after = loadavg()

    s = sorted(latencies)
    summary = {
        "endpoint": args.endpoint,
        "url": args.url,
        "label": args.label,
        "organizations": health.get("organizations"),
        "experts": health.get("experts"),
        "requests": len(latencies),
        "warmup": args.warmup,
        "seed": args.seed,
        "failures": len(failures),
        "p50_ms": round(percentile(s, 50), 2),
        "p90_ms": round(percentile(s, 90), 2),
        "p99_ms": round(percentile(s, 99), 2),
        "max_ms": round(s[-1], 2) if s else None,
        "mean_ms": round(sum(s) / len(s), 2) if s else None,
        "loadavg_before": load_before,
        "loadavg_after": load_after,
        "cpus": os.cpu_count(),
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }
    text = json.dumps(summary, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as f:
            f.write(text + "\n")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
