// The CSV dataset: organizations.csv, experts.csv and ties.csv in one directory.
// Column names are those of the JSON format; lists are ';'-separated, weighted
// lists "code:weight;code" (weight defaults to 1), booleans true/false/1/0.
// Rows are CSV records: the header is row 1.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "internal.h"
#include "record_fields.h"

namespace consortia {
namespace {

namespace fs = std::filesystem;

const std::vector<std::string> kOrgColumns = {
    "key",      "name",        "name_en",     "kind",       "leading",   "parent",
    "district", "zone",        "park",        "industries", "subfields", "capabilities",
    "staff",    "expert_team", "description", "keywords"};
const std::vector<std::string> kOrgRequired = {"key", "name", "kind"};
const std::vector<std::string> kExpertColumns = {
    "key",        "name",        "title",    "academy",  "affiliation", "fields",
    "industries", "description", "keywords", "capacity", "email",       "phone"};
const std::vector<std::string> kExpertRequired = {"key", "name", "title", "affiliation"};
const std::vector<std::string> kTieColumns = {"from", "to", "kind", "year"};
const std::vector<std::string> kTieRequired = kTieColumns;

// One data row of a CSV file, addressed by column name.
class CsvRow {
 public:
  CsvRow(const std::string& file, int row, const std::vector<std::string>* cells,
         const std::vector<int>* index_of, const std::vector<std::string>* columns,
         std::vector<ImportProblem>* problems)
      : file_(file),
        row_(row),
        cells_(cells),
        index_of_(index_of),
        columns_(columns),
        problems_(problems) {}

  void Problem(const std::string& field, std::string message) {
    problems_->push_back({file_, row_, field, std::move(message)});
    bad_.insert(field);
  }

  // Empty string if the column is absent.
  const std::string& Cell(const char* name) const {
    static const std::string kEmpty;
    for (std::size_t c = 0; c < columns_->size(); ++c) {
      if ((*columns_)[c] == name) {
        int idx = (*index_of_)[c];
        return idx < 0 ? kEmpty : (*cells_)[idx];
      }
    }
    return kEmpty;
  }

  // Required columns are checked once per file (kOrgRequired, ...), not per row.
  void String(const char* name, std::string* out, bool /*required*/) { *out = Cell(name); }

  void Bool(const char* name, bool* out) {
    const std::string& v = Cell(name);
    if (v.empty() || v == "false" || v == "0") {
      *out = false;
    } else if (v == "true" || v == "1") {
      *out = true;
    } else {
      Problem(name, std::string(name) + " must be true, false, 1 or 0, not '" + v + "'");
    }
  }

  void Int(const char* name, int* out, bool required = false) {
    const std::string& v = Cell(name);
    if (v.empty()) {
      if (required) Problem(name, std::string(name) + " is required");
      return;
    }
    std::size_t pos = 0;
    long long n = 0;
    bool ok = true;
    try {
      n = std::stoll(v, &pos);
    } catch (...) {
      ok = false;
    }
    if (!ok || pos != v.size() || n < INT32_MIN || n > INT32_MAX) {
      return Problem(name, std::string(name) + " must be an integer, not '" + v + "'");
    }
    *out = static_cast<int>(n);
  }

