#include "SecretClipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QMimeData>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

// Tells clipboard histories to leave the secret out: KDE's Klipper reads the first; Windows's
// clipboard monitors, history (Win+V) and cloud clipboard the others, as registered clipboard
// formats that Qt names x-qt-windows-mime (a DWORD 0 for the two "Can..." formats).
QMimeData *secretMimeData(const QString &secret)
{
    auto *data = new QMimeData;
    data->setText(secret);
    data->setData(u"x-kde-passwordManagerHint"_s, "secret");
    const QByteArray dwordZero(4, '\0');
    for (const QString &format : {u"ExcludeClipboardContentFromMonitorProcessing"_s,
                                  u"CanIncludeInClipboardHistory"_s, u"CanUploadToCloudClipboard"_s})
        data->setData(u"application/x-qt-windows-mime;value=\"%1\""_s.arg(format), dwordZero);
    return data;
}

} // namespace

void copySecretToClipboard(const QString &secret, std::chrono::milliseconds clearAfter)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->setMimeData(secretMimeData(secret));
    const auto clearIfStillThere = [clipboard, secret] {
        if (clipboard->text() == secret)
            clipboard->clear();
    };
    QTimer::singleShot(clearAfter, clipboard, clearIfStillThere);
    // Closing the wizard earlier must not leave it behind: on exit the platform hands the
    // clipboard on (to the clipboard manager, or keeps it on Windows).
    QObject::connect(qApp, &QCoreApplication::aboutToQuit, clipboard, clearIfStillThere,
                     Qt::SingleShotConnection);
}

} // namespace s2s
