#include "StsCertificateRollout.h"

#include <QCoreApplication>

#include "farm/ops/ServerCertificateOps.h"
#include "farm/ops/StsOps.h"
#include "steps/StepSupport.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

using Stage = ServerProgress::Stage;

struct Text {
    Q_DECLARE_TR_FUNCTIONS(StsCertificate)
};

// What each server needs, read before anything changes.
struct ServerPlan {
    QString name;
    bool needsImport = false;
    bool needsReset = false;
    QString running; // thumbprint its STS serves now
};

void report(StepContext &context, const QString &server, Stage stage, const QString &text)
{
    context.recorder.serverProgress(ServerProgress{server, stage, text});
}

QCoro::Task<Result<QList<ServerPlan>>> readServerPlans(StepContext &context, QString thumbprint)
{
    const auto servers = co_await readServers(context.farm);
    if (!servers)
        co_return servers.error();
    QList<ServerPlan> plans;
    for (const ServerInfo &server : *servers) {
        if (!server.isSharePointServer())
            continue;
        const auto has = co_await context.farm.call<HasRootCertificateOp>(server.name, thumbprint);
        if (!has)
            co_return has.error();
        const auto running = co_await readRunningStsCertificate(context.farm, server.name);
        if (!running)
            co_return running.error();
        ServerPlan plan;
        plan.name = server.name;
        plan.needsImport = !*has;
        plan.running = running->thumbprint;
        plan.needsReset = running->thumbprint.compare(thumbprint, Qt::CaseInsensitive) != 0;
        plans.append(plan);
    }
    co_return plans;
}

QString waitingText(const ServerPlan &plan)
{
    const QString store = plan.needsImport ? Text::tr("to import") : Text::tr("already in the root store");
    const QString sts = plan.needsReset ? Text::tr("to reset (serves %1)").arg(plan.running)
                                        : Text::tr("already serves it");
    return Text::tr("%1; %2").arg(store, sts);
}

QCoro::Task<Status> resetOne(StepContext &context, QString server, QString thumbprint)
{
    report(context, server, Stage::Resetting,
           Text::tr("iisreset and SharePoint Timer restart: the server is out of service briefly"));
    const Status reset = co_await context.farm.call<ResetServerOp>(server);
    if (!reset) {
        report(context, server, Stage::Failed, reset.error().message);
        co_return reset;
    }
    // Its STS must serve the new certificate before the next server goes down.
    const auto running = co_await readRunningStsCertificate(context.farm, server);
    if (!running) {
        report(context, server, Stage::Failed, running.error().message);
        co_return running.error();
    }
    if (running->thumbprint.compare(thumbprint, Qt::CaseInsensitive) != 0) {
        const QString message = Text::tr("After the reset, %1 still serves the certificate %2 instead "
                                         "of %3.")
                                    .arg(server, running->thumbprint, thumbprint);
        report(context, server, Stage::Failed, message);
        Error notUpdated{u"farm.sts-not-updated"_s,
                         message,
                         {},
                         Text::tr("Check the server's event log (SharePoint Foundation, Security Token "
                                  "Service), then run the step again: servers already updated are not "
                                  "reset twice.")};
        co_return notUpdated; // a named local: core/Coroutines.h
    }
    report(context, server, Stage::Verified, Text::tr("serves %1").arg(thumbprint));
    co_return success();
}

} // namespace

QCoro::Task<Result<bool>> isStsCertificateInstalled(StepContext &context, QString thumbprint)
{
    const auto config = co_await readStsConfig(context.farm);
    if (!config)
        co_return config.error();
    if (config->signingCertificate.thumbprint.compare(thumbprint, Qt::CaseInsensitive) != 0)
        co_return false;
    const auto plans = co_await readServerPlans(context, thumbprint);
    if (!plans)
        co_return plans.error();
    if (plans->isEmpty())
        co_return false; // no server runs it
    for (const ServerPlan &plan : *plans)
        if (plan.needsImport || plan.needsReset)
            co_return false;
    co_return true;
}

QCoro::Task<Status> rollOutStsCertificate(StepContext &context, PreparedStsCertificate prepared,
                                          bool outageConfirmed, QString outageKey, QString outageText)
{
    const QString thumbprint = prepared.record.thumbprint;
    const auto plans = co_await readServerPlans(context, thumbprint);
    if (!plans)
        co_return plans.error();
    bool anyReset = false;
    for (const ServerPlan &plan : *plans) {
        anyReset = anyReset || plan.needsReset;
        report(context, plan.name, plan.needsImport || plan.needsReset ? Stage::Waiting : Stage::Verified,
               waitingText(plan));
    }
    // Asked before the first change, so that a refusal leaves the farm as it was.
    if (anyReset && !outageConfirmed)
        co_return confirmationMissing(outageKey, outageText);

    for (const ServerPlan &plan : *plans) {
        if (!plan.needsImport)
            continue;
        report(context, plan.name, Stage::Importing,
               Text::tr("Import-PfxCertificate into LocalMachine\\Root"));
        const auto imported = co_await context.farm.call<ImportPfxOp>(plan.name, prepared.pfx);
        if (!imported) {
            report(context, plan.name, Stage::Failed, imported.error().message);
            co_return imported.error();
        }
        report(context, plan.name, Stage::Imported, Text::tr("in the root store"));
    }

    const auto config = co_await readStsConfig(context.farm);
    if (!config)
        co_return config.error();
    if (config->signingCertificate.thumbprint.compare(thumbprint, Qt::CaseInsensitive) != 0) {
        // Recorded before the write (never reverted: --remove only names it). A renewal records it as
        // its own.
        const QString by = context.session.renewal().inProgress() ? u"renew-certificate"_s
                                                                  : stepKey(StepId::StsCertificate);
        context.session.recordChange({.kind = ChangeRecord::Kind::StsCertificate,
                                      .step = by,
                                      .object = thumbprint,
                                      .before = config->signingCertificate.thumbprint,
                                      .after = thumbprint});
        showProgress(context, Text::tr("Setting the farm's STS signing certificate…"));
        const auto set = co_await context.farm.call<SetStsSigningCertificateOp>(prepared.pfx);
        if (!set)
            co_return set.error();
    }

    for (const ServerPlan &plan : *plans) {
        if (!plan.needsReset) {
            report(context, plan.name, Stage::Verified, Text::tr("serves %1; not reset").arg(thumbprint));
            continue;
        }
        const Status reset = co_await resetOne(context, plan.name, thumbprint);
        if (!reset)
            co_return reset;
    }
    co_return success();
}

StsRolloutCommands stsRolloutCommands(const QString &server, const QString &thumbprint)
{
    return {HasRootCertificateOp::command({server, thumbprint}), ImportPfxOp::command({server, {}}),
            SetStsSigningCertificateOp::command(), ResetServerOp::command({server})};
}

} // namespace s2s
