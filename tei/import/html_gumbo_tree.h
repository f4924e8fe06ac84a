#pragma once
// gumbo's parse tree, allocated in an arena owned by this object. gumbo 0.10
// frees its tree recursively (gumbo_destroy_output), one call per level: a
// deep tree overflows the stack. Here it is never called; dropping the arena
// frees everything at once, and allocation is a pointer bump instead of
// malloc and free for every token.
#include <gumbo.h>

#include <memory>
#include <string_view>
#include <vector>

namespace crux {

class GumboTree {
 public:
  // Parses UTF-8 HTML; `html` must outlive the tree (nodes point into it).
  explicit GumboTree(std::string_view html);
  GumboTree(const GumboTree&) = delete;
  GumboTree& operator=(const GumboTree&) = delete;

  const GumboNode* root() const { return output_->root; }  // the <html> element

 private:
  static void* allocate(void* arena, size_t size);
  static void deallocate(void*, void*) {}  // everything goes with the arena

  std::vector<std::unique_ptr<char[]>> chunks_;
  char* next_ = nullptr;
  size_t left_ = 0;
  GumboOutput* output_ = nullptr;
};

}  // namespace crux
