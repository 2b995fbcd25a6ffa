# Script mode (cmake -P): fails when a source of engine/${LAYER} includes a header of an engine
# folder that is not in ${ALLOWED}. Run by the build before the layer compiles (S2SEngineLayer.cmake).
# Reads `#include "folder/..."` lines; a layer's own folder is always allowed.
cmake_minimum_required(VERSION 3.25) # IN_LIST and today's policies in script mode
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
    if(folder STREQUAL LAYER OR NOT folder IN_LIST ALL_FOLDERS OR folder IN_LIST ALLOWED)
      continue()
    endif()
    file(RELATIVE_PATH shown "${LAYER_DIR}/.." "${source}")
    list(APPEND violations "  engine/${shown}: #include \"${included}\"")
  endforeach()
endforeach()
if(violations)
  string(REPLACE ";" "\n" listed "${violations}")
  if(ALLOWED)
    string(REPLACE ";" ", " allowed_text "${ALLOWED}")
  else()
    set(allowed_text "nothing outside itself")
  endif()
  message(FATAL_ERROR "engine/${LAYER} may include only ${allowed_text} (the layers are drawn in "
                      "engine/CMakeLists.txt and README's Architecture section). These includes "
                      "break the layering:\n${listed}\nMove the code to the layer that owns it, or "
                      "pass what the layer needs in from above.")
endif()
file(TOUCH "${STAMP}")
