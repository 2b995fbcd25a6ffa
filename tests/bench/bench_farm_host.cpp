// Benchmark, not a test: the round trip of a trivial farm operation (host.info) through one warm
// s2s-lab-host over the JSON Lines transport, against starting one host process per call (what
// running each cmdlet in a fresh `powershell.exe -Command` would cost, before the SharePoint
// snap-in's own seconds of loading). Prints the medians.
//
//   cmake --build build --target bench_farm_host
//   S2S_LAB_HOST=build/bin/s2s-lab-host build/tests/bench_farm_host [warmCalls] [coldCalls]
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <QCoro/QCoroTask>

#include <algorithm>
#include <cstdio>

#include "farm/HostTransport.h"
#include "farm/ops/HostOps.h"
#include "lab/LabFolder.h"
#include "workbench/Backends.h"

using namespace Qt::StringLiterals;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0);
}

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// One process per call: start, wait for ready, send one request, read the answer, exit.
double coldCall(const QString &program, const QString &labDir)
{
    QElapsedTimer timer;
    timer.start();
    QProcess host;
    host.start(program, {u"--lab"_s, labDir});
    const QByteArray request = QJsonDocument(QJsonObject{{u"id"_s, 1},
                                                         {u"op"_s, s2s::HostInfoOp::name.toString()},
                                                         {u"args"_s, QJsonObject()}})
                                   .toJson(QJsonDocument::Compact);
    host.write(request + '\n');
    QByteArray output;
    while (!output.contains("\"ok\"") && host.waitForReadyRead(10000))
        output += host.readAllStandardOutput();
    host.closeWriteChannel();
    host.waitForFinished(10000);
    return output.contains("\"ok\":true") ? elapsedMs(timer) : -1.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const int warmCalls = arguments.size() > 1 ? arguments.at(1).toInt() : 500;
    const int coldCalls = arguments.size() > 2 ? arguments.at(2).toInt() : 50;
    QTemporaryDir dir;
    const s2s::lab::LabFolder lab(dir.path());
    if (!lab.ensureSeeded()) {
        std::fputs("cannot seed a lab folder\n", stderr);
        return 1;
    }
    const QString program = s2s::labHostProgram();

    s2s::HostTransport transport({program, {u"--lab"_s, lab.path()}});
    if (!QCoro::waitFor(transport.call(s2s::HostInfoOp::name.toString(), {})).ok()) { // start + warm up
        std::fputs("the lab host does not answer\n", stderr);
        return 1;
    }
    QList<double> warm;
    for (int i = 0; i < warmCalls; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!QCoro::waitFor(transport.call(s2s::HostInfoOp::name.toString(), {})).ok())
            return 1;
        warm.append(elapsedMs(timer));
    }
    QList<double> cold;
    for (int i = 0; i < coldCalls; ++i) {
        const double ms = coldCall(program, lab.path());
        if (ms < 0)
            return 1;
        cold.append(ms);
    }
    std::printf("host.info round trip, median of %d calls through one warm host: %.3f ms\n", warmCalls,
                median(warm));
    std::printf("host.info, median of %d calls with one host process per call: %.3f ms\n", coldCalls,
                median(cold));
    std::printf("host starts: %d (warm)\n", transport.hostStarts());
    return 0;
}
