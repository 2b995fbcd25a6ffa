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

} // namespace s2s
