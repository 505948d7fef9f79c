# -*- coding: utf-8 -*-
"""Checks of the demo data for notebook 01 (数据概览): what a reader of the records would
call incoherent, duplicated or contradictory. Every check returns a Finding with the count,
the population it was counted over and example rows; nothing is hard-coded about the
current demo generator, so a re-run on better data shows smaller counts (or none).

Records are those of `consortia export --json` (keys, not ids).
"""
import collections
import re

import pandas as pd


class Finding:
    def __init__(self, code, title, count, population, explanation, examples=None, severity="problem"):
        self.code = code
        self.title = title  # Chinese + English
        self.count = int(count)
        self.population = int(population)
        self.explanation = explanation
        self.examples = examples if examples is not None else pd.DataFrame()
        self.severity = severity  # "problem" | "note"

    @property
    def share(self):
        return self.count / self.population if self.population else 0.0

    def row(self):
        return {"check": self.code, "检查 check": self.title, "count": self.count,
                "of": self.population, "share": round(self.share, 4), "kind": self.severity}


def codes(rec):
    return [i["code"] for i in rec.get("industries", [])]


def primary(rec):
    cs = rec.get("industries", [])
    if not cs:
        return ""
    return max(cs, key=lambda i: i.get("weight", 0))["code"]


def keyword_homes(records, min_records=5, min_share=0.7):
    """Each keyword's home industry: the primary industry of at least `min_share` of the
    records (>= min_records) that carry it. Learned from the data; keywords shared across
    industries get no home (and are reported by ambiguous_keywords)."""
    counts = collections.defaultdict(collections.Counter)
    for r in records:
        p = primary(r)
        if not p:
            continue
        for k in set(r.get("keywords", [])):
            counts[k][p] += 1
    homes = {}
    for k, c in counts.items():
        n = sum(c.values())
        top, m = c.most_common(1)[0]
        if n >= min_records and m / n >= min_share:
            homes[k] = top
    return homes, counts


def secondary_codes_unsupported(records, homes, vocab):
    """Secondary industry codes (all but the primary) for which none of the record's own
    keywords has that industry as home, on records whose keywords have a home at all."""
    rows, population = [], 0
    for r in records:
        kh = collections.Counter(homes[k] for k in r.get("keywords", []) if k in homes)
        if not kh:
            continue
        p = primary(r)
        for i in r.get("industries", []):
            if i["code"] == p:
                continue
            population += 1
            if kh[i["code"]] == 0:
                rows.append({"key": r["key"], "name": r["name"], "kind": r.get("kind", "expert"),
                             "primary": vocab.zh(p), "secondary": vocab.zh(i["code"]),
                             "weight": i.get("weight"),
                             "keywords": "、".join(r.get("keywords", [])[:6])})
    df = pd.DataFrame(rows)
    return Finding("secondary_industry_unsupported",
                   "次要产业代码无关键词支撑 secondary industry code not supported by any keyword",
                   len(rows), population,
                   "A record's secondary industry codes (weight < the primary's) should be visible "
                   "in what it says. Counted: secondary codes for which none of the record's "
                   "keywords belongs to that industry (a keyword's industry is the primary "
                   "industry of >= 70 % of the records carrying it).", df)


def org_subfields_disagree(orgs, vocab):
    """Organisations' secondary industries without any sub-field of that industry."""
    sub_ind = {s["code"]: s.get("industry", "") for s in vocab.taxonomy.get("subfields", [])}
    rows, population = [], 0
    for o in orgs:
        if not o.get("subfields"):
            continue
        have = {sub_ind.get(s, "") for s in o["subfields"]}
        p = primary(o)
        for c in codes(o):
            if c == p:
                continue
            population += 1
            if c not in have:
                rows.append({"key": o["key"], "name": o["name"], "kind": o["kind"],
                             "secondary": vocab.zh(c),
                             "subfields": "、".join(vocab.zh(s) for s in o["subfields"])})
    return Finding("secondary_industry_without_subfield",
                   "次要产业无对应细分领域 secondary industry without a sub-field of it",
                   len(rows), population,
                   "Organisations with sub-fields: secondary industry codes none of whose "
                   "sub-fields the record lists.", pd.DataFrame(rows))


