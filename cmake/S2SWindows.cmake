# Windows identity of an executable: version resource, icon and application manifest, generated
# from the project version (resources/windows/*.in). Called only on Windows.
function(s2s_add_windows_identity target)
  cmake_parse_arguments(arg "" "UAC_LEVEL;DESCRIPTION" "" ${ARGN})
  set(S2S_RC_NAME "${target}")
  set(S2S_RC_DESCRIPTION "${arg_DESCRIPTION}")
  set(S2S_UAC_LEVEL "${arg_UAC_LEVEL}")
  set(S2S_ICO "${PROJECT_SOURCE_DIR}/resources/windows/s2s-wizard.ico")
  set(windows_dir "${PROJECT_SOURCE_DIR}/resources/windows")
  configure_file("${windows_dir}/app.rc.in" "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc" @ONLY)
  configure_file("${windows_dir}/app.manifest.in" "${CMAKE_CURRENT_BINARY_DIR}/${target}.manifest" @ONLY)
  target_sources(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/${target}.rc"
                                   "${CMAKE_CURRENT_BINARY_DIR}/${target}.manifest")
  if(MSVC)
    # The manifest carries the execution level; the linker must not add its own asInvoker fragment.
    target_link_options(${target} PRIVATE /MANIFESTUAC:NO)
  endif()
endfunction()
