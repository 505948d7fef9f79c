// Record-level validation shared by the parsers and Store::Import.
#include <charconv>
#include <cmath>
#include <set>

#include "core/json_reader.h"
#include "core/taxonomy.h"
#include "internal.h"

namespace consortia::detail {
namespace {

// Lengths in characters (Unicode code points); the API's limits (README "Limits").
constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxDescription = 10000;
constexpr std::size_t kMaxKeywords = 100;
constexpr std::size_t kMaxKeyword = 100;
constexpr std::size_t kMaxEmail = 254;
constexpr std::size_t kMaxPhone = 64;

class Checker {
 public:
  Checker(const std::string& file, int row, std::vector<ImportProblem>* problems)
      : file_(file), row_(row), problems_(problems) {}

  void Add(std::string field, std::string message) {
    problems_->push_back({file_, row_, std::move(field), std::move(message)});
  }

  // False (and a problem) if `value` is not valid UTF-8, holds a NUL character
  // or is longer than max_chars.
  bool Text(const char* field, std::string_view value, std::size_t max_chars = kMaxDescription) {
    std::optional<std::size_t> chars = Utf8Length(value);
    if (!chars) {
      Add(field, "invalid UTF-8");
      return false;
    }
    if (value.find('\0') != std::string_view::npos) {
      Add(field, std::string(field) + " must not contain NUL characters");
      return false;
    }
    if (*chars > max_chars) {
      Add(field, std::string(field) + " must be at most " + std::to_string(max_chars) +
                     " characters (got " + std::to_string(*chars) + ")");
      return false;
    }
    return true;
  }

  void Key(const char* field, std::string_view key, bool required) {
    if (!Text(field, key)) return;
    if (key.empty()) {
      if (required) Add(field, std::string(field) + " is required");
      return;
    }
    if (!ValidKey(key)) {
      std::string msg = "'";
      msg.append(key);
      msg += "' is not a valid key ([A-Za-z0-9._:-]{1,128})";
      Add(field, std::move(msg));
    }
  }

  void Name(const char* field, std::string_view name) {
    if (!Text(field, name, kMaxName)) return;
    if (name.find_first_not_of(" \t\r\n") == std::string_view::npos) {
      Add(field, std::string(field) + " is required");
    }
  }

  // Code lists: valid UTF-8, known codes, no duplicates.
  template <typename FindFn>
  void Codes(const char* field, const std::vector<std::string>& codes, FindFn find,
             const char* what) {
    std::set<std::string_view> seen;
    for (const std::string& code : codes) {
      if (!Text(field, code)) continue;
      if (find(code) == nullptr) {
        Add(field, "unknown " + std::string(what) + " '" + code + "'");
      } else if (!seen.insert(code).second) {
        Add(field, "duplicate " + std::string(what) + " '" + code + "'");
      }
    }
  }

  void Industries(const std::vector<Weighted>& industries) {
    std::set<std::string_view> seen;
    for (const Weighted& w : industries) {
      if (!Text("industries", w.code)) continue;
      if (FindIndustry(w.code) == nullptr) {
        Add("industries", "unknown industry '" + w.code + "'");
      } else if (!seen.insert(w.code).second) {
        Add("industries", "duplicate industry '" + w.code + "'");
      }
      if (!(w.weight > 0.0 && w.weight <= 1.0)) {
        Add("industries", "weight of '" + w.code + "' must be in (0, 1]");
      }
    }
  }

  void Keywords(const std::vector<std::string>& keywords) {
    if (keywords.size() > kMaxKeywords) {
      Add("keywords", "keywords must have at most " + std::to_string(kMaxKeywords) +
                          " items (got " + std::to_string(keywords.size()) + ")");
      return;
    }
    for (const std::string& k : keywords) {
      if (!Text("keywords", k, kMaxKeyword)) continue;
      if (k.empty()) {
        Add("keywords", "empty keyword");
      } else if (k.find(';') != std::string::npos) {
        Add("keywords", "keyword '" + k + "' contains ';' (the CSV list separator)");
      }
    }
  }

