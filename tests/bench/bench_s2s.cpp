// Benchmark of issue 17's goals, printed as a table: start-up to the first window against an
// empty QWizard, GUI peak memory, a full lab run (browser sign-in and device code) with its tenant
// requests, re-validating a session that holds 10,000 transcript entries against a fresh one, and
// exporting 100,000 entries. Every measure runs the wizard's own command line; --before runs the
// same measures on another build's binaries (the table's "before" column).
//
//   cmake --build build --target bench_s2s bench_empty_wizard s2s-wizard s2s-lab-host
//   xvfb-run -a build/tests/bench_s2s [--runs N] [--before OTHER_BUILD/bin] [--only TEXT] [--smoke]
//
// --only: the rows whose measure holds TEXT (e.g. "first window").
// --smoke: one run of each at a tenth of the sizes, no goals judged (CI's check that it works).
// Without an X server the start-up rows are left out.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <optional>

#include "BenchSupport.h"

using namespace Qt::StringLiterals;
using namespace s2s::bench;

namespace {

struct Settings {
    int runs = 5;
    int resumeEntries = 10000;
    int exportEntries = 100000;
    bool smoke = false;
};

struct Row {
    QString measure;
    QString goal;
    std::function<QString(const QString &binDir)> measureIn;
};

QString ms(double value)
{
    return value < 0 ? u"failed"_s : u"%1 ms"_s.arg(qRound(value));
}

QString wizardIn(const QString &binDir)
{
    return QDir(binDir).filePath(u"s2s-wizard"_s);
}

// A full headless lab run on a fresh folder (seed included); its time, or -1, and the report.
struct LabRun {
    double ms = -1;
    QJsonObject report;
};
LabRun labRun(const QString &binDir, const QString &folder, bool browser)
{
    QStringList arguments{
        u"--lab"_s,           folder, u"--auto"_s, u"--session"_s, folder + u"/s.json"_s, u"--report"_s,
        folder + u"/r.json"_s};
    if (browser)
        arguments << u"--sign-in"_s << u"browser"_s;
    const Timed run = runTimed(wizardIn(binDir), arguments);
    if (run.exitCode != 0) {
        std::fprintf(stderr, "lab run failed (%d): %s\n", run.exitCode, run.output.right(600).constData());
        return {};
    }
    return {run.ms, readJson(folder + u"/r.json"_s)};
}

double medianOf(int runs, const std::function<double()> &one)
{
    QList<double> values;
    for (int i = 0; i < runs; ++i) {
        const double value = one();
        if (value < 0)
            return -1;
        values.append(value);
    }
    return median(values);
}

double checkRun(const QString &binDir, const QString &folder)
{
    const Timed run = runTimed(wizardIn(binDir),
                               {u"--lab"_s, folder, u"--check"_s, u"--session"_s, folder + u"/s.json"_s});
    return run.exitCode == 0 ? run.ms : -1;
}

double exportRun(const QString &binDir, const QString &folder, const QString &format)
{
    const Timed run = runTimed(wizardIn(binDir), {u"--export-transcript"_s, folder + u"/t."_s + format,
                                                  u"--session"_s, folder + u"/s.json"_s});
    return run.exitCode == 0 ? run.ms : -1;
}

QList<Row> rows(const Settings &settings, const QString &emptyWizard)
{
    const bool hasDisplay = !qEnvironmentVariable("DISPLAY").isEmpty();
    QList<Row> rows;
    if (hasDisplay) {
        rows.append({u"Empty QWizard to first window"_s, u"baseline"_s, [=](const QString &) {
                         return ms(medianOf(settings.runs, [&] {
                             const auto shown = timeToFirstWindow(emptyWizard, {}, 0);
                             return shown ? shown->ms : -1.0;
                         }));
                     }});
        rows.append(
            {u"Wizard (lab) to first window"_s, u"≤ 1.3× empty QWizard"_s, [=](const QString &bin) {
                 // One of each in turn: the machine's drift (caches, a neighbour's load)
                 // weighs on both sides of the ratio alike.
                 QList<double> empties;
                 QList<double> wizards;
                 for (int i = 0; i < settings.runs; ++i) {
                     const auto empty = timeToFirstWindow(emptyWizard, {}, 0);
                     QTemporaryDir lab;
                     const auto wizard = timeToFirstWindow(wizardIn(bin), {u"--lab"_s, lab.path()}, 0);
                     empties.append(empty ? empty->ms : -1.0);
                     wizards.append(wizard ? wizard->ms : -1.0);
                 }
                 const bool allShown = !empties.contains(-1.0) && !wizards.contains(-1.0);
                 const double empty = allShown ? median(empties) : -1;
                 const double wizard = allShown ? median(wizards) : -1;
                 if (wizard < 0 || empty <= 0)
                     std::fprintf(stderr, "no window within 30 s: empty QWizard %.0f ms, wizard %.0f ms\n",
                                  empty, wizard);
                 return wizard < 0 || empty <= 0
                            ? u"failed"_s
                            : u"%1 (%2×)"_s.arg(ms(wizard)).arg(wizard / empty, 0, 'f', 2);
             }});
        rows.append({u"GUI peak memory (lab open, 3 s)"_s, u"report"_s, [=](const QString &bin) {
                         QTemporaryDir lab;
                         const auto shown = timeToFirstWindow(wizardIn(bin), {u"--lab"_s, lab.path()}, 3000);
                         return shown ? u"%1 MiB"_s.arg(shown->peakMiB, 0, 'f', 1) : u"failed"_s;
                     }});
    }
    rows.append({u"Full lab run, browser sign-in (median)"_s, u"≤ 500 ms"_s, [=](const QString &bin) {
                     return ms(medianOf(settings.runs, [&] {
                         QTemporaryDir lab;
                         return labRun(bin, lab.path(), true).ms;
                     }));
                 }});
    rows.append({u"Full lab run, device code (median)"_s, u"report"_s, [=](const QString &bin) {
                     return ms(medianOf(settings.runs, [&] {
                         QTemporaryDir lab;
                         return labRun(bin, lab.path(), false).ms;
                     }));
                 }});
    rows.append({u"Tenant requests per full run"_s, u"≤ 16"_s, [=](const QString &bin) {
                     QTemporaryDir lab;
                     const LabRun run = labRun(bin, lab.path(), true);
                     const QJsonValue requests = run.report.value(u"backends"_s)
                                                     .toObject()
                                                     .value(u"tenant"_s)
                                                     .toObject()
                                                     .value(u"requests"_s);
                     return run.ms < 0 ? u"failed"_s : QString::number(requests.toInt(-1));
                 }});
    rows.append({u"Re-validate: fresh / %1 entries"_s.arg(settings.resumeEntries), u"≤ 1.3×"_s,
                 [=](const QString &bin) {
                     QTemporaryDir lab;
                     if (labRun(bin, lab.path(), true).ms < 0)
                         return u"failed"_s;
                     const double fresh = medianOf(3, [&] { return checkRun(bin, lab.path()); });
                     if (!growTranscript(lab.filePath(u"s.json"_s), settings.resumeEntries))
                         return u"failed"_s;
                     const double grown = medianOf(3, [&] { return checkRun(bin, lab.path()); });
                     return fresh < 0 || grown < 0
                                ? u"failed"_s
                                : u"%1 / %2 (%3×)"_s.arg(ms(fresh), ms(grown)).arg(grown / fresh, 0, 'f', 2);
                 }});
    rows.append({u"Export %1 entries: txt / html"_s.arg(settings.exportEntries), u"< 1000 ms"_s,
                 [=](const QString &bin) {
                     QTemporaryDir lab;
                     if (labRun(bin, lab.path(), true).ms < 0 ||
                         !growTranscript(lab.filePath(u"s.json"_s), settings.exportEntries))
                         return u"failed"_s;
                     const double text = medianOf(3, [&] { return exportRun(bin, lab.path(), u"txt"_s); });
                     const double html = medianOf(3, [&] { return exportRun(bin, lab.path(), u"html"_s); });
                     return u"%1 / %2"_s.arg(ms(text), ms(html));
                 }});
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Settings settings;
    QString before;
    QString only;
    const QStringList arguments = app.arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--runs" && i + 1 < arguments.size())
            settings.runs = qMax(1, arguments.at(++i).toInt());
        else if (arguments.at(i) == u"--before" && i + 1 < arguments.size())
            before = QDir(arguments.at(++i)).absolutePath();
        else if (arguments.at(i) == u"--only" && i + 1 < arguments.size())
            only = arguments.at(++i);
        else if (arguments.at(i) == u"--smoke")
            settings = {1, 1000, 10000, true};
    }
    const QString after = QStringLiteral(S2S_BENCH_WIZARD_DIR);
    const QString emptyWizard = QDir(app.applicationDirPath()).filePath(u"bench_empty_wizard"_s);
    std::printf("| Measure | Goal |%s After |\n|---|---|%s---|\n", before.isEmpty() ? "" : " Before |",
                before.isEmpty() ? "" : "---|");
    bool failed = false;
    for (const Row &row : rows(settings, emptyWizard)) {
        if (!row.measure.contains(only, Qt::CaseInsensitive))
            continue;
        const QString then = before.isEmpty() ? QString() : row.measureIn(before);
        const QString now = row.measureIn(after);
        failed = failed || now.contains(u"failed"_s);
        std::printf("| %s | %s |%s %s |\n", qPrintable(row.measure),
                    qPrintable(settings.smoke ? u"-"_s : row.goal),
                    before.isEmpty() ? "" : qPrintable(u" "_s + then + u" |"_s), qPrintable(now));
        std::fflush(stdout);
    }
    return failed ? 1 : 0;
}
