# Script mode (cmake -P): fails when a source under ${LAYER_DIR} includes a header of an engine
# folder (${ALL_FOLDERS}) that is neither in ${ALLOWED} nor one of the headers in ${ALLOWED_FILES}.
# Run by the build before the layer compiles (s2s_check_includes in S2SEngineLayer.cmake). Reads
# `#include "folder/..."` lines; a layer's own folder is always allowed. ${LAYER} names it in messages.
cmake_minimum_required(VERSION 3.25) # IN_LIST and today's policies in script mode
get_filename_component(own "${LAYER_DIR}" NAME)
file(GLOB_RECURSE sources "${LAYER_DIR}/*.cpp" "${LAYER_DIR}/*.h")
set(violations "")
foreach(source IN LISTS sources)
  file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
  foreach(line IN LISTS lines)
    if(NOT line MATCHES "#[ \t]*include[ \t]*\"([^\"]+)\"")
      continue()
    endif()
    set(included "${CMAKE_MATCH_1}")
    set(header "${included}")
    # "../x/y.h" climbs out of the folder: resolve it against the engine root.
    if(header MATCHES "^\\.\\./")
      string(REGEX REPLACE "^(\\.\\./)+" "" header "${header}")
    endif()
    if(NOT header MATCHES "^([^/]+)/")
      continue()
    endif()
    set(folder "${CMAKE_MATCH_1}")
    if(folder STREQUAL own OR NOT folder IN_LIST ALL_FOLDERS OR folder IN_LIST ALLOWED
       OR header IN_LIST ALLOWED_FILES)
      continue()
    endif()
    file(RELATIVE_PATH shown "${ROOT}" "${source}")
    list(APPEND violations "  ${shown}: #include \"${included}\"")
  endforeach()
endforeach()
if(violations)
  string(REPLACE ";" "\n" listed "${violations}")
  set(allowed_list ${ALLOWED} ${ALLOWED_FILES})
  if(allowed_list)
    string(REPLACE ";" ", " allowed_text "${allowed_list}")
  else()
    set(allowed_text "nothing outside itself")
  endif()
  message(FATAL_ERROR "${LAYER} may include from the engine only ${allowed_text} (the layers are drawn in "
                      "engine/CMakeLists.txt and README's Architecture section). These includes "
                      "break the layering:\n${listed}\nMove the code to the layer that owns it, or "
                      "pass what the layer needs in from above.")
endif()
file(TOUCH "${STAMP}")
