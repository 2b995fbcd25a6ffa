#include "LabSharePointLoad.h"

using namespace Qt::StringLiterals;

namespace s2s::lab {

Error LabSharePointLoad::operationError() const
{
    return Error{u"farm.powershell"_s,
                 u"SharePoint could not be loaded in this PowerShell host: "_s + error,
                 {},
                 remedy};
}

LabSharePointLoad loadSharePoint(const LabFarmModel &model)
{
    const auto farm = model.read();
    if (!farm || (farm->account.shellAdmin && farm->account.elevated))
        return {};
    // The snap-in's (and SharePointServer module's) own warning, then FarmHost.ps1's conclusion.
    const QString warning = u"The local farm is not accessible. Cmdlets with FeatureDependencyId "
                            "are not registered."_s;
    return {{warning},
            u"SharePoint loaded without its farm cmdlets (Get-SPFarm is missing). "_s + warning,
            u"Run the wizard elevated (Run as administrator) with an account that is a farm "
            "administrator and a shell admin of the farm (Add-SPShellAdmin)."_s};
}

} // namespace s2s::lab