  void StringList(const char* name, std::vector<std::string>* out) {
    const std::string& v = Cell(name);
    out->clear();
    if (v.empty()) return;
    std::size_t start = 0;
    for (;;) {
      std::size_t end = v.find(';', start);
      out->push_back(v.substr(start, end - start));
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }

  void WeightedList(const char* name, std::vector<Weighted>* out) {
    std::vector<std::string> items;
    StringList(name, &items);
    for (const std::string& item : items) {
      Weighted w;
      std::size_t colon = item.rfind(':');
      w.code = item.substr(0, colon);
      if (colon != std::string::npos &&
          !detail::ParseWeight(std::string_view(item).substr(colon + 1), &w.weight)) {
        return Problem(name, "bad weight in '" + item + "' (expected code:weight)");
      }
      out->push_back(std::move(w));
    }
  }

  template <typename Enum>
  void Enumerated(const char* name, Enum* out, std::optional<Enum> (*parse)(std::string_view)) {
    const std::string& v = Cell(name);
    if (v.empty()) return Problem(name, std::string(name) + " is required");
    auto e = parse(v);
    if (!e) return Problem(name, "unknown " + std::string(name) + " '" + v + "'");
    *out = *e;
  }

  template <typename Fn>
  void Validate(Fn fn) {
    std::vector<ImportProblem> found;
    fn(file_, row_, &found);
    for (ImportProblem& p : found) {
      if (bad_.count(p.field) == 0) problems_->push_back(std::move(p));
    }
  }

 private:
  const std::string& file_;
  int row_;
  const std::vector<std::string>* cells_;
  const std::vector<int>* index_of_;  // per known column: its cell index or -1
  const std::vector<std::string>* columns_;
  std::vector<ImportProblem>* problems_;
  std::set<std::string> bad_;
};

// Reads one file and calls read_row(CsvRow&) for every non-blank data row.
template <typename ReadRow>
void ReadFile(const fs::path& path, const std::string& file,
              const std::vector<std::string>& columns, const std::vector<std::string>& required,
              std::vector<ImportProblem>* problems, ReadRow read_row) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return;  // a missing file is an empty one
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    problems->push_back({file, 0, "", "cannot read " + path.string()});
    return;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  std::vector<std::vector<std::string>> rows;
  std::string error;
  int error_row = 0;
  if (!detail::ParseCsv(text, &rows, &error, &error_row)) {
    problems->push_back({file, error_row, "", "CSV syntax: " + error});
    return;
  }
  if (rows.empty()) return;
  const std::vector<std::string>& header = rows[0];
  std::vector<int> index_of(columns.size(), -1);
  bool header_ok = true;
  for (std::size_t c = 0; c < header.size(); ++c) {
    auto it = std::find(columns.begin(), columns.end(), header[c]);
    if (it == columns.end()) {
      problems->push_back({file, 1, header[c], "unknown column '" + header[c] + "'"});
      header_ok = false;
    } else if (index_of[it - columns.begin()] >= 0) {
      problems->push_back({file, 1, header[c], "duplicate column '" + header[c] + "'"});
      header_ok = false;
    } else {
      index_of[it - columns.begin()] = static_cast<int>(c);
    }
  }
  for (const std::string& r : required) {
    auto pos = std::find(columns.begin(), columns.end(), r) - columns.begin();
    if (index_of[pos] < 0) {
      problems->push_back({file, 1, r, "missing required column '" + r + "'"});
      header_ok = false;
    }
  }
  if (!header_ok) return;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& cells = rows[r];
    const int row = static_cast<int>(r) + 1;
    if (cells.size() == 1 && cells[0].empty()) continue;  // blank line
    if (cells.size() != header.size()) {
      problems->push_back({file, row, "",
                           "expected " + std::to_string(header.size()) + " fields, found " +
                               std::to_string(cells.size())});
      continue;
    }
    CsvRow csv_row(file, row, &cells, &index_of, &columns, problems);
    read_row(csv_row);
  }
}

Dataset ReadCsvDataset(const std::string& dir, std::vector<ImportProblem>* problems) {
  Dataset data;
  std::error_code ec;
  fs::path base(dir);
  std::string only;  // set when `dir` names a single file
  if (fs::is_regular_file(base, ec)) {
    only = base.filename().string();
    base = base.parent_path();
    if (only != "organizations.csv" && only != "experts.csv" && only != "ties.csv") {
      problems->push_back({only, 0, "", "expected organizations.csv, experts.csv or ties.csv"});
      return data;
    }
  } else if (!fs::is_directory(base, ec)) {
    problems->push_back({"", 0, "", "no such directory: " + dir});
    return data;
  }
  auto wanted = [&](const char* name) { return only.empty() || only == name; };

  if (wanted("organizations.csv")) {
    ReadFile(base / "organizations.csv", "organizations.csv", kOrgColumns, kOrgRequired, problems,
             [&](CsvRow& r) {
               Organization o;
               detail::ReadOrganizationFields(r, &o);
               r.Validate([&](const std::string& f, int row, std::vector<ImportProblem>* p) {
                 detail::ValidateOrganization(o, f, row, p);
               });
               data.organizations.push_back(std::move(o));
             });
  }
  if (wanted("experts.csv")) {
    ReadFile(base / "experts.csv", "experts.csv", kExpertColumns, kExpertRequired, problems,
             [&](CsvRow& r) {
               Expert e;
               detail::ReadExpertFields(r, &e);
               r.Validate([&](const std::string& f, int row, std::vector<ImportProblem>* p) {
                 detail::ValidateExpert(e, f, row, p);
               });
               data.experts.push_back(std::move(e));
             });
  }
  if (wanted("ties.csv")) {
    ReadFile(base / "ties.csv", "ties.csv", kTieColumns, kTieRequired, problems, [&](CsvRow& r) {
      Tie t;
      detail::ReadTieFields(r, &t);
      r.Validate([&](const std::string& f, int row, std::vector<ImportProblem>* p) {
        detail::ValidateTie(t, f, row, p);
      });
      data.ties.push_back(std::move(t));
    });
  }
  return data;
}

}  // namespace

