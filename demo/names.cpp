#include "names.h"

#include <algorithm>
#include <map>

#include "core/taxonomy.h"
#include "vocabulary.h"

namespace consortia::detail {

// ---- geography ---------------------------------------------------------------

namespace {

struct DistrictInfo {
  std::string_view code;
  std::string_view short_zh;  // name prefix for local enterprises
  std::string_view short_en;
  double weight;
  std::vector<std::string_view> industries;
};

const std::vector<DistrictInfo>& DistrictInfos() {
  static const std::vector<DistrictInfo> kInfo = {
      {"110101", "", "", 3, {"digital_economy", "st_services", "software"}},
      {"110102", "", "", 4, {"digital_economy", "software", "st_services"}},
      {"110105", "", "", 12, {"ngit", "digital_economy", "ai", "st_services"}},
      {"110106", "丰台", "Fengtai", 6, {"smart_mfg", "smart_city", "ngit"}},
      {"110107", "石景山", "Shijingshan", 3, {"ngit", "smart_city", "digital_economy"}},
      {"110108", "中关村", "Zhongguancun", 25, {"ai", "ic", "software"}},
      {"110109", "门头沟", "Mentougou", 1.5, {"ai", "smart_city"}},
      {"110111", "房山", "Fangshan", 3, {"new_materials", "smart_mfg", "new_energy"}},
      {"110112", "通州", "Tongzhou", 5, {"ngit", "new_energy", "biomed", "smart_mfg"}},
      {"110113", "顺义", "Shunyi", 6, {"new_energy", "ic", "smart_mfg"}},
      {"110114", "昌平", "Changping", 10, {"new_energy", "smart_mfg", "biomed"}},
      {"110115", "亦庄", "Yizhuang", 12, {"ngit", "new_energy", "biomed", "smart_mfg"}},
      {"110116", "怀柔", "Huairou", 3, {"new_materials", "st_services"}},
      {"110117", "平谷", "Pinggu", 1, {"rural", "digital_economy"}},
      {"110118", "密云", "Miyun", 1, {"rural", "new_materials"}},
      {"110119", "延庆", "Yanqing", 1, {"new_energy", "rural", "smart_city"}},
  };
  return kInfo;
}

const DistrictInfo& InfoOf(std::string_view district) {
  for (const auto& info : DistrictInfos()) {
    if (info.code == district) return info;
  }
  return DistrictInfos()[5];
}

}  // namespace

const std::vector<std::string_view>& DistrictIndustries(std::string_view district) {
  return InfoOf(district).industries;
}

const std::vector<double>& DistrictWeights() {
  static const std::vector<double> kWeights = [] {
    std::vector<double> w;
    for (const auto& info : DistrictInfos()) w.push_back(info.weight);
    return w;
  }();
  return kWeights;
}

std::string_view ParkOfDistrict(std::string_view district) {
  for (const Region& r : Regions()) {
    if (r.kind == RegionKind::kPark && r.districts.front() == district) return r.code;
  }
  return {};
}

std::string_view ZoneOfDistrict(std::string_view district) {
  for (const Region& r : Regions()) {
    if (r.kind != RegionKind::kZone) continue;
    for (const auto& d : r.districts) {
      if (d == district) return r.code;
    }
  }
  return {};
}

// ---- name synthesis ----------------------------------------------------------

namespace {

struct Syllable {
  std::string_view zh;
  std::string_view py;
};

const std::vector<Syllable>& BrandChars() {
  static const std::vector<Syllable> kChars = {
      {"芯", "xin"},  {"源", "yuan"},  {"智", "zhi"},    {"图", "tu"},    {"康", "kang"},
      {"宁", "ning"}, {"华", "hua"},   {"创", "chuang"}, {"睿", "rui"},   {"驰", "chi"},
      {"航", "hang"}, {"天", "tian"},  {"联", "lian"},   {"泰", "tai"},   {"恒", "heng"},
      {"瑞", "rui"},  {"博", "bo"},    {"达", "da"},     {"信", "xin"},   {"通", "tong"},
      {"微", "wei"},  {"光", "guang"}, {"晶", "jing"},   {"鼎", "ding"},  {"峰", "feng"},
      {"海", "hai"},  {"云", "yun"},   {"星", "xing"},   {"汇", "hui"},   {"启", "qi"},
      {"明", "ming"}, {"正", "zheng"}, {"宇", "yu"},     {"元", "yuan"},  {"诺", "nuo"},
      {"德", "de"},   {"安", "an"},    {"迈", "mai"},    {"捷", "jie"},   {"思", "si"},
      {"维", "wei"},  {"凯", "kai"},   {"普", "pu"},     {"拓", "tuo"},   {"卓", "zhuo"},
      {"越", "yue"},  {"和", "he"},    {"力", "li"},     {"坤", "kun"},   {"致", "zhi"},
      {"远", "yuan"}, {"融", "rong"},  {"益", "yi"},     {"盛", "sheng"}, {"弘", "hong"},
      {"旭", "xu"},   {"辰", "chen"},  {"昊", "hao"},    {"颐", "yi"},    {"清", "qing"},
      {"澜", "lan"},  {"极", "ji"},    {"数", "shu"},    {"灵", "ling"},  {"擎", "qing"},
      {"钧", "jun"},
  };
  return kChars;
}

// Claims the first free name produced by `make(attempt)`; gives up on variety
// only after many attempts, then numbers the name so it stays unique.
template <typename Make>
SynthName ClaimName(NameBook& book, Make make) {
  for (int attempt = 0;; ++attempt) {
    SynthName name = make(attempt);
    if (attempt >= 400) {
      name.zh += "(" + std::to_string(attempt - 399) + ")";
      if (!name.en.empty()) name.en += " (" + std::to_string(attempt - 399) + ")";
    }
    if (book.Claim(name.zh)) return name;
  }
}

}  // namespace

SynthName EnterpriseName(DemoRng& rng, NameBook& book, std::string_view district,
                         const std::vector<DemoTerm>& middles, bool listed) {
  const DistrictInfo& info = InfoOf(district);
  return ClaimName(book, [&](int) {
    Syllable prefix{"北京", "Beijing"};
    double r = rng.Real();
    if (r < 0.3 && !info.short_zh.empty()) {
      prefix = {info.short_zh, info.short_en};
    } else if (r < 0.42) {
      prefix = {"中科", "Zhongke"};
    } else if (r < 0.5) {
      prefix = {"京", "Jing"};
    }
    // Two brand syllables that do not spell a sector word of their own
    // (航+天 would make a transport company read as an aerospace one).
    static const std::vector<std::string> kSectorWords = {"航天", "天航", "数智", "智数", "通信"};
    const Syllable& a = rng.Pick(BrandChars());
    const Syllable* b = &rng.Pick(BrandChars());
    while (b->zh == a.zh ||
           std::find(kSectorWords.begin(), kSectorWords.end(),
                     std::string(a.zh) + std::string(b->zh)) != kSectorWords.end()) {
      b = &rng.Pick(BrandChars());
    }
    const DemoTerm& middle = rng.Pick(middles);
    bool joint_stock = listed ? rng.Chance(0.6) : rng.Chance(0.1);
    SynthName name;
    name.zh = std::string(prefix.zh) + std::string(a.zh) + std::string(b->zh) +
              std::string(middle.zh) + (joint_stock ? "股份有限公司" : "有限公司");
    name.en = std::string(prefix.py) + " " + Capitalize(a.py) + std::string(b->py) + " " +
              std::string(middle.en) + (joint_stock ? " Co., Ltd. (joint-stock)" : " Co., Ltd.");
    return name;
  });
}

namespace {

struct SocietyForm {
  std::string_view zh;
  std::string_view en;
};

const SocietyForm& PickForm(DemoRng& rng) {
  static const std::vector<SocietyForm> kForms = {{"学会", "Society of "},
                                                  {"学会", "Society of "},
                                                  {"研究会", "Research Society of "},
                                                  {"协会", "Association of "}};
  return rng.Pick(kForms);
}

}  // namespace

SynthName SocietyName(DemoRng& rng, NameBook& book, NameBook& stems, bool national,
                      const DemoTheme& theme) {
  if (!stems.Claim(SocietyStem(theme.name.zh))) return {};
  const SocietyForm& form = PickForm(rng);
  const std::string prefix = national ? "中国" : (rng.Chance(0.7) ? "北京市" : "北京");
  SynthName name{prefix + std::string(theme.name.zh) + std::string(form.zh),
                 std::string(national ? "China " : "Beijing ") + std::string(form.en) +
                     std::string(theme.name.en)};
  return book.Claim(name.zh) ? name : SynthName{};
}

SynthName DistrictSocietyName(DemoRng& rng, NameBook& book, NameBook& stems,
                              const DemoTheme& theme) {
  for (int attempt = 0;; ++attempt) {
    const Term& d = rng.Pick(Districts());
    std::string stem = d.name + std::string(theme.name.zh);
    if (attempt >= 64) stem += "(" + std::to_string(attempt - 63) + ")";
    if (!stems.Claim(SocietyStem(stem))) continue;
    const SocietyForm& form = PickForm(rng);
    SynthName name{"北京市" + stem + std::string(form.zh),
                   d.name_en + " District " + std::string(form.en) + std::string(theme.name.en)};
    if (book.Claim(name.zh)) return name;
  }
}

SynthName InstituteName(DemoRng& rng, NameBook& book, const DemoTheme& theme) {
  return ClaimName(book, [&](int attempt) {
    std::string en(theme.name.en);
    static const std::vector<std::pair<DemoTerm, DemoTerm>> kForms = {
        {{"北京", "研究院"}, {"Beijing Institute of ", ""}},
        {{"北京", "技术研究院"}, {"Beijing Institute of ", " Technology"}},
        {{"北京市", "研究所"}, {"Beijing Research Institute of ", ""}},
        {{"中关村", "创新研究院"}, {"Zhongguancun Institute of ", " Innovation"}},
        {{"北京", "创新中心"}, {"Beijing ", " Innovation Center"}},
    };
    const auto& form = rng.Pick(kForms);
    std::string zh = std::string(form.first.zh) + std::string(theme.name.zh);
    if (attempt >= 20) {
      const Term& d = rng.Pick(Districts());
      zh = "北京" + d.name + std::string(theme.name.zh);
      en = d.name_en + " " + en;
    }
    return SynthName{zh + std::string(form.first.en),
                     std::string(form.second.zh) + en + std::string(form.second.en)};
  });
}

std::string Capitalize(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = (c == ' ' || c == '-');
  }
  return out;
}