 private:
  const std::string& file_;
  int row_;
  std::vector<ImportProblem>* problems_;
};

}  // namespace

bool ValidUtf8(std::string_view s) { return Utf8Length(s).has_value(); }

std::string ToValidUtf8(std::string_view s) {
  if (ValidUtf8(s)) return std::string(s);
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    // Longest valid prefix of at most 4 bytes starting at i.
    std::size_t len = 0;
    for (std::size_t n = 1; n <= 4 && i + n <= s.size(); ++n) {
      if (ValidUtf8(s.substr(i, n))) {
        len = n;
        break;
      }
    }
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
    } else {
      out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

void SanitizeProblems(std::vector<ImportProblem>* problems, std::size_t from) {
  for (std::size_t i = from; i < problems->size(); ++i) {
    ImportProblem& p = (*problems)[i];
    p.file = ToValidUtf8(p.file);
    p.field = ToValidUtf8(p.field);
    p.message = ToValidUtf8(p.message);
  }
}

bool ValidKey(std::string_view key) {
  if (key.empty() || key.size() > 128) return false;
  for (char c : key) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == ':' || c == '-';
    if (!ok) return false;
  }
  return true;
}

void ValidateOrganization(const Organization& org, const std::string& file, int row,
                          std::vector<ImportProblem>* problems) {
  Checker c(file, row, problems);
  c.Key("key", org.key, /*required=*/true);
  c.Name("name", org.name);
  c.Text("name_en", org.name_en, kMaxName);
  if (org.leading && org.kind != OrgKind::kEnterprise) {
    c.Add("leading", "only an enterprise can be a leading enterprise");
  }
  if (org.kind == OrgKind::kSocietyCommittee) {
    if (org.parent_key.empty()) {
      c.Add("parent", "a society_committee needs the key of its national_society");
    } else {
      c.Key("parent", org.parent_key, true);
    }
  } else if (!org.parent_key.empty()) {
    c.Add("parent", "only a society_committee has a parent");
  }
  if (c.Text("district", org.district) && !org.district.empty() &&
      FindDistrict(org.district) == nullptr) {
    c.Add("district", "unknown district '" + org.district + "'");
  }
  if (c.Text("zone", org.zone) && !org.zone.empty() && FindZone(org.zone) == nullptr) {
    c.Add("zone", "unknown zone '" + org.zone + "'");
  }
  if (c.Text("park", org.park) && !org.park.empty() && FindPark(org.park) == nullptr) {
    c.Add("park", "unknown park '" + org.park + "'");
  }
  c.Industries(org.industries);
  c.Codes("subfields", org.subfields, FindSubfield, "sub-field");
  c.Codes("capabilities", org.capabilities, FindCapability, "capability");
  if (org.staff < 0) c.Add("staff", "staff must be >= 0");
  if (org.expert_team < 0) c.Add("expert_team", "expert_team must be >= 0");
  c.Text("description", org.description);
  c.Keywords(org.keywords);
}

void ValidateExpert(const Expert& expert, const std::string& file, int row,
                    std::vector<ImportProblem>* problems) {
  Checker c(file, row, problems);
  c.Key("key", expert.key, /*required=*/true);
  c.Name("name", expert.name);
  if (c.Text("academy", expert.academy)) {
    if (expert.title == Title::kAcademician) {
      if (expert.academy != "CAS" && expert.academy != "CAE") {
        c.Add("academy", "an academician needs academy CAS or CAE");
      }
    } else if (!expert.academy.empty()) {
      c.Add("academy", "only academicians have an academy");
    }
  }
  c.Key("affiliation", expert.affiliation_key, /*required=*/true);
  c.Codes("fields", expert.fields, FindField, "field");
  c.Industries(expert.industries);
  c.Text("description", expert.description);
  c.Keywords(expert.keywords);
  if (expert.capacity < 1) c.Add("capacity", "capacity must be >= 1");
  if (c.Text("email", expert.email, kMaxEmail) && !expert.email.empty() &&
      expert.email.find('@') == std::string::npos) {
    c.Add("email", "not an e-mail address");
  }
  c.Text("phone", expert.phone, kMaxPhone);
}

void ValidateTie(const Tie& tie, const std::string& file, int row,
                 std::vector<ImportProblem>* problems) {
  Checker c(file, row, problems);
  c.Key("from", tie.from_key, true);
  c.Key("to", tie.to_key, true);
  if (!tie.from_key.empty() && tie.from_key == tie.to_key) {
    c.Add("to", "a tie cannot link a record to itself");
  }
  if (tie.year < 1949 || tie.year > 2100) {
    c.Add("year", "year " + std::to_string(tie.year) + " is outside 1949..2100");
  }
}

std::string FormatWeight(double weight) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, weight);
  return std::string(buf, res.ptr);
}

bool ParseWeight(std::string_view text, double* weight) {
  if (text.empty()) return false;
  auto res = std::from_chars(text.data(), text.data() + text.size(), *weight);
  return res.ec == std::errc() && res.ptr == text.data() + text.size() && std::isfinite(*weight);
}

}  // namespace consortia::detail
