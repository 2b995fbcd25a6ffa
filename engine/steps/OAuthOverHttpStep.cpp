#include "steps/FarmWrites.h"
#include "steps/StepSupport.h"
#include "steps/Steps.h"

#include "farm/ops/StsOps.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

class OAuthOverHttpStep final : public Step {
    Q_DECLARE_TR_FUNCTIONS(OAuthOverHttpStep)
public:
    StepId id() const override { return StepId::OAuthOverHttp; }
    bool affectedBy(SessionInput input) const override { return input == SessionInput::WebApplication; }
    QString explanation() const override
    {
        return tr("OAuth in SharePoint Server requires HTTPS. When the hybrid web application "
                  "uses http://, OAuth over HTTP must be allowed. The setting lives in the "
                  "configuration database, so it is set once for the whole farm.");
    }

    bool isApplicable(const Session &session) const override
    {
        return siteUrl(session).startsWith(u"http://", Qt::CaseInsensitive);
    }
    QString notApplicableReason(const Session &) const override
    {
        return tr("Not required: the web application uses SSL.");
    }
    QString confirmationKey() const override { return u"oauthOverHttp"_s; }
    QString confirmationText() const override
    {
        return tr("OAuth over HTTP sends tokens unencrypted on the network. Allow it (you can "
                  "turn it off again once the web application uses SSL).");
    }

    QList<PlanLine> plan(const Session &, const Endpoints &) const override
    {
        return {powershell(stsConfigCommand()), powershell(setAllowOAuthOverHttpCommand(true)),
                note(tr("To turn it off later: %1").arg(setAllowOAuthOverHttpCommand(false)))};
    }

    QCoro::Task<Status> apply(StepContext &context) override
    {
        const auto config = co_await readStsConfig(context.farm);
        if (!config)
            co_return config.error();
        if (config->allowOAuthOverHttp)
            co_return success();
        if (!context.session.inputs().confirmed(confirmationKey()))
            co_return confirmationMissing(confirmationKey(), confirmationText());
        // Recorded before the write: a run killed between the two still knows (--remove).
        context.session.recordChange({.kind = ChangeRecord::Kind::OAuthOverHttp,
                                      .step = key(),
                                      .before = u"false"_s,
                                      .after = u"true"_s});
        co_return co_await setAllowOAuthOverHttp(context.farm, true);
    }

    QCoro::Task<ValidationReport> validate(StepContext &context) override
    {
        const auto config = co_await readStsConfig(context.farm);
        if (!config)
            co_return makeReport(unreadableChecks({check_ids::oauthOverHttpEnabled}, config.error()));
        co_return makeReport({checkIf(
            config->allowOAuthOverHttp, check_ids::oauthOverHttpEnabled, u"AllowOAuthOverHttp = True"_s,
            u"AllowOAuthOverHttp = %1"_s.arg(config->allowOAuthOverHttp ? u"True"_s : u"False"_s),
            tr("Run this step (it sets AllowOAuthOverHttp), or move "
               "the web application to https://."))});
    }
};

} // namespace

std::unique_ptr<Step> makeOAuthOverHttpStep()
{
    return std::make_unique<OAuthOverHttpStep>();
}

} // namespace s2s
