// ParseJsonDataset: JSON text -> Dataset, collecting every problem. Unknown fields
// and wrong types are problems (a typo must not be dropped silently); null counts
// as absent. Record-level checks are those of validate.cpp.
#include <limits>
#include <set>

#include "internal.h"
#include "record_fields.h"

namespace consortia {
namespace {

using nlohmann::json;

class RecordReader {
 public:
  RecordReader(const json& obj, const char* file, int row, std::vector<ImportProblem>* problems)
      : obj_(obj), file_(file), row_(row), problems_(problems) {}

  void Problem(const std::string& field, std::string message) {
    problems_->push_back({file_, row_, field, std::move(message)});
    bad_.insert(field);
  }

  // Each reader leaves *out unchanged when the field is absent or null.
  const json* Get(const char* name, bool required) {
    seen_.insert(name);
    auto it = obj_.find(name);
    if (it == obj_.end() || it->is_null()) {
      if (required) Problem(name, std::string(name) + " is required");
      return nullptr;
    }
    return &*it;
  }

  void String(const char* name, std::string* out, bool required = false) {
    const json* v = Get(name, required);
    if (v == nullptr) return;
    if (!v->is_string()) return Problem(name, std::string(name) + " must be a string");
    *out = v->get<std::string>();
  }

  void Bool(const char* name, bool* out) {
    const json* v = Get(name, false);
    if (v == nullptr) return;
    if (!v->is_boolean()) return Problem(name, std::string(name) + " must be true or false");
    *out = v->get<bool>();
  }

  void Int64(const char* name, std::int64_t* out, bool required = false) {
    const json* v = Get(name, required);
    if (v == nullptr) return;
    if (!v->is_number_integer()) return Problem(name, std::string(name) + " must be an integer");
    if (v->is_number_unsigned() &&
        v->get<std::uint64_t>() >
            static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      return Problem(name, std::string(name) + " is out of range");
    }
    *out = v->get<std::int64_t>();
  }

  void Int(const char* name, int* out, bool required = false) {
    std::int64_t v = *out;
    Int64(name, &v, required);
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max()) {
      return Problem(name, std::string(name) + " is out of range");
    }
    *out = static_cast<int>(v);
  }

  void StringList(const char* name, std::vector<std::string>* out) {
    const json* v = Get(name, false);
    if (v == nullptr) return;
    if (!v->is_array()) return Problem(name, std::string(name) + " must be an array of strings");
    for (const json& e : *v) {
      if (!e.is_string()) return Problem(name, std::string(name) + " must be an array of strings");
      out->push_back(e.get<std::string>());
    }
  }

  void WeightedList(const char* name, std::vector<Weighted>* out) {
    const json* v = Get(name, false);
    if (v == nullptr) return;
    const std::string shape = std::string(name) + " must be an array of {code, weight}";
    if (!v->is_array()) return Problem(name, shape);
    for (const json& e : *v) {
      if (!e.is_object()) return Problem(name, shape);
      Weighted w;
      for (const auto& [k, val] : e.items()) {
        if (k == "code" && val.is_string()) {
          w.code = val.get<std::string>();
        } else if (k == "weight" && val.is_number()) {
          w.weight = val.get<double>();
        } else if (k != "weight" || !val.is_null()) {
          return Problem(name, shape + " (bad member '" + k + "')");
        }
      }
      if (w.code.empty()) return Problem(name, shape + " (code missing)");
      out->push_back(std::move(w));
    }
  }

  template <typename Enum>
  void Enumerated(const char* name, Enum* out, std::optional<Enum> (*parse)(std::string_view)) {
    std::string s;
    String(name, &s, /*required=*/true);
    if (bad_.count(name) != 0) return;
    auto e = parse(s);
    if (!e) return Problem(name, "unknown " + std::string(name) + " '" + s + "'");
    *out = *e;
  }

  void RejectUnknownFields() {
    for (const auto& [k, v] : obj_.items()) {
      if (seen_.count(k) == 0) Problem(k, "unknown field '" + k + "'");
    }
  }

  // Runs a record check, dropping its problems on fields already reported here.
  template <typename Fn>
  void Validate(Fn fn) {
    std::vector<ImportProblem> found;
    fn(file_, row_, &found);
    for (ImportProblem& p : found) {
      if (bad_.count(p.field) == 0) problems_->push_back(std::move(p));
    }
  }

