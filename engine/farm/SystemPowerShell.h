#pragma once

#include <QString>

namespace s2s {

// Where Windows keeps its own programs, asked of the operating system (GetSystemDirectoryW),
// never read from the environment: the wizard runs elevated, and %SystemRoot% or %windir% are
// the caller's to set. Elsewhere (the lab, the tests) the default Windows location,
// C:\Windows\System32. (A 64-bit process: WOW64 would redirect it to SysWOW64.)
QString systemDirectory();

// 64-bit Windows PowerShell 5.1 in the system directory:
// <System32>\WindowsPowerShell\v1.0\powershell.exe.
QString systemPowerShellPath();

} // namespace s2s
