#include "HostScript.h"

#include "farm/SystemPowerShell.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

QString hostScriptText()
{
    return resourceText(u":/powershell/FarmHost.ps1"_s);
}

QString hostBootstrapText()
{
    return resourceText(u":/powershell/Bootstrap.ps1"_s);
}

QString hostBootstrapEncoded()
{
    const QString text = hostBootstrapText();
    QByteArray utf16le;
    utf16le.reserve(text.size() * 2);
    for (const QChar ch : text) {
        utf16le.append(char(ch.unicode() & 0xff));
        utf16le.append(char(ch.unicode() >> 8));
    }
    return QString::fromLatin1(utf16le.toBase64());
}

QByteArray hostScriptFramed()
{
    const QByteArray script = hostScriptText().toUtf8();
    return QByteArray::number(script.size()) + '\n' + script;
}

QStringList hostScriptOperations()
{
    const QString text = hostScriptText();
    const qsizetype start = text.indexOf(u"$script:S2SOperations = [ordered]@{");
    if (start < 0)
        return {};
    const qsizetype end = text.indexOf(u"\n}"_s, start);
    if (end < 0)
        return {};
    const QString table = text.mid(start, end - start);
    static const QRegularExpression entry(u"^\\s*'([^']+)'\\s*=\\s*'[A-Za-z0-9-]+'\\s*$"_s,
                                          QRegularExpression::MultilineOption);
    QStringList names;
    for (auto it = entry.globalMatch(table); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

HostLaunch powerShellHostLaunch()
{
    return farmHostLaunch(systemPowerShellPath());
}

HostLaunch farmHostLaunch(const QString &powershellProgram)
{
    // -EncodedCommand is not a script file, so an execution policy set by Group Policy cannot
    // refuse it; the bootstrap then reads the full script from stdin (command-line limit).
    return {powershellProgram,
            {u"-NoLogo"_s, u"-NoProfile"_s, u"-NonInteractive"_s, u"-ExecutionPolicy"_s, u"Bypass"_s,
             u"-EncodedCommand"_s, hostBootstrapEncoded()},
            hostScriptFramed()};
}

} // namespace s2s
