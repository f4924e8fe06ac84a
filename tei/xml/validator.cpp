// validate_document(): XSD validation of the files Crux generates (schemas
// loaded once per process into a locked Xerces grammar pool) and the id and
// pointer checks that apply to every TEI file (id_checks.cpp).
#include "tei/xml/validator.h"

#include <xercesc/framework/LocalFileInputSource.hpp>
#include <xercesc/framework/XMLGrammarPoolImpl.hpp>
#include <xercesc/sax/SAXParseException.hpp>
#include <xercesc/util/PlatformUtils.hpp>
#include <xercesc/util/XMLUni.hpp>
#include <xercesc/validators/common/Grammar.hpp>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

#include "crux/version.h"
#include "tei/xml/id_checks.h"
#include "tei/xml/safe_parser.h"
#include "tei/xml/start_tag_scanner.h"
#include "tei/xml/xml_encoding.h"
#include "tei/xml/xml_reader.h"

namespace crux {

using namespace xercesc;
namespace fs = std::filesystem;

std::string ValidationProblem::to_string() const {
  if (line <= 0) return file + ": " + message;
  return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

std::string schema_dir() {
  const char* env = std::getenv("CRUX_SCHEMA_DIR");
  if (env && *env) return env;
  std::string installed = std::string(kInstallDataDir) + "/schemas";
  std::error_code ec;
  if (fs::is_directory(installed, ec)) return installed;
  return kSourceSchemaDir;
}

namespace {

constexpr size_t kMaxProblems = 1000;

// Serves schema documents (xml.xsd for crux-tei.xsd's import) from the
// schema folder and nothing else: any other name, path or URL gets an empty
// document, so a schema can never make Crux read elsewhere.
class SchemaDirResolver : public EntityResolver {
 public:
  explicit SchemaDirResolver(fs::path dir) : dir_(std::move(dir)) {}
  InputSource* resolveEntity(const XMLCh* const, const XMLCh* const system_id) override {
    std::string id = to_utf8(system_id);
    if (id.starts_with("file://")) id.erase(0, 7);
    fs::path p = fs::path(id).is_absolute() ? fs::path(id) : dir_ / id;
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(p, ec);
    if (ec || canonical.parent_path() != dir_ || !fs::is_regular_file(canonical, ec)) return empty_input_source();
    std::u16string path = to_xmlch(canonical.string());
    return new LocalFileInputSource(path.c_str());
  }

 private:
  fs::path dir_;
};

// Collects validity errors as problems; fatal errors still throw XmlError.
class ProblemCollector : public SafeHandler {
 public:
  ProblemCollector(std::string file, std::vector<ValidationProblem>& out) : SafeHandler(std::move(file)), out_(out) {}
  void error(const SAXParseException& e) override {
    if (out_.size() >= kMaxProblems) return;
    out_.push_back({file_, static_cast<int>(e.getLineNumber()), static_cast<int>(e.getColumnNumber()),
                    to_utf8(e.getMessage())});
  }

 private:
  std::vector<ValidationProblem>& out_;
};

// The grammar pools: one per schema folder, built on first use and kept for
// the life of the process (so each schema is read once, not per file).
// Locked, so any number of validating parsers may share one across threads.
class SchemaCache {
 public:
  static XMLGrammarPool& pool(const std::string& dir_name) {
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    ensure_xml_platform();  // before the static below: Terminate runs after its destructor
    static std::map<std::string, std::unique_ptr<XMLGrammarPoolImpl>> pools;
    auto& pool = pools[dir_name];
    if (!pool) pool = load(dir_name);
    return *pool;
  }

 private:
  static std::unique_ptr<XMLGrammarPoolImpl> load(const std::string& dir_name) {
    std::error_code ec;
    fs::path dir = fs::weakly_canonical(dir_name, ec);
    for (const char* name : {"crux-tei.xsd", "crux-project.xsd", "xml.xsd"})
      if (ec || !fs::is_regular_file(dir / name, ec))
        throw environment_error((dir / name).string(),
                                "Crux's schemas are missing (reinstall Crux or set CRUX_SCHEMA_DIR)");
    auto pool = std::make_unique<XMLGrammarPoolImpl>(XMLPlatformUtils::fgMemoryManager);
    SchemaDirResolver resolver(dir);
    for (const char* name : {"crux-tei.xsd", "crux-project.xsd"}) {
      std::string path = (dir / name).string();
      std::vector<ValidationProblem> problems;
      ProblemCollector handler(path, problems);
      auto reader = make_safe_reader(handler, &resolver, pool.get());
      reader->setFeature(XMLUni::fgXercesSchema, true);
      reader->setFeature(XMLUni::fgXercesSchemaFullChecking, true);  // once per process: worth it
      reader->setFeature(XMLUni::fgXercesHandleMultipleImports, true);
      std::u16string system_id = to_xmlch(path);
      LocalFileInputSource source(system_id.c_str());
      Grammar* grammar = nullptr;
      try {
        grammar = reader->loadGrammar(source, Grammar::SchemaGrammarType, true);
      } catch (const XmlError& e) {
        problems.push_back({path, e.line(), e.column(), e.problem()});
      }
      if (!grammar || !problems.empty())
        throw internal_error("the schema " + path + " is broken: " +
                             (problems.empty() ? std::string("it could not be loaded") : problems[0].to_string()));
    }
    pool->lockPool();
    return pool;
  }
};

// What the XSD validation reads: the document as UTF-8 with its DOCTYPE, if
// any, blanked to spaces (line ends kept, so positions do not move). A
// DOCTYPE has no say in XSD validation, and a validating Xerces that meets
// one with a cached grammar pool leaks memory.
std::string without_doctype(std::string_view bytes, const std::string& file) {
  std::string s = xml_to_utf8(bytes, file);
  auto [begin, end] = find_doctype(s);
  if (begin == std::string::npos) return s;
  for (size_t i = begin; i < end && i < s.size(); ++i)
    if (s[i] != '\n' && s[i] != '\r') s[i] = ' ';
  return s;
}

void validate_against_schemas(std::string_view original, const std::string& file, std::vector<ValidationProblem>& out) {
  std::string bytes = without_doctype(original, file);
  XMLGrammarPool& pool = SchemaCache::pool(schema_dir());
  ProblemCollector handler(file, out);
  auto reader = make_safe_reader(handler, nullptr, &pool);
  reader->setFeature(XMLUni::fgSAX2CoreValidation, true);
  reader->setFeature(XMLUni::fgXercesDynamic, false);
  reader->setFeature(XMLUni::fgXercesSchema, true);
  reader->setFeature(XMLUni::fgXercesUseCachedGrammarInParse, true);
  reader->setFeature(XMLUni::fgXercesCacheGrammarFromParse, false);
  reader->setFeature(XMLUni::fgXercesLoadSchema, false);       // ignore xsi:schemaLocation
  reader->setFeature(XMLUni::fgXercesSkipDTDValidation, true);  // a DOCTYPE never replaces the XSD (and is blanked)
  reader->setFeature(XMLUni::fgXercesIdentityConstraintChecking, true);
  try {
    parse_bytes(*reader, bytes, file);
  } catch (const XmlError& e) {
    out.push_back({file, e.line(), e.column(), e.problem()});
  }
}

const XmlNode* child_named(const XmlNode* n, const char* local) {
  if (n)
    for (const auto& c : n->children)
      if (c->is_element() && c->name == local) return c.get();
  return nullptr;
}

// By local names, ignoring namespaces: a file Crux generated with a wrong
// namespace must still meet the XSD (which then says what is wrong).
std::string kind_of(const XmlNode& root) {
  if (root.name == "crux-project") return "project";
  if (root.name != "TEI") return "tei-kept";
  const XmlNode* encoding_desc = child_named(child_named(&root, "teiHeader"), "encodingDesc");
  const XmlNode* app_info = child_named(encoding_desc, "appInfo");
  bool crux = false;
  if (app_info)
    for (const auto& c : app_info->children)
      crux = crux || (c->is_element() && c->name == "application" && c->attr_or("ident", "") == "crux");
  if (!crux) return "tei-kept";
  if (child_named(&root, "standOff")) return "layer";
  if (child_named(encoding_desc, "classDecl")) return "taxonomy";
  return "tei";
}

}  // namespace

std::string schema_kind_of(std::string_view bytes) {
  try {
    return kind_of(*parse_xml(bytes, std::string()).root);
  } catch (const Error&) {
    return "tei-kept";  // unreadable: validated as kept TEI, which reports why
  }
}

std::vector<ValidationProblem> validate_document(std::string_view bytes, const std::string& file) {
  std::vector<ValidationProblem> problems;
  XmlDocument doc;
  try {
    doc = parse_xml(bytes, file);
  } catch (const XmlError& e) {
    problems.push_back({file, e.line(), e.column(), e.problem()});
    return problems;
  } catch (const Error& e) {
    if (e.category() != ErrorCategory::BadInput) throw;
    problems.push_back({file, 0, 0, e.problem()});
    return problems;
  }
  std::string kind = kind_of(*doc.root);
  if (kind == "project") {
    validate_against_schemas(bytes, file, problems);
    return problems;
  }
  if (kind == "tei") {
    validate_against_schemas(bytes, file, problems);
    // The XSD declares xml:id as xs:ID, so Xerces has reported duplicates.
    check_pointers(doc, problems);
    return problems;
  }
  // Kept TEI; and layers and taxonomies until crux-tei.xsd covers them
  // (its EXTEND: points).
  check_kept_tei_root(doc, problems);
  check_unique_ids(doc, problems);
  check_pointers(doc, problems);
  return problems;
}

}  // namespace crux
