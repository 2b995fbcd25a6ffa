#include "AcsTokenRefusal.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct RefusalText {
    Q_DECLARE_TR_FUNCTIONS(AcsTokenRefusal)
};

// "AADSTS700027" / "ACS50012" from the description, else the first of error_codes.
QString errorCode(const AcsTokenAnswer &answer)
{
    static const QRegularExpression named(u"\\b(AADSTS|ACS)(\\d+)\\b"_s);
    const auto match = named.match(answer.errorDescription);
    if (match.hasMatch())
        return match.captured(1) + match.captured(2);
    return answer.errorCodes.isEmpty() ? QString() : u"AADSTS%1"_s.arg(answer.errorCodes.constFirst());
}

bool isOneOf(const QString &code, std::initializer_list<QStringView> codes)
{
    return std::any_of(codes.begin(), codes.end(), [&code](QStringView each) { return code == each; });
}

} // namespace

bool refusedEncoding(const AcsTokenAnswer &answer)
{
    return !answer.accepted &&
           (answer.error == u"unsupported_grant_type" || errorCode(answer) == u"AADSTS70003");
}

AcsTokenRefusal explainRefusal(const AcsTokenAnswer &answer, const QString &resourceHost)
{
    AcsTokenRefusal refusal;
    refusal.code = errorCode(answer);
    // Entra appends "\r\nTrace ID: ..." lines: the first line is the message, and in it what
    // follows ", Please visit" is the same advice for every key error.
    QString description = answer.errorDescription.section(u'\n', 0, 0).trimmed();
    if (const qsizetype advice = description.indexOf(u", Please "_s); advice > 0)
        description = description.left(advice) + (description.contains(u'[') ? u"]"_s : QString());
    refusal.summary = u"HTTP %1 %2: %3"_s.arg(answer.httpStatus).arg(answer.error, description).trimmed();
    const QString code = refusal.code;
    if (isOneOf(code, {u"AADSTS700027", u"ACS50012"}) &&
        answer.errorDescription.contains(u"expired", Qt::CaseInsensitive)) {
        refusal.revisit = StepId::StsCertificate;
        refusal.remedy =
            RefusalText::tr("The key the farm signs with has expired: give the farm a new STS certificate "
                            "in %1, then upload it in %2.")
                .arg(stepReference(StepId::StsCertificate), stepReference(StepId::UploadCertificate));
    } else if (isOneOf(code, {u"AADSTS700027", u"ACS50012"})) {
        refusal.revisit = StepId::UploadCertificate;
        refusal.remedy =
            RefusalText::tr("ACS does not accept the key the farm signed with: upload the farm's current STS "
                            "certificate to the SharePoint Online principal in %1 (and check in %2 that "
                            "every server runs it).")
                .arg(stepReference(StepId::UploadCertificate), stepReference(StepId::StsCertificate));
    } else if (isOneOf(code, {u"AADSTS700016", u"AADSTS90002"})) {
        refusal.revisit = StepId::AuthRealm;
        refusal.remedy =
            RefusalText::tr(
                "ACS does not know the farm's realm as this tenant: check the tenant id in %1 and "
                "set the farm's realm to it in %2.")
                .arg(stepReference(StepId::Variables), stepReference(StepId::AuthRealm));
    } else if (isOneOf(code, {u"AADSTS500011", u"ACS50001"})) {
        refusal.revisit = StepId::AddSpn;
        refusal.remedy = RefusalText::tr(
                             "No service principal name of SharePoint Online covers %1: add the one for its "
                             "domain in %2.")
                             .arg(resourceHost, stepReference(StepId::AddSpn));
    } else if (isOneOf(code, {u"AADSTS50013", u"AADSTS700024"})) {
        refusal.remedy = RefusalText::tr(
            "ACS found the farm's assertion outside its validity: set the clock of the "
            "SharePoint servers right (time service, NTP) and run this step again.");
    } else if (refusedEncoding(answer)) {
        refusal.remedy = RefusalText::tr(
            "ACS refused how the request was encoded; the transcript holds both encodings "
            "tried and their answers: send it to Microsoft support.");
    } else {
        refusal.revisit = StepId::UploadCertificate;
        refusal.remedy = RefusalText::tr(
                             "ACS refused the token; run the checks of %1 and %2 again and read the "
                             "service's answer in the transcript.")
                             .arg(stepReference(StepId::UploadCertificate), stepReference(StepId::AddSpn));
    }
    return refusal;
}

} // namespace s2s
