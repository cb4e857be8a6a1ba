// The page template of `vane report`: core/report/assets/report.{html,css,js},
// compiled into the binary by embed_assets.cmake, so the command needs no
// files at run time. Edit the files in assets/, not the generated source.
//
//   std::string page(vane::report::assets::html());
//   // replace the @@VANE_REPORT_*@@ markers (see html_report.cpp)
#pragma once

#include <string_view>

namespace vane::report::assets {

std::string_view html();
std::string_view css();
std::string_view js();

}  // namespace vane::report::assets
