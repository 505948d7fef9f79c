#include "core/json_reader.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <set>

namespace consortia {
namespace {

constexpr std::size_t kEchoChars = 40;  // longest text quoted back in a message

// Where the parser is: one frame per open object or array.
struct Frame {
  bool array = false;
  std::size_t next = 0;  // arrays: elements begun so far
  std::string key;       // objects: the key being read
  std::set<std::string> keys;
};

std::string PathOf(const std::vector<Frame>& stack) {
  std::string path;
  for (const Frame& f : stack) {
    if (f.array) {
      path += "[" + std::to_string(f.next - 1) + "]";
    } else {
      path += (path.empty() ? "" : ".") + f.key;
    }
  }
  return path;
}

// "at line 1, column 2: syntax error while parsing value - invalid literal",
// without nlohmann's prefix and without the text read (it may be huge).
std::string ParseErrorText(const std::string& what) {
  std::string text = what;
  if (auto at = text.find("parse error "); at != std::string::npos) {
    text = text.substr(at + std::string("parse error ").size());
  }
  if (auto last = text.find("; last read"); last != std::string::npos) text.resize(last);
  return text;
}

template <typename Json>
Result<Json> Parse(std::string_view text, const std::string& field) {
  std::vector<Frame> stack;
  std::string repeated;  // path of the first key given twice
  bool too_deep = false;
  auto begin_value = [&stack] {
    if (!stack.empty() && stack.back().array) ++stack.back().next;
  };
  typename Json::parser_callback_t callback =
      [&](int /*depth*/, nlohmann::json::parse_event_t event, Json& parsed) -> bool {
    using Event = nlohmann::json::parse_event_t;
    switch (event) {
      case Event::object_start:
      case Event::array_start:
        begin_value();
        if (stack.size() >= static_cast<std::size_t>(kMaxJsonDepth)) too_deep = true;
        stack.push_back(Frame{event == Event::array_start, 0, {}, {}});
        break;
      case Event::key: {
        Frame& frame = stack.back();
        frame.key = parsed.template get<std::string>();
        if (!frame.keys.insert(frame.key).second && repeated.empty()) repeated = PathOf(stack);
        break;
      }
      case Event::value:
        begin_value();
        break;
      case Event::object_end:
      case Event::array_end:
        stack.pop_back();
        break;
    }
    return true;
  };
  Json out;
  try {
    out = Json::parse(text.data(), text.data() + text.size(), callback);
  } catch (const nlohmann::json::parse_error& e) {
    return Status::InvalidArgument(field + " is not valid JSON (" + ParseErrorText(e.what()) + ")",
                                   field);
  }
  if (!repeated.empty()) {
    return Status::InvalidArgument(repeated + " is given twice (each key may appear once)",
                                   repeated);
  }
  if (too_deep) {
    return Status::InvalidArgument(
        field + " is nested deeper than " + std::to_string(kMaxJsonDepth) + " levels", field);
  }
  return out;
}

// A short quotation of `text` for messages; empty if it cannot be shown.
std::string Quote(std::string_view text) {
  if (!Utf8Length(text) || text.find('\0') != std::string_view::npos) return "";
  std::size_t chars = 0, end = 0;
  while (end < text.size() && chars < kEchoChars) {
    ++end;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) ++end;
    ++chars;
  }
  std::string out = "\"" + std::string(text.substr(0, end));
  if (end < text.size()) out += "…";
  return out + "\"";
}

std::string FormatNumber(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", x);
  return buf;
}

std::string IntRange(std::int64_t min, std::int64_t max) {
  if (max == std::numeric_limits<std::int64_t>::max()) return ">= " + std::to_string(min);
  return "in " + std::to_string(min) + ".." + std::to_string(max);
}

// An integer value of a JSON integer (or, in query mode, of decimal text).
enum class IntKind { kValue, kNotInteger, kOutOfRange };

template <typename Json>
IntKind IntegerOf(const Json& v, bool query, std::int64_t* out) {
  if (query) {
    if (!v.is_string()) return IntKind::kNotInteger;
    const std::string& s = v.template get_ref<const std::string&>();
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
    if (ec == std::errc::result_out_of_range) return IntKind::kOutOfRange;
    if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return IntKind::kNotInteger;
    return IntKind::kValue;
  }
  if (v.is_number_unsigned()) {
    const auto u = v.template get<std::uint64_t>();
    if (u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      return IntKind::kOutOfRange;
    }
    *out = static_cast<std::int64_t>(u);
    return IntKind::kValue;
  }
  if (v.is_number_integer()) {
    *out = v.template get<std::int64_t>();
    return IntKind::kValue;
  }
  return IntKind::kNotInteger;
}

}  // namespace

