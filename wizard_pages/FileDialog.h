#pragma once

#include <QString>

class QWidget;

namespace s2s {

// Every file dialog of the wizard goes through here, so that tests can answer it in advance.
class FileDialog {
public:
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &path,
                                   const QString &filter);
    // The next getSaveFileName returns `name` at once without showing a dialog (for tests).
    static void setNextSaveFileName(const QString &name);
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &path,
                                   const QString &filter);
    // The next getOpenFileName returns `name` at once without showing a dialog (for tests).
    static void setNextOpenFileName(const QString &name);

private:
    static QString s_nextSaveFileName;
    static QString s_nextOpenFileName;
};

} // namespace s2s
