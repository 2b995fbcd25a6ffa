// The baseline of the start-up benchmark (bench_s2s): an empty QWizard with one page, the least a
// Qt Widgets wizard costs to show on this machine.
#include <QApplication>
#include <QWizard>
#include <QWizardPage>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QWizard wizard;
    auto *page = new QWizardPage;
    page->setTitle(QStringLiteral("Empty"));
    wizard.addPage(page);
    wizard.show();
    return QApplication::exec();
}
