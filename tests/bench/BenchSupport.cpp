#include "BenchSupport.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <poll.h>
#include <xcb/xcb.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace s2s::bench {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0);
}

Timed runTimed(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    process.waitForFinished(timeoutMs);
    Timed timed;
    timed.ms = double(timer.nsecsElapsed()) / 1e6;
    timed.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    timed.output = process.readAll();
    return timed;
}

namespace {

double peakMiB(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return 0;
}

// The X server's map notifications on the root: a top-level window of any client, shown. The
// benchmark runs on its own Xvfb, so the first one is the child's.
class MapWatch {
public:
    MapWatch()
        : m_connection(xcb_connect(nullptr, nullptr))
    {
        if (xcb_connection_has_error(m_connection))
            return;
        const xcb_screen_t *screen = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data;
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        xcb_change_window_attributes(m_connection, screen->root, XCB_CW_EVENT_MASK, &mask);
        xcb_flush(m_connection);
        m_ok = true;
    }
    ~MapWatch() { xcb_disconnect(m_connection); }
    MapWatch(const MapWatch &) = delete;
    MapWatch &operator=(const MapWatch &) = delete;

    bool ok() const { return m_ok; }
    // Drops the notifications of windows shown (or gone) before now: a killed child's.
    void forgetEarlierMaps()
    {
        xcb_flush(m_connection);
        while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection))
            free(event); // NOLINT(cppcoreguidelines-no-malloc): xcb's events are malloc'ed
    }
    // True when a window was mapped within `timeoutMs`.
    bool waitForMap(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < timeoutMs) {
            while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
                const bool mapped = (event->response_type & 0x7f) == XCB_MAP_NOTIFY;
                free(event); // NOLINT(cppcoreguidelines-no-malloc): xcb's events are malloc'ed
                if (mapped)
                    return true;
            }
            pollfd fd{xcb_get_file_descriptor(m_connection), POLLIN, 0};
            (void)poll(&fd, 1, 5);
        }
        return false;
    }

private:
    xcb_connection_t *m_connection;
    bool m_ok = false;
};

} // namespace

std::optional<Shown> timeToFirstWindow(const QString &program, const QStringList &arguments, int settleMs)
{
    // One connection for the whole benchmark: Xvfb resets when its last client leaves, and a
    // connection made during the reset fails (a measure then failed at random).
    static MapWatch watch;
    if (!watch.ok())
        return std::nullopt;
    watch.forgetEarlierMaps();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"xcb"_s);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    const bool mapped = watch.waitForMap(30000);
    Shown shown{double(timer.nsecsElapsed()) / 1e6, 0};
    if (mapped) {
        QThread::msleep(static_cast<unsigned long>(settleMs));
        shown.peakMiB = peakMiB(process.processId());
    }
    process.kill();
    process.waitForFinished(10000);
    if (!mapped)
        return std::nullopt;
    return shown;
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool growTranscript(const QString &path, int entries)
{
    QJsonObject state = readJson(path);
    const auto entryAt = [](int i) {
        return QJsonObject{
            {u"time"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {u"step"_s, u"final-validation"_s},
            {u"server"_s, u"SP-WFE1"_s},
            {u"kind"_s, u"validation"_s},
            {u"command"_s, u"Get-SPTrustedSecurityTokenIssuer | Where-Object Name -eq 'ACS' # %1"_s.arg(i)},
            {u"output"_s,
             u"Name: ACS; RegisteredIssuerName: 00000001-0000-0000-c000-000000000000@11111111-2222-3333-4444-555555555555; MetadataEndPoint: https://accounts.accesscontrol.windows.net/metadata/json/1"_s},
            {u"outcome"_s, u"ok"_s},
            {u"durationMs"_s, 12}};
    };
    if (state.value(u"schema").toInt() == 1) {
        QJsonArray transcript = state.value(u"transcript").toArray();
        for (int i = 0; i < entries; ++i)
            transcript.append(entryAt(i));
        state.insert(u"transcript"_s, transcript);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(state).toJson()) > 0;
    }
    const QFileInfo info(path);
    QFile jsonl(info.dir().filePath(info.completeBaseName() + u".transcript.jsonl"_s));
    if (!jsonl.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    QByteArray lines;
    for (int i = 0; i < entries; ++i)
        lines += QJsonDocument(entryAt(i)).toJson(QJsonDocument::Compact) + '\n';
    return jsonl.write(lines) == lines.size();
}

} // namespace s2s::bench
