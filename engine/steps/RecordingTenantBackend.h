#pragma once

#include <QUrl>

#include "session/Recorder.h"
#include "tenant/TenantBackend.h"

namespace s2s {

// Puts every Graph request in the transcript as an admin reads it, then forwards it.
class RecordingTenantBackend final : public TenantBackend {
public:
    RecordingTenantBackend(TenantBackend &inner, Recorder &recorder, QUrl graph)
        : m_inner(inner)
        , m_recorder(recorder)
        , m_graph(std::move(graph))
    {}

    QString kind() const override { return m_inner.kind(); }
    QJsonObject reportInfo() const override { return m_inner.reportInfo(); }

    void bindTenant(const QString &tenantId) override { m_inner.bindTenant(tenantId); }
    QCoro::Task<Result<SignedInAccount>> signIn() override;
    std::optional<SignedInAccount> account() const override { return m_inner.account(); }
    QCoro::Task<Status> signOut() override { return m_inner.signOut(); }
    void abandonRequests() override { m_inner.abandonRequests(); }
    QCoro::Task<Result<Organization>> organization() override;
    QCoro::Task<Result<ServicePrincipal>> servicePrincipalByAppId(QString appId) override;
    QCoro::Task<Status> patchServicePrincipalNames(QString id, QStringList names) override;
    QCoro::Task<Status> patchKeyCredentials(QString id, QList<KeyCredential> keys) override;
    QCoro::Task<Result<AcsMetadata>> acsMetadata(QString url) override;
    QCoro::Task<Result<RealmDiscovery>> discoverRealm(QUrl sharePointRoot) override;
    QString lastRequestIds() const override { return m_inner.lastRequestIds(); }

private:
    // Whether the call is a Microsoft Graph request (sign-in and the public ACS metadata are not).
    enum class Call {
        Graph,
        Other
    };

    template <typename T, typename Format>
    QCoro::Task<Result<T>> run(QString command, QCoro::Task<Result<T>> task, Format format,
                               Call call = Call::Graph)
    {
        // Graph's support finds a call by these ids: the transcript keeps them with the answer.
        auto withIds = [this, format, call](const T &value) {
            const QString ids = call == Call::Graph ? m_inner.lastRequestIds() : QString();
            return ids.isEmpty() ? format(value) : format(value) + u'\n' + ids;
        };
        return m_recorder.record(TranscriptEntry::Kind::Graph, QString(), std::move(command), std::move(task),
                                 withIds);
    }

    TenantBackend &m_inner;
    Recorder &m_recorder;
    QUrl m_graph;
};

} // namespace s2s
