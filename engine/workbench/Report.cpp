#include "Report.h"

#include <QJsonArray>

#include "cli/Options.h"
#include "farm/FarmBackend.h"
#include "steps/Expiry.h"
#include "steps/Steps.h"
#include "tenant/TenantBackend.h"

using namespace Qt::StringLiterals;

namespace s2s {

namespace {

// The report's "result": pass (exit 0), warn (exit 4: nothing fails, a warning stands) or fail.
QString resultName(int exitCode)
{
    if (exitCode == ExitOk)
        return u"pass"_s;
    return exitCode == ExitWarning ? u"warn"_s : u"fail"_s;
}

// The end dates the validations read: [{kind, thumbprint, notAfter, daysLeft}].
QJsonArray expiryJson(const Session &session)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray expiry;
    for (const ExpiryReading &reading : session.expiryReadings())
        expiry.append(QJsonObject{{u"kind"_s, reading.kind},
                                  {u"thumbprint"_s, reading.thumbprint},
                                  {u"notAfter"_s, reading.notAfter.toUTC().toString(Qt::ISODate)},
                                  {u"daysLeft"_s, daysLeft(reading.notAfter, now)}});
    return expiry;
}

} // namespace

QJsonObject buildReport(const Session &session, const StepRegistry &steps, const QString &mode, int exitCode,
                        const FarmBackend &farm, const TenantBackend &tenant)
{
    QJsonArray stepArray;
    QJsonArray failing;
    QJsonArray unknown; // could not be decided: listed, never a failure
    for (const auto &step : steps.all()) {
        const StepRecord record = session.step(step->id());
        QJsonArray checks;
        if (record.report) {
            for (const Check &check : record.report->checks) {
                checks.append(check.toJson());
                if (check.status == CheckStatus::Fail && !failing.contains(check.id))
                    failing.append(check.id);
                if (check.status == CheckStatus::Unknown && !unknown.contains(check.id))
                    unknown.append(check.id);
            }
        }
        QJsonObject json{{u"id"_s, step->key()},
                         {u"title"_s, step->title()},
                         {u"state"_s, stepStateName(record.state)},
                         {u"checks"_s, checks}};
        if (record.error)
            json.insert(u"error"_s, record.error->toJson());
        stepArray.append(json);
    }
    QJsonObject report{
        {u"tool"_s, QJsonObject{{u"name"_s, u"s2s-wizard"_s}, {u"version"_s, QStringLiteral(S2S_VERSION)}}},
        {u"mode"_s, mode},
        {u"session"_s, session.id()},
        {u"target"_s, session.origin().target},
        {u"exitCode"_s, exitCode},
        {u"result"_s, resultName(exitCode)},
        {u"failingChecks"_s, failing},
        {u"unknownChecks"_s, unknown},
        {u"steps"_s, stepArray},
        {u"expiry"_s, expiryJson(session)},
        {u"backends"_s, QJsonObject{{u"farm"_s, farm.reportInfo()}, {u"tenant"_s, tenant.reportInfo()}}}};
    if (const StsCertificateRecord &certificate = session.variables().stsCertificate; !certificate.isEmpty())
        report.insert(u"certificate"_s, certificate.toReportJson());
    return report;
}

} // namespace s2s
