#pragma once

#include <QJsonObject>

#include <QCoro/QCoroTask>

#include "lab/LabOperation.h"

namespace s2s::lab {

// The lab host's side of the farm host protocol: one request in, one response out, answered by
// the lab farm's operations, exactly as the PowerShell host answers with SharePoint cmdlets.
class LabHostDispatcher {
public:
    // `tenantCaFile`: the lab tenant's certificate (PEM) of this run, which the farm trusts.
    // `allowedOrigins`: what the farm may reach over HTTPS; empty: the lab tenant's own server.
    LabHostDispatcher(LabFolder folder, QString tenantCaFile, QStringList allowedOrigins = {});

    // The first line a host writes: {"event":"ready", host and SharePoint versions, ...}.
    QCoro::Task<QJsonObject> readyMessage();
    // {"id", "ok":true, "result"} or {"id", "ok":false, "error":{...}}.
    QCoro::Task<QJsonObject> handle(QJsonObject request);
    // The wire names this host answers.
    QStringList operations() const { return m_operations.keys(); }

private:
    LabFarmContext m_lab;
    LabOperations m_operations;
};

} // namespace s2s::lab