def leads_listed_by_secondary(orgs, homes, vocab):
    """Leading enterprises an industry filter returns (any code) whose keywords say nothing
    of that industry: the planner's and the web's lead pickers list leads by industry."""
    rows, population = [], 0
    for o in orgs:
        if o.get("kind") != "enterprise" or not o.get("leading"):
            continue
        kh = collections.Counter(homes[k] for k in o.get("keywords", []) if k in homes)
        for c in codes(o):
            population += 1
            if c != primary(o) and kh[c] == 0:
                rows.append({"key": o["key"], "name": o["name"], "listed under": vocab.zh(c),
                             "primary": vocab.zh(primary(o)),
                             "keywords": "、".join(o.get("keywords", [])[:5])})
    return Finding("lead_listed_by_unsupported_code",
                   "龙头企业被列入与其内容无关的产业 leading enterprise listed under an industry it does not work in",
                   len(rows), population,
                   "GET /v1/organizations?kind=enterprise&leading=true&industry=X returns every "
                   "leading enterprise with code X at any weight; counted: (lead, industry) "
                   "listings where X is a secondary code no keyword supports.", pd.DataFrame(rows))


def ambiguous_keywords(counts, vocab, min_records=20, max_share=0.5):
    rows = []
    for k, c in counts.items():
        n = sum(c.values())
        top, m = c.most_common(1)[0]
        if n >= min_records and m / n < max_share:
            rows.append({"keyword": k, "records": n,
                         "industries": "、".join("%s %d" % (vocab.zh(i), v) for i, v in c.most_common(4))})
    df = pd.DataFrame(rows)
    if len(df):
        df = df.sort_values("records", ascending=False)
    return Finding("ambiguous_keyword", "跨产业关键词 keyword spread over several industries",
                   len(rows), sum(1 for c in counts.values() if sum(c.values()) >= min_records),
                   "Keywords on >= %d records whose most common primary industry holds < %d %% "
                   "of them." % (min_records, int(max_share * 100)), df, severity="note")


def duplicate_texts(records, field, label, code):
    by = collections.defaultdict(list)
    for r in records:
        t = (r.get(field) or "").strip()
        if t:
            by[t].append(r)
    groups = [v for v in by.values() if len(v) > 1]
    n = sum(len(v) for v in groups)
    rows = [{"records": len(v), field: t[:70] + ("…" if len(t) > 70 else ""),
             "keys": ", ".join(r["key"] for r in v[:4]) + (" …" if len(v) > 4 else "")}
            for t, v in sorted(by.items(), key=lambda kv: -len(kv[1])) if len(v) > 1][:15]
    return Finding(code, label, n, len(records),
                   "Records whose %s is, character for character, that of another record "
                   "(%d distinct texts shared)." % (field, len(groups)), pd.DataFrame(rows))


def shared_contacts(experts):
    rows = []
    for field in ("email", "phone"):
        by = collections.defaultdict(list)
        for e in experts:
            v = (e.get(field) or "").strip()
            if v:
                by[v].append(e)
        for v, es in by.items():
            if len(es) > 1:
                rows.append({"field": field, "value": v,
                             "experts": "; ".join("%s %s (%s)" % (e["key"], e["name"], e.get("affiliation", ""))
                                                  for e in es)})
    n = sum(1 for r in rows)
    return Finding("shared_contact", "不同专家共用同一联系方式 one e-mail/phone for different experts",
                   n, len(experts), "E-mail addresses or phone numbers that belong to two or more "
                   "expert records.", pd.DataFrame(rows))


