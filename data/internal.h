// data/internal.h — helpers shared by the data/ implementation files (not a
// public header: server/ and matcher/ use data/data.h only).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "data/data.h"
#include "sqlite.h"

namespace consortia {

namespace detail {

// ---- validation (data/validate.cpp) -------------------------------------------
bool ValidUtf8(std::string_view s);
bool ValidKey(std::string_view key);  // [A-Za-z0-9._:-]{1,128}
// Replaces every invalid UTF-8 sequence by U+FFFD, so problems echoing user
// input can always be serialised as JSON.
std::string ToValidUtf8(std::string_view s);
void SanitizeProblems(std::vector<ImportProblem>* problems, std::size_t from = 0);

// Checks one record on its own (syntax, vocabularies, ranges; no references) and
// appends every problem with the given file and row.
void ValidateOrganization(const Organization& org, const std::string& file, int row,
                          std::vector<ImportProblem>* problems);
void ValidateExpert(const Expert& expert, const std::string& file, int row,
                    std::vector<ImportProblem>* problems);
void ValidateTie(const Tie& tie, const std::string& file, int row,
                 std::vector<ImportProblem>* problems);

// ---- weights (data/validate.cpp) -------------------------------------------------
// Shortest text that parses back to the same double ("0.8", "1").
std::string FormatWeight(double weight);
bool ParseWeight(std::string_view text, double* weight);

// ---- stored list columns (data/store_codec.cpp) --------------------------------
std::string EncodeList(const std::vector<std::string>& items);   // JSON array
std::string EncodeWeighted(const std::vector<Weighted>& items);  // [[code, weight], ...]
bool DecodeList(std::string_view text, std::vector<std::string>* items);
bool DecodeWeighted(std::string_view text, std::vector<Weighted>* items);

// Column lists read by RowToOrganization / RowToExpert, in order; the tables are
// aliased o/e (record), r (records of the row), p/a (records of parent/affiliation).
extern const char* const kOrgSelect;
extern const char* const kExpertSelect;
Status RowToOrganization(const Stmt& stmt, Organization* org);
Status RowToExpert(const Stmt& stmt, Expert* expert);
extern const char* const kTieSelect;  // ordered joins, see store_codec.cpp
Status RowToTie(const Stmt& stmt, Tie* tie);

// ---- CSV (data/csv.cpp) -----------------------------------------------------------
// RFC 4180: fields separated by ',', records by CRLF or LF, '"' quotes a field
// (which may then hold ',', '"' doubled, CR and LF). A leading UTF-8 BOM is skipped.
// On a syntax error returns false with *error and *error_row (1-based record).
bool ParseCsv(std::string_view text, std::vector<std::vector<std::string>>* rows,
              std::string* error, int* error_row);
void AppendCsvField(std::string* out, std::string_view field);  // quotes when needed
void AppendCsvRow(std::string* out, const std::vector<std::string>& fields);

}  // namespace detail

class Store::Impl {
 public:
  explicit Impl(std::unique_ptr<detail::Db> db) : db(std::move(db)) {}

  Result<std::int64_t> ReadDataVersion() const;
  Status SetDataVersion(std::int64_t version);

  std::unique_ptr<detail::Db> db;
  // Recursive so that a ForEach callback may call back into the Store.
  mutable std::recursive_mutex mu;
};

}  // namespace consortia
