#include "Headless.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <QCoro/QCoroTask>

#include "core/JsonFile.h"
#include "core/TerminationSignals.h"
#include "session/SessionBaseline.h"
#include "session/TranscriptExport.h"
#include "steps/CheckCatalog.h"
#include "steps/Expiry.h"
#include "steps/Removal.h"
#include "steps/Renewal.h"
#include "workbench/Report.h"
#include "workbench/Workbench.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct HeadlessText {
    Q_DECLARE_TR_FUNCTIONS(Headless)
};

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const Error &error, int code)
{
    err() << error.toText() << Qt::endl;
    return code;
}

// Which exit code a step that stopped with `error` gives.
int exitCodeFor(const Error &error)
{
    switch (error.kind) {
    case ErrorKind::Input:
    case ErrorKind::Confirmation: return ExitUsage;
    case ErrorKind::Backend: return ExitBackend;
    case ErrorKind::Failure:
    case ErrorKind::SignIn: break;
    }
    return ExitChecksFailed;
}

void printStep(const Step &step, const StepRecord &record)
{
    out() << u"%1 %2: %3"_s.arg(stepNumber(step.id()), 2).arg(step.key(), stepStateName(record.state))
          << Qt::endl;
    if (record.error)
        out() << u"     "_s
              << HeadlessText::tr("error: [%1] %2").arg(record.error->code, record.error->message)
              << Qt::endl;
    if (record.report)
        for (const Check &check : record.report->checks)
            if (check.status != CheckStatus::Pass)
                out() << u"     "_s
                      << HeadlessText::tr("%1 %2: expected %3, actual %4")
                             .arg(checkStatusName(check.status).toUpper(), check.id, check.expected,
                                  check.actual)
                      << Qt::endl;
}

// Where the "kept" checks of a --check without --session took their baseline from.
void printBaseline(const SessionBaseline &baseline)
{
    const QString none = HeadlessText::tr("none (no earlier session of this farm and tenant "
                                          "recorded one): the check is unknown");
    out() << HeadlessText::tr("Baseline of existing-spns-kept: %1")
                 .arg(baseline.spnsBefore ? baseline.spnsFrom : none)
          << Qt::endl;
    out() << HeadlessText::tr("Baseline of spo-keys-kept: %1")
                 .arg(baseline.keysBefore ? baseline.keysFrom : none)
          << Qt::endl;
}

// The report's "baseline": the session file each kept check compared with (null: none).
QJsonObject baselineJson(const SessionBaseline &baseline)
{
    auto from = [](bool found, const QString &path) {
        return found ? QJsonValue(path) : QJsonValue(QJsonValue::Null);
    };
    return {{check_ids::existingSpnsKept.id(), from(baseline.spnsBefore.has_value(), baseline.spnsFrom)},
            {check_ids::spoKeysKept.id(), from(baseline.keysBefore.has_value(), baseline.keysFrom)}};
}

int exportOnly(const Options &options)
{
    const auto session = readSessionFile(options.sessionFile);
    if (!session)
        return fail(session.error(), ExitUsage);
    const auto format = transcriptFormatFor(options.exportFile, options.format);
    if (!format)
        return fail(format.error(), ExitUsage);
    if (auto written = exportTranscript(*session.value(), options.exportFile, *format); !written)
        return fail(written.error(), ExitBackend);
    out() << HeadlessText::tr("Transcript written to %1").arg(options.exportFile) << Qt::endl;
    return ExitOk;
}

// `stopped`: a termination signal came (the run stops before its next step).
QCoro::Task<int> autoRun(SetupRunner &runner, std::optional<StepId> stopAfter, bool resumed,
                         const bool &stopped)
{
    if (resumed)
        co_await runner.revalidateFinished();
    for (const auto &step : runner.steps().all()) {
        if (stopped)
            co_return int(ExitBackend);
        const StepState before = runner.session().step(step->id()).state;
        const StepState state = isDone(before) ? before : co_await runner.run(step->id());
        if (state == StepState::Failed) {
            const StepRecord record = runner.session().step(step->id());
            co_return record.error ? exitCodeFor(*record.error) : int(ExitChecksFailed);
        }
        if (stopAfter == step->id())
            break;
    }
    co_return int(ExitOk);
}

