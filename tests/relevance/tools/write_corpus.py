#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Write tests/relevance/corpus.json from the hand-written facet sheets beside this file.

Deterministic (one seeded random.Random, sorted iteration): running it twice gives the same
bytes. Independent of the service's demo generator (data/demo_*): none of its code, vocabularies
or names are used here.

Usage: /usr/bin/python3 tests/relevance/tools/write_corpus.py [--out tests/relevance/corpus.json]
Also writes tools/out/clusters.json: record key -> topics it was written about. That file is for
POOLING only (which records to show the judge for a query); grades come from reading the records.
"""
import argparse
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import sheets_common as C  # noqa: E402
import sheets_orgs as O  # noqa: E402
import sheets_topics_a  # noqa: E402
import sheets_topics_b  # noqa: E402
import sheets_topics_c  # noqa: E402

SEED = 20261130
BILINGUAL_SHARE = 0.25
DISTRICT_NAMES = {
    "110101": "东城区", "110102": "西城区", "110105": "朝阳区", "110106": "丰台区", "110107": "石景山区",
    "110108": "海淀区", "110109": "门头沟区", "110111": "房山区", "110112": "通州区", "110113": "顺义区",
    "110114": "昌平区", "110115": "大兴区", "110116": "怀柔区", "110117": "平谷区", "110118": "密云区",
    "110119": "延庆区",
}
ZONE_NAMES = {"zgc_science_city": "中关村科学城", "huairou_science_city": "怀柔科学城",
              "future_science_city": "未来科学城", "etown": "北京经济技术开发区"}


# ---------------------------------------------------------------------------------------------
# sheet parsing

def parse_industries(s):
    out = []
    for part in s.split(","):
        part = part.strip()
        if not part:
            continue
        code, w = part.split()
        out.append({"code": code, "weight": float(w)})
    return out


def parse_terms(s):
    """'中文|English; !EDA; 中文' -> [(zh, en or None, english_only)]"""
    out = []
    for part in s.split(";"):
        part = part.strip()
        if not part:
            continue
        if part.startswith("!"):
            out.append((part[1:], None, True))
        elif "|" in part:
            zh, en = part.split("|", 1)
            out.append((zh.strip(), en.strip(), False))
        else:
            out.append((part, None, False))
    return out


def parse_topics(text):
    topics = {}
    cur = None
    aspect = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("@"):
            key, depth = line[1:].split()
            cur = {"key": key, "depth": depth, "aspects": [], "units": [], "com": []}
            topics[key] = cur
            aspect = None
            continue
        if line.startswith("*"):
            aspect = {"label": line[1:].strip(), "k": [], "p": []}
            cur["aspects"].append(aspect)
            continue
        tag, _, val = line.partition(":")
        val = val.strip()
        if aspect is not None and tag in ("k", "p"):
            if tag == "k":
                aspect["k"] = parse_terms(val)
            else:
                aspect["p"] = [p.strip() for p in val.split(";") if p.strip()]
            continue
        if tag == "ind":
            cur["ind"] = parse_industries(val)
        elif tag in ("sub", "fld", "loc"):
            cur[tag] = val.split()
        elif tag == "ent":
            cur["ent"] = parse_terms(val)
        elif tag == "cust":
            cur["cust"] = [c.strip() for c in val.split(";") if c.strip()]
        elif tag == "units":
            for u in val.split(";"):
                u = u.strip()
                if not u:
                    continue
                parent, rest = u.split(":", 1)
                zh, en = (rest.split("|", 1) + [""])[:2]
                cur["units"].append((parent.strip(), zh.strip(), en.strip()))
        elif tag == "com":
            for u in val.split(";"):
                u = u.strip()
                if not u:
                    continue
                parent, name = u.split(":", 1)
                cur["com"].append((parent.strip(), name.strip()))
        elif tag in ("zh", "en"):
            cur[tag] = val
        else:
            raise ValueError("unknown sheet line: " + raw)
    return topics


def parse_table(text, n):
    rows = []
    for line in text.strip().splitlines():
        cells = [c.strip() for c in line.split(" | ", n - 1)]
        if len(cells) != n:
            raise ValueError("bad row (%d cells, want %d): %s" % (len(cells), n, line))
        rows.append(cells)
    return rows


# ---------------------------------------------------------------------------------------------

class Writer:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.orgs = []        # dicts, with internal "_id"
        self.experts = []
        self.ties = []        # (from_id, to_id, kind, year)
        self.clusters = {}    # _id -> [topics]
        self.next_id = 0
        self.used_names = set()
        self.used_stems = set()
        self.public = {}      # short key -> org dict

    def new_id(self):
        self.next_id += 1
        return "_%05d" % self.next_id

    # ----- text helpers
    def term(self, t, bilingual):
        zh, en, eng_only = t
        if eng_only:
            return zh
        if bilingual and en:
            return "%s（%s）" % (zh, en)
        return zh

    def pick(self, seq, n):
        seq = list(seq)
        n = min(n, len(seq))
        return self.rng.sample(seq, n)

    def person_name(self):
        for _ in range(1000):
            s = self.rng.choice(C.SURNAMES)
            g = self.rng.choice(C.GIVEN)
            if self.rng.random() < 0.7:
                g2 = self.rng.choice(C.GIVEN)
                if g2 != g:
                    g += g2
            name = s + g
            if name not in self.used_names:
                self.used_names.add(name)
                return name
        raise RuntimeError("names exhausted")

    def stem(self):
        for _ in range(1000):
            a, b = self.rng.sample(C.STEM_CHARS, 2)
            zh = a[0] + b[0]
            if zh in C.STEM_BLACKLIST or zh in self.used_stems:
                continue
            self.used_stems.add(zh)
            return zh, a[1] + b[1].lower()
        raise RuntimeError("stems exhausted")

    # ----- public organisations
    def add_public(self):
        for key, name, name_en, dist, ind, focus in parse_table(O.UNIVERSITIES, 6):
            self.public_org("rel.u." + key, key, "university", name, name_en, dist, ind, focus)
        for key, name, name_en, dist, ind, focus in parse_table(O.INSTITUTES, 6):
            self.public_org("rel.i." + key, key, "research_institute", name, name_en, dist, ind, focus)
        for key, name, name_en, ind, focus, kws in parse_table(O.NATIONAL, 6):
            o = self.public_org("rel.n." + key, key, "national_society", name, name_en, "", ind, focus)
            o["keywords"] = kws.split(";")
            o["staff"] = self.rng.randint(8, 40)
            o["expert_team"] = self.rng.randint(200, 1200)
        for key, name, name_en, ind, focus, kws, sizes in parse_table(O.MUNICIPAL, 7):
            o = self.public_org("rel.m." + key, key, "municipal_society", name, name_en, "", ind, focus)
            o["keywords"] = kws.split(";")
            staff, team = sizes.split()
            o["staff"], o["expert_team"] = int(staff), int(team)
        for row in parse_table(O.PARKS, 10):
            key, name, name_en, dist, zone, park, ind, subs, focus, kws = row
            o = self.public_org("rel.p." + key, key, "park", name, name_en, dist, ind, focus)
            o["zone"] = "" if zone == "-" else zone
            o["park"] = park
            o["subfields"] = subs.split()
            o["keywords"] = kws.split(";")
        for key, name, kind, dist, ind in parse_table(O.CASTS, 5):
            o = self.public_org("rel.c." + key, key, kind, name, "", dist, ind, "")

    def public_org(self, rkey, short, kind, name, name_en, dist, ind, focus):
        o = {"_id": rkey, "key": rkey, "name": name, "kind": kind, "industries": parse_industries(ind),
             "_focus": focus, "_units": [], "_coms": []}
        if name_en:
            o["name_en"] = name_en
        if dist:
            o["district"] = dist
            zone, park = O.DISTRICT_REGION[dist]
            o["zone"], o["park"] = zone, park
        caps = {
            "university": ["rnd", "laboratory", "academic_exchange", "technology_transfer", "international"],
            "research_institute": ["rnd", "laboratory", "technology_transfer", "technical_service"],
            "national_society": ["academic_exchange", "technical_service", "standards", "international"],
            "municipal_society": ["academic_exchange", "technical_service"],
            "park": ["service_platform", "technical_service"],
        }.get(kind, ["service_platform", "technical_service"])
        o["capabilities"] = caps
        self.orgs.append(o)
        self.public[short] = o
        return o

    def finish_public_text(self):
        for o in self.orgs:
            if not o.get("key", "").startswith(("rel.u.", "rel.i.", "rel.n.", "rel.m.", "rel.p.", "rel.c.")):
                continue
            kind = o["kind"]
            parts = []
            if kind in ("university", "research_institute"):
                parts.append(o["name"] + o["_focus"])
                if o["_units"]:
                    names = [u[len(o["name"]):] for u in o["_units"]]
                    parts.append("下设" + "、".join(names[:6]) + "等研究机构")
                parts.append(self.rng.choice(["与首都企业开展广泛的产学研合作", "面向产业需求开展联合研发与人才培养",
                                              "建有多个国家级和省部级科研平台"]))
                kws = []
                for t in o.get("_topics", []):
                    if t not in kws:
                        kws.append(t)
                o["keywords"] = kws[:8] if kws else ["科教融合", "多学科交叉"]
            elif kind in ("national_society",):
                parts.append(o["name"] + "是" + o["_focus"])
                if o["_coms"]:
                    names = [c[len(o["name"]):] for c in o["_coms"]]
                    parts.append("下设" + "、".join(names) + "等专业委员会")
                parts.append("具有专职工作人员和专家队伍，可承担创新联合体秘书处工作")
            elif kind == "municipal_society":
                parts.append(o["name"] + o["_focus"])
                parts.append("拥有专家库和专职工作团队，面向会员企业提供技术咨询与科技服务")
            elif kind == "park":
                parts.append(o["name"] + o["_focus"])
                parts.append("为入园企业提供政策、空间、投融资与公共技术平台服务")
            else:
                ind = o["industries"][0]["code"]
                parts.append(o["name"] + "为区域科技工作者和企业提供科技服务平台，组织学术交流与科学普及")
                o["keywords"] = ["科技服务", "学术交流", "科学普及"]
            o["description"] = "。".join(parts) + "。"
            for k in ("_focus", "_units", "_coms", "_topics"):
                o.pop(k, None)

    # ----- topic records
    def build_topic(self, t, crosses):
        depth = t["depth"]
        n_asp = len(t["aspects"])
        if depth == "deep":
            n_exp = min(36, 16 + 7 * n_asp)
            n_ent = min(9, 5 + n_asp)
        elif depth == "shallow":
            n_exp, n_ent = 10, 4
        else:  # trap
            n_exp, n_ent = (20, 12) if t["key"] == "t_generic" else (6, 4)
        units = []
        for parent, zh, en in t["units"]:
            units.append(self.make_unit(t, parent, zh, en))
        coms = []
        for parent, name in t["com"]:
            coms.append(self.make_committee(t, parent, name))
        ents = []
        lead_quota = 0
        if depth == "deep":
            lead_quota = 2 if (n_asp >= 3 and t.get("_second_lead")) else 1
        for i in range(n_ent):
            ents.append(self.make_enterprise(t, crosses, leading=i < lead_quota))
        exps = []
        for i in range(n_exp):
            exps.append(self.make_expert(t, crosses, units, ents))
        # ties inside the topic
        leads = [e for e in ents if e.get("leading")] or ents[:1]
        for u in units:
            for l in leads:
                if self.rng.random() < 0.7:
                    self.tie(u, l, self.rng.choice(["joint_rnd", "technology_transfer", "joint_project"]))
        for c in coms:
            for l in leads:
                if self.rng.random() < 0.6:
                    self.tie(c, l, self.rng.choice(["standard", "brand"]))
        for e in ents:
            if e in leads:
                continue
            if self.rng.random() < 0.4:
                self.tie(e, self.rng.choice(leads), self.rng.choice(["joint_project", "joint_rnd"]))
        for x in exps:
            if self.rng.random() < 0.3 and ents:
                self.tie(x, self.rng.choice(ents), self.rng.choice(["joint_rnd", "technology_transfer"]))
        return units, coms, ents, exps

    def tie(self, a, b, kind):
        if a["_id"] == b["_id"]:
            return
        self.ties.append((a["_id"], b["_id"], kind, self.rng.randint(2016, 2024)))

    def aspects_of(self, t, crosses):
        """primary aspect, optional second aspect (same topic), optional cross aspect"""
        asp = t["aspects"]
        weights = [1.0 / (i + 1) ** 0.5 for i in range(len(asp))]
        primary = self.rng.choices(asp, weights)[0]
        chosen = [(t, primary)]
        if len(asp) > 1 and self.rng.random() < 0.35:
            other = self.rng.choice([a for a in asp if a is not primary])
            chosen.append((t, other))
        if crosses and self.rng.random() < 0.12:
            ct = self.rng.choice(crosses)
            chosen.append((ct, self.rng.choice(ct["aspects"])))
        return chosen

    def keywords_from(self, chosen, bilingual, n_main):
        kws = []
        for i, (t, a) in enumerate(chosen):
            n = n_main if i == 0 else (2 if i == 1 and chosen[1][0] is t else 1)
            for term in self.pick(a["k"], n):
                s = self.term(term, bilingual)
                if s not in kws:
                    kws.append(s)
        return kws

    def industries_for(self, t, chosen):
        ind = [dict(x) for x in t["ind"]]
        codes = {x["code"] for x in ind}
        for ct, _ in chosen:
            if ct is not t:
                c0 = ct["ind"][0]["code"]
                if c0 not in codes:
                    ind.append({"code": c0, "weight": 0.3})
                    codes.add(c0)
        return ind

    def subfields_for(self, t, chosen):
        subs = list(t["sub"])
        for ct, _ in chosen:
            if ct is not t and ct["sub"][0] not in subs:
                subs.append(ct["sub"][0])
        return subs

    def location(self, t):
        loc = t["loc"]
        w = [1.0 / (i + 1) for i in range(len(loc))]
        d = self.rng.choices(loc, w)[0]
        zone, park = O.DISTRICT_REGION[d]
        if d in ("110115", "110112") and self.rng.random() < 0.3:
            zone = ""  # outside the E-Town zone proper
        return d, zone, park

    def make_unit(self, t, parent_key, zh, en):
        parent = self.public[parent_key]
        bil = self.rng.random() < BILINGUAL_SHARE
        o = {"_id": self.new_id(), "name": parent["name"] + zh, "kind": parent["kind"],
             "district": parent.get("district", "110108")}
        zone, park = O.DISTRICT_REGION[o["district"]]
        o["zone"], o["park"] = zone, park
        if bil and en and parent.get("name_en"):
            o["name_en"] = en + ", " + parent["name_en"]
        o["industries"] = [dict(x) for x in t["ind"]]
        o["subfields"] = list(t["sub"])
        o["capabilities"] = ["rnd", "laboratory"] + self.pick(
            ["academic_exchange", "technology_transfer", "technical_service", "international", "standards"], 2)
        phrases = []
        for a in t["aspects"]:
            phrases.extend(self.pick(a["p"], 1))
        phrases = phrases[:4]
        kws = []
        for a in t["aspects"]:
            for term in self.pick(a["k"], 2):
                kws.append(self.term(term, bil))
        o["keywords"] = kws[:8]
        desc = "%s依托%s，围绕%s开展研究，主要方向包括%s。建有%s，%s。" % (
            o["name"], parent["name"], t["zh"], "、".join(phrases),
            self.rng.choice(C.UNIT_ASSET),
            self.rng.choice(["与多家龙头企业开展联合研发", "承担多项国家级科研任务", "面向企业开放共享仪器设备"]))
        if self.rng.random() < 0.4:
            desc += self.rng.choice(C.GENERIC).format(t=t["zh"]) + "。"
        o["description"] = desc
        self.orgs.append(o)
        parent["_units"].append(o["name"])
        parent.setdefault("_topics", []).append(t["zh"])
        self.clusters[o["_id"]] = [t["key"]]
        o["_parent_public"] = parent_key
        return o

    def make_committee(self, t, parent_key, name):
        parent = self.public[parent_key]
        o = {"_id": self.new_id(), "name": parent["name"] + name, "kind": "society_committee",
             "parent": parent["key"], "industries": [dict(x) for x in t["ind"]],
             "subfields": list(t["sub"]), "capabilities": ["academic_exchange", "technical_service"]}
        if self.rng.random() < 0.5:
            o["capabilities"].append("standards")
        o["staff"] = self.rng.choice([0, 1, 2, 3])
        o["expert_team"] = self.rng.randint(40, 220)
        bil = self.rng.random() < BILINGUAL_SHARE
        phrases = [self.rng.choice(a["p"]) for a in t["aspects"]][:3]
        kws = [t["zh"]]
        for a in t["aspects"]:
            kws.extend(self.term(x, bil) for x in self.pick(a["k"], 2))
        o["keywords"] = list(dict.fromkeys(kws))[:7]
        o["description"] = ("%s是%s下设的专业委员会，聚焦%s领域，主要关注%s。每年组织学术年会和技术研讨会，"
                            "开展团体标准制定与企业技术咨询。" % (o["name"], parent["name"], t["zh"], "、".join(phrases)))
        self.orgs.append(o)
        parent["_coms"].append(o["name"])
        self.clusters[o["_id"]] = [t["key"]]
        return o

    def make_enterprise(self, t, crosses, leading):
        bil = self.rng.random() < BILINGUAL_SHARE
        stem_zh, stem_en = self.stem()
        core = self.rng.choice(t["ent"])
        suffix = self.rng.choice(C.LEAD_SUFFIX if leading else C.ENT_SUFFIX)
        if ("科技" in core[0] or core[0].endswith("技术")) and suffix[0].startswith(("科技", "技术")):
            suffix = (suffix[0][2:], suffix[1])
        name = stem_zh + core[0] + suffix[0]
        o = {"_id": self.new_id(), "name": name, "kind": "enterprise"}
        if (bil or leading) and core[1]:
            o["name_en"] = "%s %s %s" % (stem_en, core[1], suffix[1])
        if leading:
            o["leading"] = True
        d, zone, park = self.location(t)
        o["district"] = d
        if zone:
            o["zone"] = zone
        o["park"] = park
        chosen = self.aspects_of(t, crosses)
        o["industries"] = self.industries_for(t, chosen)
        o["subfields"] = self.subfields_for(t, chosen)
        caps = ["rnd"]
        if leading:
            caps += ["technology_transfer", "international", "academic_exchange", "technical_service", "standards"]
        else:
            caps += self.pick(["technical_service", "standards", "technology_transfer", "brand"], self.rng.randint(1, 2))
        o["capabilities"] = caps
        kws = self.keywords_from(chosen, bil, 4 if leading else 3)
        o["keywords"] = kws
        p1 = self.rng.choice(chosen[0][1]["p"])
        prods = "、".join(kws[:3])
        year = self.rng.randint(1998, 2021) if leading else self.rng.randint(2008, 2022)
        where = DISTRICT_NAMES[d] + (("（" + ZONE_NAMES[zone] + "）") if zone else "")
        s = ["%s成立于%d年，位于北京市%s" % (name, year, where)]
        if leading:
            s.append(self.rng.choice(C.LEAD_EXTRA).format(t=t["zh"], n=self.rng.randint(2, 9)))
            s.append("主营%s，产品与服务包括%s" % (p1, prods))
            s.append(self.rng.choice(C.LEAD_EXTRA[1:]).format(t=t["zh"], n=self.rng.randint(2, 9)))
        else:
            s.append("是一家专注于%s的高新技术企业" % p1)
            s.append("主要产品与服务包括%s" % prods)
        if len(chosen) > 1:
            s.append("同时开展%s" % self.rng.choice(chosen[1][1]["p"]))
        s.append("客户主要为%s" % "和".join(self.pick(t["cust"], 2)))
        s.append(self.rng.choice(C.ENT_EXTRA).format(n=self.rng.randint(3, 30)))
        if self.rng.random() < 0.5:
            s.append(self.rng.choice(C.GENERIC).format(t=t["zh"]))
        o["description"] = "，".join(s[:2]) + "。" + "。".join(s[2:]) + "。"
        self.orgs.append(o)
        self.clusters[o["_id"]] = sorted({ct["key"] for ct, _ in chosen}, key=lambda k: k != t["key"])
        return o

    def make_expert(self, t, crosses, units, ents):
        bil = self.rng.random() < BILINGUAL_SHARE
        name = self.person_name()
        r = self.rng.random()
        if t["depth"] == "trap":
            title = "senior" if r < 0.5 else "other"
        else:
            title = ("academician" if r < 0.03 else "renowned" if r < 0.13 else "senior" if r < 0.62 else "other")
        x = {"_id": self.new_id(), "name": name, "title": title}
        if title == "academician":
            x["academy"] = self.rng.choice(["CAS", "CAE"])
        # affiliation
        r = self.rng.random()
        if units and r < 0.45:
            aff = self.rng.choice(units)
        elif ents and r < 0.85:
            aff = self.rng.choice(ents)
        elif units:
            aff = self.public[self.rng.choice(units)["_parent_public"]]
        elif ents:
            aff = self.rng.choice(ents)
        else:
            aff = self.public[self.rng.choice(["ruc", "tsinghua", "bjut"])]
        x["affiliation"] = aff["_id"]
        chosen = self.aspects_of(t, crosses)
        flds = list(t["fld"])
        x["fields"] = [flds[0]] + ([self.rng.choice(flds[1:])] if len(flds) > 1 and self.rng.random() < 0.6 else [])
        for ct, _ in chosen[1:]:
            if ct is not t and ct["fld"][0] not in x["fields"]:
                x["fields"].append(ct["fld"][0])
        x["industries"] = self.industries_for(t, chosen)
        x["keywords"] = self.keywords_from(chosen, bil, self.rng.randint(3, 4))
        # description
        akind = aff["kind"]
        senior = title in ("academician", "renowned", "senior")
        pos_key = akind if akind in ("enterprise", "university", "research_institute") else "university"
        pos = self.rng.choice(C.POSITIONS[pos_key if senior else pos_key + "_junior"])
        if title == "academician":
            ttext = C.TITLE_TEXT["academician_" + x["academy"]]
        else:
            ttext = self.rng.choice(C.TITLE_TEXT[title] if isinstance(C.TITLE_TEXT[title], list) else [C.TITLE_TEXT[title]])
        head = name + "，" + (ttext + "，" if ttext else "") + aff["name"] + pos
        ph = [self.rng.choice(chosen[0][1]["p"])]
        for _, a in chosen[1:]:
            ph.append(self.rng.choice(a["p"]))
        body = self.rng.choice(C.INTRO) + "、".join(ph)
        if bil:
            terms = [k for k in x["keywords"] if "（" in k][:2]
            if terms:
                body += "，关键词：" + "、".join(terms)
        ach = self.pick(C.ACHIEVE, 2 if senior else 1)
        ach = "，".join(a.format(n=self.rng.randint(2, 9), m=self.rng.choice([20, 30, 50, 80, 100])) for a in ach)
        desc = head + "。" + body + "。" + ach + "。"
        if self.rng.random() < 0.45:
            desc += self.rng.choice(C.GENERIC).format(t=t["zh"]) + "。"
        x["description"] = desc
        x["capacity"] = self.rng.choice([1, 1, 2, 2, 3]) if senior else 1
        self.experts.append(x)
        self.clusters[x["_id"]] = sorted({ct["key"] for ct, _ in chosen}, key=lambda k: k != t["key"])
        return x

    # ----- generalists
    def build_general(self):
        for row in parse_table(C.GENERAL, 6):
            ind, zh, flds, subs, phrases, kws = row
            phrases = [p.strip() for p in phrases.split(";")]
            terms = parse_terms(kws)
            base = zh.replace("产业", "")
            base = base[:-1] if base.endswith("服务业") else base
            pseudo = {"key": "general." + ind, "zh": zh, "ind": [{"code": ind, "weight": 1.0}],
                      "sub": subs.split(), "fld": flds.split(),
                      "aspects": [{"label": zh, "k": terms, "p": phrases}],
                      "loc": ["110108", "110105", "110114", "110115"],
                      "ent": [(base, ""), (base if "服务" in base else base + "服务", "")],
                      "cust": ["行业企业", "政府部门", "产业园区", "科研院所"], "depth": "shallow"}
            ents = []
            for i in range(4):
                e = self.make_enterprise(pseudo, [], leading=False)
                ents.append(e)
            for i in range(6):
                self.make_expert(pseudo, [], [], ents if i % 2 else [])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=os.path.join(HERE, "..", "corpus.json"))
    args = ap.parse_args()
    topics = {}
    for sheet in (sheets_topics_a.SHEET, sheets_topics_b.SHEET, sheets_topics_c.SHEET):
        for k, v in parse_topics(sheet).items():
            assert k not in topics, k
            topics[k] = v
    # second leading enterprise for the first 16 deep topics with >= 3 aspects (sheet order)
    n = 0
    for k, t in topics.items():
        if t["depth"] == "deep" and len(t["aspects"]) >= 3 and n < 16:
            t["_second_lead"] = True
            n += 1
    w = Writer(SEED)
    w.add_public()
    for k, t in topics.items():
        crosses = [topics[b] for a, b in C.CROSS if a == k and b in topics]
        w.build_topic(t, crosses)
    w.build_general()
    w.finish_public_text()

    # keys: generated records get numbered keys in a shuffled order (no topic in the key)
    gen_orgs = [o for o in w.orgs if o["_id"].startswith("_")]
    rng = random.Random(SEED + 1)
    rng.shuffle(gen_orgs)
    keymap = {}
    for i, o in enumerate(gen_orgs, 1):
        keymap[o["_id"]] = "rel.org.%04d" % i
    exps = list(w.experts)
    rng.shuffle(exps)
    for i, x in enumerate(exps, 1):
        keymap[x["_id"]] = "rel.exp.%04d" % i
    for o in w.orgs:
        if not o["_id"].startswith("_"):
            keymap[o["_id"]] = o["key"]

    def clean(rec):
        return {k: v for k, v in rec.items() if not k.startswith("_")}

    orgs_out = []
    for o in sorted(w.orgs, key=lambda o: keymap[o["_id"]]):
        r = clean(o)
        r["key"] = keymap[o["_id"]]
        orgs_out.append(order_org(r))
    exps_out = []
    for x in sorted(w.experts, key=lambda x: keymap[x["_id"]]):
        r = clean(x)
        r["key"] = keymap[x["_id"]]
        r["affiliation"] = keymap[x["affiliation"]]
        r["email"] = r["key"].replace("rel.exp.", "rel") + "@example.cn"
        exps_out.append(order_exp(r))
    seen = set()
    ties_out = []
    for a, b, kind, year in w.ties:
        t = (keymap[a], keymap[b], kind)
        if t in seen:
            continue
        seen.add(t)
        ties_out.append({"from": t[0], "to": t[1], "kind": kind, "year": year})
    ties_out.sort(key=lambda t: (t["from"], t["to"], t["kind"]))

    data = {"organizations": orgs_out, "experts": exps_out, "ties": ties_out}
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(dump(data))
    clusters = {keymap[i]: v for i, v in w.clusters.items()}
    os.makedirs(os.path.join(HERE, "out"), exist_ok=True)
    with open(os.path.join(HERE, "out", "clusters.json"), "w", encoding="utf-8") as f:
        json.dump(dict(sorted(clusters.items())), f, ensure_ascii=False, indent=0, sort_keys=True)
        f.write("\n")
    kinds = {}
    for o in orgs_out:
        kinds[o["kind"]] = kinds.get(o["kind"], 0) + 1
    print("organizations %d (%s, leading %d), experts %d, ties %d, total records %d" % (
        len(orgs_out), ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        sum(1 for o in orgs_out if o.get("leading")), len(exps_out), len(ties_out),
        len(orgs_out) + len(exps_out)), file=sys.stderr)


ORG_ORDER = ["key", "name", "name_en", "kind", "leading", "parent", "district", "zone", "park", "industries",
             "subfields", "capabilities", "staff", "expert_team", "description", "keywords"]
EXP_ORDER = ["key", "name", "title", "academy", "affiliation", "fields", "industries", "description", "keywords",
             "capacity", "email"]


def order_org(r):
    out = {k: r[k] for k in ORG_ORDER if k in r and r[k] not in ("", None, [])}
    extra = set(r) - set(ORG_ORDER)
    assert not extra, extra
    return out


def order_exp(r):
    out = {k: r[k] for k in EXP_ORDER if k in r and r[k] not in ("", None, [])}
    extra = set(r) - set(EXP_ORDER)
    assert not extra, extra
    return out


def dump(data):
    """One record per line: diffable, still valid JSON."""
    lines = ["{"]
    sections = list(data.items())
    for si, (name, items) in enumerate(sections):
        lines.append(' "%s": [' % name)
        for i, it in enumerate(items):
            sep = "," if i + 1 < len(items) else ""
            lines.append("  " + json.dumps(it, ensure_ascii=False, separators=(", ", ": ")) + sep)
        lines.append(" ]" + ("," if si + 1 < len(sections) else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
