// Each documented step against the lab: apply, validate, idempotent re-apply, and the failure
// paths that make checks fail on a real farm.
#include <QJsonArray>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

#include "LabFixture.h"
#include "core/Constants.h"
#include "core/JsonFile.h"
#include "crypto/Certificate.h"
#include "farm/FarmOps.h"
#include "lab/LabFaults.h"
#include "lab/LabFolder.h"
#include "steps/AcsTokenRefusal.h"
#include "steps/CheckCatalog.h"
#include "steps/Expiry.h"
#include "steps/ReadOnceTenantBackend.h"
#include "steps/Removal.h"
#include "steps/Renewal.h"
#include "steps/TrustVerdict.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;
using namespace s2s;
using s2s::test::LabFixture;

namespace {

QStringList spnsOf(const QJsonObject &principal)
{
    QStringList list;
    for (const QJsonValue &value : principal.value(u"servicePrincipalNames").toArray())
        list.append(value.toString());
    return list;
}

QStringList keysOf(const QJsonObject &principal)
{
    QStringList list;
    for (const QJsonValue &value : principal.value(u"keyCredentials").toArray())
        list.append(value[u"key"].toString());
    return list;
}

// The Graph path of the wizard's read of the SharePoint Online principal.
QString principalPath()
{
    return u"/v1.0/servicePrincipals(appId='%1')"_s.arg(constants::spoAppId);
}

// A faults.json "tenant" entry: `change` made by a second writer around a request.
QJsonObject race(const QString &method, const QString &path, const QJsonObject &change, const QString &when,
                 const QJsonObject &count)
{
    QJsonObject entry{
        {u"method"_s, method}, {u"path"_s, path}, {u"when"_s, when}, {u"concurrentWrite"_s, change}};
    for (auto it = count.begin(); it != count.end(); ++it)
        entry.insert(it.key(), it.value());
    return entry;
}

void writeRaces(const LabFixture &lab, const QJsonArray &entries)
{
    QVERIFY(test::writeLabFaults(lab.labDir(), QJsonObject{{u"tenant"_s, entries}}).ok());
}

QStringList thumbprintsOf(const QJsonObject &principal)
{
    QStringList list;
    for (const QJsonValue &value : principal.value(u"keyCredentials").toArray())
        list.append(keyThumbprint(KeyCredential{{}, {}, {}, value[u"key"].toString(), {}, {}, {}, {}}));
    return list;
}

// Whether a transcript note of `step` starts with `prefix` (the races the write noticed).
bool notedInTranscript(const Session &session, const QString &step, const QString &prefix)
{
    for (const TranscriptEntry &entry : session.transcript().entries())
        if (entry.step == step && entry.kind == TranscriptEntry::Kind::Note &&
            entry.command.startsWith(prefix))
            return true;
    return false;
}

int countNamed(const QJsonArray &array, const QString &field, const QString &prefix)
{
    int count = 0;
    for (const QJsonValue &value : array)
        count += value[field].toString().startsWith(prefix) ? 1 : 0;
    return count;
}

// A step 11 report: two object checks passing, then the three trust checks as given (absent
// when `trust` is empty).
ValidationReport finalReport(const QList<Check> &trust)
{
    QList<Check> checks{passCheck(check_ids::webAppExists, u"exists"_s, u"exists"_s),
                        passCheck(check_ids::spnListed, u"listed"_s, u"listed"_s)};
    checks.append(trust);
    return makeReport(checks);
}

QList<Check> trustPassing()
{
    return {passCheck(check_ids::trustRealmDiscovery, u"realm"_s, u"realm"_s),
            passCheck(check_ids::trustTokenOutbound, u"a token"_s, u"aud, iss, exp"_s),
            passCheck(check_ids::trustTokenInbound, u"a token"_s, u"aud, iss, exp"_s)};
}

// Puts a farm STS certificate valid `validityDays` from now on the farm and on every server.
void setFarmCertificate(LabFixture &lab, int validityDays)
{
    const auto certificate = crypto::generateSelfSigned(u"Expiring STS"_s, 2048, validityDays);
    QVERIFY(certificate.ok());
    const QString base64 = QString::fromLatin1(certificate->der.toBase64());
    lab.editFarm([&base64](QJsonObject &farm) {
        test::setInObject(farm, u"sts"_s, u"signingCertificate"_s, base64);
        for (const QString &name : {u"SP-WFE1"_s, u"SP-WFE2"_s, u"SP-APP1"_s})
            test::setInArray(farm, u"servers"_s, u"name"_s, name, u"runningSigningCertificate"_s, base64);
    });
}

// The session's expiry reading of `kind` (empty when none was read).
ExpiryReading expiryOf(const Session &session, const QString &kind)
{
    for (const ExpiryReading &reading : session.expiryReadings())
        if (reading.kind == kind)
            return reading;
    return {};
}

} // namespace

