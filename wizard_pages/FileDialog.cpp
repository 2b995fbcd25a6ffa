#include "FileDialog.h"

#include <QFileDialog>

namespace s2s {

QString FileDialog::s_nextSaveFileName;
QString FileDialog::s_nextOpenFileName;

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                    const QString &filter)
{
    if (!s_nextSaveFileName.isEmpty())
        return std::exchange(s_nextSaveFileName, QString());
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

void FileDialog::setNextSaveFileName(const QString &name)
{
    s_nextSaveFileName = name;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &path,
                                    const QString &filter)
{
    if (!s_nextOpenFileName.isEmpty())
        return std::exchange(s_nextOpenFileName, QString());
    return QFileDialog::getOpenFileName(parent, caption, path, filter);
}

void FileDialog::setNextOpenFileName(const QString &name)
{
    s_nextOpenFileName = name;
}

} // namespace s2s
