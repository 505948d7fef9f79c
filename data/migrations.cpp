// Versioned schema migrations. Migration i (1-based) upgrades user_version i-1 to i;
// each runs in its own transaction together with the PRAGMA user_version bump.
//
// v1: records (the shared id sequence and keys), organizations, experts, ties, and
//     the filter tables record_industries / expert_fields. List-valued fields are
//     JSON arrays in TEXT columns (in import order); codes used by filters are
//     mirrored into the filter tables.
// v2: per-row `version` (the data version that last wrote the row), tombstones of
//     deleted ids, and a meta table holding data_version.
// v3: the programme registry: consortia (members and team as JSON arrays of ids),
//     their annual assessments and the audit history of every change.
#include <array>
#include <string>

#include "data/data.h"
#include "sqlite.h"

namespace consortia::detail {
namespace {

constexpr const char* kV1 = R"sql(
CREATE TABLE records(
  id   INTEGER PRIMARY KEY AUTOINCREMENT,
  key  TEXT NOT NULL UNIQUE,
  type INTEGER NOT NULL CHECK (type IN (0, 1))  -- 0 organisation, 1 expert
);
CREATE TABLE organizations(
  id           INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  name_en      TEXT NOT NULL DEFAULT '',
  kind         TEXT NOT NULL,
  leading      INTEGER NOT NULL DEFAULT 0,
  parent_id    INTEGER REFERENCES records(id),
  district     TEXT NOT NULL DEFAULT '',
  zone         TEXT NOT NULL DEFAULT '',
  park         TEXT NOT NULL DEFAULT '',
  industries   TEXT NOT NULL DEFAULT '[]',
  subfields    TEXT NOT NULL DEFAULT '[]',
  capabilities TEXT NOT NULL DEFAULT '[]',
  staff        INTEGER NOT NULL DEFAULT 0,
  expert_team  INTEGER NOT NULL DEFAULT 0,
  description  TEXT NOT NULL DEFAULT '',
  keywords     TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX organizations_kind ON organizations(kind);
CREATE INDEX organizations_district ON organizations(district);
CREATE INDEX organizations_parent ON organizations(parent_id);
CREATE TABLE experts(
  id             INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
  name           TEXT NOT NULL,
  title          TEXT NOT NULL,
  academy        TEXT NOT NULL DEFAULT '',
  affiliation_id INTEGER REFERENCES records(id),
  fields         TEXT NOT NULL DEFAULT '[]',
  industries     TEXT NOT NULL DEFAULT '[]',
  description    TEXT NOT NULL DEFAULT '',
  keywords       TEXT NOT NULL DEFAULT '[]',
  capacity       INTEGER NOT NULL DEFAULT 1,
  email          TEXT NOT NULL DEFAULT '',
  phone          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX experts_affiliation ON experts(affiliation_id);
CREATE INDEX experts_title ON experts(title);
CREATE TABLE record_industries(
  code TEXT NOT NULL,
  id   INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  PRIMARY KEY (code, id)
) WITHOUT ROWID;
CREATE INDEX record_industries_id ON record_industries(id);
CREATE TABLE expert_fields(
  code TEXT NOT NULL,
  id   INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  PRIMARY KEY (code, id)
) WITHOUT ROWID;
CREATE INDEX expert_fields_id ON expert_fields(id);
CREATE TABLE ties(
  from_id INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  to_id   INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
  kind    TEXT NOT NULL,
  year    INTEGER NOT NULL,
  PRIMARY KEY (from_id, to_id, kind, year)
) WITHOUT ROWID;
CREATE INDEX ties_to ON ties(to_id);
)sql";

constexpr const char* kV2 = R"sql(
ALTER TABLE organizations ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
ALTER TABLE experts ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
CREATE INDEX organizations_version ON organizations(version);
CREATE INDEX experts_version ON experts(version);
CREATE TABLE tombstones(
  id      INTEGER PRIMARY KEY,
  version INTEGER NOT NULL
);
CREATE INDEX tombstones_version ON tombstones(version);
CREATE TABLE meta(
  key   TEXT PRIMARY KEY,
  value INTEGER NOT NULL
);
-- Rows written before versioning count as data version 1.
INSERT INTO meta(key, value)
  VALUES ('data_version', CASE WHEN EXISTS (SELECT 1 FROM records) THEN 1 ELSE 0 END);
UPDATE organizations SET version = 1;
UPDATE experts SET version = 1;
)sql";

constexpr const char* kV3 = R"sql(
CREATE TABLE consortia(
  id                  INTEGER PRIMARY KEY AUTOINCREMENT,
  name                TEXT NOT NULL DEFAULT '',
  type                TEXT NOT NULL,
  region              TEXT NOT NULL DEFAULT '',
  industry            TEXT NOT NULL DEFAULT '',
  members             TEXT NOT NULL DEFAULT '[]',  -- [{"id":..,"role":..}]
  applicant_id        INTEGER NOT NULL DEFAULT 0,
  leader_id           INTEGER NOT NULL DEFAULT 0,
  team                TEXT NOT NULL DEFAULT '[]',  -- expert ids
  status              TEXT NOT NULL DEFAULT 'proposed'
                      CHECK (status IN ('proposed', 'applied', 'approved', 'active', 'cancelled')),
  year                INTEGER NOT NULL DEFAULT 0,
  technical_direction TEXT NOT NULL DEFAULT '',
  problem             TEXT NOT NULL DEFAULT '',
  project             TEXT NOT NULL DEFAULT '',
  score               REAL NOT NULL DEFAULT 0,
  revision            INTEGER NOT NULL DEFAULT 1,
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
);
CREATE INDEX consortia_status ON consortia(status);
CREATE TABLE consortium_assessments(
  consortium_id INTEGER NOT NULL REFERENCES consortia(id),
  year          INTEGER NOT NULL,
  passed        INTEGER NOT NULL CHECK (passed IN (0, 1)),
  notes         TEXT NOT NULL DEFAULT '',
  user          TEXT NOT NULL DEFAULT '',
  at            TEXT NOT NULL,
  PRIMARY KEY (consortium_id, year)
) WITHOUT ROWID;
CREATE TABLE consortium_audit(
  seq           INTEGER PRIMARY KEY AUTOINCREMENT,
  consortium_id INTEGER NOT NULL,
  at            TEXT NOT NULL,
  user          TEXT NOT NULL,
  action        TEXT NOT NULL,
  changes       TEXT NOT NULL,  -- JSON object: field -> {before, after}
  before        TEXT,           -- JSON record, NULL on create
  after         TEXT NOT NULL   -- JSON record
);
CREATE INDEX consortium_audit_consortium ON consortium_audit(consortium_id, seq);
)sql";

constexpr std::array<const char*, kSchemaVersion> kMigrations = {kV1, kV2, kV3};

}  // namespace

Status Migrate(Db* db, int target_version) {
  if (target_version < 1 || target_version > kSchemaVersion) {
    return Status::InvalidArgument("schema version out of range", "target_version");
  }
  auto current = db->QueryInt("PRAGMA user_version");
  if (!current.ok()) return current.status();
  if (*current > kSchemaVersion) {
    return Status::Corruption("database schema version " + std::to_string(*current) +
                              " is newer than this program's " + std::to_string(kSchemaVersion));
  }
  for (int v = static_cast<int>(*current) + 1; v <= target_version; ++v) {
    Transaction txn(db);
    Status st = txn.Begin();
    if (!st.ok()) return st;
    st = db->Exec(kMigrations[v - 1]);
    if (!st.ok()) return st;
    st = db->Exec("PRAGMA user_version = " + std::to_string(v));
    if (!st.ok()) return st;
    st = txn.Commit();
    if (!st.ok()) return st;
  }
  return Status::Ok();
}

Result<std::unique_ptr<Db>> OpenDatabase(const std::string& path, int target_version) {
  auto db = Db::Open(path);
  if (!db.ok()) return db.status();
  Status st = Migrate(db->get(), target_version);
  if (!st.ok()) return st;
  return std::move(db).value();
}

}  // namespace consortia::detail
