#include "cli_app.hpp"

#include <iostream>

int main(int argc, char** argv) { return codeset::cli::run(argc, argv, std::cout, std::cerr); }
