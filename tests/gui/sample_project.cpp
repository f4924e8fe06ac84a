#include "tests/gui/sample_project.h"

#include <stdexcept>

#include "tei/project/project.h"

namespace crux::test {
namespace {

std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '>') out += "&gt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

}  // namespace

std::string SampleSource::plain_text() const {
  std::string text;
  for (const Block& b : blocks) text += (text.empty() ? "" : "\n") + b.text;
  return text;
}

std::string SampleSource::tei() const {
  std::string t = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n";
  t += "  <teiHeader>\n    <fileDesc>\n      <titleStmt><title>" + escape(title) + "</title></titleStmt>\n";
  t += "      <publicationStmt><p>Sample for the Crux GUI tests.</p></publicationStmt>\n";
  t += "      <sourceDesc><bibl><idno type=\"filename\">" + id + ".txt</idno></bibl></sourceDesc>\n";
  t += "    </fileDesc>\n    <profileDesc>\n";
  t += "      <langUsage><language ident=\"" + lang + "\"/></langUsage>\n";
  t += "      <textClass><keywords><term type=\"source-type\">secondary</term><term type=\"perspective\">" +
       escape(perspective) + "</term></keywords></textClass>\n";
  t += "    </profileDesc>\n  </teiHeader>\n";
  t += "  <text xml:lang=\"" + lang + "\">\n    <body>\n";
  int open = 0, heads = 0, paragraphs = 0;
  for (const Block& b : blocks) {
    if (b.element == "head") {
      for (; open >= b.depth; --open) t += std::string(4 + 2 * open, ' ') + "</div>\n";
      for (; open < b.depth; ++open) t += std::string(6 + 2 * open, ' ') + "<div>\n";
      t += std::string(6 + 2 * open, ' ') + "<head xml:id=\"" + id + ".head" + std::to_string(++heads) + "\">" +
           escape(b.text) + "</head>\n";
    } else {
      t += std::string(6 + 2 * open, ' ') + "<" + b.element + " xml:id=\"" + id + ".p" +
           std::to_string(++paragraphs) + "\">" + escape(b.text) + "</" + b.element + ">\n";
    }
  }
  for (; open > 0; --open) t += std::string(4 + 2 * open, ' ') + "</div>\n";
  t += "    </body>\n  </text>\n</TEI>\n";
  return t;
}

const std::vector<SampleSource>& sample_sources() {
  static const std::vector<SampleSource> sources = {
      {"cach-mang-1917-vi",
       "Cách mạng tháng Mười năm 1917",
       "vi",
       "non-Soviet, critical of Stalin",
       {{"head", "Cách mạng tháng Mười"},
        {"p", "Đêm 24 rạng ngày 25 tháng Mười (theo lịch cũ), Hồng vệ binh chiếm các nhà ga, bưu điện và những cây "
              "cầu quan trọng của Pétrograd mà hầu như không gặp kháng cự."},
        {"p", "Điện Mùa đông chỉ được bảo vệ bằng mấy trung đội các học sinh sĩ quan và một ít lính Cô-dắc; pháo đài "
              "Phê-rô và Pôn bắn lên trời làm hiệu lệnh."},
        {"head", "Số phận của Kérensky", 2},
        {"p", "Kérensky rời thủ đô từ sáng sớm để tìm quân cứu viện ở mặt trận; các bộ trưởng còn lại bị bắt trong "
              "đêm."},
        {"p", "Những người chứng kiến kể lại rằng cuộc chiếm giữ diễn ra nhanh chóng, ít đổ máu hơn nhiều so với những "
              "gì các sách giáo khoa về sau mô tả; chính sự khác biệt ấy khiến các nhà sử học phải đối chiếu từng lời "
              "kể với nhau trước khi rút ra kết luận."}}},
      {"encyclopedia-en",
       "The October Revolution (encyclopedia entry)",
       "en",
       "official PRC/Soviet narrative",
       {{"head", "October Revolution"},
        {"p", "The October Revolution took place on 25 October 1917 by the Julian calendar, which corresponds to "
              "7 November in the Gregorian calendar."},
        {"p", "According to the Soviet account, the cruiser Aurora fired a signal shot and a fierce battle for the "
              "Winter Palace followed; research after 1991 describes a largely bloodless seizure."},
        {"head", "Kerensky", 2},
        {"p", "Kerensky escaped from Petrograd in a car belonging to the American embassy."}}},
      {"oktyabr-uchebnik-ru",
       "Великая Октябрьская социалистическая революция",
       "ru",
       "Soviet-era official",
       {{"head", "Штурм Зимнего дворца"},
        {"p", "В ночь на 25 октября 1917 года отряды Красной гвардии и революционные матросы заняли вокзалы, почтамт "
              "и телеграф."},
        {"p", "Залп крейсера «Аврора» возвестил начало штурма; Зимний дворец защищали более двух тысяч юнкеров и "
              "офицеров."},
        {"head", "Итоги", 2},
        {"p", "Второй Всероссийский съезд Советов провозгласил переход власти к Советам и принял декреты о мире и о "
              "земле."}}},
      {"shiyue-geming-zh",
       "十月革命",
       "zh",
       "PRC textbook",
       {{"head", "十月革命"},
        {"p", "一九一七年十一月七日（俄历十月二十五日），彼得格勒的赤卫队和革命士兵占领了首都的主要据点。"},
        {"p", "阿芙乐尔号巡洋舰的炮声宣告了攻打冬宫的开始，临时政府的部长们在当夜被捕。"}}},
  };
  return sources;
}

const SampleSource& sample_source(const std::string& id) {
  for (const SampleSource& s : sample_sources())
    if (s.id == id) return s;
  throw std::out_of_range("no sample source " + id);
}

void make_sample_project(const std::string& dir) {
  Project project = Project::create(dir, kSampleTitle, "Sample project of the GUI tests", "Crux tests");
  for (const SampleSource& s : sample_sources()) project.add_source(s.id, s.tei());
}

}  // namespace crux::test