Result<nlohmann::json> ParseJson(std::string_view text, const std::string& field) {
  return Parse<nlohmann::json>(text, field);
}

Result<nlohmann::ordered_json> ParseOrderedJson(std::string_view text, const std::string& field) {
  return Parse<nlohmann::ordered_json>(text, field);
}

std::optional<std::size_t> Utf8Length(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  std::size_t chars = 0;
  while (p < end) {
    const unsigned char c = *p;
    ++chars;
    if (c < 0x80) {
      ++p;
      continue;
    }
    int n = 0;
    std::uint32_t cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07;
    } else {
      return std::nullopt;
    }
    if (end - p <= n) return std::nullopt;
    for (int i = 1; i <= n; ++i) {
      if ((p[i] & 0xC0) != 0x80) return std::nullopt;
      cp = (cp << 6) | (p[i] & 0x3F);
    }
    if ((n == 2 && cp < 0x800) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return std::nullopt;
    }
    p += n + 1;
  }
  return chars;
}

// ---- the reader ------------------------------------------------------------------

template <typename Json>
BasicJsonReader<Json>::BasicJsonReader(const Json& root, std::string root_name)
    : root_(&root), root_name_(std::move(root_name)) {}

template <typename Json>
BasicJsonReader<Json>::BasicJsonReader(const ParamMap& params, std::string root_name)
    : owned_(Json::object()), root_(&owned_), root_name_(std::move(root_name)), query_(true) {
  for (const auto& [name, value] : params) owned_[name] = value;
}

template <typename Json>
bool BasicJsonReader<Json>::Fail(const std::string& field, const std::string& message) {
  if (status_.ok()) status_ = Status::InvalidArgument(message, field);
  return false;
}

