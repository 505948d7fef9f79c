// core/json_reader.h — the one reader of request bodies, query strings and
// data files: typed values out of JSON, every problem named by its path.
//
// Contract
// - ParseJson turns text into JSON. Invalid JSON, a key given twice in one
//   object (anywhere in the document) and nesting deeper than kMaxJsonDepth
//   are InvalidArgument: invalid JSON on `field` ("body"), with line and
//   column; a repeated key on its path ("members[2].id"). Nothing is kept
//   silently: nlohmann alone would keep the last of two equal keys.
// - A JsonReader walks one document. Each read names the value's path
//   (members[2].id; the root is `root_name`, "body" by default). The FIRST
//   problem is kept and later reads leave their outputs alone, so a parser is
//   a sequence of reads followed by one `if (!reader.ok()) return
//   reader.status();`. Reads of an absent or null value change nothing and
//   succeed, unless Required() said otherwise.
// - One vocabulary; every message starts with the path, which is also the
//   status' field:
//     filters.colour is an unknown field (allowed: leading, industries)
//     k must be an integer in 1..1000 (got 5000)
//     name must be a string | true or false | an object | an array
//     text must be at most 2000 characters (got 2417)
//     text must not contain NUL characters | must be valid UTF-8
//     pin must have at most 1000 items (got 1200)
//     pin[3] repeats 42 (pin[1])         id and code lists refuse duplicates
//     type is required
//     type must be one of regional, industrial (got "artistic")
// - Numbers are range-checked before they are converted: 2^63 read as an
//   integer in 1..10 is "must be an integer in 1..10 (got 9223372036854775808)",
//   never a wrapped value. Integers must be JSON integers (5.0 is refused);
//   numbers must be finite.
// - Every string read is checked: valid UTF-8, no NUL character, at most the
//   given number of characters (Unicode code points).
// - Query strings (ParamMap) are read by the same reader: every value is text
//   and Int/Id/Bool parse it (true/false/1/0/yes/no).
// - The reader refers to the document, which must outlive it. Not thread-safe
//   (one reader per request).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model.h"
#include "core/status.h"

namespace consortia {

// Query parameters (HTTP query strings, command-line options): name -> value.
using ParamMap = std::map<std::string, std::string, std::less<>>;

inline constexpr int kMaxJsonDepth = 64;

Result<nlohmann::json> ParseJson(std::string_view text, const std::string& field = "body");
// The same, keeping the document's order of keys (the rules file).
Result<nlohmann::ordered_json> ParseOrderedJson(std::string_view text,
                                                const std::string& field = "body");

// Code points of valid UTF-8 text; nullopt if `text` is not valid UTF-8.
std::optional<std::size_t> Utf8Length(std::string_view text);

template <typename Json>
class BasicJsonReader {
 public:
  // The value at one path of the document (possibly absent).
  class Value {
   public:
    const std::string& path() const { return path_; }
    // Present: the member exists and is not null; exists: it is there, perhaps null.
    bool present() const { return json_ != nullptr && !json_->is_null(); }
    bool exists() const { return json_ != nullptr; }
    const Json& json() const { return *json_; }  // only when present()

    // A member of this object / an element of this array (absent otherwise).
    Value operator[](std::string_view key) const;
    Value at(std::size_t index) const;

    // Fails "<path> is required" when absent.
    bool Required() const;
    // An object whose keys are all in `allowed`.
    bool Object(std::initializer_list<std::string_view> allowed) const;
    // An object with any keys (a map): the members in document order.
    std::vector<std::pair<std::string, Value>> Members(std::size_t max_members) const;
    // An array of at most max_items; its size (0 when absent or wrong).
    std::size_t Array(std::size_t max_items) const;

    // Scalars: *out is written only when present and valid.
    bool Text(std::string* out, std::size_t max_chars) const;
    bool Bool(bool* out) const;
    bool Int(std::int64_t* out, std::int64_t min, std::int64_t max) const;
    bool Int(int* out, int min, int max) const;
    // A finite number in [min, max] (or (min, max] when min_exclusive).
    bool Number(double* out, double min, double max, bool min_exclusive = false) const;
    bool Id(consortia::Id* out) const;  // a positive integer
    // Text that must be one of `choices`.
    bool OneOf(std::string* out, std::initializer_list<std::string_view> choices) const;
    // Text that `known` accepts; otherwise "<path> is not a known <what> (got ..)".
    bool Code(std::string* out, const std::function<bool(std::string_view)>& known,
              std::string_view what) const;
    template <typename E>
    bool Enum(E* out, std::optional<E> (*parse)(std::string_view), std::string_view choices) const;

    // Lists. Ids and codes refuse duplicates, naming the repeated element.
    bool Ids(std::vector<consortia::Id>* out, std::size_t max_items) const;
    bool Texts(std::vector<std::string>* out, std::size_t max_items, std::size_t max_chars) const;
    bool Codes(std::vector<std::string>* out, std::size_t max_items,
               const std::function<bool(std::string_view)>& known, std::string_view what) const;

    // Records "<path> <message>" on this path; returns false.
    bool Fail(const std::string& message) const;

   private:
    friend class BasicJsonReader;
    Value(BasicJsonReader* reader, const Json* json, std::string path)
        : reader_(reader), json_(json), path_(std::move(path)) {}
    std::string Name() const;  // the path, or the root's name
    bool TextOf(std::string_view raw, std::string* out, std::size_t max_chars) const;
    std::string Echo() const;  // " (got ...)" for messages, or ""

    BasicJsonReader* reader_;
    const Json* json_;  // null: absent
    std::string path_;
  };

  explicit BasicJsonReader(const Json& root, std::string root_name = "body");
  BasicJsonReader(const Json&& root, std::string root_name = "body") = delete;  // would dangle
  // Query mode: every parameter is a text member of the root.
  explicit BasicJsonReader(const ParamMap& params, std::string root_name = "query");
  BasicJsonReader(const BasicJsonReader&) = delete;
  BasicJsonReader& operator=(const BasicJsonReader&) = delete;

  Value root() { return Value(this, root_, ""); }
  Value operator[](std::string_view key) { return root()[key]; }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }
  // Records `message` on `field` unless a problem was already recorded.
  bool Fail(const std::string& field, const std::string& message);

 private:
  Json owned_;  // query mode: the parameters as a JSON object
  const Json* root_;
  std::string root_name_;
  bool query_ = false;
  Status status_;
};

using JsonReader = BasicJsonReader<nlohmann::json>;
using OrderedJsonReader = BasicJsonReader<nlohmann::ordered_json>;

template <typename Json>
template <typename E>
bool BasicJsonReader<Json>::Value::Enum(E* out, std::optional<E> (*parse)(std::string_view),
                                        std::string_view choices) const {
  std::string text;
  if (!present()) return true;
  if (!Text(&text, 64)) return false;
  std::optional<E> value = parse(text);
  if (!value) return Fail("must be one of " + std::string(choices) + Echo());
  *out = *value;
  return true;
}

extern template class BasicJsonReader<nlohmann::json>;
extern template class BasicJsonReader<nlohmann::ordered_json>;

}  // namespace consortia