PersonName RandomPersonName(DemoRng& rng) {
  static const std::vector<Syllable> kSurnames = {
      {"王", "wang"},  {"李", "li"},    {"张", "zhang"}, {"刘", "liu"},  {"陈", "chen"},
      {"杨", "yang"},  {"黄", "huang"}, {"赵", "zhao"},  {"吴", "wu"},   {"周", "zhou"},
      {"徐", "xu"},    {"孙", "sun"},   {"马", "ma"},    {"朱", "zhu"},  {"胡", "hu"},
      {"郭", "guo"},   {"何", "he"},    {"林", "lin"},   {"高", "gao"},  {"罗", "luo"},
      {"郑", "zheng"}, {"梁", "liang"}, {"谢", "xie"},   {"宋", "song"}, {"唐", "tang"},
      {"韩", "han"},   {"曹", "cao"},   {"许", "xu"},    {"邓", "deng"}, {"冯", "feng"},
      {"彭", "peng"},  {"曾", "zeng"},  {"田", "tian"},  {"董", "dong"}, {"潘", "pan"},
      {"袁", "yuan"},  {"蔡", "cai"},   {"蒋", "jiang"}, {"余", "yu"},   {"于", "yu"},
      {"杜", "du"},    {"叶", "ye"},    {"程", "cheng"}, {"魏", "wei"},  {"苏", "su"},
      {"吕", "lv"},    {"丁", "ding"},  {"任", "ren"},   {"卢", "lu"},   {"姚", "yao"},
      {"沈", "shen"},  {"钟", "zhong"}, {"姜", "jiang"}, {"崔", "cui"},  {"谭", "tan"},
      {"陆", "lu"},    {"范", "fan"},   {"汪", "wang"},  {"廖", "liao"}, {"石", "shi"},
      {"金", "jin"},   {"贾", "jia"},   {"夏", "xia"},   {"方", "fang"}, {"邹", "zou"},
      {"熊", "xiong"}, {"白", "bai"},   {"孟", "meng"},  {"秦", "qin"},  {"邱", "qiu"},
      {"侯", "hou"},   {"江", "jiang"}, {"尹", "yin"},   {"薛", "xue"},  {"闫", "yan"},
      {"段", "duan"},  {"雷", "lei"},   {"龙", "long"},  {"史", "shi"},  {"陶", "tao"},
      {"贺", "he"},    {"毛", "mao"},   {"郝", "hao"},   {"顾", "gu"},   {"龚", "gong"},
      {"邵", "shao"},  {"万", "wan"},   {"武", "wu"},    {"钱", "qian"}, {"戴", "dai"},
      {"严", "yan"},   {"孔", "kong"},  {"常", "chang"}, {"汤", "tang"},
  };
  static const std::vector<double> kSurnameWeights = [] {
    std::vector<double> w;
    for (std::size_t i = 0; i < kSurnames.size(); ++i) w.push_back(1.0 / (i + 6.0));
    return w;
  }();
  static const std::vector<Syllable> kGiven = {
      {"伟", "wei"},   {"芳", "fang"},  {"娜", "na"},   {"敏", "min"},   {"静", "jing"},
      {"丽", "li"},    {"强", "qiang"}, {"磊", "lei"},  {"军", "jun"},   {"洋", "yang"},
      {"勇", "yong"},  {"艳", "yan"},   {"杰", "jie"},  {"娟", "juan"},  {"涛", "tao"},
      {"明", "ming"},  {"超", "chao"},  {"秀", "xiu"},  {"霞", "xia"},   {"平", "ping"},
      {"刚", "gang"},  {"英", "ying"},  {"华", "hua"},  {"玉", "yu"},    {"建", "jian"},
      {"国", "guo"},   {"文", "wen"},   {"志", "zhi"},  {"海", "hai"},   {"鹏", "peng"},
      {"宇", "yu"},    {"晨", "chen"},  {"浩", "hao"},  {"博", "bo"},    {"思", "si"},
      {"雨", "yu"},    {"欣", "xin"},   {"嘉", "jia"},  {"俊", "jun"},   {"亮", "liang"},
      {"斌", "bin"},   {"辉", "hui"},   {"峰", "feng"}, {"凯", "kai"},   {"晓", "xiao"},
      {"红", "hong"},  {"燕", "yan"},   {"琳", "lin"},  {"颖", "ying"},  {"婷", "ting"},
      {"雪", "xue"},   {"慧", "hui"},   {"佳", "jia"},  {"倩", "qian"},  {"梅", "mei"},
      {"鑫", "xin"},   {"振", "zhen"},  {"东", "dong"}, {"林", "lin"},   {"新", "xin"},
      {"春", "chun"},  {"永", "yong"},  {"宁", "ning"}, {"立", "li"},    {"学", "xue"},
      {"德", "de"},    {"成", "cheng"}, {"天", "tian"}, {"兴", "xing"},  {"睿", "rui"},
      {"哲", "zhe"},   {"源", "yuan"},  {"泽", "ze"},   {"瑞", "rui"},   {"铭", "ming"},
      {"轩", "xuan"},  {"昊", "hao"},   {"阳", "yang"}, {"帆", "fan"},   {"航", "hang"},
      {"晶", "jing"},  {"璐", "lu"},    {"然", "ran"},  {"悦", "yue"},   {"琪", "qi"},
      {"彤", "tong"},  {"蕾", "lei"},   {"岩", "yan"},  {"松", "song"},  {"毅", "yi"},
      {"诚", "cheng"}, {"力", "li"},    {"卫", "wei"},  {"忠", "zhong"}, {"庆", "qing"},
      {"祥", "xiang"}, {"光", "guang"}, {"荣", "rong"}, {"家", "jia"},   {"子", "zi"},
      {"一", "yi"},    {"云", "yun"},   {"清", "qing"}, {"维", "wei"},   {"远", "yuan"},
      {"若", "ruo"},   {"诗", "shi"},   {"雅", "ya"},   {"梦", "meng"},  {"菲", "fei"},
      {"凡", "fan"},   {"舒", "shu"},   {"楠", "nan"},  {"彬", "bin"},
  };
  // Names of well-known real scientists and officials the pools could produce.
  static const std::vector<std::string_view> kAvoid = {
      "李国杰", "李德毅", "高文", "陈杰", "张杰", "李强",   "王毅", "王志刚",
      "王海峰", "周志华", "张平", "王坚", "李明", "王建国", "刘伟",
  };
  for (;;) {
    const Syllable& s = kSurnames[rng.Weighted(kSurnameWeights)];
    PersonName name{std::string(s.zh), std::string(s.py)};
    int given = rng.Chance(0.3) ? 1 : 2;
    for (int i = 0; i < given; ++i) {
      const Syllable& g = rng.Pick(kGiven);
      name.zh += g.zh;
      name.pinyin += g.py;
    }
    bool avoid = false;
    for (std::string_view a : kAvoid) avoid = avoid || a == name.zh;
    if (!avoid) return name;
  }
}

}  // namespace consortia::detail
