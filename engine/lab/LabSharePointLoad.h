#pragma once

#include <QStringList>

#include <optional>

#include "core/Error.h"
#include "lab/LabFarmModel.h"

namespace s2s::lab {

// How SharePoint loaded in the lab farm's host, decided once when the host starts, as a PowerShell
// host loads it once. For an account that is not a shell admin or not elevated SharePoint loads
// without its farm cmdlets and only warns (POWERSHELL.md, "Loading SharePoint can succeed without
// SharePoint"); FarmHost.ps1 then answers host.info and fails every other operation.
struct LabSharePointLoad {
    QStringList warnings;
    QString error; // empty when the farm cmdlets loaded
    QString remedy;

    bool loaded() const { return error.isEmpty(); }
    // What an operation that needs the farm cmdlets fails with, in FarmHost.ps1's words.
    Error operationError() const;
};

LabSharePointLoad loadSharePoint(const LabFarmModel &model);

} // namespace s2s::lab
