#include "Renewal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "core/Constants.h"
#include "steps/FarmReads.h"
#include "steps/KeyCredentialWrites.h"
#include "steps/StepSupport.h"
#include "steps/StsCertificateRollout.h"
#include "steps/StsCertificateSource.h"
#include "steps/TrustProof.h"
#include "tenant/GraphRequests.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

using Stage = RenewalState::Stage;

struct RenewalText {
    Q_DECLARE_TR_FUNCTIONS(Renewal)
};

const QString renewalStep = u"renew-certificate"_s;
const QString outageKey = u"outage"_s;

QString outageText()
{
    return RenewalText::tr("Replacing the certificate resets IIS and restarts the SharePoint Timer Service "
                           "on every server, one server at a time: each server is out of service for a "
                           "minute or two while the others keep serving.");
}

bool sameThumbprint(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

void saveStage(Session &session, RenewalState &state, Stage stage)
{
    state.stage = stage;
    session.setRenewal(state);
}

void addNote(StepContext &context, const QString &title, const QString &text)
{
    context.recorder.add(TranscriptEntry::Kind::Note, {}, title, text, true, 0);
}

// The certificate choice a renewal makes its certificate with: the session's (answers key
// "certificate"); keeping the current certificate renews nothing, so keep means generate.
CertificateChoice renewalChoice(const Session &session)
{
    CertificateChoice choice = session.inputs().certificate;
    if (choice.mode == CertificateMode::Keep) {
        choice.mode = CertificateMode::Generate;
        choice.pfx.clear();
    }
    return choice;
}

// A generated PFX's path that no file holds yet: `<name>-<stamp>.pfx` beside the chosen PFX, or
// in the default folder. The stamp is the renewal's start, so a resumed renewal finds it again.
QString stampedPfxPath(const CertificateChoice &choice, const QDateTime &started)
{
    const QFileInfo chosen(choice.pfx);
    const QString folder = choice.pfx.isEmpty() ? defaultCertificateFolder() : chosen.absolutePath();
    // sts-renewed-A.pfx renewed again is sts-renewed-B.pfx, not sts-renewed-A-renewed-B.pfx.
    const QString name = choice.pfx.isEmpty() ? u"sts"_s
                                              : chosen.completeBaseName().section(u"-renewed-"_s, 0, 0);
    return QDir(folder).filePath(
        u"%1-renewed-%2.pfx"_s.arg(name, started.toUTC().toString(u"yyyyMMdd-HHmmss"_s)));
}

// Where a renewal generates its PFX. Never a file that holds another certificate: the chosen
// path only while it does not exist (or, on a resumed renewal, when the interrupted run made it
// there), else a new name beside it.
QString generatedPfxPath(const Session &session, const CertificateChoice &choice, const RenewalState &state,
                         bool resumed)
{
    const QString stamped = stampedPfxPath(choice, state.started);
    if (QFileInfo::exists(stamped) || choice.pfx.isEmpty())
        return stamped;
    const QString chosen = QFileInfo(choice.pfx).absoluteFilePath();
    if (!QFileInfo::exists(chosen))
        return chosen;
    const bool oldOne = chosen == QDir::cleanPath(session.variables().stsCertificate.pfxPath) ||
                        chosen == QDir::cleanPath(state.oldCertificate.pfxPath);
    return resumed && !oldOne ? chosen : stamped;
}

// The choice that (re)opens the certificate a renewal recorded.
CertificateChoice recordedChoice(const StsCertificateRecord &record, CertificateChoice choice)
{
    choice.mode = record.source == StsCertificateRecord::imported ? CertificateMode::Import
                                                                  : CertificateMode::Generate;
    choice.pfx = record.pfxPath;
    if (record.keyBits > 0)
        choice.keyBits = record.keyBits;
    if (record.notBefore.isValid() && record.notAfter.isValid())
        choice.validityYears = int(qRound(double(record.notBefore.daysTo(record.notAfter)) / 365.25));
    return choice;
}

// Runs step 3's preparation with `choice`, leaving the session's inputs and variables as they
// were: they change only once the farm signs with the new certificate.
QCoro::Task<Result<PreparedStsCertificate>> prepareWith(StepContext &context, CertificateChoice choice,
                                                        QString typedPassword)
{
    const SessionInputs inputs = context.session.inputs();
    const SessionVariables variables = context.session.variables();
    SessionInputs renewing = inputs;
    renewing.certificate = choice;
    context.session.setInputs(renewing);
    auto prepared = co_await prepareStsCertificate(context, typedPassword);
    // Except the password file the lab may have written for a generated password: kept, so that
    // a resumed renewal opens its PFX.
    SessionInputs restored = inputs;
    restored.certificate.passwordFile = context.session.inputs().certificate.passwordFile;
    context.session.setInputs(restored);
    context.session.setVariables(variables);
    co_return prepared;
}

Error sameCertificateError(const QString &pfx, const QString &thumbprint)
{
    return Error{u"input.renewal-same-certificate"_s,
                 RenewalText::tr("The PFX %1 holds the certificate the farm signs with now (%2): a renewal "
                                 "needs a new certificate.")
                     .arg(QDir::toNativeSeparators(pfx), thumbprint),
                 {},
                 RenewalText::tr("Choose the PFX of the new certificate (certificate.pfx in the answers "
                                 "file), or let the wizard generate one (certificate.mode \"generate\")."),
                 ErrorKind::Input};
}

// Stage 1: the new certificate, made or opened; a resumed renewal reopens the recorded PFX.
QCoro::Task<Result<PreparedStsCertificate>> newCertificate(StepContext &context, RenewalState &state,
                                                           QString typedPassword)
{
    const CertificateChoice choice = renewalChoice(context.session);
    if (!state.newCertificate.isEmpty()) {
        const CertificateChoice recorded = recordedChoice(state.newCertificate, choice);
        auto reopened = co_await prepareWith(context, recorded, typedPassword);
        if (reopened && !sameThumbprint(reopened->record.thumbprint, state.newCertificate.thumbprint)) {
            Error changed{u"input.renewal-pfx-changed"_s,
                          RenewalText::tr("The PFX %1 of this renewal now holds the certificate %2 instead "
                                          "of %3.")
                              .arg(QDir::toNativeSeparators(state.newCertificate.pfxPath),
                                   reopened->record.thumbprint, state.newCertificate.thumbprint),
                          {},
                          RenewalText::tr("Put the PFX of certificate %1 back at that path (the wizard "
                                          "never overwrites it), then run the renewal again.")
                              .arg(state.newCertificate.thumbprint),
                          ErrorKind::Input};
            co_return changed;
        }
        co_return reopened;
    }
    const bool resumed = state.stage == Stage::None && state.started.isValid() &&
                         !state.oldCertificate.isEmpty();
    if (!state.started.isValid())
        state.started = QDateTime::currentDateTimeUtc();
    // Kept before any file is written, so that a run killed now finds its PFX again.
    context.session.setRenewal(state);
    CertificateChoice making = choice;
    if (making.mode == CertificateMode::Generate)
        making.pfx = generatedPfxPath(context.session, choice, state, resumed);
    const auto prepared = co_await prepareWith(context, making, typedPassword);
    if (!prepared)
        co_return prepared;
    if (sameThumbprint(prepared->record.thumbprint, state.oldCertificate.thumbprint))
        co_return sameCertificateError(prepared->record.pfxPath, prepared->record.thumbprint);
    co_return prepared;
}

CertificateInfo certificateInfo(const PreparedStsCertificate &prepared)
{
    CertificateInfo info;
    info.thumbprint = prepared.record.thumbprint;
    info.subject = prepared.record.subject;
    info.notBefore = prepared.record.notBefore;
    info.notAfter = prepared.record.notAfter;
    info.keyBits = prepared.record.keyBits;
    info.keyAlgorithm = prepared.record.keyAlgorithm;
    info.der = prepared.der;
    return info;
}

ChangeRecord change(ChangeRecord::Kind kind, const QString &object)
{
    ChangeRecord record;
    record.kind = kind;
    record.step = renewalStep;
    record.object = object;
    record.recorded = QDateTime::currentDateTimeUtc();
    return record;
}

// Stage 2: the new key next to the old one, read from the new certificate.
QCoro::Task<Status> addNewKey(StepContext &context, PreparedStsCertificate prepared)
{
    const auto principal = co_await readSpoPrincipal(context);
    if (!principal)
        co_return principal.error();
    const QString thumbprint = prepared.record.thumbprint;
    if (findKeyByThumbprint(principal->keyCredentials, thumbprint))
        co_return success();
    showProgress(context, RenewalText::tr("Adding the key of %1 to SharePoint Online…").arg(thumbprint));
    ChangeRecord added = change(ChangeRecord::Kind::KeyAdded, thumbprint);
    added.name = keyCredentialFor(certificateInfo(prepared)).displayName;
    context.session.recordChange(added);
    KeyAddition write(keyCredentialFor(certificateInfo(prepared)));
    co_return co_await writeVerified(context, *principal, write);
}

// Stage 4: every server serves the new certificate and the trust works with it.
QCoro::Task<Status> verifyRenewed(StepContext &context, RenewalState state)
{
    const QString thumbprint = state.newCertificate.thumbprint;
    const auto installed = co_await isStsCertificateInstalled(context, thumbprint);
    if (!installed)
        co_return installed.error();
    if (!*installed) {
        Error notEverywhere{
            u"farm.renewal-not-rolled-out"_s,
            RenewalText::tr("Not every SharePoint server serves the new STS certificate %1 yet.")
                .arg(thumbprint),
            {},
            RenewalText::tr("Run the renewal again: it sets what is missing and resets the servers that "
                            "still serve the old certificate. The old key stays in SharePoint Online "
                            "until then, so the trust keeps working.")};
        co_return notEverywhere;
    }
    const QList<Check> checks = co_await proveTrust(context);
    QStringList failing;
    QStringList remedies;
    for (const Check &check : checks) {
        if (check.status != CheckStatus::Fail)
            continue;
        failing.append(u"%1: %2"_s.arg(check.id, check.actual));
        if (!check.remedy.isEmpty() && !remedies.contains(check.remedy))
            remedies.append(check.remedy);
    }
    if (!failing.isEmpty()) {
        Error unproven{u"tenant.renewal-trust-unproven"_s,
                       RenewalText::tr("The trust does not work with the new STS certificate %1: %2")
                           .arg(thumbprint, failing.join(u"; "_s)),
                       {},
                       RenewalText::tr("%1 The old key (%2) stays in SharePoint Online until the trust "
                                       "works; run the renewal again once this is fixed.")
                           .arg(remedies.join(u' '), state.oldCertificate.thumbprint)};
        co_return unproven;
    }
    co_return success();
}

// Stage 5: only the key that matched the old farm certificate leaves SharePoint Online.
QCoro::Task<Status> removeOldKey(StepContext &context, RenewalState state)
{
    const QString old = state.oldCertificate.thumbprint;
    if (old.isEmpty() || sameThumbprint(old, state.newCertificate.thumbprint))
        co_return success();
    const auto principal = co_await readSpoPrincipal(context);
    if (!principal)
        co_return principal.error();
    if (findKeyByThumbprint(principal->keyCredentials, old)) {
        showProgress(context, RenewalText::tr("Removing the old key %1 from SharePoint Online…").arg(old));
        context.session.recordChange(change(ChangeRecord::Kind::KeyRemoved, old));
        const Status removed = co_await removeSpoKey(context, old);
        if (!removed)
            co_return removed;
    }
    // A deliberate removal: the "kept" check no longer expects that key.
    SessionVariables variables = context.session.variables();
    if (variables.keysBefore) {
        QStringList kept;
        for (const QString &key : std::as_const(*variables.keysBefore))
            if (!sameThumbprint(key, old))
                kept.append(key);
        if (kept != *variables.keysBefore) {
            variables.keysBefore = kept;
            context.session.setVariables(variables);
        }
    }
    co_return success();
}

// Step 3's records follow the farm: its certificate is the new one, made by the renewal's choice.
void adoptNewCertificate(Session &session, const RenewalState &state)
{
    SessionVariables variables = session.variables();
    if (variables.stsCertificate.toJson() != state.newCertificate.toJson()) {
        variables.stsCertificate = state.newCertificate;
        session.setVariables(variables);
    }
    SessionInputs inputs = session.inputs();
    const CertificateChoice made = recordedChoice(state.newCertificate, renewalChoice(session));
    if (inputs.certificate.toJson() != made.toJson()) {
        inputs.certificate = made;
        session.setInputs(inputs); // not changeInputs: no step goes pending, the farm is in step
    }
}

// Stage 1, on every run before the farm switched: the new certificate, made or reopened; nothing
// when the farm already runs it (only its key and the proof remain).
QCoro::Task<Result<std::optional<PreparedStsCertificate>>> certificateIfNeeded(StepContext &context,
                                                                               RenewalState &state,
                                                                               QString typedPassword)
{
    std::optional<PreparedStsCertificate> none;
    if (state.stage == Stage::NewKeyAdded) {
        const auto done = co_await isStsCertificateInstalled(context, state.newCertificate.thumbprint);
        if (!done)
            co_return done.error();
        if (*done)
            co_return none;
    }
    auto made = co_await newCertificate(context, state, typedPassword);
    if (!made)
        co_return made.error();
    if (state.stage == Stage::None) {
        state.newCertificate = made->record;
        addNote(context, RenewalText::tr("New STS certificate"), describeStsCertificate(made->record));
        saveStage(context.session, state, Stage::Prepared);
    }
    std::optional<PreparedStsCertificate> prepared = *made;
    co_return prepared;
}

// Stage 3: the change recorded, then step 3's roll-out (nothing to do when the farm runs it).
QCoro::Task<Status> rollOutNew(StepContext &context, RenewalState &state,
                               std::optional<PreparedStsCertificate> prepared)
{
    const QString thumbprint = state.newCertificate.thumbprint;
    const auto config = co_await readStsConfig(context.farm);
    if (!config)
        co_return config.error();
    if (!sameThumbprint(config->signingCertificate.thumbprint, thumbprint)) {
        ChangeRecord replaced = change(ChangeRecord::Kind::StsCertificate, thumbprint);
        replaced.before = config->signingCertificate.thumbprint;
        replaced.after = thumbprint;
        context.session.recordChange(replaced);
    }
    if (prepared) {
        showProgress(context, RenewalText::tr("Installing the STS certificate %1").arg(thumbprint));
        const bool confirmed = context.session.inputs().confirmed(outageKey);
        const Status rolled = co_await rollOutStsCertificate(context, *prepared, confirmed, outageKey,
                                                             outageText());
        if (!rolled)
            co_return rolled;
    }
    adoptNewCertificate(context.session, state);
    saveStage(context.session, state, Stage::RolledOut);
    co_return success();
}

} // namespace

