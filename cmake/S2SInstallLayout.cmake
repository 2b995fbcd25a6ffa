# Where the packages put things, in one place: the wizard in bin/, its helper executables (the lab
# hosts) beside it on Windows and in a private folder on Linux, where bin/ is on everybody's PATH.
set(S2S_INSTALL_BINDIR "bin")
if(WIN32)
  set(S2S_INSTALL_HELPERDIR "bin")
  # Windows has no system Qt: every installed executable's DLLs (vcpkg's Qt, OpenSSL, spdlog, ...)
  # are collected into one set and installed beside them (installer/CMakeLists.txt).
  set(S2S_INSTALL_RUNTIME_SET RUNTIME_DEPENDENCY_SET s2s_runtime)
else()
  set(S2S_INSTALL_HELPERDIR "lib/s2s-wizard")
endif()
# The helper folder as seen from the wizard's own folder; the engine looks there at run time.
file(RELATIVE_PATH S2S_HELPERDIR_FROM_BINDIR "/prefix/${S2S_INSTALL_BINDIR}"
     "/prefix/${S2S_INSTALL_HELPERDIR}")

# Builds `target` into build/bin beside the wizard (where the build tree finds it) and installs it
# into the helper folder. Every helper the wizard starts (s2s-lab-host, s2s-lab-tenant, ...) goes
# through here, so the packages and their test know them all (global property S2S_HELPERS).
function(s2s_install_helper target)
  set_target_properties(${target} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/bin")
  install(TARGETS ${target} ${S2S_INSTALL_RUNTIME_SET} RUNTIME DESTINATION "${S2S_INSTALL_HELPERDIR}")
  set_property(GLOBAL APPEND PROPERTY S2S_HELPERS ${target})
endfunction()