def missing_contacts(experts):
    n = sum(1 for e in experts if not (e.get("email") or e.get("phone")))
    by_title = collections.Counter(e["title"] for e in experts if not (e.get("email") or e.get("phone")))
    df = pd.DataFrame([{"title": t, "without contact": c} for t, c in by_title.most_common()])
    return Finding("missing_contact", "专家无任何联系方式 expert without e-mail or phone", n,
                   len(experts), "Experts with neither an e-mail nor a phone number.", df,
                   severity="note")


def same_name_same_affiliation(experts):
    by = collections.defaultdict(list)
    for e in experts:
        by[(e["name"], e.get("affiliation", ""))].append(e)
    rows = []
    for (name, aff), es in by.items():
        if len(es) > 1:
            for e in es:
                rows.append({"name": name, "affiliation": aff, "key": e["key"], "title": e["title"],
                             "fields": ",".join(e.get("fields", [])),
                             "keywords": "、".join(e.get("keywords", [])[:4])})
    groups = sum(1 for es in by.values() if len(es) > 1)
    return Finding("same_name_same_affiliation",
                   "同单位同名专家 two experts of one name at one affiliation", groups,
                   len(experts), "Pairs (or more) of expert records with the same name and "
                   "affiliation: duplicates or namesakes a reader cannot tell apart by name.",
                   pd.DataFrame(rows))


def region_district_disagree(orgs, vocab):
    rows = []
    population = 0
    for o in orgs:
        for f in ("zone", "park"):
            code = o.get(f)
            if not code:
                continue
            population += 1
            reg = vocab.region(code)
            if not reg:
                rows.append({"key": o["key"], "name": o["name"], f: code, "problem": "unknown code"})
            elif o.get("district") and o["district"] not in reg.get("districts", []):
                rows.append({"key": o["key"], "name": o["name"], "field": f, "region": vocab.zh(code),
                             "district": vocab.zh(o["district"])})
    return Finding("region_outside_district", "园区/片区与所在区不符 zone or park outside the record's district",
                   len(rows), population, "Zone and park codes whose districts (GET /v1/taxonomy) "
                   "do not include the record's district.", pd.DataFrame(rows))


def expert_affiliation_industry(experts, org_by_key, vocab):
    rows, population = [], 0
    for e in experts:
        a = org_by_key.get(e.get("affiliation", ""))
        if a is None or not a.get("industries"):
            continue
        population += 1
        if not set(codes(e)) & set(codes(a)):
            rows.append({"key": e["key"], "name": e["name"], "expert industries": "、".join(vocab.zh(c) for c in codes(e)),
                         "affiliation": a["name"], "affiliation kind": a["kind"],
                         "affiliation industries": "、".join(vocab.zh(c) for c in codes(a))})
    return Finding("expert_affiliation_industry", "专家与所在单位无共同产业 expert shares no industry with its affiliation",
                   len(rows), population, "Experts none of whose industries is one of their "
                   "affiliation's.", pd.DataFrame(rows), severity="note")


def ties_without_shared_industry(ties, rec_by_key):
    rows, population = [], 0
    for t in ties:
        a, b = rec_by_key.get(t["from"]), rec_by_key.get(t["to"])
        if a is None or b is None or not a.get("industries") or not b.get("industries"):
            continue
        population += 1
        if not set(codes(a)) & set(codes(b)):
            rows.append({"from": a["name"], "to": b["name"], "kind": t["kind"], "year": t["year"],
                         "from industries": ",".join(codes(a)), "to industries": ",".join(codes(b))})
    return Finding("tie_without_shared_industry", "合作关系双方无共同产业 tie between records sharing no industry",
                   len(rows), population, "Cooperation ties whose two ends have no industry code in "
                   "common (cross-industry work exists, so this is a note, not an error).",
                   pd.DataFrame(rows), severity="note")


