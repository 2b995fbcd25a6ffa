// s2s-lab-host: the lab farm behind the farm host protocol, on stdin/stdout, so that --lab runs
// through the same transport as Windows PowerShell on a real farm.
#include <QCoreApplication>
#include <QJsonDocument>

#include <QCoro/QCoroTask>

#include <cstdio>
#include <iostream>
#include <string>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype labIndex = arguments.indexOf(u"--lab"_s);
    if (labIndex < 0 || labIndex + 1 >= arguments.size()) {
        std::fputs("usage: s2s-lab-host --lab DIR\n", stderr);
        return 2;
    }
    s2s::lab::LabHostDispatcher dispatcher{s2s::lab::LabFolder(arguments.at(labIndex + 1))};
    writeLine(QCoro::waitFor(dispatcher.readyMessage()));
    // One request per line, answered in order: the host is sequential like a PowerShell runspace.
    std::string line;
    while (std::getline(std::cin, line)) {
        const QJsonDocument request = QJsonDocument::fromJson(QByteArray::fromStdString(line));
        if (!request.isObject()) {
            std::fprintf(stderr, "not a request: %.200s\n", line.c_str());
            continue;
        }
        writeLine(QJsonObject{{u"id"_s, request.object().value(u"id")},
                              {u"event"_s, u"verbose"_s},
                              {u"text"_s, u"lab: "_s + request.object().value(u"op").toString()}});
        writeLine(QCoro::waitFor(dispatcher.handle(request.object())));
    }
    return 0;
}
