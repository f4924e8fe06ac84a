#include "tei/import/html_gumbo_tree.h"

#include <cstddef>

#include "tei/base/error.h"

namespace crux {
namespace {

constexpr size_t kChunk = 4 << 20;
constexpr size_t kAlign = alignof(std::max_align_t);

}  // namespace

void* GumboTree::allocate(void* arena, size_t size) {
  auto* self = static_cast<GumboTree*>(arena);
  size = (size + kAlign - 1) / kAlign * kAlign;
  if (size > kChunk / 4) {  // a big buffer gets a block of its own; the current chunk stays in use
    self->chunks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    return self->chunks_.back().get();
  }
  if (size > self->left_) {
    self->chunks_.push_back(std::make_unique_for_overwrite<char[]>(kChunk));
    self->next_ = self->chunks_.back().get();
    self->left_ = kChunk;
  }
  void* p = self->next_;
  self->next_ += size;
  self->left_ -= size;
  return p;
}

GumboTree::GumboTree(std::string_view html) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &GumboTree::allocate;
  options.deallocator = &GumboTree::deallocate;
  options.userdata = this;
  options.max_errors = 0;  // parse errors cost time and memory, and nothing reads them
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
  if (!output_ || !output_->root) throw internal_error("the HTML parser returned no document");
}

}  // namespace crux
