#pragma once

#include <QDialog>

namespace s2s {

// "About S2S Wizard": version, licence, and the folders an admin is asked for when something
// goes wrong (log, sessions), each a link that opens the folder.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace s2s
