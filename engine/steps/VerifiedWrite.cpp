#include "VerifiedWrite.h"

#include <QCoreApplication>

#include "steps/StepSupport.h"
#include "tenant/Merge.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct WriteText {
    Q_DECLARE_TR_FUNCTIONS(VerifiedWrite)
};

// A race is not an error the admin caused, but it belongs in the change record.
void noteRace(StepContext &context, const QString &what, const QStringList &detail)
{
    context.recorder.add(TranscriptEntry::Kind::Note, {}, what, detail.join(u'\n'), true, 0);
    showProgress(context, what);
}

QStringList describeChange(const QStringList &before, const QStringList &now)
{
    QStringList lines;
    for (const QString &each : missingFrom(now, before))
        lines.append(WriteText::tr("added by someone else: %1").arg(each));
    for (const QString &each : missingFrom(before, now))
        lines.append(WriteText::tr("removed by someone else: %1").arg(each));
    return lines;
}

// The entries of `items` that `present` holds, ignoring case.
QStringList stillPresent(const QStringList &items, const QStringList &present)
{
    const QStringList gone = missingFrom(items, present);
    QStringList held;
    for (const QString &item : items)
        if (!gone.contains(item))
            held.append(item);
    return held;
}

} // namespace

QCoro::Task<Status> writeVerified(StepContext &context, ServicePrincipal previous, PrincipalWrite &write)
{
    QStringList missing;
    for (int round = 1; round <= verifiedWriteRounds; ++round) {
        // The pre-PATCH read: the merge starts from what is there now, not from the step's
        // first read, so a change made in between is kept. Always a request to Graph.
        context.tenant.forgetReads();
        const auto current = co_await readSpoPrincipal(context);
        if (!current)
            co_return current.error();
        if (const QStringList change = describeChange(write.present(previous), write.present(*current));
            !change.isEmpty())
            noteRace(context,
                     WriteText::tr("The %1 changed since the last read: merging with the current "
                                   "one.")
                         .arg(write.collection()),
                     change);
        const auto required = write.required(*current);
        if (!required)
            co_return required.error();
        if (missingFrom(*required, write.present(*current)).isEmpty() &&
            stillPresent(write.removed(), write.present(*current)).isEmpty())
            co_return success(); // someone else wrote the same change meanwhile
        if (const Status patched = co_await write.patch(context.tenant, *current); !patched)
            co_return write.patchError(patched.error());
        // The read-back: Graph answers a PATCH with 204 and no body, and another writer may
        // have replaced the collection right after it.
        const auto back = co_await readSpoPrincipal(context);
        if (!back)
            co_return back.error();
        missing = missingFrom(*required, write.present(*back));
        missing.append(stillPresent(write.removed(), write.present(*back)));
        if (missing.isEmpty())
            co_return success();
        // An entry that was there before our PATCH and is gone now was removed by another
        // writer (or dropped): merging again from the read-back cannot bring it back, and the
        // wizard does not re-add what someone may have revoked on purpose.
        if (const QStringList lost = missingFrom(missingFrom(write.present(*current), write.removed()),
                                                 write.present(*back));
            !lost.isEmpty()) {
            Error lostEntries{u"tenant.write-lost-entries"_s,
                              WriteText::tr("After the PATCH, entries of the %1 that were there "
                                            "before it are gone: %2.")
                                  .arg(write.collection(), lost.join(u", "_s)),
                              {},
                              WriteText::tr("Another tool or administrator changed the SharePoint "
                                            "Online principal right after the wizard wrote it. "
                                            "Find out who removed these entries and whether they "
                                            "are still needed (Entra admin center > Enterprise "
                                            "applications > Office 365 SharePoint Online); put "
                                            "them back if so, then run this step again.")};
            co_return lostEntries; // a named local: core/Coroutines.h
        }
        noteRace(context,
                 WriteText::tr("After the PATCH the %1 lacks what was written (another change "
                               "raced in): merging again (round %2 of %3).")
                     .arg(write.collection())
                     .arg(round)
                     .arg(verifiedWriteRounds),
                 missing);
        previous = *back;
    }
    Error raced{u"tenant.write-raced"_s,
                WriteText::tr("The %1 of the SharePoint Online principal kept changing while "
                              "the wizard wrote it: after %2 attempts these are still "
                              "missing: %3.")
                    .arg(write.collection())
                    .arg(verifiedWriteRounds)
                    .arg(missing.join(u", "_s)),
                {},
                WriteText::tr("Another tool or administrator changes the SharePoint Online "
                              "principal at the same time. Wait until it is done (or stop "
                              "it), then run this step again: it keeps every existing entry.")};
    co_return raced; // a named local: core/Coroutines.h
}

} // namespace s2s
