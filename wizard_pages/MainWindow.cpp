#include "MainWindow.h"

#include <QApplication>

#include "MainWizard.h"
#include "WizardContext.h"

namespace s2s {

int runWizardWindow(const Options &options, std::function<void(const QUrl &)> openBrowser)
{
    WizardContext context(options, std::move(openBrowser));
    MainWizard wizard(context);
    wizard.show();
    return QApplication::exec();
}

} // namespace s2s
