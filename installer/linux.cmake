# Linux packages: a .deb for Debian 12 (system Qt 6.4) and a relocatable .tgz.
set(CPACK_GENERATOR "DEB;TGZ")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "share/doc/s2s-wizard" RENAME copyright)
install(FILES "${CMAKE_CURRENT_SOURCE_DIR}/linux/s2s-wizard.desktop" DESTINATION "share/applications")
install(FILES "${PROJECT_SOURCE_DIR}/resources/s2s-wizard.svg"
        DESTINATION "share/icons/hicolor/scalable/apps")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "${PROJECT_DESCRIPTION}\n Sets up the SharePoint hybrid server-to-server trust between an on-premises\n SharePoint Server farm and SharePoint Online, one validated step per page,\n with a built-in lab (--lab DIR) that simulates the farm and the tenant.")
# Loaded at run time, so no linker dependency shows them: the SVG icon and image plugins
# (libqt6svg6), and the TLS backend's libssl3 (through libqt6network6).
set(s2s_runtime_plugins "libqt6svg6 (>= 6.4)")
# Qt's own texts (standard buttons, dialogs) in German, French and Japanese: the wizard's texts
# are built in, so without them it still runs, with those few texts in English. A Japanese desktop
# has a CJK font already; a bare server may not.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")
find_program(S2S_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(S2S_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "${s2s_runtime_plugins}")
else()
  # Without dpkg-dev: what dpkg-shlibdeps derived on Debian 12 for the linked libraries (update it
  # when a library is added: the linux_packages test shows the derived list).
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libc6 (>= 2.34), libgcc-s1 (>= 3.0), libqcoro6network0 (>= 0.4.0), libqt6core6 (>= 6.4.0), libqt6gui6 (>= 6.1.2), libqt6httpserver6 (>= 6.4.0), libqt6keychain1 (>= 0.13), libqt6network6 (>= 6.4.0), libqt6widgets6 (>= 6.1.2), libfmt9 (>= 9.1.0+ds1), libssl3 (>= 3.0.0), libstdc++6 (>= 11), ${s2s_runtime_plugins}")
endif()
