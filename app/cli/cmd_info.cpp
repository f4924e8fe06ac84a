// `crux info DIR [--json]`: the project and its sources.
#include <nlohmann/json.hpp>

#include <iostream>
#include <memory>

#include "app/cli/cli_support.h"
#include "tei/project/project.h"
#include "tei/project/source_info.h"

namespace crux::cli {
namespace {

// Tabs and newlines inside a field would break the table.
std::string cell(std::string s) {
  for (char& c : s)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return s;
}

}  // namespace

void register_info_command(CLI::App& app) {
  struct Args {
    std::string dir;
    bool json = false;
  };
  auto a = std::make_shared<Args>();
  CLI::App* c = app.add_subcommand("info", "Summarise a project: its sources with title, language, perspective, size");
  c->add_option("DIR", a->dir, "The project folder")->required();
  c->add_flag("--json", a->json, "Print one JSON document");
  c->callback([a] {
    Project p = Project::open(a->dir);
    std::vector<SourceInfo> infos;
    for (const std::string& id : p.source_ids()) infos.push_back(read_source_info(p, id));
    if (a->json) {
      nlohmann::ordered_json j;
      j["title"] = p.manifest().title;
      j["description"] = p.manifest().description;
      j["members"] = nlohmann::ordered_json::array();
      for (const auto& m : p.manifest().members) j["members"].push_back({{"name", m.name}, {"role", m.role}});
      j["sources"] = nlohmann::ordered_json::array();
      for (const auto& s : infos) {
        j["sources"].push_back({{"id", s.id},
                                {"title", s.meta.title},
                                {"author", s.meta.author},
                                {"date", s.meta.date},
                                {"language", s.meta.lang},
                                {"type", s.meta.type},
                                {"perspective", s.meta.perspective},
                                {"characters", s.characters},
                                {"blocks", s.blocks},
                                {"bytes", s.bytes}});
      }
      std::cout << j.dump(2) << "\n";
      return;
    }
    std::cerr << p.manifest().title << " (" << infos.size() << " sources)\n";
    std::cout << "id\ttitle\tlanguage\ttype\tperspective\tcharacters\n";
    for (const auto& s : infos)
      std::cout << s.id << "\t" << cell(s.meta.title) << "\t" << s.meta.lang << "\t" << s.meta.type << "\t"
                << cell(s.meta.perspective) << "\t" << s.characters << "\n";
  });
}

}  // namespace crux::cli