std::optional<Error> renewalRefusal(const Session &session)
{
    // A removal under way, or done and not set up again since: there is no trust to renew.
    const ChangeLog &log = session.changeLog();
    if (log.removalStarted.isValid() && (!log.removalFinished.isValid() || !session.isFinished()))
        return Error{u"input.renewal-removed"_s,
                     RenewalText::tr("The hybrid trust of this session was removed (%1): there is no trust "
                                     "to renew.")
                         .arg(session.changeLog().removalStarted.toString(Qt::ISODate)),
                     {},
                     RenewalText::tr("Set the trust up again in a new session (--auto), then renew its "
                                     "certificate there."),
                     ErrorKind::Input};
    if (!session.isFinished() && !session.renewal().inProgress()) {
        const std::optional<StepId> unfinished = session.firstUnfinished();
        return Error{u"input.renewal-unfinished"_s,
                     RenewalText::tr("The setup of this session is not finished (%1 is not done): only a "
                                     "finished trust can have its certificate renewed.")
                         .arg(unfinished ? stepReference(*unfinished) : QString()),
                     {},
                     RenewalText::tr("Finish the setup first (--auto --session FILE, or the wizard), then "
                                     "renew the certificate."),
                     ErrorKind::Input};
    }
    return std::nullopt;
}

