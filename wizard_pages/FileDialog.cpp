#include "FileDialog.h"

#include <QFileDialog>

namespace s2s {
namespace {

// A name a test gave in advance (then forgotten), or what the real dialog returns.
template <typename Show>
QString presetOr(QString &preset, Show show)
{
    if (!preset.isEmpty())
        return std::exchange(preset, QString());
    return show();
}

} // namespace

QString FileDialog::s_nextSaveFileName;
QString FileDialog::s_nextOpenFileName;

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                    const QString &filter)
{
    return presetOr(s_nextSaveFileName,
                    [&] { return QFileDialog::getSaveFileName(parent, caption, path, filter); });
}

void FileDialog::setNextSaveFileName(const QString &name)
{
    s_nextSaveFileName = name;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &path,
                                    const QString &filter)
{
    return presetOr(s_nextOpenFileName,
                    [&] { return QFileDialog::getOpenFileName(parent, caption, path, filter); });
}

void FileDialog::setNextOpenFileName(const QString &name)
{
    s_nextOpenFileName = name;
}

} // namespace s2s