Dataset ParseCsvDataset(const std::string& dir, std::vector<ImportProblem>* problems) {
  const std::size_t first = problems->size();
  Dataset data = ReadCsvDataset(dir, problems);
  detail::SanitizeProblems(problems, first);
  return data;
}

namespace {

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ';';
    out += items[i];
  }
  return out;
}

std::string JoinWeighted(const std::vector<Weighted>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ';';
    out += items[i].code + ':' + detail::FormatWeight(items[i].weight);
  }
  return out;
}

Status WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IoError("cannot write " + path.string());
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) return Status::IoError("cannot write " + path.string());
  return Status::Ok();
}

}  // namespace

Status WriteCsvDataset(const Dataset& data, const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) return Status::IoError("cannot create " + dir + ": " + ec.message());

  std::string orgs;
  detail::AppendCsvRow(&orgs, kOrgColumns);
  for (const Organization& o : data.organizations) {
    detail::AppendCsvRow(
        &orgs,
        {o.key, o.name, o.name_en, std::string(ToString(o.kind)), o.leading ? "true" : "false",
         o.parent_key, o.district, o.zone, o.park, JoinWeighted(o.industries),
         JoinList(o.subfields), JoinList(o.capabilities), std::to_string(o.staff),
         std::to_string(o.expert_team), o.description, JoinList(o.keywords)});
  }
  std::string experts;
  detail::AppendCsvRow(&experts, kExpertColumns);
  for (const Expert& e : data.experts) {
    detail::AppendCsvRow(
        &experts, {e.key, e.name, std::string(ToString(e.title)), e.academy, e.affiliation_key,
                   JoinList(e.fields), JoinWeighted(e.industries), e.description,
                   JoinList(e.keywords), std::to_string(e.capacity), e.email, e.phone});
  }
  std::string ties;
  detail::AppendCsvRow(&ties, kTieColumns);
  for (const Tie& t : data.ties) {
    detail::AppendCsvRow(
        &ties, {t.from_key, t.to_key, std::string(ToString(t.kind)), std::to_string(t.year)});
  }
  const fs::path base(dir);
  Status st = WriteFile(base / "organizations.csv", orgs);
  if (!st.ok()) return st;
  st = WriteFile(base / "experts.csv", experts);
  if (!st.ok()) return st;
  return WriteFile(base / "ties.csv", ties);
}

}  // namespace consortia
