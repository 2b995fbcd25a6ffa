#include "MainWindow.h"

#include <QApplication>

#include "MainWizard.h"
#include "WizardContext.h"

namespace s2s {

int runWizardWindow(const Options &options)
{
    WizardContext context(options);
    MainWizard wizard(context);
    wizard.show();
    return QApplication::exec();
}

} // namespace s2s
