#include "MainWindow.h"

#include <QApplication>
#include <QIcon>
#include <QTimer>

#include "MainWizard.h"
#include "WizardContext.h"

namespace s2s {

int runWizardWindow(const Options &options, std::function<void(const QUrl &)> openBrowser)
{
    WizardContext context(options, std::move(openBrowser));
    MainWizard wizard(context);
    wizard.show();
    // The icon once the window is up: the window manager shows it a moment later, and the
    // window does not wait while the SVG is rendered at each size it asks for (4 ms). Windows
    // shows the executable's icon (app.rc) until then.
    QTimer::singleShot(0, &wizard,
                       [] { QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/s2s-wizard.svg"))); });
    return QApplication::exec();
}

} // namespace s2s