// --check without --session: once a step has found the tenant id, the "kept" checks compare with
// what the newest earlier session of this farm and tenant recorded (read only, never written).
struct BorrowedBaseline {
    bool wanted = false;
    bool looked = false;
    SessionBaseline found;

    void lookUp(Session &session)
    {
        if (!wanted || looked || session.variables().tenantId.isEmpty())
            return;
        looked = true;
        found = findSessionBaseline(SessionFile::defaultFolder(), session.origin(),
                                    session.variables().tenantId);
        adoptSessionBaseline(session, found);
    }
};

QCoro::Task<int> checkRun(SetupRunner &runner, BorrowedBaseline &baseline)
{
    int code = ExitOk;
    for (const auto &step : runner.steps().all()) {
        baseline.lookUp(runner.session());
        if (co_await runner.validate(step->id()) != StepState::Failed)
            continue;
        const StepRecord record = runner.session().step(step->id());
        code = std::max(code, record.error ? exitCodeFor(*record.error) : int(ExitChecksFailed));
    }
    co_return code;
}

// The steps a --check or --auto run validated: every step, or up to --stop-after.
QList<StepId> stepsOfRun(const SetupRunner &runner, std::optional<StepId> stopAfter)
{
    QList<StepId> ids;
    for (const auto &step : runner.steps().all()) {
        ids.append(step->id());
        if (stopAfter == step->id())
            break;
    }
    return ids;
}

// What --check read of the end dates (the report's "expiry"), with the days left.
void printExpiry(const Session &session)
{
    QString certificate;
    for (const ExpiryReading &reading : session.expiryReadings())
        if (reading.kind == ExpiryReading::certificate)
            certificate = reading.thumbprint;
    for (const ExpiryReading &reading : session.expiryReadings()) {
        const qint64 days = daysLeft(reading.notAfter);
        const QString until = reading.notAfter.toUTC().date().toString(Qt::ISODate);
        const QString what = reading.kind == ExpiryReading::certificate
                                 ? HeadlessText::tr("STS certificate %1").arg(reading.thumbprint)
                             : reading.thumbprint.compare(certificate, Qt::CaseInsensitive) == 0
                                 ? HeadlessText::tr("Key of that certificate in SharePoint Online")
                                 : HeadlessText::tr("SharePoint Online key %1").arg(reading.thumbprint);
        out()
            << (days >= 0
                    ? HeadlessText::tr("%1: %2 days left (until %3)").arg(what, QString::number(days), until)
                    : HeadlessText::tr("%1: expired on %2").arg(what, until))
            << Qt::endl;
    }
}

// The console's last line: how the run ended.
QString resultLine(int code)
{
    if (code == ExitOk)
        return HeadlessText::tr("Result: no check fails.");
    if (code == ExitWarning)
        return HeadlessText::tr("Result: no check fails, but a warning stands (exit code %1).").arg(code);
    return HeadlessText::tr("Result: exit code %1.").arg(code);
}

// The console is the sign-in's only window: the device code message, or the address to open.
auth::SignInUi consoleSignInUi()
{
    auth::SignInUi ui;
    ui.showMessage = [](const QString &text) { out() << text << Qt::endl; };
    ui.openBrowser = [](const QUrl &url) {
        out() << QCoreApplication::translate("Headless", "Open this address in a browser on this "
                                                         "machine to sign in:\n")
              << url.toString(QUrl::FullyEncoded) << Qt::endl;
    };
    return ui;
}

// A real farm has no defaults: the answers file names the web application, zone and domain.
std::optional<Error> missingRealFarmInput(const Session &session)
{
    for (const auto &[key, value] : {std::pair{u"webApplication"_s, session.inputs().webApplication},
                                     std::pair{u"zone"_s, session.inputs().zone},
                                     std::pair{u"publicDomain"_s, session.inputs().publicDomain}})
        if (value.isEmpty())
            return Error{u"input.answers"_s,
                         HeadlessText::tr("The answers file must give \"%1\" for a "
                                          "run on a real farm.")
                             .arg(key),
                         {},
                         {},
                         ErrorKind::Input};
    return std::nullopt;
}

bool isLifecycle(Options::Mode mode)
{
    return mode == Options::Mode::RenewCertificate || mode == Options::Mode::Remove;
}