 private:
  const json& obj_;
  std::string file_;
  int row_;
  std::vector<ImportProblem>* problems_;
  std::set<std::string> seen_;
  std::set<std::string> bad_;
};

Organization ReadOrganization(RecordReader& r) {
  Organization o;
  detail::ReadOrganizationFields(r, &o);
  r.Int64("id", &o.id);
  r.Int64("parent_id", &o.parent_id);
  r.RejectUnknownFields();
  r.Validate([&](const std::string& f, int row, std::vector<ImportProblem>* p) {
    detail::ValidateOrganization(o, f, row, p);
  });
  return o;
}

Expert ReadExpert(RecordReader& r) {
  Expert e;
  detail::ReadExpertFields(r, &e);
  r.Int64("id", &e.id);
  r.Int64("affiliation_id", &e.affiliation_id);
  r.RejectUnknownFields();
  r.Validate([&](const std::string& f, int row, std::vector<ImportProblem>* p) {
    detail::ValidateExpert(e, f, row, p);
  });
  return e;
}

Tie ReadTie(RecordReader& r) {
  Tie t;
  detail::ReadTieFields(r, &t);
  r.Int64("from_id", &t.from_id);
  r.Int64("to_id", &t.to_id);
  r.RejectUnknownFields();
  r.Validate([&](const std::string& f, int row, std::vector<ImportProblem>* p) {
    detail::ValidateTie(t, f, row, p);
  });
  return t;
}

template <typename T, typename ReadFn>
void ReadArray(const json& root, const char* name, std::vector<T>* out, ReadFn read,
               std::vector<ImportProblem>* problems) {
  auto it = root.find(name);
  if (it == root.end() || it->is_null()) return;
  if (!it->is_array()) {
    problems->push_back({name, 0, "", std::string(name) + " must be an array"});
    return;
  }
  out->reserve(it->size());
  int row = 0;
  for (const json& item : *it) {
    ++row;
    if (!item.is_object()) {
      problems->push_back({name, row, "", "expected an object"});
      continue;
    }
    RecordReader reader(item, name, row, problems);
    out->push_back(read(reader));
  }
}

// nlohmann's message without its own position prefix and the raw bytes it read.
std::string Reason(std::string what) {
  if (auto pos = what.find(": syntax error"); pos != std::string::npos) what = what.substr(pos + 2);
  if (auto pos = what.find("; last read:"); pos != std::string::npos) what.resize(pos);
  return what;
}

Dataset ParseJson(std::string_view text, std::vector<ImportProblem>* problems) {
  Dataset data;

  json root;
  try {
    root = json::parse(text);
  } catch (const json::parse_error& e) {
    const std::size_t byte = std::min<std::size_t>(e.byte, text.size());
    int line = 1, column = 1;
    for (std::size_t i = 0; i + 1 < byte; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    problems->push_back({"", 0, "",
                         "invalid JSON at line " + std::to_string(line) + ", column " +
                             std::to_string(column) + " (byte " + std::to_string(e.byte) +
                             "): " + Reason(e.what())});
    return data;
  } catch (const std::exception& e) {
    problems->push_back({"", 0, "", std::string("invalid JSON: ") + e.what()});
    return data;
  }
  if (!root.is_object()) {
    problems->push_back({"", 0, "", "the dataset must be a JSON object"});
    return data;
  }
  for (const auto& [k, v] : root.items()) {
    if (k != "organizations" && k != "experts" && k != "ties") {
      problems->push_back({"", 0, k, "unknown top-level field '" + k + "'"});
    }
  }
  ReadArray(root, "organizations", &data.organizations, ReadOrganization, problems);
  ReadArray(root, "experts", &data.experts, ReadExpert, problems);
  ReadArray(root, "ties", &data.ties, ReadTie, problems);
  return data;
}

}  // namespace

Dataset ParseJsonDataset(std::string_view text, std::vector<ImportProblem>* problems) {
  const std::size_t first = problems->size();
  Dataset data = ParseJson(text, problems);
  detail::SanitizeProblems(problems, first);
  return data;
}

}  // namespace consortia
