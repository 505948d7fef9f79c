// data/record_fields.h — internal: the fields that make each record, read
// through a format's reader (CsvRow in csv_dataset.cpp, RecordReader in
// json_import.cpp), so that the CSV and JSON imports cannot drift apart.
//
// A Reader has String(name, out, required), Enumerated(name, out, parse),
// Bool(name, out), Int(name, out, required), StringList(name, out) and
// WeightedList(name, out). `required` means the field must be given; each
// reader reports a problem on the field when it is not (CSV checks required
// columns once per file). Record-level checks (validate.cpp) are the caller's.
#pragma once

#include "core/model.h"

namespace consortia::detail {

template <typename Reader>
void ReadOrganizationFields(Reader& r, Organization* o) {
  r.String("key", &o->key, /*required=*/true);
  r.String("name", &o->name, /*required=*/true);
  r.String("name_en", &o->name_en, /*required=*/false);
  r.Enumerated("kind", &o->kind, &ParseOrgKind);
  r.Bool("leading", &o->leading);
  r.String("parent", &o->parent_key, /*required=*/false);
  r.String("district", &o->district, /*required=*/false);
  r.String("zone", &o->zone, /*required=*/false);
  r.String("park", &o->park, /*required=*/false);
  r.WeightedList("industries", &o->industries);
  r.StringList("subfields", &o->subfields);
  r.StringList("capabilities", &o->capabilities);
  r.Int("staff", &o->staff, /*required=*/false);
  r.Int("expert_team", &o->expert_team, /*required=*/false);
  r.String("description", &o->description, /*required=*/false);
  r.StringList("keywords", &o->keywords);
}

template <typename Reader>
void ReadExpertFields(Reader& r, Expert* e) {
  r.String("key", &e->key, /*required=*/true);
  r.String("name", &e->name, /*required=*/true);
  r.Enumerated("title", &e->title, &ParseTitle);
  r.String("academy", &e->academy, /*required=*/false);
  r.String("affiliation", &e->affiliation_key, /*required=*/true);
  r.StringList("fields", &e->fields);
  r.WeightedList("industries", &e->industries);
  r.String("description", &e->description, /*required=*/false);
  r.StringList("keywords", &e->keywords);
  r.Int("capacity", &e->capacity, /*required=*/false);
  r.String("email", &e->email, /*required=*/false);
  r.String("phone", &e->phone, /*required=*/false);
}

template <typename Reader>
void ReadTieFields(Reader& r, Tie* t) {
  r.String("from", &t->from_key, /*required=*/true);
  r.String("to", &t->to_key, /*required=*/true);
  r.Enumerated("kind", &t->kind, &ParseTieKind);
  r.Int("year", &t->year, /*required=*/true);
}

}  // namespace consortia::detail