// What a finished renewal changed, in a few lines.
void printRenewal(const RenewalState &renewal)
{
    out() << HeadlessText::tr("Renewed the STS certificate: %1 -> %2")
                 .arg(renewal.oldCertificate.thumbprint, renewal.newCertificate.thumbprint)
          << Qt::endl;
    out() << u"     "_s
          << HeadlessText::tr("every SharePoint server serves %1 (valid to %2)")
                 .arg(renewal.newCertificate.thumbprint,
                      renewal.newCertificate.notAfter.toString(u"yyyy-MM-dd"_s))
          << Qt::endl;
    if (!renewal.newCertificate.pfxPath.isEmpty())
        out() << u"     "_s << HeadlessText::tr("PFX: %1").arg(renewal.newCertificate.pfxPath) << Qt::endl;
    out() << u"     "_s
          << HeadlessText::tr("SharePoint Online keys: added %1, removed %2; every other key kept")
                 .arg(renewal.newCertificate.thumbprint, renewal.oldCertificate.thumbprint)
          << Qt::endl;
}

// What --remove undid and what stays.
void printRemoval(const Session &session)
{
    const QJsonObject removal = removalReportJson(session);
    for (const auto &[key, title] :
         {std::pair{u"removed"_s, HeadlessText::tr("Removed: %1 %2 (%3)")},
          std::pair{u"alreadyGone"_s, HeadlessText::tr("Already gone: %1 %2 (%3)")}})
        for (const QJsonValue &item : removal.value(key).toArray())
            out() << title.arg(item[u"kind"].toString(),
                               item[u"object"].toString().isEmpty()
                                   ? u"%1 -> %2"_s.arg(item[u"after"].toString(), item[u"before"].toString())
                                   : item[u"object"].toString(),
                               item[u"step"].toString())
                  << Qt::endl;
    for (const QJsonValue &kept : removal.value(u"kept").toArray())
        out() << HeadlessText::tr("Stays: %1").arg(kept.toString()) << Qt::endl;
}

// --renew-certificate and --remove: one operation on the session that set the trust up.
QCoro::Task<int> lifecycleRun(SetupRunner &runner, Options::Mode mode)
{
    const std::optional<Error> refused = mode == Options::Mode::RenewCertificate
                                             ? renewalRefusal(runner.session())
                                             : removalRefusal(runner.session());
    if (refused) {
        err() << refused->toText() << Qt::endl;
        co_return exitCodeFor(*refused);
    }
    // No conditional in the co_await operand: its temporary is destroyed twice (core/Coroutines.h).
    Status done = success();
    if (mode == Options::Mode::RenewCertificate) {
        const Status renewed = co_await runner.renewCertificate();
        done = renewed;
    } else {
        const Status removed = co_await runner.removeTrust();
        done = removed;
    }
    if (mode == Options::Mode::Remove)
        printRemoval(runner.session());
    if (!done) {
        out() << u"     "_s << HeadlessText::tr("error: [%1] %2").arg(done.error().code, done.error().message)
              << Qt::endl;
        if (!done.error().remedy.isEmpty())
            out() << u"     "_s << done.error().remedy << Qt::endl;
        co_return exitCodeFor(done.error());
    }
    if (mode == Options::Mode::RenewCertificate)
        printRenewal(runner.session().renewal());
    co_return int(ExitOk);
}

QString modeName(Options::Mode mode)
{
    switch (mode) {
    case Options::Mode::Auto: return u"auto"_s;
    case Options::Mode::RenewCertificate: return u"renew-certificate"_s;
    case Options::Mode::Remove: return u"remove"_s;
    default: break;
    }
    return u"check"_s;
}

// Runs the mode's operation to its end. The farm lock, once taken, is kept to the end of the run
// and released here. SIGTERM/SIGINT stop the farm operation that runs and so the run, which then
// releases the lock before the wizard exits.
int runMode(SetupRunner &runner, const Options &options, bool resumed, BorrowedBaseline &baseline)
{
    runner.setKeepFarmLock(options.mode != Options::Mode::Check);
    bool stopped = false;
    onTerminationSignals([&runner, &stopped] {
        stopped = true;
        runner.cancel();
    });
    const bool isAuto = options.mode == Options::Mode::Auto;
    const int code = QCoro::waitFor(isLifecycle(options.mode) ? lifecycleRun(runner, options.mode)
                                    : isAuto ? autoRun(runner, options.stopAfter, resumed, stopped)
                                             : checkRun(runner, baseline));
    onTerminationSignals([] { QCoreApplication::exit(ExitBackend); });
    [[maybe_unused]] const Status released = QCoro::waitFor(runner.releaseFarmLock());
    return code;
}

} // namespace

