// Record -> JSON (the wire and export format; README documents the shapes).
#include "data/data.h"

namespace consortia {
namespace {

using nlohmann::json;

json WeightedJson(const std::vector<Weighted>& items) {
  json arr = json::array();
  for (const Weighted& w : items) arr.push_back({{"code", w.code}, {"weight", w.weight}});
  return arr;
}

json List(const std::vector<std::string>& items) {
  json arr = json::array();
  for (const std::string& s : items) arr.push_back(s);
  return arr;
}

}  // namespace

json ToJson(const Organization& org, bool with_ids) {
  json j = {{"key", org.key},
            {"name", org.name},
            {"name_en", org.name_en},
            {"kind", std::string(ToString(org.kind))},
            {"leading", org.leading},
            {"parent", org.parent_key},
            {"district", org.district},
            {"zone", org.zone},
            {"park", org.park},
            {"industries", WeightedJson(org.industries)},
            {"subfields", List(org.subfields)},
            {"capabilities", List(org.capabilities)},
            {"staff", org.staff},
            {"expert_team", org.expert_team},
            {"description", org.description},
            {"keywords", List(org.keywords)}};
  if (with_ids) {
    j["id"] = org.id;
    if (org.parent_id != 0) j["parent_id"] = org.parent_id;
  }
  return j;
}

json ToJson(const Expert& expert, bool with_ids, bool with_contacts) {
  json j = {{"key", expert.key},
            {"name", expert.name},
            {"title", std::string(ToString(expert.title))},
            {"academy", expert.academy},
            {"affiliation", expert.affiliation_key},
            {"fields", List(expert.fields)},
            {"industries", WeightedJson(expert.industries)},
            {"description", expert.description},
            {"keywords", List(expert.keywords)},
            {"capacity", expert.capacity}};
  if (with_ids) {
    j["id"] = expert.id;
    if (expert.affiliation_id != 0) j["affiliation_id"] = expert.affiliation_id;
  }
  if (with_contacts) {
    j["email"] = expert.email;
    j["phone"] = expert.phone;
  }
  return j;
}

json ToJson(const Tie& tie, bool with_ids) {
  json j = {{"from", tie.from_key},
            {"to", tie.to_key},
            {"kind", std::string(ToString(tie.kind))},
            {"year", tie.year}};
  if (with_ids) {
    j["from_id"] = tie.from_id;
    j["to_id"] = tie.to_id;
  }
  return j;
}

json ToJson(const Dataset& data, bool with_ids, bool with_contacts) {
  json orgs = json::array(), experts = json::array(), ties = json::array();
  for (const Organization& o : data.organizations) orgs.push_back(ToJson(o, with_ids));
  for (const Expert& e : data.experts) experts.push_back(ToJson(e, with_ids, with_contacts));
  for (const Tie& t : data.ties) ties.push_back(ToJson(t, with_ids));
  return {{"organizations", std::move(orgs)},
          {"experts", std::move(experts)},
          {"ties", std::move(ties)}};
}

}  // namespace consortia
