#include "RenewalState.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

using Stage = RenewalState::Stage;

constexpr std::array stageNames{
    std::pair{Stage::None, u"none"},
    std::pair{Stage::Prepared, u"prepared"},
    std::pair{Stage::NewKeyAdded, u"new-key-added"},
    std::pair{Stage::RolledOut, u"rolled-out"},
    std::pair{Stage::Verified, u"verified"},
    std::pair{Stage::OldKeyRemoved, u"old-key-removed"},
};

Stage stageFromName(const QString &name)
{
    for (const auto &[stage, text] : stageNames)
        if (QStringView(text) == name)
            return stage;
    return Stage::None;
}

} // namespace

QString renewalStageName(Stage stage)
{
    for (const auto &[each, name] : stageNames)
        if (each == stage)
            return QString::fromUtf16(name);
    return {};
}

QJsonObject RenewalState::toJson() const
{
    QJsonObject json{{u"stage"_s, renewalStageName(stage)}};
    if (!oldCertificate.isEmpty())
        json.insert(u"oldCertificate"_s, oldCertificate.toJson());
    if (!newCertificate.isEmpty())
        json.insert(u"newCertificate"_s, newCertificate.toJson());
    if (started.isValid())
        json.insert(u"started"_s, started.toString(Qt::ISODateWithMs));
    if (finished.isValid())
        json.insert(u"finished"_s, finished.toString(Qt::ISODateWithMs));
    return json;
}

RenewalState RenewalState::fromJson(const QJsonObject &json)
{
    RenewalState state;
    state.stage = stageFromName(json.value(u"stage").toString());
    state.oldCertificate = StsCertificateRecord::fromJson(json.value(u"oldCertificate").toObject());
    state.newCertificate = StsCertificateRecord::fromJson(json.value(u"newCertificate").toObject());
    state.started = QDateTime::fromString(json.value(u"started").toString(), Qt::ISODateWithMs);
    state.finished = QDateTime::fromString(json.value(u"finished").toString(), Qt::ISODateWithMs);
    return state;
}

} // namespace s2s
