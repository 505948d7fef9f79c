// RFC 4180 reading and writing.
#include "internal.h"

namespace consortia::detail {

bool ParseCsv(std::string_view text, std::vector<std::vector<std::string>>* rows,
              std::string* error, int* error_row) {
  rows->clear();
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::vector<std::string> record;
  std::string field;
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto fail = [&](std::string message) {
    *error = std::move(message);
    *error_row = static_cast<int>(rows->size()) + 1;
    return false;
  };
  while (i < n) {
    // At the start of a field.
    if (text[i] == '"') {
      ++i;
      for (;;) {
        if (i >= n) return fail("unterminated quoted field");
        if (text[i] == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += text[i++];
      }
      if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        return fail("unexpected character after a closing quote");
      }
    } else {
      while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        if (text[i] == '"') return fail("a quote inside an unquoted field (quote the field)");
        field += text[i++];
      }
    }
    record.push_back(std::move(field));
    field.clear();
    if (i >= n) break;
    if (text[i] == ',') {
      ++i;
      if (i >= n) record.emplace_back();  // trailing comma at end of input
      continue;
    }
    // End of record: \n, \r\n or a lone \r.
    if (text[i] == '\r') ++i;
    if (i < n && text[i] == '\n') ++i;
    rows->push_back(std::move(record));
    record.clear();
  }
  if (!record.empty()) rows->push_back(std::move(record));
  return true;
}

void AppendCsvField(std::string* out, std::string_view field) {
  const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos ||
                     (!field.empty() && (field.front() == ' ' || field.back() == ' '));
  if (!quote) {
    out->append(field);
    return;
  }
  out->push_back('"');
  for (char c : field) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

void AppendCsvRow(std::string* out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out->push_back(',');
    AppendCsvField(out, fields[i]);
  }
  out->push_back('\n');
}

}  // namespace consortia::detail
