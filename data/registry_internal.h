// data/registry_internal.h — helpers shared by the registry's implementation
// files (data/registry*.cpp); not a public header.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "data/data.h"
#include "sqlite.h"

namespace consortia::detail {

// Column list read by RowToConsortium, in order.
extern const char* const kConsortiumSelect;
Status RowToConsortium(const Stmt& stmt, ConsortiumRecord* record);

// JSON columns: members [{"id","role"}] and team [ids].
std::string EncodeMembers(const std::vector<Member>& members);
std::string EncodeIds(const std::vector<Id>& ids);
bool DecodeMembers(const std::string& text, std::vector<Member>* members);
bool DecodeIds(const std::string& text, std::vector<Id>* ids);

// The store's own invariants of a record (not the programme's rules): type
// present, known status, ids positive, score finite and >= 0, valid UTF-8,
// year 0 or 1900..2200. InvalidArgument naming the field.
Status CheckConsortiumShape(const ConsortiumRecord& record);

// Field-level difference of two record snapshots: {"field": {"before", "after"}}
// over every top-level key but id, revision and the timestamps.
nlohmann::json DiffRecords(const nlohmann::json& before, const nlohmann::json& after);

// UTC now as "2024-05-01T08:00:00Z".
std::string NowUtc();

}  // namespace consortia::detail
