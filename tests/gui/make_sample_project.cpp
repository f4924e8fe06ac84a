// make_sample_project DIR: writes the sample project of the GUI tests (see
// sample_project.h) for the smoke checks of crux-workbench.
#include <exception>
#include <iostream>

#include "tests/gui/sample_project.h"

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: make_sample_project DIR\n";
    return 2;
  }
  try {
    crux::test::make_sample_project(argv[1]);
  } catch (const std::exception& e) {
    std::cerr << "make_sample_project: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
