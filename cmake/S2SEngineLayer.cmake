# One engine folder as one static library: s2s_engine_layer(<folder> [USES <lower folders>...]
# [LIBS <public libraries>...] [PRIVATE_LIBS <private libraries>...]).
# USES lists every folder the layer may include and link; the build checks the includes
# (S2SCheckLayers.cmake) before compiling the layer, so an include of any other folder is a build
# error, and linking only the lower layers makes a call upwards an undefined symbol.
set(S2S_ENGINE_FOLDERS core crypto secrets session farm tenant steps lab cli workbench)

function(s2s_engine_layer folder)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "USES;LIBS;PRIVATE_LIBS")
  set(target s2s_${folder})
  set(dir "${CMAKE_CURRENT_SOURCE_DIR}/${folder}")
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${dir}/*.cpp" "${dir}/*.h")
  qt_add_library(${target} STATIC ${sources})
  s2s_apply_common_settings(${target})
  target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}")
  set(lower "")
  foreach(used IN LISTS arg_USES)
    list(APPEND lower s2s_${used})
  endforeach()
  target_link_libraries(${target} PUBLIC ${lower} ${arg_LIBS} PRIVATE ${arg_PRIVATE_LIBS})
  s2s_check_includes(${target} engine/${folder} "${dir}" USES ${arg_USES})
  s2s_forbid_widgets(${target})
endfunction()

# Makes `target`'s build check, before it compiles, that the sources under `dir` include from the
# engine only the folders in USES and the single headers in FILES (engine-relative paths).
function(s2s_check_includes target name dir)
  cmake_parse_arguments(PARSE_ARGV 3 arg "" "" "USES;FILES")
  file(GLOB_RECURSE sources CONFIGURE_DEPENDS "${dir}/*.cpp" "${dir}/*.h")
  string(REPLACE "/" "-" stamp_name "${name}")
  set(stamp "${CMAKE_BINARY_DIR}/layers/${stamp_name}.checked")
  add_custom_command(OUTPUT "${stamp}"
    COMMAND "${CMAKE_COMMAND}" -D "LAYER=${name}" -D "LAYER_DIR=${dir}"
            -D "ALLOWED=${arg_USES}" -D "ALLOWED_FILES=${arg_FILES}"
            -D "ALL_FOLDERS=${S2S_ENGINE_FOLDERS}" -D "STAMP=${stamp}"
            -D "ROOT=${PROJECT_SOURCE_DIR}" -P "${PROJECT_SOURCE_DIR}/cmake/S2SCheckLayers.cmake"
    DEPENDS ${sources} "${PROJECT_SOURCE_DIR}/cmake/S2SCheckLayers.cmake"
    COMMENT "Checking the includes of ${name} against its layer"
    VERBATIM)
  target_sources(${target} PRIVATE "${stamp}")
endfunction()
