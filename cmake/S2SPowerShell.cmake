# PowerShell 7 (pwsh) for the tests that run the shipped farm script (--lab-farm powershell, the
# SharePoint simulator, the Windows PowerShell 5.1 compatibility check). Tests run with their own
# HOME, so its absolute path and the .NET runtime it needs (DOTNET_ROOT, for pwsh installed as a
# .NET tool) are resolved here, at configure time.
find_program(S2S_PWSH pwsh HINTS "$ENV{HOME}/.dotnet/tools" DOC "PowerShell 7 (pwsh)")
set(S2S_DOTNET_ROOT "$ENV{DOTNET_ROOT}")
if(NOT S2S_DOTNET_ROOT)
  find_program(S2S_DOTNET dotnet)
  if(S2S_DOTNET)
    file(REAL_PATH "${S2S_DOTNET}" s2s_dotnet_real)
    get_filename_component(S2S_DOTNET_ROOT "${s2s_dotnet_real}" DIRECTORY)
  endif()
endif()
set(S2S_PWSH_REMEDY "PowerShell 7 is needed: install the .NET SDK, then run 'dotnet tool update --global PowerShell --version 7.6.9' (scripts/install-deps.sh does it) and configure again")
if(S2S_PWSH)
  message(STATUS "PowerShell 7: ${S2S_PWSH} (DOTNET_ROOT ${S2S_DOTNET_ROOT})")
else()
  message(WARNING "pwsh not found: the tests that run the farm script fail. ${S2S_PWSH_REMEDY}")
endif()
