#include "LabHostDispatcher.h"

#include <QJsonArray>

#include "farm/FarmCodec.h"
#include "lab/LabFarmOperations.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {
namespace {

Error unknownOperation(const QString &op)
{
    return Error{u"farm.unknown-op"_s,
                 u"The host has no operation \"%1\"."_s.arg(op),
                 {},
                 u"The wizard and its host script are from different versions."_s};
}

} // namespace

LabHostDispatcher::LabHostDispatcher(LabFolder folder, QString tenantCaFile, QStringList allowedOrigins)
    : m_lab{LabFarmModel(std::move(folder)), std::move(tenantCaFile)}
    , m_operations(labFarmOperations())
{
    m_lab.load = loadSharePoint(m_lab.model);
    m_lab.allowedOrigins = std::move(allowedOrigins);
}

// The fields of FarmHost.ps1's ready message (Start-S2SFarmHost), but the language mode.
QCoro::Task<QJsonObject> LabHostDispatcher::readyMessage()
{
    const auto info = labHostInfo(m_lab);
    QJsonObject ready{{u"event"_s, u"ready"_s}};
    if (info) {
        const QJsonObject json = farm_codec::toJson(info.value());
        for (auto it = json.begin(); it != json.end(); ++it)
            ready.insert(it.key(), it.value());
    } else {
        ready.insert(u"error"_s, farm_codec::toJson(info.error()));
    }
    // Get-SPShellAdmin lists the account only when the farm cmdlets loaded.
    ready.insert(u"shellAdmin"_s, m_lab.load.loaded());
    if (!m_lab.load.loaded()) {
        ready.insert(u"loadError"_s, m_lab.load.error);
        ready.insert(u"loadRemedy"_s, m_lab.load.remedy);
    }
    ready.insert(u"loadWarnings"_s, QJsonArray::fromStringList(m_lab.load.warnings));
    ready.insert(u"operations"_s, QJsonArray::fromStringList(operations()));
    co_return ready; // a named local: core/Coroutines.h
}

QCoro::Task<QJsonObject> LabHostDispatcher::handle(QJsonObject request)
{
    const QJsonValue id = request.value(u"id");
    const QString op = request.value(u"op").toString();
    const auto operation = m_operations.constFind(op);
    Result<QJsonValue> result = unknownOperation(op);
    if (operation != m_operations.constEnd())
        result = co_await (*operation)(m_lab, request.value(u"args").toObject(),
                                       request.value(u"server").toString());
    QJsonObject response{{u"id"_s, id}, {u"ok"_s, result.ok()}};
    if (result)
        response.insert(u"result"_s, result.value());
    else
        response.insert(u"error"_s, farm_codec::toJson(result.error()));
    co_return response; // a named local: core/Coroutines.h
}

} // namespace s2s::lab
