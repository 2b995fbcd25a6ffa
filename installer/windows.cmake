# Windows: an MSI through CPack's WiX v3 generator, with Qt deployed by windeployqt and the other
# DLLs (vcpkg's OpenSSL, spdlog, ...) collected from the executables' imports.
set(CPACK_GENERATOR "WIX;ZIP")
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt" DESTINATION ".")

# Qt libraries, plugins (platforms, styles, imageformats, tls) and qt.conf, by windeployqt.
# Qt 6.4 stops with a fatal error on Linux, hence only here.
if(Qt6_VERSION VERSION_LESS 6.5)
  qt_generate_deploy_app_script(TARGET s2s-wizard FILENAME_VARIABLE s2s_deploy_script)
else()
  # The MSVC runtime comes from InstallRequiredSystemLibraries below, not as vc_redist.exe.
  qt_generate_deploy_app_script(TARGET s2s-wizard OUTPUT_SCRIPT s2s_deploy_script
                                NO_COMPILER_RUNTIME)
endif()
install(SCRIPT "${s2s_deploy_script}")

# The MSVC runtime DLLs beside the executables: a SharePoint server need not have the
# Visual C++ redistributable of this compiler.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${S2S_INSTALL_BINDIR}")
include(InstallRequiredSystemLibraries)

# Non-Qt DLLs of every installed executable (S2S_INSTALL_RUNTIME_SET), from the folder where the
# Qt DLLs live (vcpkg's installed bin folder); the system's own DLLs stay out.
install(RUNTIME_DEPENDENCY_SET s2s_runtime
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES ".*[Ss]ystem32/.*\\.dll$"
        DIRECTORIES "$<TARGET_FILE_DIR:Qt6::Core>"
        RUNTIME DESTINATION "${S2S_INSTALL_BINDIR}")

# One fixed UpgradeCode for every release: a newer MSI replaces the installed one in place
# (the default template's MajorUpgrade); the ProductCode stays generated per build.
set(CPACK_WIX_UPGRADE_GUID "12E8CF03-D88F-42FA-A15F-35284334FB0C")
set(CPACK_WIX_ARCHITECTURE "x64")
set(CPACK_WIX_PRODUCT_ICON "${PROJECT_SOURCE_DIR}/resources/windows/s2s-wizard.ico")
# Per-machine, so the Start menu entry and the Add/Remove Programs entry exist for every admin.
# CMake 3.25 has no CPACK_WIX_INSTALL_SCOPE (3.29+): set ALLUSERS=1 directly there; newer CPack
# sets it from the scope, and both together would define the property twice.
if(CMAKE_VERSION VERSION_LESS 3.29)
  set(CPACK_WIX_PROPERTY_ALLUSERS "1")
else()
  set(CPACK_WIX_INSTALL_SCOPE "perMachine")
endif()
set(CPACK_WIX_PROPERTY_ARPCOMMENTS "${PROJECT_DESCRIPTION}")
# The Start menu shortcut (CPACK_PACKAGE_EXECUTABLES) straight in the Start menu, no folder.
set(CPACK_WIX_PROGRAM_MENU_FOLDER ".")
set(CPACK_WIX_ROOT_FEATURE_TITLE "S2S Wizard")
