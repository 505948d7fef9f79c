# -*- coding: utf-8 -*-
"""Candidate consortia for POST /v1/plan, built through the API (notebook 04).

For each target (an industry for the industrial slots, a zone or ZGC park for the regional
ones): the leading enterprises of that target (GET /v1/organizations?kind=enterprise&
leading=true&industry=|zone=|park=), a complete member set around one of them (POST
/v1/consortia/suggest, k = 1) and its service team (POST /v1/teams/suggest with the members,
so experts of member organisations are preferred). Candidates are made one after another so
that later ones avoid what earlier ones used up (the web planner does the same,
web/src/domain/candidates.js): organisations already in `max_per_org` candidates, leading
enterprises already leading one, experts already on a generated team.

The problem text of a candidate is its lead's first keywords (the lead's own words, so
nothing is invented here). For an industry, leads are tried in the order of their weight for
that industry (a lead whose main industry is the target first).
"""
import collections

from consortia_nb import ServiceError


def error_text(e):
    """A short reading of an API error: code, role or field, eligible count, relaxation."""
    err = e.body.get("error", {}) if isinstance(e.body, dict) else {}
    if not err:
        return "HTTP %s" % e.status
    parts = [err.get("code", "error")]
    if err.get("role") or err.get("field"):
        parts.append(str(err.get("role") or err.get("field")))
    if "eligible" in err:
        parts.append("eligible %s" % err["eligible"])
    if err.get("relaxation"):
        parts.append("(%s)" % err["relaxation"])
    return " ".join(parts)


def lead_weight(org, industry):
    for i in org.get("industries", []):
        if i.get("code") == industry:
            return i.get("weight", 0.0)
    return 0.0


def main_industry(org):
    cs = org.get("industries", [])
    return max(cs, key=lambda i: i.get("weight", 0))["code"] if cs else ""


def targets(vocab, per_industry=1, per_region=1, regions=None, industries=None):
    out = []
    for code in (industries if industries is not None else vocab.industries):
        out.append({"type": "industrial", "target": code, "query": {"industry": code}, "per": per_industry})
    for code in (regions if regions is not None else vocab.regions):
        kind = vocab.region(code).get("kind", "park")
        out.append({"type": "regional", "target": code,
                    "query": {"zone": code} if kind == "zone" else {"park": code}, "per": per_region})
    return out


def generate(svc, vocab, tgts, max_per_org=2, leads_per_target=12, exclude_leads=(), team_size=None,
             progress=None):
    """-> (candidates, log). candidates: plan bodies (inline) with extra "_meta" for the notebook;
    log: one row per target attempt (made / skipped and why)."""
    leads_used = set(exclude_leads)
    org_use = collections.Counter()
    experts_used = set()
    candidates, log = [], []
    for n, tg in enumerate(tgts):
        made = 0
        try:
            page = svc.get("/v1/organizations", kind="enterprise", leading="true", limit=leads_per_target * 4,
                           **tg["query"])
        except ServiceError as e:
            log.append({"type": tg["type"], "target": tg["target"], "made": 0, "reason": str(e)[:200]})
            continue
        leads = page.get("items", [])
        listed = len(leads)
        if tg["type"] == "industrial":
            leads.sort(key=lambda o: -lead_weight(o, tg["target"]))
        tried, reasons = 0, []
        for lead in leads[:leads_per_target]:
            if made >= tg["per"]:
                break
            if lead["id"] in leads_used:
                continue
            tried += 1
            problem = " ".join(lead.get("keywords", [])[:3])
            body = {"type": tg["type"], "lead_id": lead["id"], "problem": problem, "k": 1,
                    "exclude": sorted(i for i, c in org_use.items()
                                      if (c >= max_per_org or i in leads_used) and i != lead["id"])}
            if tg["type"] == "industrial":
                body["industry"] = tg["target"]
            else:
                body["region"] = tg["target"]
            try:
                s = svc.post("/v1/consortia/suggest", body)
            except ServiceError as e:
                reasons.append("suggest: " + error_text(e))
                continue
            props = s.get("proposals") or []
            if not props:
                reasons.append("no proposal")
                continue
            prop = props[0]
            industry = tg["target"] if tg["type"] == "industrial" else main_industry(lead)
            tbody = {"members": [m["id"] for m in prop["members"]], "exclude": sorted(experts_used)}
            if industry:
                tbody["industry"] = industry
            if problem:
                tbody["problem"] = problem
            if team_size:
                tbody["size"] = team_size
            try:
                ts = svc.post("/v1/teams/suggest", tbody)
            except ServiceError as e:
                reasons.append("team: " + error_text(e))
                continue
            teams = ts.get("teams") or []
            if not teams:
                reasons.append("no team")
                continue
            team = teams[0]
            made += 1
            leads_used.add(lead["id"])
            for m in prop["members"]:
                org_use[m["id"]] += 1
            team_ids = [m["id"] for m in team["members"]]
            experts_used.update(team_ids)
            experts_used.add(team["leader_id"])
            c = {
                "id": "gen-%s-%d" % (tg["target"], made),
                "type": tg["type"],
                "members": [{"id": m["id"], "role": m["role"]} for m in prop["members"]],
                "applicant_id": prop.get("applicant_id"),
                "team": {"leader_id": team["leader_id"], "members": team_ids},
                "score": max(0.0, float(prop.get("score", 0.0))),
                "problem": problem,
                "_meta": {"lead_id": lead["id"], "lead_name": lead.get("name", ""),
                          "lead_main_industry": main_industry(lead),
                          "lead_weight_for_target": lead_weight(lead, tg["target"]) if tg["type"] == "industrial" else None,
                          "lead_zone": lead.get("zone", ""), "lead_park": lead.get("park", ""),
                          "target": tg["target"], "member_names": {m["id"]: m.get("name", "") for m in prop["members"]},
                          "proposal": prop, "team": team, "team_answer": {k: v for k, v in ts.items() if k != "teams"}},
            }
            if tg["type"] == "industrial":
                c["industry"] = tg["target"]
            else:
                c["region"] = tg["target"]
            candidates.append(c)
        counted = collections.Counter(reasons)
        log.append({"type": tg["type"], "target": tg["target"], "leads listed": listed, "tried": tried,
                    "made": made, "failures": len(reasons),
                    "reason": ("; ".join("%s ×%d" % (r, n) if n > 1 else r for r, n in counted.most_common(3))
                               or ("no leading enterprise listed" if listed == 0 else
                                   "leads exhausted (the others already lead a candidate)"))
                    if made < tg["per"] else ""})
        if progress:
            progress(n + 1, len(tgts))
    return candidates, log


def plan_body(candidates, **options):
    """The POST /v1/plan body: inline candidates without the notebook's _meta."""
    body = {"registered": False,
            "candidates": [{k: v for k, v in c.items() if not k.startswith("_")} for c in candidates]}
    body.update(options)
    return body


def picks(plan):
    """[(type, target, id)] of a plan answer, in the answer's order."""
    out = []
    for t in ("regional", "industrial"):
        for e in plan.get(t, []):
            out.append((t, e.get("region") or e.get("industry") or e.get("target"), e["id"]))
    return out