def tie_integrity(ties, rec_by_key):
    rows = []
    seen = collections.Counter((t["from"], t["to"], t["kind"], t["year"]) for t in ties)
    for t in ties:
        problem = None
        if t["from"] == t["to"]:
            problem = "self tie"
        elif t["from"] not in rec_by_key or t["to"] not in rec_by_key:
            problem = "unknown end"
        elif seen[(t["from"], t["to"], t["kind"], t["year"])] > 1:
            problem = "duplicate"
        if problem:
            rows.append({"from": t["from"], "to": t["to"], "kind": t["kind"], "year": t["year"],
                         "problem": problem})
    return Finding("tie_integrity", "自环、重复或悬空的合作关系 self, duplicate or dangling ties",
                   len(rows), len(ties), "Ties from a record to itself, to a key that does not "
                   "exist, or repeated with the same kind and year.", pd.DataFrame(rows))


def applicant_ineligible_societies(orgs, rules):
    app = rules.get("applicant", {})
    kinds = set(app.get("kinds", []))
    min_staff, min_team = app.get("min_staff", 1), app.get("min_expert_team", 1)
    soc = [o for o in orgs if o.get("kind") in kinds]
    rows = [{"key": o["key"], "name": o["name"], "kind": o["kind"], "staff": o.get("staff", 0),
             "expert_team": o.get("expert_team", 0)}
            for o in soc if o.get("staff", 0) < min_staff or o.get("expert_team", 0) < min_team]
    return Finding("society_not_applicant", "学会缺专职人员或专家队伍（不能作申报单位） society that cannot be the applicant",
                   len(rows), len(soc), "Societies of the applicant kinds without full-time staff "
                   "or an expert team (rules: applicant), so they can be members but not the "
                   "secretariat.", pd.DataFrame(rows), severity="note")


def keyword_topic_spread(records, homes, vocab, min_keywords=3):
    """Records whose keywords come from more industries than the record is coded with."""
    rows, population = [], 0
    for r in records:
        hs = [homes[k] for k in r.get("keywords", []) if k in homes]
        if len(hs) < min_keywords:
            continue
        population += 1
        foreign = sorted(set(hs) - set(codes(r)))
        if foreign:
            rows.append({"key": r["key"], "name": r["name"], "industries": ",".join(codes(r)),
                         "keywords of other industries": "、".join(
                             k for k in r.get("keywords", []) if homes.get(k) in foreign)})
    return Finding("keyword_outside_codes", "关键词属于未标注的产业 keywords of an industry the record is not coded with",
                   len(rows), population, "Records with >= %d keywords of known industry, some of "
                   "which belong to an industry the record does not list." % min_keywords,
                   pd.DataFrame(rows))


def run_all(data, vocab, rules):
    orgs, experts, ties = data.get("organizations", []), data.get("experts", []), data.get("ties", [])
    records = orgs + experts
    org_by_key = {o["key"]: o for o in orgs}
    rec_by_key = {r["key"]: r for r in records}
    homes, counts = keyword_homes(records)
    findings = [
        secondary_codes_unsupported(records, homes, vocab),
        org_subfields_disagree(orgs, vocab),
        leads_listed_by_secondary(orgs, homes, vocab),
        keyword_topic_spread(records, homes, vocab),
        duplicate_texts(experts, "description", "专家简介逐字重复 expert description shared verbatim", "duplicate_expert_description"),
        duplicate_texts(orgs, "description", "单位简介逐字重复 organisation description shared verbatim", "duplicate_org_description"),
        duplicate_texts(orgs, "name", "单位重名 organisation name used twice", "duplicate_org_name"),
        same_name_same_affiliation(experts),
        shared_contacts(experts),
        missing_contacts(experts),
        region_district_disagree(orgs, vocab),
        tie_integrity(ties, rec_by_key),
        ties_without_shared_industry(ties, rec_by_key),
        expert_affiliation_industry(experts, org_by_key, vocab),
        applicant_ineligible_societies(orgs, rules),
        ambiguous_keywords(counts, vocab),
    ]
    return findings, homes
