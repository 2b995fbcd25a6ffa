#include "FileDialog.h"

#include <QFileDialog>

namespace s2s {

QString FileDialog::s_nextSaveFileName;

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

} // namespace s2s
