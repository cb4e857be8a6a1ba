# vane_add_plugin(<name> SOURCES <src>... [DIRECTORY <dir>] [OUTPUT_DIR <dir>] [NO_INSTALL])
#
# Builds a vane language plugin: a MODULE library libvane_<name>.so with only
# its entry point exported, placed in <OUTPUT_DIR>/<name>/ next to the
# plugin's manifest.json, lang.json and data/ from <DIRECTORY> (default: the
# calling CMakeLists' directory). In the build tree the data files are
# symlinked, so an edited lexicon is picked up without rebuilding; install()
# copies them.
#
# Used by plugins/*, by the broken-plugin fixtures in tests/, and by
# out-of-tree plugins through find_package(vane).
function(vane_add_plugin name)
  cmake_parse_arguments(P "NO_INSTALL" "DIRECTORY;OUTPUT_DIR" "SOURCES" ${ARGN})
  if(NOT P_DIRECTORY)
    set(P_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
  endif()
  if(NOT P_OUTPUT_DIR)
    if(DEFINED VANE_PLUGIN_OUTPUT_DIR)
      set(P_OUTPUT_DIR ${VANE_PLUGIN_OUTPUT_DIR})
    else()
      set(P_OUTPUT_DIR ${CMAKE_BINARY_DIR}/plugins)
    endif()
  endif()
  set(out ${P_OUTPUT_DIR}/${name})
  set(target vane_plugin_${name})

  add_library(${target} MODULE ${P_SOURCES})
  target_link_libraries(${target} PRIVATE vane::sdk)
  set_target_properties(${target} PROPERTIES
    OUTPUT_NAME vane_${name}
    PREFIX lib
    LIBRARY_OUTPUT_DIRECTORY ${out}
    C_VISIBILITY_PRESET hidden
    CXX_VISIBILITY_PRESET hidden
    VISIBILITY_INLINES_HIDDEN ON
    BUILD_RPATH "$ORIGIN"
    INSTALL_RPATH "$ORIGIN")
  if(COMMAND vane_set_warnings)
    vane_set_warnings(${target})
  endif()

  file(MAKE_DIRECTORY ${out})
  foreach(item manifest.json lang.json data)
    if(EXISTS ${P_DIRECTORY}/${item})
      file(CREATE_LINK ${P_DIRECTORY}/${item} ${out}/${item} SYMBOLIC)
    endif()
  endforeach()

  if(NOT P_NO_INSTALL)
    if(DEFINED VANE_INSTALL_PLUGIN_DIR)
      set(dest ${VANE_INSTALL_PLUGIN_DIR}/${name})
    else()
      set(dest lib/vane/plugins/${name})
    endif()
    install(TARGETS ${target} LIBRARY DESTINATION ${dest})
    foreach(item manifest.json lang.json)
      if(EXISTS ${P_DIRECTORY}/${item})
        install(FILES ${P_DIRECTORY}/${item} DESTINATION ${dest})
      endif()
    endforeach()
    if(EXISTS ${P_DIRECTORY}/data)
      install(DIRECTORY ${P_DIRECTORY}/data DESTINATION ${dest})
    endif()
  endif()
endfunction()
