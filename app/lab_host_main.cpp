// s2s-lab-host: the lab farm behind the farm host protocol, on stdin/stdout, so that --lab runs
// through the same transport as Windows PowerShell on a real farm. --tenant-ca names the PEM of
// the lab tenant server's certificate for this run: the farm fetches ACS metadata from it; without
// it the farm trusts the system's CAs (a tenant elsewhere). --allow-origin https://host:port
// (repeatable) is what the farm may reach over HTTPS (the acs endpoint of --endpoints); without
// it only the lab tenant's own server answers: the lab has no internet.
//
// With --relay PROGRAM ARGS... it serves no farm itself: it starts PROGRAM (pwsh running the
// shipped FarmHost.ps1, --lab-farm powershell), passes the protocol through both ways and applies
// the lab's faults.json on the way, so crash, hang, garbage, delay and fail hit that farm too.
#include <QCoreApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QUrl>

#include <QCoro/QCoroTask>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <thread>

#include "lab/LabFarmFetch.h"
#include "lab/LabFaults.h"
#include "lab/LabHostDispatcher.h"

using namespace Qt::StringLiterals;

namespace {

void writeLine(const QJsonObject &message)
{
    const QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

// Applies an injected fault (faults.json). Returns the response to send instead of the lab's
// answer, or an empty object to answer normally.
QJsonObject applyFault(const s2s::lab::LabFault &fault, const QJsonObject &request)
{
    using Action = s2s::lab::LabFault::Action;
    const QString op = request.value(u"op").toString();
    switch (fault.action) {
    case Action::None: break;
    case Action::Crash:
        // Abrupt, like a PowerShell host killed mid-cmdlet: no answer, no cleanup, no flush.
        std::_Exit(3);
    case Action::Hang:
        // Never answers; the transport's op timeout kills us. Bounded so an orphan goes away.
        std::this_thread::sleep_for(std::chrono::minutes(10));
        std::_Exit(4);
    case Action::Delay: std::this_thread::sleep_for(std::chrono::milliseconds(fault.ms)); break;
    case Action::Garbage: {
        // What a real host can leak onto stdout: Write-Host text, CLIXML, JSON for no request.
        const char *noise = "Write-Host noise from the lab host\n"
                            "#< CLIXML\n"
                            "{\"id\":-1,\"ok\":true,\"result\":\"not yours\"}\n"
                            "{\"half a line\n";
        std::fputs(noise, stdout);
        std::fflush(stdout);
        break;
    }
    case Action::Fail: {
        // Shaped like the PowerShell host's error record: no "code", so it reads as farm.powershell.
        const QString message = fault.message.isEmpty() ? u"Injected fault: %1 failed."_s.arg(op)
                                                        : fault.message;
        const QJsonObject error{{u"type"_s, u"System.InvalidOperationException"_s},
                                {u"message"_s, message},
                                {u"category"_s, u"InvalidOperation"_s},
                                {u"fqid"_s, u"LabFault,%1"_s.arg(op)},
                                {u"inner"_s, u""_s}};
        return QJsonObject{{u"id"_s, request.value(u"id")}, {u"ok"_s, false}, {u"error"_s, error}};
    }
    }
    return {};
}

// Copies the framed host script (a line with its byte length, then the bytes) from our stdin to
// the relayed host, which reads it before the first request (engine/farm/HostScript.h).
bool relayFramedScript(QProcess &host)
{
    std::string header;
    if (!std::getline(std::cin, header))
        return false;
    bool ok = false;
    const qint64 length = QByteArray::fromStdString(header).trimmed().toLongLong(&ok);
    if (!ok || length < 0)
        return false;
    QByteArray script(length, Qt::Uninitialized);
    if (!std::cin.read(script.data(), std::streamsize(length)))
        return false;
    host.write(QByteArray::fromStdString(header) + '\n' + script);
    return true;
}

// Forwards the host's lines to our stdout until `isLast` says a line ends the exchange. False
// when the host exited first.
bool relayHostLines(QProcess &host, const std::function<bool(const QJsonObject &)> &isLast)
{
    for (;;) {
        while (host.canReadLine()) {
            const QByteArray line = host.readLine();
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            std::fflush(stdout);
            if (isLast(QJsonDocument::fromJson(line).object()))
                return true;
        }
        if (host.state() == QProcess::NotRunning || !host.waitForReadyRead(-1)) {
            if (host.bytesAvailable() > 0)
                continue;
            return false;
        }
    }
}

// The relay between the wizard and `program` (see the top of this file). Ends with the host's
// exit code when it exits, like the host itself would.
int relay(const QString &faultsFile, const QString &program, const QStringList &arguments)
{
    QProcess host;
    host.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    host.start(program, arguments);
    if (!host.waitForStarted(-1)) {
        std::fprintf(stderr, "cannot start %s: %s\n", qPrintable(program), qPrintable(host.errorString()));
        return 5;
    }
    // Ends like the relayed host did: its exit code, or 6 when it crashed.
    const auto exitCode = [&host] {
        host.closeWriteChannel();
        host.waitForFinished(5000);
        return host.exitStatus() == QProcess::CrashExit ? 6 : host.exitCode();
    };
    if (!relayFramedScript(host))
        return exitCode();
    if (!relayHostLines(host,
                        [](const QJsonObject &line) { return line.value(u"event").toString() == u"ready"; }))
        return exitCode();
    std::string line;
    while (std::getline(std::cin, line)) {
        const QJsonObject request = QJsonDocument::fromJson(QByteArray::fromStdString(line)).object();
        if (request.isEmpty()) {
            host.write(QByteArray::fromStdString(line) + '\n'); // the host's own protocol error
            continue;
        }
        const s2s::lab::LabFault fault = s2s::lab::takeLabFault(faultsFile, request.value(u"op").toString(),
                                                                request.value(u"server").toString());
        if (fault.action == s2s::lab::LabFault::Action::Crash)
            host.kill(); // and then exit abruptly below, like a host killed mid-cmdlet
        const QJsonObject faulted = applyFault(fault, request);
        if (!faulted.isEmpty()) {
            writeLine(faulted);
            continue;
        }
        host.write(QByteArray::fromStdString(line) + '\n');
        const QJsonValue id = request.value(u"id");
        if (!relayHostLines(host, [&id](const QJsonObject &answer) {
                return answer.value(u"id") == id && !answer.contains(u"event"_s);
            }))
            return exitCode();
    }
    return exitCode();
}

// The values of every --allow-origin: each an https URL without path, query or credentials,
// as s2s::lab::originOf writes it; nullopt when one is missing or not such a URL.
std::optional<QStringList> originArguments(const QStringList &arguments)
{
    QStringList origins;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) != u"--allow-origin")
            continue;
        if (i + 1 >= arguments.size())
            return std::nullopt;
        const QUrl url(arguments.at(i + 1), QUrl::StrictMode);
        const QString origin = s2s::lab::originOf(url);
        if (origin.isEmpty() || url.scheme() != u"https" || !url.userInfo().isEmpty() || url.hasQuery() ||
            url.hasFragment() || (!url.path().isEmpty() && url.path() != u"/"))
            return std::nullopt;
        origins.append(origin);
    }
    return origins;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    // Everything after --relay is the relayed host's command line, never our options.
    QStringList relayed;
    if (const qsizetype relayIndex = arguments.indexOf(u"--relay"_s); relayIndex >= 0) {
        relayed = arguments.mid(relayIndex + 1);
        arguments = arguments.first(relayIndex);
        if (relayed.isEmpty()) {
            std::fputs("usage: s2s-lab-host --lab DIR --relay PROGRAM [ARGS...]\n", stderr);
            return 2;
        }
    }
    const qsizetype labIndex = arguments.indexOf(u"--lab"_s);
    const qsizetype caIndex = arguments.indexOf(u"--tenant-ca"_s);
    const auto allowedOrigins = originArguments(arguments);
    if (labIndex < 0 || labIndex + 1 >= arguments.size() ||
        (caIndex >= 0 && caIndex + 1 >= arguments.size()) || !allowedOrigins) {
        std::fputs("usage: s2s-lab-host --lab DIR [--tenant-ca FILE] "
                   "[--allow-origin https://HOST[:PORT]]...\n",
                   stderr);
        return 2;
    }
    const QString labDir = arguments.at(labIndex + 1);
    const QString faultsFile = s2s::lab::labFaultsFile(labDir);
    if (!relayed.isEmpty())
        return relay(faultsFile, relayed.first(), relayed.mid(1));
    // Without --tenant-ca the farm trusts the system's CAs (a tenant that is not the lab's).
    const QString tenantCa = caIndex >= 0 ? arguments.at(caIndex + 1) : QString();
    s2s::lab::LabHostDispatcher dispatcher{s2s::lab::LabFolder(labDir), tenantCa, *allowedOrigins};
    writeLine(QCoro::waitFor(dispatcher.readyMessage()));
    // One request per line, answered in order: the host is sequential like a PowerShell runspace.
    std::string line;
    while (std::getline(std::cin, line)) {
        const QJsonDocument request = QJsonDocument::fromJson(QByteArray::fromStdString(line));
        if (!request.isObject()) {
            // Not echoed: a request line may carry a PFX and its password, and stderr is logged.
            std::fprintf(stderr, "not a request (%zu bytes)\n", line.size());
            continue;
        }
        writeLine(QJsonObject{{u"id"_s, request.object().value(u"id")},
                              {u"event"_s, u"verbose"_s},
                              {u"text"_s, u"lab: "_s + request.object().value(u"op").toString()}});
        // The fault fires after the request was read and announced, i.e. mid-call.
        const s2s::lab::LabFault fault = s2s::lab::takeLabFault(faultsFile,
                                                                request.object().value(u"op").toString(),
                                                                request.object().value(u"server").toString());
        const QJsonObject faulted = applyFault(fault, request.object());
        writeLine(faulted.isEmpty() ? QCoro::waitFor(dispatcher.handle(request.object())) : faulted);
    }
    return 0;
}
