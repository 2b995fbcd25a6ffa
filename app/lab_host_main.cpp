// s2s-lab-host: the lab farm behind the farm host protocol, on stdin/stdout, so that --lab runs
// through the same transport as Windows PowerShell on a real farm. --tenant-ca names the PEM of
// the lab tenant server's certificate for this run: the farm fetches ACS metadata from it; without
// it the farm trusts the system's CAs (a tenant elsewhere).
#include <QCoreApplication>
#include <QJsonDocument>

#include <QCoro/QCoroTask>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>
#include <thread>

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
    case Action::None:
        break;
    case Action::Crash:
        // Abrupt, like a PowerShell host killed mid-cmdlet: no answer, no cleanup, no flush.
        std::_Exit(3);
    case Action::Hang:
        // Never answers; the transport's op timeout kills us. Bounded so an orphan goes away.
        std::this_thread::sleep_for(std::chrono::minutes(10));
        std::_Exit(4);
    case Action::Delay:
        std::this_thread::sleep_for(std::chrono::milliseconds(fault.ms));
        break;
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
        const QString message = fault.message.isEmpty()
                                    ? u"Injected fault: %1 failed."_s.arg(op)
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype labIndex = arguments.indexOf(u"--lab"_s);
    const qsizetype caIndex = arguments.indexOf(u"--tenant-ca"_s);
    if (labIndex < 0 || labIndex + 1 >= arguments.size()
        || (caIndex >= 0 && caIndex + 1 >= arguments.size())) {
        std::fputs("usage: s2s-lab-host --lab DIR [--tenant-ca FILE]\n", stderr);
        return 2;
    }
    const QString labDir = arguments.at(labIndex + 1);
    const QString faultsFile = s2s::lab::labFaultsFile(labDir);
    // Without --tenant-ca the farm trusts the system's CAs (a tenant that is not the lab's).
    const QString tenantCa = caIndex >= 0 ? arguments.at(caIndex + 1) : QString();
    s2s::lab::LabHostDispatcher dispatcher{s2s::lab::LabFolder(labDir), tenantCa};
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
        const s2s::lab::LabFault fault = s2s::lab::takeLabFault(
            faultsFile, request.object().value(u"op").toString(),
            request.object().value(u"server").toString());
        const QJsonObject faulted = applyFault(fault, request.object());
        writeLine(faulted.isEmpty() ? QCoro::waitFor(dispatcher.handle(request.object())) : faulted);
    }
    return 0;
}
