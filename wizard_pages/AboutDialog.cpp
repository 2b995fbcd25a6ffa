#include "AboutDialog.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QUrl>
#include <QVBoxLayout>

#include "PageWidgets.h"
#include "core/Logging.h"
#include "session/SessionFile.h"

using namespace Qt::StringLiterals;

namespace s2s {

namespace {

// A folder as a link; activating it creates the folder if needed (no session saved yet) and
// opens it in the desktop's file manager.
QLabel *makeFolderLink(const QString &objectName, const QString &folder, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    const QString url = QUrl::fromLocalFile(folder).toString();
    label->setText(u"<a href=\"%1\">%2</a>"_s.arg(url.toHtmlEscaped(),
                                                  QDir::toNativeSeparators(folder).toHtmlEscaped()));
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setWordWrap(true);
    QObject::connect(label, &QLabel::linkActivated, label, [](const QString &link) {
        const QUrl target(link);
        QDir().mkpath(target.toLocalFile());
        QDesktopServices::openUrl(target);
    });
    return label;
}

QString licenceText()
{
    QFile file(u":/about/LICENSE"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About S2S Wizard"));

    auto *icon = new QLabel(this);
    icon->setObjectName(u"iconLabel"_s);
    icon->setPixmap(QIcon(u":/icons/s2s-wizard.svg"_s).pixmap(64, 64));
    auto *name = new QLabel(this);
    name->setObjectName(u"nameLabel"_s);
    name->setText(u"<b style=\"font-size: large\">%1</b>"_s.arg(tr("S2S Wizard")));
    auto *version = new QLabel(this);
    version->setObjectName(u"versionLabel"_s);
    version->setText(
        tr("Version %1 (Qt %2)").arg(QStringLiteral(S2S_VERSION), QString::fromLatin1(qVersion())));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *summary = makeTextLabel(u"summaryLabel"_s, this);
    summary->setText(tr("Sets up the server-to-server trust between a SharePoint Server farm and "
                        "SharePoint Online, one documented step at a time."));

    auto *identity = new QVBoxLayout;
    identity->addWidget(name);
    identity->addWidget(version);
    identity->addWidget(summary);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    header->addLayout(identity, 1);

    auto *folders = new QFormLayout;
    folders->addRow(tr("Log folder:"), makeFolderLink(u"logFolderLabel"_s, logFolder(), this));
    folders->addRow(tr("Session folder:"),
                    makeFolderLink(u"sessionFolderLabel"_s, SessionFile::defaultFolder(), this));

    auto *licence = new QPlainTextEdit(this);
    licence->setObjectName(u"licenceTextEdit"_s);
    licence->setReadOnly(true);
    licence->setPlainText(licenceText());
    // The licence comes wrapped at 80 columns; rewrapping it narrower leaves orphaned words.
    licence->setLineWrapMode(QPlainTextEdit::NoWrap);
    int widest = 0;
    for (const QString &line : licence->toPlainText().split(u'\n'))
        widest = qMax(widest, licence->fontMetrics().horizontalAdvance(line));
    licence->setMinimumSize(widest + 2 * licence->frameWidth() + 24, 160);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(u"aboutButtonBox"_s);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(folders);
    layout->addWidget(new QLabel(tr("Licence:"), this));
    layout->addWidget(licence, 1);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace s2s
