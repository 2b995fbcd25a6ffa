#include "ProtocolFarmBackend.h"

#include <QCoreApplication>
#include <QFileInfo>

#include "farm/FarmCodec.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace codec = farm_codec;
namespace {

Activity::Kind activityKind(const QString &event)
{
    if (event == u"warning")
        return Activity::Kind::Warning;
    if (event == u"progress")
        return Activity::Kind::Progress;
    return Activity::Kind::Verbose;
}

QString readyText(const HostInfo &info)
{
    const QString yes = QCoreApplication::translate("ProtocolFarmBackend", "yes");
    const QString no = QCoreApplication::translate("ProtocolFarmBackend", "no");
    return QCoreApplication::translate("ProtocolFarmBackend",
                                       "Farm host ready: PowerShell %1, SharePoint %2, farm "
                                       "administrator: %3")
        .arg(info.powershellVersion, info.sharepointBuild, info.farmAdmin ? yes : no);
}

} // namespace

ProtocolFarmBackend::ProtocolFarmBackend(HostTransport::Config config)
    : m_transport(std::move(config))
{
    // Starting Windows PowerShell and loading the snap-in takes seconds: say so while it happens.
    QObject::connect(&m_transport, &HostTransport::hostStarting, &m_transport, [this] {
        reportActivity(
            {Activity::Kind::HostStarting,
             TranscriptKind::Farm,
             {},
             QCoreApplication::translate("ProtocolFarmBackend", "Starting the farm host %1 and loading "
                                                                "SharePoint…")
                 .arg(QFileInfo(m_transport.config().hostProgram()).fileName())});
    });
    QObject::connect(&m_transport, &HostTransport::hostReady, &m_transport,
                     [this](const QJsonObject &announcement) {
                         reportActivity({Activity::Kind::HostReady,
                                         TranscriptKind::Farm,
                                         {},
                                         readyText(codec::hostInfo(announcement))});
                     });
    QObject::connect(
        &m_transport, &HostTransport::hostEvent, &m_transport,
        [this](const QString &, const QString &server, const QString &event, const QString &text) {
            reportActivity({activityKind(event), TranscriptKind::Farm, server, text});
        });
}

QJsonObject ProtocolFarmBackend::reportInfo() const
{
    QJsonObject info{{u"kind"_s, kind()},
                     {u"program"_s, m_transport.config().hostProgram()},
                     {u"hostStarts"_s, m_transport.hostStarts()},
                     {u"calls"_s, m_transport.calls()}};
    if (!m_transport.config().relayedProgram.isEmpty())
        info.insert(u"relay"_s, m_transport.config().program);
    return info;
}

} // namespace s2s