template <typename Json>
std::string BasicJsonReader<Json>::Value::Name() const {
  return path_.empty() ? reader_->root_name_ : path_;
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Fail(const std::string& message) const {
  return reader_->Fail(Name(), Name() + " " + message);
}

template <typename Json>
std::string BasicJsonReader<Json>::Value::Echo() const {
  if (!present()) return " (got null)";
  const Json& v = *json_;
  if (v.is_string()) {
    std::string q = Quote(v.template get_ref<const std::string&>());
    return q.empty() ? "" : " (got " + q + ")";
  }
  if (v.is_object()) return " (got an object)";
  if (v.is_array()) return " (got an array)";
  return " (got " + v.dump() + ")";
}

template <typename Json>
typename BasicJsonReader<Json>::Value BasicJsonReader<Json>::Value::operator[](
    std::string_view key) const {
  std::string path = path_.empty() ? std::string(key) : path_ + "." + std::string(key);
  const Json* member = nullptr;
  if (present() && json_->is_object()) {
    auto it = json_->find(key);
    if (it != json_->end()) member = &*it;
  }
  return Value(reader_, member, std::move(path));
}

template <typename Json>
typename BasicJsonReader<Json>::Value BasicJsonReader<Json>::Value::at(std::size_t index) const {
  std::string path = Name() + "[" + std::to_string(index) + "]";
  const Json* element = nullptr;
  if (present() && json_->is_array() && index < json_->size()) element = &(*json_)[index];
  return Value(reader_, element, std::move(path));
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Required() const {
  return present() || Fail("is required");
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Object(std::initializer_list<std::string_view> allowed) const {
  if (!present()) return true;
  if (!json_->is_object()) return Fail("must be an object" + Echo());
  for (auto it = json_->begin(); it != json_->end(); ++it) {
    bool known = false;
    for (std::string_view a : allowed) known = known || a == it.key();
    if (known) continue;
    std::string list;
    for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    const Value member = (*this)[it.key()];
    return reader_->Fail(member.path_, member.path_ + " is an unknown field (allowed: " +
                                           (list.empty() ? "none" : list) + ")");
  }
  return true;
}

template <typename Json>
std::vector<std::pair<std::string, typename BasicJsonReader<Json>::Value>>
BasicJsonReader<Json>::Value::Members(std::size_t max_members) const {
  std::vector<std::pair<std::string, Value>> out;
  if (!present()) return out;
  if (!json_->is_object()) {
    Fail("must be an object" + Echo());
    return out;
  }
  if (json_->size() > max_members) {
    Fail("must have at most " + std::to_string(max_members) + " members (got " +
         std::to_string(json_->size()) + ")");
    return out;
  }
  for (auto it = json_->begin(); it != json_->end(); ++it) {
    out.emplace_back(it.key(), (*this)[it.key()]);
  }
  return out;
}

template <typename Json>
std::size_t BasicJsonReader<Json>::Value::Array(std::size_t max_items) const {
  if (!present()) return 0;
  if (!json_->is_array()) {
    Fail("must be an array" + Echo());
    return 0;
  }
  if (json_->size() > max_items) {
    Fail("must have at most " + std::to_string(max_items) + " items (got " +
         std::to_string(json_->size()) + ")");
    return 0;
  }
  return json_->size();
}

template <typename Json>
bool BasicJsonReader<Json>::Value::TextOf(std::string_view raw, std::string* out,
                                          std::size_t max_chars) const {
  std::optional<std::size_t> chars = Utf8Length(raw);
  if (!chars) return Fail("must be valid UTF-8");
  if (raw.find('\0') != std::string_view::npos) return Fail("must not contain NUL characters");
  if (*chars > max_chars) {
    return Fail("must be at most " + std::to_string(max_chars) + " characters (got " +
                std::to_string(*chars) + ")");
  }
  out->assign(raw);
  return true;
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Text(std::string* out, std::size_t max_chars) const {
  if (!present()) return true;
  if (!json_->is_string()) return Fail("must be a string" + Echo());
  return TextOf(json_->template get_ref<const std::string&>(), out, max_chars);
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Bool(bool* out) const {
  if (!present()) return true;
  const Json& v = *json_;
  if (v.is_boolean() && !reader_->query_) {
    *out = v.template get<bool>();
    return true;
  }
  if (v.is_string() && reader_->query_) {
    const std::string& s = v.template get_ref<const std::string&>();
    if (s == "true" || s == "1" || s == "yes") return *out = true, true;
    if (s == "false" || s == "0" || s == "no") return *out = false, true;
  }
  return Fail("must be true or false" + Echo());
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Int(std::int64_t* out, std::int64_t min,
                                       std::int64_t max) const {
  if (!present()) return true;
  std::int64_t v = 0;
  const IntKind kind = IntegerOf(*json_, reader_->query_, &v);
  if (kind != IntKind::kValue || v < min || v > max) {
    return Fail("must be an integer " + IntRange(min, max) + Echo());
  }
  *out = v;
  return true;
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Int(int* out, int min, int max) const {
  std::int64_t v = 0;
  if (!present()) return true;
  if (!Int(&v, min, max)) return false;
  *out = static_cast<int>(v);
  return true;
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Number(double* out, double min, double max,
                                          bool min_exclusive) const {
  if (!present()) return true;
  const Json& v = *json_;
  double x = 0;
  bool number = false;
  if (reader_->query_ && v.is_string()) {
    const std::string& s = v.template get_ref<const std::string&>();
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), x);
    number = !s.empty() && ec == std::errc() && end == s.data() + s.size();
  } else if (!reader_->query_ && v.is_number()) {
    x = v.template get<double>();
    number = true;
  }
  if (!number || !std::isfinite(x) || x < min || x > max || (min_exclusive && x == min)) {
    return Fail("must be a number in " + std::string(min_exclusive ? "(" : "[") +
                FormatNumber(min) + ", " + FormatNumber(max) + "]" + Echo());
  }
  *out = x;
  return true;
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Id(consortia::Id* out) const {
  if (!present()) return true;
  std::int64_t v = 0;
  if (IntegerOf(*json_, reader_->query_, &v) != IntKind::kValue || v <= 0) {
    return Fail("must be a positive integer id" + Echo());
  }
  *out = v;
  return true;
}

template <typename Json>
bool BasicJsonReader<Json>::Value::OneOf(std::string* out,
                                         std::initializer_list<std::string_view> choices) const {
  if (!present()) return true;
  std::string s;
  if (!Text(&s, 64)) return false;
  for (std::string_view c : choices) {
    if (c == s) {
      *out = std::move(s);
      return true;
    }
  }
  std::string list;
  for (std::string_view c : choices) list += (list.empty() ? "" : ", ") + std::string(c);
  return Fail("must be one of " + list + Echo());
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Code(std::string* out,
                                        const std::function<bool(std::string_view)>& known,
                                        std::string_view what) const {
  if (!present()) return true;
  std::string s;
  if (!Text(&s, 64)) return false;
  if (!known(s)) return Fail("is not a known " + std::string(what) + Echo());
  *out = std::move(s);
  return true;
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Ids(std::vector<consortia::Id>* out,
                                       std::size_t max_items) const {
  const std::size_t n = Array(max_items);
  if (!reader_->ok()) return false;
  std::vector<consortia::Id> ids;
  std::map<consortia::Id, std::size_t> first;
  for (std::size_t i = 0; i < n; ++i) {
    const Value e = at(i);
    consortia::Id id = 0;
    if (!e.present()) return e.Fail("must be a positive integer id (got null)");
    if (!e.Id(&id)) return false;
    if (auto [it, added] = first.emplace(id, i); !added) {
      return e.Fail("repeats " + std::to_string(id) + " (" + at(it->second).path_ + ")");
    }
    ids.push_back(id);
  }
  if (present()) *out = std::move(ids);
  return true;
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Texts(std::vector<std::string>* out, std::size_t max_items,
                                         std::size_t max_chars) const {
  const std::size_t n = Array(max_items);
  if (!reader_->ok()) return false;
  std::vector<std::string> texts(n);
  for (std::size_t i = 0; i < n; ++i) {
    const Value e = at(i);
    if (!e.present()) return e.Fail("must be a string (got null)");
    if (!e.Text(&texts[i], max_chars)) return false;
  }
  if (present()) *out = std::move(texts);
  return true;
}

template <typename Json>
bool BasicJsonReader<Json>::Value::Codes(std::vector<std::string>* out, std::size_t max_items,
                                         const std::function<bool(std::string_view)>& known,
                                         std::string_view what) const {
  const std::size_t n = Array(max_items);
  if (!reader_->ok()) return false;
  std::vector<std::string> codes;
  std::map<std::string, std::size_t, std::less<>> first;
  for (std::size_t i = 0; i < n; ++i) {
    const Value e = at(i);
    std::string code;
    if (!e.present()) return e.Fail("must be a string (got null)");
    if (!e.Code(&code, known, what)) return false;
    if (auto [it, added] = first.emplace(code, i); !added) {
      return e.Fail("repeats \"" + code + "\" (" + at(it->second).path_ + ")");
    }
    codes.push_back(std::move(code));
  }
  if (present()) *out = std::move(codes);
  return true;
}

template class BasicJsonReader<nlohmann::json>;
template class BasicJsonReader<nlohmann::ordered_json>;

}  // namespace consortia
