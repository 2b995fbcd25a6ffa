#include "Elevation.h"

#include <QtGlobal>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace s2s {

#ifndef Q_OS_WIN
namespace {

class PosixElevation final : public Elevation {
public:
    bool isElevated() const override { return ::geteuid() == 0; }
};

} // namespace

std::unique_ptr<Elevation> platformElevation()
{
    return std::make_unique<PosixElevation>();
}
#endif

QStringList pluginPathVariables()
{
    return {u"QT_PLUGIN_PATH"_s, u"QT_QPA_PLATFORM_PLUGIN_PATH"_s, u"QML2_IMPORT_PATH"_s,
            u"QML_IMPORT_PATH"_s};
}

QStringList dropPluginPathsWhenElevated(const Elevation &elevation)
{
    QStringList dropped;
    if (!elevation.isElevated())
        return dropped;
    for (const QString &name : pluginPathVariables()) {
        const QByteArray variable = name.toLatin1();
        if (qEnvironmentVariableIsSet(variable.constData())) {
            qunsetenv(variable.constData());
            dropped.append(name);
        }
    }
    return dropped;
}

} // namespace s2s