class TestSteps : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyStep_validatesInTheLab()
    {
        LabFixture lab;
        for (StepId id : allStepIds()) {
            const StepState state = lab.run(id);
            QVERIFY2(isDone(state), qPrintable(stepKey(id) + u": "_s +
                                               lab.session().step(id).error.value_or(Error()).toText()));
        }
        QCOMPARE(lab.check(StepId::AuthRealm, u"realm-matches-tenant"_s)->status, CheckStatus::Pass);
        QCOMPARE(lab.check(StepId::AddSpn, u"spn-listed"_s)->status, CheckStatus::Pass);
        QCOMPARE(lab.check(StepId::AcsTrust, u"trusted-service-consumer-present"_s)->status,
                 CheckStatus::Pass);
        QCOMPARE(lab.farm().value(u"realm").toString(), lab::seed::tenantId);
    }

    void rerunningEveryStep_createsNoDuplicates()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::FinalValidation), StepState::Validated);
        const QJsonObject farmBefore = lab.farm();
        const QJsonObject principalBefore = lab.spoPrincipal();
        for (StepId id : allStepIds())
            QVERIFY(isDone(lab.run(id)));
        QCOMPARE(lab.farm(), farmBefore);
        QCOMPARE(spnsOf(lab.spoPrincipal()), spnsOf(principalBefore));
        QCOMPARE(keysOf(lab.spoPrincipal()), keysOf(principalBefore));
        QCOMPARE(countNamed(lab.farm().value(u"trustedIssuers").toArray(), u"name"_s, u"ACS"_s), 1);
        QCOMPARE(countNamed(lab.farm().value(u"proxies").toArray(), u"name"_s, u"ACS"_s), 1);
        QCOMPARE(lab.farm().value(u"appPrincipals").toArray().size(), 2);
    }

    // Issue 15: each step records what it changes before it changes it, once; the removal plan
    // undoes them in reverse step order and never the STS certificate or a renewal's key removal.
    void setup_recordsEachChangeOnce_andTheRemovalPlanUndoesThemInReverse()
    {
        using Kind = ChangeRecord::Kind;
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::FinalValidation), StepState::Validated);
        QList<Kind> kinds;
        QStringList names;
        for (const ChangeRecord &change : lab.session().changeLog().changes) {
            kinds.append(change.kind);
            names.append(changeKindName(change.kind));
        }
        // The lab's step 3 keeps the farm's certificate: no StsCertificate change.
        const QList<Kind> expected{Kind::OAuthOverHttp,          Kind::KeyAdded,     Kind::SpnAdded,
                                   Kind::AppPrincipalRegistered, Kind::RealmChanged, Kind::AcsProxyCreated,
                                   Kind::TrustedIssuerCreated};
        QVERIFY2(kinds == expected, qPrintable(names.join(u", "_s)));
        const ChangeLog log = lab.session().changeLog();
        QCOMPARE(log.changes.at(4).before, lab::seed::farmRealm);
        QCOMPARE(log.changes.at(4).after, lab::seed::tenantId);
        QCOMPARE(log.changes.at(2).object, spnForDomain(lab::seed::publicDomain));
        QCOMPARE(log.changes.at(1).object, lab.session().variables().stsCertificate.thumbprint);
        // Run again: every change is found made, nothing new is recorded.
        for (StepId id : allStepIds())
            QVERIFY(isDone(lab.run(id)));
        QCOMPARE(lab.session().changeLog().changes.size(), expected.size());

        // A renewal's key removal and certificate change join the log: neither is ever undone.
        lab.session().recordChange({.kind = Kind::StsCertificate,
                                    .step = u"renew-certificate"_s,
                                    .object = u"NEWCERT"_s,
                                    .before = lab.session().variables().stsCertificate.thumbprint,
                                    .after = u"NEWCERT"_s});
        lab.session().recordChange(
            {.kind = Kind::KeyRemoved, .step = u"renew-certificate"_s, .object = u"OLDKEY"_s});
        const QList<RemovalItem> plan = removalPlan(lab.session(), lab.backends().endpoints);
        QList<Kind> order;
        for (const RemovalItem &item : plan) {
            order.append(item.change.kind);
            QVERIFY2(!item.description.isEmpty() && !item.command.isEmpty(), qPrintable(item.description));
            QVERIFY(!item.done);
        }
        const QList<Kind> reverse{Kind::TrustedIssuerCreated,   Kind::AcsProxyCreated, Kind::RealmChanged,
                                  Kind::AppPrincipalRegistered, Kind::SpnAdded,        Kind::KeyAdded,
                                  Kind::OAuthOverHttp};
        QCOMPARE(order, reverse);
        QVERIFY(plan.at(2).command.contains(lab::seed::farmRealm));
        const QStringList keeps = removalKeeps(lab.session());
        QCOMPARE(keeps.size(), 1);
        QVERIFY(keeps.constFirst().contains(u"NEWCERT"_s)); // the newest the session set
        // What is undone already is not planned again.
        lab.session().markChangeUndone(plan.constFirst().change, QDateTime::currentDateTimeUtc());
        QCOMPARE(removalPlan(lab.session(), lab.backends().endpoints).size(), reverse.size() - 1);
        QVERIFY(!removalRefusal(lab.session()));
    }

    // Issue 15: what someone else undid first counts as undone (noted, nothing removed); a realm
    // changed since stays; the STS certificate stays; a second removal finds nothing to do.
    void removal_whatIsAlreadyGoneCountsAsUndone_andSecondRunDoesNothing()
    {
        LabFixture lab;
        const QJsonObject principalBefore = lab.spoPrincipal();
        QCOMPARE(lab.runThrough(StepId::FinalValidation), StepState::Validated);
        const QString spn = spnForDomain(lab::seed::publicDomain);
        lab.editSpoPrincipal([&](QJsonObject &principal) {
            QJsonArray spns = principal.value(u"servicePrincipalNames").toArray();
            for (qsizetype i = spns.size() - 1; i >= 0; --i)
                if (spns.at(i).toString() == spn)
                    spns.removeAt(i);
            principal.insert(u"servicePrincipalNames"_s, spns);
        });
        lab.editFarm([](QJsonObject &farm) { farm.insert(u"realm"_s, u"someone-else"_s); });
        const QString certificate = lab.farm()[u"sts"][u"signingCertificate"].toString();

        const Status removed = QCoro::waitFor(lab.runner().removeTrust());
        QVERIFY2(removed.ok(), qPrintable(removed.ok() ? QString() : removed.error().toText()));
        QCOMPARE(spnsOf(lab.spoPrincipal()), spnsOf(principalBefore));
        QCOMPARE(keysOf(lab.spoPrincipal()), keysOf(principalBefore));
        QCOMPARE(lab.farm()[u"realm"].toString(), u"someone-else"_s);
        QCOMPARE(lab.farm()[u"sts"][u"signingCertificate"].toString(), certificate);
        QCOMPARE(countNamed(lab.farm().value(u"trustedIssuers").toArray(), u"name"_s, u"ACS"_s), 0);
        QCOMPARE(countNamed(lab.farm().value(u"proxies").toArray(), u"name"_s, u"ACS"_s), 0);
        QVERIFY(!lab.farm()[u"sts"][u"allowOAuthOverHttp"].toBool());
        const QJsonObject report = removalReportJson(lab.session());
        QStringList gone;
        for (const QJsonValue &item : report[u"alreadyGone"].toArray())
            gone.append(item[u"kind"].toString());
        QCOMPARE(gone, QStringList({u"spn-added"_s, u"realm-changed"_s}));
        QCOMPARE(report[u"removed"].toArray().size(), 5);
        QVERIFY(notedInTranscript(lab.session(), u"remove"_s, u"Already gone"_s));
        QVERIFY(lab.session().changeLog().removalFinished.isValid());
        for (StepId id : allStepIds())
            QCOMPARE(lab.session().step(id).state, StepState::Pending);
        QVERIFY(removalPlan(lab.session(), lab.backends().endpoints).isEmpty());

        const QJsonObject farmAfter = lab.farm();
        const Status again = QCoro::waitFor(lab.runner().removeTrust());
        QVERIFY(again.ok());
        QCOMPARE(lab.farm(), farmAfter);
        QCOMPARE(removalReportJson(lab.session())[u"removed"].toArray().size(), 5);
    }

    void removal_needsTheConfirmation_andRefusesDuringARenewal()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::FinalValidation), StepState::Validated);
        SessionInputs inputs = lab.session().inputs();
        inputs.confirmations.insert(u"remove"_s, false);
        lab.session().setInputs(inputs);
        const QJsonObject farm = lab.farm();
        const Status unconfirmed = QCoro::waitFor(lab.runner().removeTrust());
        QVERIFY(!unconfirmed.ok());
        QCOMPARE(unconfirmed.error().code, u"confirm.remove"_s);
        QCOMPARE(lab.farm(), farm);

        RenewalState renewal;
        renewal.stage = RenewalState::Stage::NewKeyAdded;
        lab.session().setRenewal(renewal);
        const std::optional<Error> refused = removalRefusal(lab.session());
        QVERIFY(refused);
        QCOMPARE(refused->code, u"input.removal-renewal"_s);
        QCOMPARE(refused->kind, ErrorKind::Input);
    }

    void addSpn_keepsEverySpnAndAddsItOnce()
    {
        LabFixture lab;
        const QStringList before = spnsOf(lab.spoPrincipal());
        QCOMPARE(before.size(), 2);
        QCOMPARE(lab.runThrough(StepId::AddSpn), StepState::Validated);
        QCOMPARE(lab.run(StepId::AddSpn), StepState::Validated);
        const QStringList after = spnsOf(lab.spoPrincipal());
        for (const QString &spn : before)
            QVERIFY(after.contains(spn));
        QCOMPARE(after.count(spnForDomain(u"contoso.com"_s)), 1);
        QCOMPARE(after.size(), 3);
        QCOMPARE(lab.check(StepId::AddSpn, u"existing-spns-kept"_s)->status, CheckStatus::Pass);
    }

    void labPatch_replacesTheWholeList_soAMissingMergeIsCaught()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::AddSpn), StepState::Validated);
        const QString id = lab.spoPrincipal().value(u"id").toString();
        // What Microsoft's current script does: PATCH a single value.
        QVERIFY(QCoro::waitFor(
                    lab.backends().tenant->patchServicePrincipalNames(id, {spnForDomain(u"contoso.com"_s)}))
                    .ok());
        QCOMPARE(spnsOf(lab.spoPrincipal()).size(), 1);
        QCOMPARE(lab.validate(StepId::AddSpn), StepState::Failed);
        QCOMPARE(lab.check(StepId::AddSpn, u"existing-spns-kept"_s)->status, CheckStatus::Fail);
    }

    // A repeated read within an operation costs no request; a PATCH or forgetReads() makes the next
    // read go to Graph again; a failed read is not kept.
    void readOnce_answersARepeatedRead_untilAWriteOrForgetReads()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated); // signed in
        ReadOnceTenantBackend reads(*lab.backends().tenant);
        const auto requests = [&] { return reads.reportInfo().value(u"requests"_s).toInt(); };
        const int start = requests();
        QVERIFY(QCoro::waitFor(reads.organization()).ok());
        const auto principal = QCoro::waitFor(reads.servicePrincipalByAppId(constants::spoAppId));
        QVERIFY2(principal.ok(), qPrintable(test::why(principal)));
        QCOMPARE(requests(), start + 2);
        QCOMPARE(QCoro::waitFor(reads.organization()).value().id, lab::seed::tenantId);
        QCOMPARE(QCoro::waitFor(reads.servicePrincipalByAppId(constants::spoAppId)).value().id,
                 principal.value().id);
        QCOMPARE(requests(), start + 2);

        // Another writer changes the principal: within the operation the kept read still answers.
        lab.editSpoPrincipal([](QJsonObject &spo) {
            QJsonArray spns = spo.value(u"servicePrincipalNames").toArray();
            spns.append(spnForDomain(u"fabrikam.com"_s));
            spo[u"servicePrincipalNames"_s] = spns;
        });
        QCOMPARE(
            QCoro::waitFor(reads.servicePrincipalByAppId(constants::spoAppId)).value().servicePrincipalNames,
            principal.value().servicePrincipalNames); // still the kept read
        const QStringList written = principal.value().servicePrincipalNames +
                                    QStringList{spnForDomain(u"contoso.net"_s)};
        QVERIFY(QCoro::waitFor(reads.patchServicePrincipalNames(principal.value().id, written)).ok());
        QCOMPARE(
            QCoro::waitFor(reads.servicePrincipalByAppId(constants::spoAppId)).value().servicePrincipalNames,
            written); // read afresh after the PATCH
        QCOMPARE(requests(), start + 4);
        reads.forgetReads();
        QVERIFY(QCoro::waitFor(reads.organization()).ok());
        QCOMPARE(requests(), start + 5);

        const QString unknown = u"11111111-2222-3333-4444-555555555555"_s;
        QVERIFY(!QCoro::waitFor(reads.servicePrincipalByAppId(unknown)).ok());
        QVERIFY(!QCoro::waitFor(reads.servicePrincipalByAppId(unknown)).ok());
        QCOMPARE(requests(), start + 7);
    }

    void spnForAnotherHostOfTheDomain_failsOnlyOneForDomain()
    {
        LabFixture lab;
        lab.editSpoPrincipal([](QJsonObject &spo) {
            QJsonArray spns = spo.value(u"servicePrincipalNames").toArray();
            spns.append(constants::spoAppId + u"/hybrid.contoso.com"_s);
            spns.append(constants::spoAppId + u"/*.notcontoso.com"_s);
            spo.insert(u"servicePrincipalNames"_s, spns);
        });
        QCOMPARE(lab.runThrough(StepId::AddSpn), StepState::Failed);
        const auto only = lab.check(StepId::AddSpn, u"spn-only-one-for-domain"_s);
        QCOMPARE(only->status, CheckStatus::Fail);
        QVERIFY(only->actual.contains(u"hybrid.contoso.com"_s));
        QVERIFY(!only->actual.contains(u"notcontoso"_s));
    }

    void uploadCertificate_keepsTheEarlierKeyAndAddsTheStsKeyOnce()
    {
        LabFixture lab;
        const QStringList before = keysOf(lab.spoPrincipal());
        QCOMPARE(before.size(), 1);
        QCOMPARE(lab.runThrough(StepId::UploadCertificate), StepState::Validated);
        QCOMPARE(lab.run(StepId::UploadCertificate), StepState::Validated);
        const QStringList after = keysOf(lab.spoPrincipal());
        QCOMPARE(after.size(), 2);
        QVERIFY(after.contains(before.constFirst()));
        const QString sts = lab.farm().value(u"sts").toObject().value(u"signingCertificate").toString();
        QCOMPARE(after.count(sts), 1);
        QCOMPARE(lab.check(StepId::UploadCertificate, u"spo-key-validity"_s)->status, CheckStatus::Pass);
    }

    // Issue 12: a second writer adds an SPN right after the step's first read (before its
    // pre-PATCH read). A write that PATCHes what the first read saw would drop it.
    void addSpn_secondWriterAfterTheFirstRead_bothSpnsPresent()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated);
        const QString theirs = constants::spoAppId + u"/*.fabrikam.com"_s;
        writeRaces(lab,
                   {race(u"GET"_s, principalPath(), {{u"addSpn"_s, theirs}}, u"after"_s, {{u"nth"_s, 1}})});
        QCOMPARE(lab.run(StepId::AddSpn), StepState::Validated);
        const QStringList spns = spnsOf(lab.spoPrincipal());
        QVERIFY2(spns.contains(theirs), qPrintable(spns.join(u", "_s)));
        QVERIFY(spns.contains(spnForDomain(u"contoso.com"_s)));
        QCOMPARE(spns.size(), 4);
        QVERIFY(notedInTranscript(lab.session(), u"add-spn"_s, u"The SPN list changed"_s));
    }

    // The faults.json example of the brief: the change lands just before the pre-PATCH read.
    void addSpn_secondWriterBeforeThePrePatchRead_isMergedAndNoted()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated);
        const QString theirs = constants::spoAppId + u"/*.fabrikam.com"_s;
        writeRaces(lab,
                   {race(u"GET"_s, principalPath(), {{u"addSpn"_s, theirs}}, u"before"_s, {{u"nth"_s, 2}})});
        QCOMPARE(lab.run(StepId::AddSpn), StepState::Validated);
        const QStringList spns = spnsOf(lab.spoPrincipal());
        QVERIFY(spns.contains(theirs));
        QVERIFY(spns.contains(spnForDomain(u"contoso.com"_s)));
        // Seen by the pre-PATCH read, not only by the validation afterwards.
        QVERIFY(notedInTranscript(lab.session(), u"add-spn"_s, u"The SPN list changed"_s));
        // The baseline stays the first read: the racer's SPN was not there before the step.
        QVERIFY(!lab.session().variables().spnsBefore->contains(theirs));
    }

    // A second writer replaces the list right after the PATCH, without the new SPN: the
    // read-back sees it missing and the step merges and writes again.
    void addSpn_newSpnLostAfterThePatch_isWrittenAgain()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated);
        const QString spn = spnForDomain(u"contoso.com"_s);
        writeRaces(lab, {race(u"PATCH"_s, u"/v1.0/servicePrincipals/"_s, {{u"removeSpn"_s, spn}}, u"after"_s,
                              {{u"nth"_s, 1}})});
        QCOMPARE(lab.run(StepId::AddSpn), StepState::Validated);
        QCOMPARE(spnsOf(lab.spoPrincipal()).count(spn), 1);
        QCOMPARE(spnsOf(lab.spoPrincipal()).size(), 3);
        QVERIFY(notedInTranscript(lab.session(), u"add-spn"_s, u"After the PATCH"_s));
    }

    // Another writer removes an SPN that was there before, right after the PATCH: merging again
    // cannot bring it back, so the step stops and names it instead of reporting success.
    void addSpn_earlierSpnRemovedAfterThePatch_stopsNamingIt()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated);
        const QString earlier = constants::spoAppId + u"/*.sharepoint.com"_s;
        writeRaces(lab, {race(u"PATCH"_s, u"/v1.0/servicePrincipals/"_s, {{u"removeSpn"_s, earlier}},
                              u"after"_s, {{u"nth"_s, 1}})});
        QCOMPARE(lab.run(StepId::AddSpn), StepState::Failed);
        const Error error = *lab.session().step(StepId::AddSpn).error;
        QCOMPARE(error.code, u"tenant.write-lost-entries"_s);
        QVERIFY2(error.message.contains(earlier), qPrintable(error.message));
        // Not put back behind the other writer's back, and no further PATCH.
        QVERIFY(!spnsOf(lab.spoPrincipal()).contains(earlier));
        QCOMPARE(readJsonObject(lab.labDir() + u"/faults.json"_s).value()[u"tenant"][0][u"seen"].toInt(), 1);
    }

    // A writer that undoes every PATCH: the step gives up after a bounded number of rounds.
    void addSpn_writerUndoingEveryPatch_stopsAfterThreeRounds()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated);
        const QString spn = spnForDomain(u"contoso.com"_s);
        writeRaces(lab, {race(u"PATCH"_s, u"/v1.0/servicePrincipals/"_s, {{u"removeSpn"_s, spn}}, u"after"_s,
                              {{u"times"_s, 10}})});
        QCOMPARE(lab.run(StepId::AddSpn), StepState::Failed);
        const Error error = *lab.session().step(StepId::AddSpn).error;
        QCOMPARE(error.code, u"tenant.write-raced"_s);
        QVERIFY2(error.message.contains(spn), qPrintable(error.message));
        const QJsonObject faults = readJsonObject(lab.labDir() + u"/faults.json"_s).value();
        QCOMPARE(faults[u"tenant"][0][u"times"].toInt(), 10 - 3); // three PATCHes, no more
    }

    // Graph refuses an SPN another principal lists; the remedy says how to find that one.
    void addSpn_heldByAnotherPrincipal_remedySaysHowToFindIt()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated);
        const QString spn = spnForDomain(u"contoso.com"_s);
        writeRaces(lab, {QJsonObject{{u"method"_s, u"PATCH"_s},
                                     {u"path"_s, u"/v1.0/servicePrincipals/"_s},
                                     {u"status"_s, 400},
                                     {u"code"_s, u"Request_MultipleObjectsWithSameKeyValue"_s},
                                     {u"message"_s, u"Another object with the same value for property "
                                                    "servicePrincipalNames already exists."_s},
                                     {u"times"_s, 1}}});
        QCOMPARE(lab.run(StepId::AddSpn), StepState::Failed);
        const Error error = *lab.session().step(StepId::AddSpn).error;
        QCOMPARE(error.code, u"graph.Request_MultipleObjectsWithSameKeyValue"_s);
        QVERIFY2(error.remedy.contains(
                     u"servicePrincipals?$filter=servicePrincipalNames/any(x:x eq '%1')"_s.arg(spn)),
                 qPrintable(error.remedy));
        QVERIFY(error.remedy.contains(u"Entra admin center"_s));
    }

    // An existing key that comes back without `key` would be dropped by the PATCH: refused.
    void uploadCertificate_keyWithoutValue_stopsNamingItsKeyId()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated);
        QString keyId;
        lab.editSpoPrincipal([&keyId](QJsonObject &spo) {
            QJsonArray keys = spo.value(u"keyCredentials").toArray();
            QJsonObject key = keys.at(0).toObject();
            keyId = key.value(u"keyId").toString();
            key.remove(u"key"_s);
            keys.replace(0, key);
            spo.insert(u"keyCredentials"_s, keys);
        });
        QVERIFY(!keyId.isEmpty());
        QCOMPARE(lab.run(StepId::UploadCertificate), StepState::Failed);
        const Error error = *lab.session().step(StepId::UploadCertificate).error;
        QCOMPARE(error.code, u"tenant.key-without-value"_s);
        QVERIFY2(error.message.contains(keyId), qPrintable(error.message));
        QCOMPARE(lab.spoPrincipal().value(u"keyCredentials").toArray().size(), 1); // no PATCH
        QVERIFY(!lab.session().variables().keysBefore); // no baseline from a blind read
    }

    // An expired key on the principal: Graph would refuse the whole PATCH; the step names it.
    void uploadCertificate_expiredExistingKey_stopsNamingItBeforeAnyPatch()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated);
        QString keyId;
        lab.editSpoPrincipal([&keyId](QJsonObject &spo) {
            QJsonArray keys = spo.value(u"keyCredentials").toArray();
            QJsonObject key = keys.at(0).toObject();
            keyId = key.value(u"keyId").toString();
            key.insert(u"endDateTime"_s, u"2020-01-01T00:00:00Z"_s);
            keys.replace(0, key);
            spo.insert(u"keyCredentials"_s, keys);
        });
        const QJsonObject before = lab.spoPrincipal();
        QCOMPARE(lab.run(StepId::UploadCertificate), StepState::Failed);
        const Error error = *lab.session().step(StepId::UploadCertificate).error;
        QCOMPARE(error.code, u"tenant.key-expired"_s);
        QVERIFY2(error.message.contains(keyId), qPrintable(error.message));
        QCOMPARE(lab.spoPrincipal(), before); // no PATCH
    }

    // The same, when the key loses its value between the first and the pre-PATCH read.
    void uploadCertificate_keyWithoutValueAtThePrePatchRead_writesNothing()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated);
        const QString existing = thumbprintsOf(lab.spoPrincipal()).constFirst();
        writeRaces(lab, {race(u"GET"_s, principalPath(), {{u"stripKey"_s, existing}}, u"before"_s,
                              {{u"nth"_s, 2}})});
        QCOMPARE(lab.run(StepId::UploadCertificate), StepState::Failed);
        QCOMPARE(lab.session().step(StepId::UploadCertificate).error->code, u"tenant.key-without-value"_s);
        QCOMPARE(lab.spoPrincipal().value(u"keyCredentials").toArray().size(), 1);
        QCOMPARE(*lab.session().variables().keysBefore, QStringList{existing});
    }

    // Nothing to write once the farm's key is there: a blind key is then no danger, but the kept
    // check cannot compare it (unknown, not pass and not fail).
    void uploadCertificate_keyWithoutValueButNothingToWrite_passesWithKeptUnknown()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::UploadCertificate), StepState::Validated);
        const QString earlier = lab.session().variables().keysBefore->constFirst();
        writeRaces(
            lab, {race(u"GET"_s, principalPath(), {{u"stripKey"_s, earlier}}, u"before"_s, {{u"nth"_s, 1}})});
        QCOMPARE(lab.run(StepId::UploadCertificate), StepState::Validated);
        QCOMPARE(lab.check(StepId::UploadCertificate, u"spo-keys-kept"_s)->status, CheckStatus::Unknown);
        QCOMPARE(lab.spoPrincipal().value(u"keyCredentials").toArray().size(), 2);
    }

    // A second writer adds a key right after the first read: it survives the step's PATCH.
    void uploadCertificate_secondWriterAddsAKey_everyKeyKept()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::Variables), StepState::Validated);
        const QStringList before = thumbprintsOf(lab.spoPrincipal());
        writeRaces(lab, {race(u"GET"_s, principalPath(), {{u"addKey"_s, u"Racing tool"_s}}, u"after"_s,
                              {{u"nth"_s, 1}})});
        QCOMPARE(lab.run(StepId::UploadCertificate), StepState::Validated);
        const QJsonArray keys = lab.spoPrincipal().value(u"keyCredentials").toArray();
        QCOMPARE(keys.size(), 3);
        QVERIFY(thumbprintsOf(lab.spoPrincipal()).contains(before.constFirst()));
        bool racer = false;
        for (const QJsonValue &key : keys)
            racer = racer || key[u"displayName"].toString() == u"CN=Racing tool";
        QVERIFY(racer);
        QCOMPARE(lab.check(StepId::UploadCertificate, u"spo-keys-kept"_s)->status, CheckStatus::Pass);
        QCOMPARE(*lab.session().variables().keysBefore, before);
    }

    void spoKeysKept_failsWhenAnEarlierKeyDisappears()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::UploadCertificate), StepState::Validated);
        QCOMPARE(lab.check(StepId::UploadCertificate, u"spo-keys-kept"_s)->status, CheckStatus::Pass);
        const QString earlier = lab.session().variables().keysBefore->constFirst();
        lab.editSpoPrincipal([&earlier](QJsonObject &spo) {
            QJsonArray kept;
            for (const QJsonValue &key : spo.value(u"keyCredentials").toArray())
                if (thumbprintsOf(QJsonObject{{u"keyCredentials"_s, QJsonArray{key}}}).constFirst() !=
                    earlier)
                    kept.append(key);
            spo.insert(u"keyCredentials"_s, kept);
        });
        QCOMPARE(lab.validate(StepId::UploadCertificate), StepState::Failed);
        const auto kept = lab.check(StepId::UploadCertificate, u"spo-keys-kept"_s);
        QCOMPARE(kept->status, CheckStatus::Fail);
        QVERIFY2(kept->actual.contains(earlier), qPrintable(kept->actual));
        QVERIFY(kept->expected.contains(earlier));
        // The farm's own key is still there: only the kept check fails.
        QCOMPARE(lab.check(StepId::UploadCertificate, u"sts-cert-on-spo-principal"_s)->status,
                 CheckStatus::Pass);
    }

    // Without a baseline the kept checks cannot be decided: unknown, and the step still passes.
    void keptChecksWithoutBaseline_areUnknownAndDoNotFailTheStep()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::AddSpn), StepState::Validated);
        SessionVariables variables = lab.session().variables();
        variables.spnsBefore.reset();
        variables.keysBefore.reset();
        lab.session().setVariables(variables);
        QCOMPARE(lab.validate(StepId::UploadCertificate), StepState::Validated);
        QCOMPARE(lab.validate(StepId::AddSpn), StepState::Validated);
        QCOMPARE(lab.check(StepId::AddSpn, u"existing-spns-kept"_s)->status, CheckStatus::Unknown);
        QCOMPARE(lab.check(StepId::UploadCertificate, u"spo-keys-kept"_s)->status, CheckStatus::Unknown);
        QVERIFY(!lab.session().step(StepId::AddSpn).report->hasFailure());
    }

    // --warn-days N: the farm's certificate warns with N-1 days left and passes with N+1; the
    // validation records the end date it read.
    void stsCertValidity_warnsWithinWarnDays_andRecordsTheReading()
    {
        constexpr int warnDays = 45;
        LabFixture lab;
        lab.runner().setWarnDays(warnDays);
        QVERIFY(lab.session().expiryReadings().isEmpty()); // nothing read yet
        // generateSelfSigned ends `days` from now: a moment later, days - 1 whole days are left.
        setFarmCertificate(lab, warnDays);
        QCOMPARE(lab.validate(StepId::StsCertificate), StepState::Validated);
        auto validity = lab.check(StepId::StsCertificate, u"sts-cert-validity"_s);
        QCOMPARE(validity->status, CheckStatus::Warn);
        QVERIFY2(validity->expected.contains(u"more than 45 days left"_s), qPrintable(validity->expected));
        QVERIFY2(validity->actual.contains(u"(44 days left)"_s), qPrintable(validity->actual));
        const ExpiryReading reading = expiryOf(lab.session(), ExpiryReading::certificate);
        QCOMPARE(reading.thumbprint, lab.session().variables().stsCertificate.thumbprint);
        QCOMPARE(daysLeft(reading.notAfter), qint64(warnDays - 1));
        QVERIFY(warningStands(lab.session(), {StepId::StsCertificate}));

        setFarmCertificate(lab, warnDays + 2);
        QCOMPARE(lab.validate(StepId::StsCertificate), StepState::Validated);
        validity = lab.check(StepId::StsCertificate, u"sts-cert-validity"_s);
        QCOMPARE(validity->status, CheckStatus::Pass);
        QVERIFY2(validity->actual.contains(u"(46 days left)"_s), qPrintable(validity->actual));
        QCOMPARE(daysLeft(expiryOf(lab.session(), ExpiryReading::certificate).notAfter),
                 qint64(warnDays + 1));
        QVERIFY(!warningStands(lab.session(), {StepId::StsCertificate}));
    }

    // The key of the farm's certificate in SharePoint Online: a warning within --warn-days, a
    // failure once it no longer covers today; its end date is recorded.
    void spoKeyValidity_warnsWithinWarnDays_failsWhenEnded_andRecordsTheReading()
    {
        constexpr int warnDays = 45;
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::UploadCertificate), StepState::Validated);
        lab.runner().setWarnDays(warnDays);
        const QString thumbprint = lab.session().variables().stsCertificate.thumbprint;
        const auto endKeyIn = [&](qint64 seconds) {
            lab.editSpoPrincipal([&](QJsonObject &spo) {
                QJsonArray keys = spo.value(u"keyCredentials").toArray();
                for (qsizetype i = 0; i < keys.size(); ++i) {
                    if (thumbprintsOf(QJsonObject{{u"keyCredentials"_s, QJsonArray{keys.at(i)}}})
                            .constFirst() != thumbprint)
                        continue;
                    QJsonObject key = keys.at(i).toObject();
                    key.insert(u"endDateTime"_s,
                               QDateTime::currentDateTimeUtc().addSecs(seconds).toString(Qt::ISODate));
                    keys.replace(i, key);
                }
                spo.insert(u"keyCredentials"_s, keys);
            });
        };
        constexpr qint64 day = 24 * 60 * 60;
        const qint64 hour = 60 * 60;
        endKeyIn((warnDays - 1) * day + hour);
        QCOMPARE(lab.validate(StepId::UploadCertificate), StepState::Validated);
        auto validity = lab.check(StepId::UploadCertificate, u"spo-key-validity"_s);
        QCOMPARE(validity->status, CheckStatus::Warn);
        QVERIFY2(validity->expected.contains(u"more than 45 days left"_s), qPrintable(validity->expected));
        QVERIFY2(validity->actual.contains(u"(44 days left)"_s), qPrintable(validity->actual));
        ExpiryReading reading = expiryOf(lab.session(), ExpiryReading::key);
        QCOMPARE(reading.thumbprint, thumbprint);
        QCOMPARE(daysLeft(reading.notAfter), qint64(warnDays - 1));

        endKeyIn((warnDays + 1) * day + hour);
        QCOMPARE(lab.validate(StepId::UploadCertificate), StepState::Validated);
        validity = lab.check(StepId::UploadCertificate, u"spo-key-validity"_s);
        QCOMPARE(validity->status, CheckStatus::Pass);
        QVERIFY2(validity->actual.contains(u"(46 days left)"_s), qPrintable(validity->actual));
        QCOMPARE(daysLeft(expiryOf(lab.session(), ExpiryReading::key).notAfter), qint64(warnDays + 1));

        endKeyIn(-hour);
        QCOMPARE(lab.validate(StepId::UploadCertificate), StepState::Failed);
        QCOMPARE(lab.check(StepId::UploadCertificate, u"spo-key-validity"_s)->status, CheckStatus::Fail);
    }

    // Exit code 4 comes from a warning, never from a check that could not be decided.
    void warningStands_onlyForAWarnCheck_neverForAnUnknownOne()
    {
        Session session;
        QVERIFY(!warningStands(session, allStepIds()));
        const Check unknown = unknownCheck(check_ids::spoKeysKept, u"every key"_s, u"no baseline"_s,
                                           u"run"_s);
        session.setStepReport(
            StepId::UploadCertificate,
            makeReport({passCheck(check_ids::spoKeyValidity, u"valid"_s, u"valid"_s), unknown}),
            StepState::Validated);
        QVERIFY(!warningStands(session, allStepIds()));
        session.setStepReport(StepId::StsCertificate,
                              makeReport({warnCheck(check_ids::stsCertValidity, u"more than 60 days left"_s,
                                                    u"30 days left"_s, u"renew"_s)}),
                              StepState::Validated);
        QVERIFY(warningStands(session, allStepIds()));
        // Only the steps of this run count.
        QVERIFY(!warningStands(session, {StepId::UploadCertificate}));
    }

    void daysLeft_countsWholeDays()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(daysLeft(now.addDays(100), now), qint64(100));
        QCOMPARE(daysLeft(now.addDays(100).addSecs(-1), now), qint64(99));
        QCOMPARE(daysLeft(now.addSecs(-1), now), qint64(-1));
    }

    void labRace_firesOnTheNthMatchingRequestOnly()
    {
        QTemporaryDir dir;
        const QString file = lab::labFaultsFile(dir.path());
        const QJsonObject change{{u"addSpn"_s, u"x/y"_s}};
        QVERIFY(
            writeJsonObject(
                file,
                QJsonObject{{u"tenant"_s,
                             QJsonArray{race(u"GET"_s, u"/v1.0/a"_s, change, u"before"_s, {{u"nth"_s, 2}}),
                                        race(u"GET"_s, u"/v1.0/a"_s, change, u"after"_s, {{u"nth"_s, 3}})}}})
                .ok());
        QVERIFY(!lab::takeLabConcurrentWrite(file, u"GET"_s, u"/v1.0/a"_s));
        QVERIFY(!lab::takeLabConcurrentWrite(file, u"PATCH"_s, u"/v1.0/a"_s)); // not counted
        const auto second = lab::takeLabConcurrentWrite(file, u"GET"_s, u"/v1.0/a"_s);
        QVERIFY(second && !second->afterAnswer);
        const auto third = lab::takeLabConcurrentWrite(file, u"GET"_s, u"/v1.0/a"_s);
        QVERIFY(third && third->afterAnswer); // counted while the first entry fired
        QVERIFY(!lab::takeLabConcurrentWrite(file, u"GET"_s, u"/v1.0/a"_s));
    }

    void kerberosZone_failsZoneNtlm()
    {
        LabFixture lab;
        test::setFirstZoneOnKerberos(lab.labDir());
        QCOMPARE(lab.run(StepId::WebAppAuth), StepState::Failed);
        QCOMPARE(lab.check(StepId::WebAppAuth, u"zone-ntlm"_s)->status, CheckStatus::Fail);
        QCOMPARE(lab.check(StepId::WebAppAuth, u"zone-windows-auth"_s)->status, CheckStatus::Pass);
        QVERIFY(lab.check(StepId::WebAppAuth, u"zone-ntlm"_s)->remedy.contains(u"Central Administration"_s));
    }

    void unknownWebApplication_failsWebappExists()
    {
        LabFixture lab;
        SessionInputs inputs = lab.session().inputs();
        inputs.webApplication = u"http://nothere"_s;
        lab.session().setInputs(inputs);
        QCOMPARE(lab.run(StepId::WebAppAuth), StepState::Failed);
        QCOMPARE(lab.check(StepId::WebAppAuth, u"webapp-exists"_s)->status, CheckStatus::Fail);
    }

    void httpsWebApplication_makesOAuthOverHttpNotApplicable()
    {
        LabFixture lab;
        SessionInputs inputs = lab.session().inputs();
        inputs.webApplication = lab::seed::httpsWebApp;
        lab.session().setInputs(inputs);
        QCOMPARE(lab.run(StepId::OAuthOverHttp), StepState::NotApplicable);
        QCOMPARE(lab.farm().value(u"sts").toObject().value(u"allowOAuthOverHttp").toBool(), false);
    }

    void oauthOverHttp_needsConfirmation()
    {
        LabFixture lab;
        SessionInputs inputs = lab.session().inputs();
        inputs.confirmations.insert(u"oauthOverHttp"_s, false);
        lab.session().setInputs(inputs);
        QCOMPARE(lab.run(StepId::OAuthOverHttp), StepState::Failed);
        QCOMPARE(lab.session().step(StepId::OAuthOverHttp).error->code, u"confirm.oauthOverHttp"_s);
        QCOMPARE(lab.farm().value(u"sts").toObject().value(u"allowOAuthOverHttp").toBool(), false);
        inputs.confirmations.insert(u"oauthOverHttp"_s, true);
        lab.session().setInputs(inputs);
        QCOMPARE(lab.run(StepId::OAuthOverHttp), StepState::Validated);
        QCOMPARE(lab.farm().value(u"sts").toObject().value(u"allowOAuthOverHttp").toBool(), true);
    }

    void realmChange_refusesWithoutConfirmationAndListsDependentAddIns()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::RegisterAppPrincipal), StepState::Validated);
        SessionInputs inputs = lab.session().inputs();
        inputs.confirmations.insert(u"realmChange"_s, false);
        lab.session().setInputs(inputs);
        const QStringList warnings = QCoro::waitFor(lab.runner().warnings(StepId::AuthRealm));
        QVERIFY(warnings.join(u'\n').contains(u"Contoso Expenses High-Trust"_s));
        QCOMPARE(lab.run(StepId::AuthRealm), StepState::Failed);
        QCOMPARE(lab.farm().value(u"realm").toString(), lab::seed::farmRealm);
        inputs.confirmations.insert(u"realmChange"_s, true);
        lab.session().setInputs(inputs);
        QCOMPARE(lab.run(StepId::AuthRealm), StepState::Validated);
        QCOMPARE(lab.session().variables().realmBefore, lab::seed::farmRealm);
    }

    void unreachableServer_failsRemotingAndStsCheck()
    {
        LabFixture lab;
        lab.editFarm([](QJsonObject &farm) {
            test::setInArray(farm, u"servers"_s, u"name"_s, u"SP-APP1"_s, u"reachable"_s, false);
        });
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Failed);
        QVERIFY(lab.check(StepId::StsCertificate, u"sts-cert-same-on-all-servers"_s)
                    ->actual.contains(u"SP-APP1"_s));
        QCOMPARE(lab.run(StepId::Connect), StepState::Failed);
        const auto remoting = lab.check(StepId::Connect, u"remoting-each-server"_s);
        QCOMPARE(remoting->status, CheckStatus::Fail);
        QVERIFY(remoting->actual.contains(u"SP-APP1"_s));
        QVERIFY(!remoting->actual.contains(u"SP-SQL1"_s));
    }

    void serverRunningAnotherCertificate_failsSameOnAllServers()
    {
        LabFixture lab;
        const QString other = lab.tenant()
                                  .value(u"servicePrincipals")
                                  .toArray()
                                  .at(0)[u"keyCredentials"]
                                  .toArray()
                                  .at(0)[u"key"]
                                  .toString();
        lab.editFarm([&](QJsonObject &farm) {
            test::setInArray(farm, u"servers"_s, u"name"_s, u"SP-WFE2"_s, u"runningSigningCertificate"_s,
                             other);
        });
        QCOMPARE(lab.run(StepId::StsCertificate), StepState::Failed);
        const auto same = lab.check(StepId::StsCertificate, u"sts-cert-same-on-all-servers"_s);
        QCOMPARE(same->status, CheckStatus::Fail);
        QVERIFY(same->actual.startsWith(u"SP-WFE2"_s));
        QCOMPARE(lab.check(StepId::StsCertificate, u"sts-cert-key-strength"_s)->status, CheckStatus::Pass);
    }

    void connectChecks_failForTheirFarmAndTenantReasons()
    {
        LabFixture lab;
        lab.editFarm([](QJsonObject &farm) {
            QJsonObject account = farm.value(u"account").toObject();
            account.insert(u"farmAdmin"_s, false);
            farm.insert(u"account"_s, account);
            farm.insert(u"outboundHttps"_s, false);
        });
        lab.editTenant([](QJsonObject &tenant) {
            QJsonObject signIn = tenant.value(u"signIn").toObject();
            signIn.insert(u"scopes"_s, QJsonArray{u"Organization.Read.All"_s});
            tenant.insert(u"signIn"_s, signIn);
        });
        QCOMPARE(lab.run(StepId::Connect), StepState::Failed);
        QCOMPARE(lab.check(StepId::Connect, u"host-ready"_s)->status, CheckStatus::Pass);
        QCOMPARE(lab.check(StepId::Connect, u"farm-admin"_s)->status, CheckStatus::Fail);
        QCOMPARE(lab.check(StepId::Connect, u"graph-permission"_s)->status, CheckStatus::Fail);
        QCOMPARE(lab.check(StepId::Connect, u"outbound-acs"_s)->status, CheckStatus::Fail);
        QCOMPARE(lab.check(StepId::Connect, u"signed-in"_s)->status, CheckStatus::Pass);
    }

    // Entra's refusals for reasons the lab does not model, injected at the token endpoint: the
    // step stops with a remedy that says what to do, and the single-use code is not sent again.
    void signInRefusedByConditionalAccessOrMfa_stopsWithWhatToDo()
    {
        const QList<std::tuple<int, QString, QString>> cases{
            {53003, u"invalid_grant"_s, u"Conditional Access"_s},
            {50076, u"invalid_grant"_s, u"multi-factor"_s},
            {65001, u"invalid_grant"_s, u"admin consent"_s}};
        for (const auto &[aadsts, error, remedy] : cases) {
            LabFixture lab;
            QVERIFY(
                test::writeLabFaults(
                    lab.labDir(),
                    {{u"tenant"_s, QJsonArray{QJsonObject{{u"path"_s, u"/organizations/oauth2/v2.0/token"_s},
                                                          {u"method"_s, u"POST"_s},
                                                          {u"status"_s, 400},
                                                          {u"code"_s, error},
                                                          {u"aadsts"_s, aadsts},
                                                          {u"message"_s, u"Refused by the lab."_s}}}}})
                    .ok());
            QCOMPARE(lab.run(StepId::Connect), StepState::Failed);
            const Error failed = *lab.session().step(StepId::Connect).error;
            QCOMPARE(failed.code, u"tenant.sign-in."_s + error);
            QVERIFY2(failed.message.contains(u"AADSTS%1"_s.arg(aadsts)), qPrintable(failed.message));
            QVERIFY2(failed.remedy.contains(remedy), qPrintable(failed.remedy));
            QVERIFY(lab.session().variables().tenantId.isEmpty()); // no tenant taken from it
        }
    }

    void graphPermission_needsConsentAndADirectoryRole_orSaysUnknown()
    {
        // Consent and Application Administrator, roles in the id_token (wids) as a registration
        // with groupMembershipClaims DirectoryRole emits them.
        const auto emitRoles = [](LabFixture &lab, bool emit) {
            lab.editTenant([emit](QJsonObject &tenant) {
                QJsonObject signIn = tenant.value(u"signIn"_s).toObject();
                signIn.insert(u"widsInIdToken"_s, emit);
                tenant.insert(u"signIn"_s, signIn);
            });
        };
        {
            LabFixture lab;
            emitRoles(lab, true);
            QCOMPARE(lab.run(StepId::Connect), StepState::Validated);
            const auto permission = lab.check(StepId::Connect, u"graph-permission"_s);
            QCOMPARE(permission->status, CheckStatus::Pass);
            QVERIFY2(permission->actual.contains(u"Application Administrator"_s),
                     qPrintable(permission->actual));
        }
        // Consent but no role: Graph would refuse the PATCH; the check says so before it.
        {
            LabFixture lab;
            emitRoles(lab, true);
            lab.editTenant([](QJsonObject &tenant) {
                QJsonArray users = tenant.value(u"users"_s).toArray();
                QJsonObject admin = users.at(0).toObject();
                admin.insert(u"directoryRoles"_s, QJsonArray{});
                users.replace(0, admin);
                tenant.insert(u"users"_s, users);
            });
            QCOMPARE(lab.run(StepId::Connect), StepState::Failed);
            const auto permission = lab.check(StepId::Connect, u"graph-permission"_s);
            QCOMPARE(permission->status, CheckStatus::Fail);
            for (const QString &role : {u"Application Administrator"_s, u"Cloud Application Administrator"_s})
                QVERIFY2(permission->remedy.contains(role), qPrintable(permission->remedy));
            QCOMPARE(lab.check(StepId::Connect, u"signed-in"_s)->status, CheckStatus::Pass);
        }
        // Roles not in the token (the seed's default client): the role cannot be verified, which
        // is not a pass.
        {
            LabFixture lab;
            QCOMPARE(lab.run(StepId::Connect), StepState::Validated); // unknown does not block
            const auto permission = lab.check(StepId::Connect, u"graph-permission"_s);
            QCOMPARE(permission->status, CheckStatus::Unknown);
            QVERIFY2(permission->remedy.contains(u"Application Administrator"_s),
                     qPrintable(permission->remedy));
        }
    }

    void acsIssuerNameInUse_isExplainedAndNothingIsCreated()
    {
        LabFixture lab;
        lab.editFarm([](QJsonObject &farm) {
            QJsonArray issuers = farm.value(u"trustedIssuers").toArray();
            issuers.append(QJsonObject{{u"name"_s, u"ACS"_s},
                                       {u"registeredIssuerName"_s, u"x@old"_s},
                                       {u"metadataEndpoint"_s, u"https://old.example/metadata/json/1"_s},
                                       {u"isSelfIssuer"_s, false}});
            farm.insert(u"trustedIssuers"_s, issuers);
        });
        QCOMPARE(lab.runThrough(StepId::AcsTrust), StepState::Failed);
        const Error error = lab.session().step(StepId::AcsTrust).error.value();
        QCOMPARE(error.code, u"farm.name-in-use"_s);
        QVERIFY(error.remedy.contains(u"Remove-SPTrustedSecurityTokenIssuer"_s));
        QCOMPARE(countNamed(lab.farm().value(u"trustedIssuers").toArray(), u"name"_s, u"ACS"_s), 1);
    }

    void acsProxyNameInUse_failsLikeSharePoint()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::AcsTrust), StepState::Validated);
        const auto second = QCoro::waitFor(
            lab.backends().farm->call<NewAcsProxyOp>(u"ACS"_s, u"https://example/metadata/json/1"_s, true));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().code, u"farm.name-in-use"_s);
    }

    void trustedIssuer_takesItsNameFromTheFetchedMetadata()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::AcsTrust), StepState::Validated);
        const QJsonArray issuers = lab.farm().value(u"trustedIssuers").toArray();
        bool found = false;
        for (const QJsonValue &issuer : issuers)
            if (issuer[u"name"].toString() == u"ACS") {
                found = true;
                QCOMPARE(issuer[u"registeredIssuerName"].toString(),
                         constants::acsPrincipalPrefix + u"@"_s + lab::seed::tenantId);
                QCOMPARE(issuer[u"isSelfIssuer"].toBool(), false);
            }
        QVERIFY(found);
    }

    void unreachableAcs_failsIssuerCreationWithRemedy()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::AuthRealm), StepState::Validated);
        lab.editFarm([](QJsonObject &farm) { farm.insert(u"outboundHttps"_s, false); });
        QCOMPARE(lab.run(StepId::AcsTrust), StepState::Failed);
        QCOMPARE(lab.session().step(StepId::AcsTrust).error->code, u"farm.outbound"_s);
    }

    void transcript_recordsEveryCommandUnderItsStep()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::AuthRealm), StepState::Validated);
        bool sawRealmSet = false;
        for (const TranscriptEntry &entry : lab.session().transcript().entries()) {
            QVERIFY(!entry.step.isEmpty());
            if (entry.command.startsWith(u"Set-SPAuthenticationRealm"_s)) {
                sawRealmSet = true;
                QCOMPARE(entry.step, u"auth-realm"_s);
                QVERIFY(entry.command.contains(lab::seed::tenantId));
            }
        }
        QVERIFY(sawRealmSet);
    }

    void runner_reportsHostStartAndEveryServersCommandAsActivity()
    {
        LabFixture lab;
        QList<Activity> seen;
        QObject::connect(&lab.runner(), &SetupRunner::activity,
                         [&seen](StepId, const Activity &activity) { seen.append(activity); });
        lab.validate(StepId::StsCertificate);
        QList<Activity::Kind> kinds;
        QStringList serversStarted;
        qsizetype started = 0;
        qsizetype finished = 0;
        for (const Activity &activity : seen) {
            kinds.append(activity.kind);
            started += activity.kind == Activity::Kind::CommandStarted;
            finished += activity.kind == Activity::Kind::CommandFinished;
            if (activity.kind == Activity::Kind::CommandStarted && !activity.server.isEmpty())
                serversStarted.append(activity.server);
        }
        // The first command starts the host, which is ready before any command finishes.
        const qsizetype firstFinished = kinds.indexOf(Activity::Kind::CommandFinished);
        QVERIFY(kinds.indexOf(Activity::Kind::HostStarting) >= 0);
        QVERIFY(kinds.indexOf(Activity::Kind::HostStarting) < kinds.indexOf(Activity::Kind::HostReady));
        QVERIFY(kinds.indexOf(Activity::Kind::HostReady) < firstFinished);
        QCOMPARE(kinds.count(Activity::Kind::HostStarting), 1);
        QVERIFY(kinds.contains(Activity::Kind::Verbose));
        QCOMPARE(started, finished);
        for (const QString &server : {u"SP-WFE1"_s, u"SP-WFE2"_s, u"SP-APP1"_s})
            QVERIFY2(serversStarted.contains(server), qPrintable(serversStarted.join(u',')));
        QVERIFY(!serversStarted.contains(u"SP-SQL1"_s));
        // The host's verbose records open the output of their command in the transcript.
        const TranscriptEntry first = lab.session().transcript().entries().first();
        QVERIFY2(first.output.startsWith(u"VERBOSE: "_s), qPrintable(first.output));
    }

    void crashingHost_failsTheStepNamingOperationAndStep_thenRecovers()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::RegisterAppPrincipal), StepState::Validated);
        const QJsonObject crash{{u"op"_s, u"realm.set"_s}, {u"action"_s, u"crash"_s}, {u"times"_s, 1}};
        QVERIFY(writeJsonObject(lab.labDir() + u"/faults.json"_s, QJsonObject{{u"farm"_s, QJsonArray{crash}}})
                    .ok());
        QCOMPARE(lab.run(StepId::AuthRealm), StepState::Failed);
        const Error error = *lab.session().step(StepId::AuthRealm).error;
        QCOMPARE(error.code, u"backend.farm-host"_s);
        QVERIFY2(error.message.contains(u"realm.set"_s) && error.message.contains(u"auth-realm"_s),
                 qPrintable(error.message));
        QCOMPARE(lab.run(StepId::AuthRealm), StepState::Validated);
        QCOMPARE(lab.backends().farm->reportInfo().value(u"hostStarts"_s).toInt(), 2);
    }

    void changingAnInput_makesTheStepsUsingItPendingAgain()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::FinalValidation), StepState::Validated);
        SessionInputs inputs = lab.session().inputs();
        inputs.webApplication = lab::seed::httpsWebApp;
        lab.runner().changeInputs(inputs);
        for (StepId id : {StepId::WebAppAuth, StepId::OAuthOverHttp, StepId::Variables,
                          StepId::RegisterAppPrincipal, StepId::FinalValidation})
            QCOMPARE(lab.session().step(id).state, StepState::Pending);
        for (StepId id : {StepId::StsCertificate, StepId::AddSpn, StepId::AuthRealm, StepId::AcsTrust})
            QCOMPARE(lab.session().step(id).state, StepState::Validated);
        QCOMPARE(lab.run(StepId::OAuthOverHttp), StepState::NotApplicable);
        inputs.confirmations.insert(u"realmChange"_s, false); // a confirmation is not a choice
        lab.runner().changeInputs(inputs);
        QCOMPARE(lab.session().step(StepId::AuthRealm).state, StepState::Validated);
    }

    void finalValidation_failsWhenAnEarlierStepBreaks()
    {
        LabFixture lab;
        QCOMPARE(lab.runThrough(StepId::FinalValidation), StepState::Validated);
        lab.editFarm([](QJsonObject &farm) { farm.insert(u"realm"_s, lab::seed::farmRealm); });
        QCOMPARE(lab.validate(StepId::FinalValidation), StepState::Failed);
        QCOMPARE(lab.check(StepId::FinalValidation, u"realm-matches-tenant"_s)->status, CheckStatus::Fail);
    }

    // One entry per id and per title: two checks never read alike in a report or on a page.
    void checkCatalog_hasNoDuplicates()
    {
        QSet<QString> ids;
        QSet<QString> titles;
        for (const CheckDefinition &check : allChecks()) {
            QVERIFY2(!check.id().isEmpty() && !check.title().isEmpty(), check.key);
            QVERIFY2(!ids.contains(check.id()), check.key);
            QVERIFY2(!titles.contains(check.title()), check.english);
            ids.insert(check.id());
            titles.insert(check.title());
            QCOMPARE(findCheck(check.id()), &check);
        }
        QCOMPARE(findCheck(u"no-such-check"_s), nullptr);
    }

    // ACS's refusals name the step that fixes them (PROCEDURE.md, "Errors map to remedies"), from
    // the code in the description (AADSTS or ACS) or in error_codes.
    void acsRefusals_nameTheStepThatFixesThem_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<QString>("description");
        QTest::addColumn<QList<int>>("codes");
        QTest::addColumn<int>("step"); // -1: none
        QTest::addColumn<QString>("code");
        const auto step = [](StepId id) { return int(id); };
        QTest::newRow("unknown key")
            << u"invalid_client"_s
            << u"AADSTS700027: Client assertion contains an invalid signature. [Reason - "
               "The key was not found., Thumbprint of key used by client: 'AB']\r\n"
               "Trace ID: 1"_s
            << QList<int>{700027} << step(StepId::UploadCertificate) << u"AADSTS700027"_s;
        QTest::newRow("expired key")
            << u"invalid_client"_s
            << u"AADSTS700027: Client assertion contains an invalid signature. [Reason - "
               "The key used is expired.]"_s
            << QList<int>{700027} << step(StepId::StsCertificate) << u"AADSTS700027"_s;
        QTest::newRow("ACS signature") << u"invalid_client"_s << u"ACS50012: Authentication failed."_s
                                       << QList<int>{} << step(StepId::UploadCertificate) << u"ACS50012"_s;
        QTest::newRow("realm") << u"unauthorized_client"_s << u"AADSTS700016: Application not found."_s
                               << QList<int>{700016} << step(StepId::AuthRealm) << u"AADSTS700016"_s;
        QTest::newRow("tenant") << u"invalid_request"_s << u"Tenant not found."_s << QList<int>{90002}
                                << step(StepId::AuthRealm) << u"AADSTS90002"_s;
        QTest::newRow("no SPN") << u"invalid_resource"_s << u"AADSTS500011: The resource principal ..."_s
                                << QList<int>{500011} << step(StepId::AddSpn) << u"AADSTS500011"_s;
        QTest::newRow("ACS no SPN") << u"invalid_resource"_s << u"ACS50001: Relying party not found."_s
                                    << QList<int>{} << step(StepId::AddSpn) << u"ACS50001"_s;
        QTest::newRow("clock") << u"invalid_client"_s
                               << u"AADSTS700024: Client assertion is not within its "
                                  "valid time range."_s
                               << QList<int>{700024} << -1 << u"AADSTS700024"_s;
        QTest::newRow("encoding") << u"unsupported_grant_type"_s << u"AADSTS70003: unsupported grant type"_s
                                  << QList<int>{70003} << -1 << u"AADSTS70003"_s;
    }

    void acsRefusals_nameTheStepThatFixesThem()
    {
        QFETCH(QString, error);
        QFETCH(QString, description);
        QFETCH(QList<int>, codes);
        QFETCH(int, step);
        QFETCH(QString, code);
        AcsTokenAnswer answer;
        answer.httpStatus = 400;
        answer.error = error;
        answer.errorDescription = description;
        answer.errorCodes = codes;
        const AcsTokenRefusal refusal = explainRefusal(answer, u"sharepoint.contoso.com"_s);
        QCOMPARE(refusal.code, code);
        QCOMPARE(refusal.revisit.has_value(), step >= 0);
        if (step >= 0) {
            QCOMPARE(int(*refusal.revisit), step);
            QVERIFY2(refusal.remedy.contains(stepReference(StepId(step))), qPrintable(refusal.remedy));
        }
        QVERIFY(!refusal.remedy.isEmpty());
        // The summary is the first line: Entra's trace lines are left out.
        QVERIFY2(refusal.summary.contains(description.section(u"\r\n"_s, 0, 0)), qPrintable(refusal.summary));
        QVERIFY(!refusal.summary.contains(u"Trace ID"_s));
        QCOMPARE(refusedEncoding(answer), error == u"unsupported_grant_type");
    }

    // Every check a step reports, failing before anything was applied and passing after, is in
    // the catalog with its title; and every catalog entry is one some step reports.
    void everyCheckAStepMakes_isInTheCatalog()
    {
        LabFixture lab;
        QSet<QString> made;
        auto collect = [&] {
            for (StepId id : allStepIds()) {
                const auto &report = lab.session().step(id).report;
                for (const Check &check : report ? report->checks : QList<Check>()) {
                    const CheckDefinition *entry = findCheck(check.id);
                    QVERIFY2(entry, qPrintable(check.id));
                    QCOMPARE(check.title, entry->title());
                    // Step 11 re-runs every step's checks; any other step makes only its own.
                    if (id != StepId::FinalValidation || entry->step == StepId::FinalValidation)
                        QVERIFY2(entry->step == id, qPrintable(check.id + u" made by "_s + stepKey(id)));
                    made.insert(check.id);
                }
            }
        };
        for (StepId id : allStepIds())
            lab.validate(id);
        collect();
        QCOMPARE(lab.runThrough(StepId::FinalValidation), StepState::Validated);
        collect();
        for (const CheckDefinition &check : allChecks())
            QVERIFY2(made.contains(check.id()), check.key);
    }
    // Issue 14: the final page's verdict, from constructed reports of step 11.
    void trustVerdict_works_whenTheThreeTrustChecksPassAndNothingFails()
    {
        QList<Check> trust = trustPassing();
        const TrustVerdict verdict = trustVerdict(finalReport(trust));
        QCOMPARE(verdict.outcome, TrustVerdict::Outcome::Works);
        QVERIFY2(verdict.headline.contains(u"The trust works"_s), qPrintable(verdict.headline));
        QVERIFY2(verdict.detail.contains(u"5 of 5 checks pass"_s), qPrintable(verdict.detail));
        QVERIFY(!verdict.revisit);

        // A warning elsewhere is named but does not make the trust fail.
        QList<Check> warned = trust;
        warned.prepend(warnCheck(check_ids::spoKeyValidity, u"valid"_s, u"ends in 20 days"_s, u"renew"_s));
        const TrustVerdict withWarning = trustVerdict(makeReport(warned));
        QCOMPARE(withWarning.outcome, TrustVerdict::Outcome::Works);
        QVERIFY2(withWarning.detail.contains(u"Warnings: 1"_s), qPrintable(withWarning.detail));
    }

    void trustVerdict_fails_namingTheFirstFailingTrustCheck_andTheStepItsRemedyNames()
    {
        QList<Check> trust = trustPassing();
        trust[1] = failCheck(check_ids::trustTokenOutbound, u"a token"_s,
                             u"AADSTS700027: Client assertion contains an invalid signature."_s,
                             u"Run %1 again."_s.arg(stepReference(StepId::UploadCertificate)));
        trust[2] = failCheck(check_ids::trustTokenInbound, u"a token"_s, u"AADSTS500011"_s,
                             u"Run %1 again."_s.arg(stepReference(StepId::AddSpn)));
        const TrustVerdict verdict = trustVerdict(finalReport(trust));
        QCOMPARE(verdict.outcome, TrustVerdict::Outcome::Fails);
        QVERIFY2(verdict.headline.contains(u"refused the farm's token"_s), qPrintable(verdict.headline));
        QVERIFY2(verdict.detail.contains(u"AADSTS700027"_s), qPrintable(verdict.detail));
        QVERIFY2(verdict.detail.contains(stepReference(StepId::UploadCertificate)),
                 qPrintable(verdict.detail));
        QCOMPARE(verdict.revisit, std::optional(StepId::UploadCertificate));

        // Realm discovery comes first; inbound alone names the public host.
        trust[0] = failCheck(check_ids::trustRealmDiscovery, u"realm"_s, u"another realm"_s,
                             u"Run %1 and %2 again."_s.arg(stepReference(StepId::AuthRealm),
                                                           stepReference(StepId::Variables)));
        const TrustVerdict realm = trustVerdict(finalReport(trust));
        QVERIFY2(realm.headline.contains(u"does not know the farm's realm"_s), qPrintable(realm.headline));
        QCOMPARE(realm.revisit, std::optional(StepId::Variables)); // the lowest step the remedy names
        const TrustVerdict inbound = trustVerdict(
            finalReport({trustPassing()[0], trustPassing()[1], trust[2]}));
        QVERIFY2(inbound.headline.contains(u"ACS does not issue tokens"_s), qPrintable(inbound.headline));
        QCOMPARE(inbound.revisit, std::optional(StepId::AddSpn));

        // A failing check of steps 1 to 10 is the step to revisit, whatever the remedy says.
        QList<Check> both = trust;
        both.prepend(failCheck(check_ids::stsCertOnSpoPrincipal, u"on it"_s, u"missing"_s, u"upload"_s));
        const TrustVerdict withObjects = trustVerdict(makeReport(both));
        QCOMPARE(withObjects.revisit, std::optional(StepId::UploadCertificate));
        QVERIFY2(withObjects.detail.contains(check_ids::stsCertOnSpoPrincipal.title()),
                 qPrintable(withObjects.detail));

        // A remedy naming no step: no step to go to.
        const TrustVerdict nowhere = trustVerdict(finalReport({failCheck(
            check_ids::trustTokenOutbound, u"a token"_s, u"AADSTS50013"_s, u"Check the clock."_s)}));
        QCOMPARE(nowhere.outcome, TrustVerdict::Outcome::Fails);
        QVERIFY(!nowhere.revisit);
    }

    void trustVerdict_objectChecksFailing_saysSetupIsNotComplete_atTheFirstFailingStep()
    {
        const QList<Check> checks{
            passCheck(check_ids::webAppExists, u"exists"_s, u"exists"_s),
            failCheck(check_ids::spnListed, u"listed"_s, u"not listed"_s, u"Run step 7."_s),
            failCheck(check_ids::stsCertOnSpoPrincipal, u"on it"_s, u"missing"_s, u"Run step 6."_s),
            unknownCheck(check_ids::trustTokenOutbound, u"a token"_s, u"not requested"_s, u"fix the rest"_s)};
        const TrustVerdict verdict = trustVerdict(makeReport(checks));
        QCOMPARE(verdict.outcome, TrustVerdict::Outcome::Fails);
        QVERIFY2(verdict.headline.startsWith(u"Setup is not complete: 2 checks fail"_s),
                 qPrintable(verdict.headline));
        QVERIFY2(verdict.headline.contains(stepTitle(StepId::UploadCertificate)),
                 qPrintable(verdict.headline));
        QCOMPARE(verdict.revisit, std::optional(StepId::UploadCertificate)); // step 6 before step 7
        QVERIFY2(verdict.detail.contains(u"missing"_s) && verdict.detail.contains(u"Run step 6."_s),
                 qPrintable(verdict.detail));
    }

    void trustVerdict_notProven_whenTheTrustChecksAreAbsentOrUndecided()
    {
        const TrustVerdict empty = trustVerdict(ValidationReport());
        QCOMPARE(empty.outcome, TrustVerdict::Outcome::NotProven);
        QVERIFY2(empty.headline.startsWith(u"Not proven yet"_s), qPrintable(empty.headline));
        QVERIFY(!empty.revisit);

        const TrustVerdict absent = trustVerdict(finalReport({}));
        QCOMPARE(absent.outcome, TrustVerdict::Outcome::NotProven);
        QVERIFY2(absent.detail.contains(u"2 of 2 checks pass"_s), qPrintable(absent.detail));

        QList<Check> trust = trustPassing();
        trust[2] = unknownCheck(check_ids::trustTokenInbound, u"a token"_s,
                                u"no zone URL under the public domain"_s,
                                u"Add one in %1."_s.arg(stepReference(StepId::WebAppAuth)));
        const TrustVerdict undecided = trustVerdict(finalReport(trust));
        QCOMPARE(undecided.outcome, TrustVerdict::Outcome::NotProven);
        QVERIFY2(undecided.headline.contains(check_ids::trustTokenInbound.title()),
                 qPrintable(undecided.headline));
        QVERIFY2(undecided.detail.contains(u"no zone URL"_s), qPrintable(undecided.detail));
        QCOMPARE(undecided.revisit, std::optional(StepId::WebAppAuth));

        trust.removeLast(); // two of three prove nothing yet
        QCOMPARE(trustVerdict(finalReport(trust)).outcome, TrustVerdict::Outcome::NotProven);
    }
    // Issue 15: a renewal needs a finished setup (or a renewal under way) and a trust not removed.
    void renewalRefusal_unfinishedOrRemoved_isAnInputError()
    {
        Session session;
        const std::optional<Error> unfinished = renewalRefusal(session);
        QVERIFY(unfinished);
        QCOMPARE(unfinished->code, u"input.renewal-unfinished"_s);
        QCOMPARE(unfinished->kind, ErrorKind::Input);
        QVERIFY2(unfinished->message.contains(stepReference(allStepIds().constFirst())),
                 qPrintable(unfinished->message));
        QVERIFY(!unfinished->remedy.isEmpty());

        RenewalState underWay;
        underWay.stage = RenewalState::Stage::NewKeyAdded;
        session.setRenewal(underWay);
        QVERIFY(!renewalRefusal(session)); // resumes even if a step went pending meanwhile

        Session finished;
        for (StepId id : allStepIds())
            finished.setStepState(id, StepState::Validated);
        QVERIFY(!renewalRefusal(finished));
        finished.setRemovalTimes(QDateTime::currentDateTimeUtc(), {});
        const std::optional<Error> removed = renewalRefusal(finished);
        QVERIFY(removed);
        QCOMPARE(removed->code, u"input.renewal-removed"_s);
        QCOMPARE(removed->kind, ErrorKind::Input);
        // Removed completely (every step pending), then set up again in the same session.
        finished.setRemovalTimes(finished.changeLog().removalStarted, QDateTime::currentDateTimeUtc());
        for (StepId id : allStepIds())
            finished.setStepState(id, StepState::Pending);
        QCOMPARE(renewalRefusal(finished)->code, u"input.renewal-removed"_s);
        for (StepId id : allStepIds())
            finished.setStepState(id, StepState::Validated);
        QVERIFY(!renewalRefusal(finished));
    }

    // The plan reads as the renewal runs: the new key before the farm's change, the resets, the
    // proof, then the old key's removal.
    void renewalPlan_newKeyBeforeTheFarm_oldKeyAfterTheResets()
    {
        Session session;
        SessionInputs inputs = session.inputs();
        inputs.certificate.mode = CertificateMode::Generate;
        inputs.certificate.keyBits = 3072;
        session.setInputs(inputs);
        const QList<PlanLine> plan = renewalPlan(session, Endpoints());
        auto first = [&](const QString &text) {
            for (qsizetype i = 0; i < plan.size(); ++i)
                if (plan.at(i).text.contains(text))
                    return int(i);
            return -1;
        };
        auto last = [&](const QString &text) {
            for (qsizetype i = plan.size() - 1; i >= 0; --i)
                if (plan.at(i).text.contains(text))
                    return int(i);
            return -1;
        };
        QVERIFY(first(u"3072"_s) >= 0);
        const int addKey = first(u"PATCH "_s);
        const int setSigning = first(u"Set-SPSecurityTokenServiceConfig -ImportSigningCertificate"_s);
        const int reset = last(u"iisreset"_s);
        const int removeKey = last(u"PATCH "_s);
        QVERIFY(addKey >= 0 && setSigning > addKey);
        QVERIFY(reset > setSigning);
        QVERIFY(removeKey > reset);
        QCOMPARE(plan.at(addKey).kind, PlanLine::Kind::Graph);
        QCOMPARE(plan.at(setSigning).kind, PlanLine::Kind::PowerShell);
    }
};

QTEST_GUILESS_MAIN(TestSteps)
#include "tst_steps.moc"