QList<PlanLine> renewalPlan(const Session &session, const Endpoints &endpoints)
{
    const CertificateChoice choice = renewalChoice(session);
    const RenewalState &state = session.renewal();
    const QString each = u"<each server>"_s;
    const QString pfx = state.inProgress() && !state.newCertificate.pfxPath.isEmpty()
                            ? state.newCertificate.pfxPath
                        : choice.mode == CertificateMode::Import
                            ? choice.pfx
                            : RenewalText::tr("<new PFX beside %1>")
                                  .arg(choice.pfx.isEmpty() ? defaultCertificateFolder()
                                                            : QFileInfo(choice.pfx).absolutePath());
    const QString source =
        choice.mode == CertificateMode::Generate
            ? RenewalText::tr("1. Generate an RSA %1-bit key and a self-signed SHA-256 certificate valid %2 "
                              "years; write its PFX and CER (%3) owner-only, never over an existing "
                              "file; the password stays in the credential store.")
                  .arg(choice.keyBits)
                  .arg(choice.validityYears)
                  .arg(pfx)
            : RenewalText::tr("1. Open the PFX %1 with its password; it must hold a private key and another "
                              "certificate than the farm's current one.")
                  .arg(pfx);
    const QString read = graph_requests::servicePrincipalByAppId(endpoints.graph, constants::spoAppId);
    const StsRolloutCommands rollout = stsRolloutCommands(each, u"<new thumbprint>"_s);
    QList<PlanLine> lines{
        note(RenewalText::tr("Renew the STS certificate without an outage of the trust; every stage is "
                             "recorded in the session, so a stopped renewal resumes where it stopped.")),
        powershell(stsConfigCommand()),
        note(source),
        note(RenewalText::tr("2. Add the new certificate's key to SharePoint Online next to the old one "
                             "(read again right before the write; every key is re-sent):")),
        graph(read),
        graph(graph_requests::patchKeyCredentials(endpoints.graph, u"{id}"_s, 0, u"CN=..."_s)),
        graph(read),
        note(RenewalText::tr("3. Replace the certificate on the farm as step 3 does: on each server whose "
                             "root store lacks it,")),
        powershell(rollout.hasRootCertificate),
        powershell(rollout.importPfx),
        note(RenewalText::tr("once:")),
        powershell(rollout.setSigningCertificate),
        note(RenewalText::tr("then, after you confirm the outage, one server at a time:")),
        powershell(rollout.resetServer),
        powershell(runningStsCertificateCommand(each)),
        note(RenewalText::tr("4. Check that every server serves the new certificate, and prove the trust:"))};
    lines.append(trustProofPlan(session, endpoints));
    lines.append(
        note(RenewalText::tr("5. Remove the old farm certificate's key (%1) from SharePoint Online, "
                             "and only that key:")
                 .arg(state.oldCertificate.isEmpty() ? session.variables().stsCertificate.isEmpty()
                                                           ? RenewalText::tr("the farm's current certificate")
                                                           : session.variables().stsCertificate.thumbprint
                                                     : state.oldCertificate.thumbprint)));
    lines.append(graph(read));
    lines.append(graph(graph_requests::patchKeyCredentials(endpoints.graph, u"{id}"_s, 0, u"CN=..."_s)));
    lines.append(graph(read));
    return lines;
}

