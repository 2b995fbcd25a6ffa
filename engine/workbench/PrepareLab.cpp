#include "PrepareLab.h"

#include <QtConcurrent/QtConcurrentRun>

#include <openssl/crypto.h>

#include "lab/LabFolder.h"
#include "lab/LabTenantServer.h"

namespace s2s {
namespace {

// A pool thread outlives its job and may end only after OpenSSL's cleanup at exit, too late to
// free its per-thread state: freed after each job, as OpenSSL asks of every thread that used it.
template <typename Job>
auto withOpenSslThreadStop(Job job)
{
    return [job = std::move(job)] {
        auto result = job();
        OPENSSL_thread_stop();
        return result;
    };
}

} // namespace

QFuture<Result<LabPreparation>> prepareLab(const QString &folder, bool withTenant, KeyPace pace)
{
    return QtConcurrent::run(withOpenSslThreadStop([folder, withTenant, pace]() -> Result<LabPreparation> {
        // The TLS key (P-256, quick) on another thread while this one seeds.
        QFuture<Result<crypto::GeneratedCertificate>> tls;
        if (withTenant)
            tls = QtConcurrent::run(
                withOpenSslThreadStop([] { return lab::LabTenantServer::makeTlsCertificate(); }));
        const int keyAttempts = pace == KeyPace::AllCores ? crypto::keyAttemptsOnAllCores() : 1;
        const Status seeded = lab::LabFolder(folder).ensureSeeded(keyAttempts);
        LabPreparation prepared{folder, std::nullopt};
        if (withTenant) {
            Result<crypto::GeneratedCertificate> made = tls.result();
            if (!made)
                return made.error();
            prepared.tenantTls = std::move(made.value());
        }
        if (!seeded)
            return seeded.error();
        return prepared;
    }));
}

} // namespace s2s