int runHeadless(const Options &options)
{
    if (options.mode == Options::Mode::Export)
        return exportOnly(options);
    // A renewal or removal works on the session that set the trust up: never a new one.
    if (isLifecycle(options.mode) && !QFileInfo::exists(options.sessionFile))
        return fail(Error{u"input.usage"_s,
                          HeadlessText::tr("The session file %1 does not exist.").arg(options.sessionFile),
                          {},
                          HeadlessText::tr("Name the session file of the setup (the wizard lists its "
                                           "sessions in %1).")
                              .arg(SessionFile::defaultFolder()),
                          ErrorKind::Input},
                    ExitUsage);

    SessionSetup setup;
    if (!options.answersFile.isEmpty()) {
        auto read = Answers::fromFile(options.answersFile);
        if (!read)
            return fail(read.error(), ExitUsage);
        setup.answers = *read;
    }
    auto backends = openBackends(options, consoleSignInUi());
    if (!backends)
        return fail(backends.error(), ExitBackend);
    Workbench workbench;
    workbench.setBackends(std::move(backends.value()));

    // --check without --session works on a scratch session (empty path): it must change nothing.
    if (options.mode != Options::Mode::Check || !options.sessionFile.isEmpty())
        setup.path = options.sessionFile.isEmpty() ? SessionFile::newSessionPath() : options.sessionFile;
    setup.confirmChanges = true;
    if (const Status opened = workbench.openSession(setup); !opened)
        return fail(opened.error(), ExitUsage);
    const SessionFile *file = workbench.file();
    const bool resumed = workbench.isResumed();
    Session *session = &workbench.session();
    if (!workbench.backends().isLab()) {
        if (const std::optional<Error> missing = missingRealFarmInput(*session))
            return fail(*missing, ExitUsage);
    }

    SetupRunner &runner = workbench.runner();
    runner.setWarnDays(options.warnDays);
    QObject::connect(&runner, &SetupRunner::serverProgress, &runner,
                     [](StepId, const ServerProgress &progress) {
                         out() << u"     %1: %2"_s.arg(progress.server, progress.text) << Qt::endl;
                     });
    const bool isAuto = options.mode == Options::Mode::Auto;
    if (file)
        out() << HeadlessText::tr("Session: %1").arg(file->path()) << Qt::endl;
    BorrowedBaseline baseline;
    baseline.wanted = !file;
    int code = runMode(runner, options, resumed, baseline);
    // Nothing fails but a check of this run warns (never an unknown one): exit 4 for schedulers.
    if (code == ExitOk && !isLifecycle(options.mode) &&
        warningStands(*session, stepsOfRun(runner, isAuto ? options.stopAfter : std::nullopt)))
        code = ExitWarning;
    if (baseline.wanted)
        printBaseline(baseline.found);
    for (const auto &step : runner.steps().all())
        printStep(*step, session->step(step->id()));
    if (options.mode == Options::Mode::Check)
        printExpiry(*session);
    if (!options.reportFile.isEmpty()) {
        QJsonObject report = buildReport(*session, runner.steps(), modeName(options.mode), code,
                                         *workbench.backends().farm, *workbench.backends().tenant);
        if (baseline.wanted)
            report.insert(u"baseline"_s, baselineJson(baseline.found));
        if (options.mode == Options::Mode::Remove)
            report.insert(u"removal"_s, removalReportJson(*session));
        if (auto written = writeJsonObject(options.reportFile, report); !written)
            return fail(written.error(), ExitBackend);
    }
    if (const Status saved = workbench.waitForSessionWrites(); !saved)
        return fail(saved.error(), ExitBackend);
    out() << resultLine(code) << Qt::endl;
    return code;
}

} // namespace s2s