QCoro::Task<Status> renewStsCertificate(StepContext &context)
{
    co_return co_await renewStsCertificateWithPassword(context, QString());
}

QCoro::Task<Status> renewStsCertificateWithPassword(StepContext &context, QString typedPassword)
{
    if (std::optional<Error> refused = renewalRefusal(context.session)) {
        Error refusal = *refused;
        co_return refusal;
    }
    // Signed in to the session's tenant before anything changes.
    if (const Status signedIn = co_await ensureSignedIn(context); !signedIn)
        co_return signedIn;

    RenewalState state = context.session.renewal();
    if (state.finished.isValid())
        state = RenewalState{}; // the last renewal is done: this is a new one
    if (state.oldCertificate.isEmpty()) {
        const auto config = co_await readStsConfig(context.farm);
        if (!config)
            co_return config.error();
        state.oldCertificate = certificateRecord(config->signingCertificate, StsCertificateRecord::current);
        const StsCertificateRecord &recorded = context.session.variables().stsCertificate;
        if (sameThumbprint(recorded.thumbprint, state.oldCertificate.thumbprint))
            state.oldCertificate = recorded;
    }

    // 1. The new certificate (reopened on every run that still needs its PFX or its key).
    std::optional<PreparedStsCertificate> prepared;
    if (state.stage < Stage::RolledOut) {
        auto made = co_await certificateIfNeeded(context, state, typedPassword);
        if (!made)
            co_return made.error();
        prepared = *made;
    }

    // 2. Its key next to the old one, before the farm changes.
    if (state.stage == Stage::Prepared) {
        const Status added = co_await addNewKey(context, *prepared);
        if (!added)
            co_return added;
        saveStage(context.session, state, Stage::NewKeyAdded);
    }

    // 3. The farm, server by server.
    if (state.stage == Stage::NewKeyAdded) {
        const Status rolled = co_await rollOutNew(context, state, prepared);
        if (!rolled)
            co_return rolled;
    }

    // 4. Every server serves it, and the trust works: only then may the old key go.
    if (state.stage == Stage::RolledOut) {
        const Status verified = co_await verifyRenewed(context, state);
        if (!verified)
            co_return verified;
        saveStage(context.session, state, Stage::Verified);
    }

    // 5. The old farm key leaves SharePoint Online.
    if (state.stage == Stage::Verified) {
        const Status removed = co_await removeOldKey(context, state);
        if (!removed)
            co_return removed;
        adoptNewCertificate(context.session, state);
        state.finished = QDateTime::currentDateTimeUtc();
        saveStage(context.session, state, Stage::OldKeyRemoved);
        addNote(context, RenewalText::tr("STS certificate renewed"),
                RenewalText::tr("%1 → %2; SharePoint Online holds the new key, the old farm key is removed.")
                    .arg(state.oldCertificate.thumbprint, state.newCertificate.thumbprint));
    }
    co_return success();
}

} // namespace s2s
