#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace s2s {

// The Windows PowerShell farm host, embedded as Qt resources under :/powershell.
// Start: powershell.exe -NoLogo -NoProfile -NonInteractive -EncodedCommand <hostBootstrapEncoded()>,
// then write hostScriptFramed() to its stdin before the first request.

// FarmHost.ps1: the operations, the dispatch table and the protocol loop.
QString hostScriptText();
// Bootstrap.ps1: sets UTF-8, reads the framed host script from stdin, defines and starts it.
QString hostBootstrapText();
// The bootstrap as -EncodedCommand wants it: base64 of its UTF-16LE text.
QString hostBootstrapEncoded();
// The host script as the bootstrap reads it: its UTF-8 byte length, a newline, the UTF-8 bytes.
QByteArray hostScriptFramed();
// The operation names declared in the script's dispatch table ($S2SOperations), in order.
QStringList hostScriptOperations();

// The program, arguments and stdin framing that start the farm host (POWERSHELL.md).
struct HostLaunch {
    QString program;
    QStringList arguments;
    QByteArray initialInput;
};
// 64-bit Windows PowerShell 5.1 (never pwsh, never the SysWOW64 copy: the SharePoint snap-in is
// 64-bit only) from the system directory the operating system names (SystemPowerShell.h).
HostLaunch powerShellHostLaunch();
// The same start for any PowerShell program: the lab runs the shipped script under PowerShell 7
// (pwsh) exactly as a farm runs it under Windows PowerShell 5.1.
HostLaunch farmHostLaunch(const QString &powershellProgram);

} // namespace s2s
