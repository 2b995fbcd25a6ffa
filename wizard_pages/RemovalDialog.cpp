#include "RemovalDialog.h"

#include <QLabel>
#include <QVBoxLayout>

#include "PageWidgets.h"
#include "WizardContext.h"
#include "steps/Removal.h"

using namespace Qt::StringLiterals;

namespace s2s {

RemovalDialog::RemovalDialog(WizardContext &context, QWidget *parent)
    : AfterSetupDialog(context, StepId::FinalValidation, parent)
{
    setObjectName(u"removalDialog"_s);
    setWindowTitle(tr("Remove the hybrid trust"));
    setIntroduction(tr("This takes the server-to-server trust down: it undoes what this session added or "
                       "changed, in reverse step order, and nothing else. An SPN, key or farm object "
                       "that existed before the setup stays. Afterwards SharePoint Online no longer "
                       "accepts the farm's tokens (hybrid search and the other hybrid features stop)."));
    // Each item in full (what and where), the commands below in the plan.
    m_items = makeTextLabel(u"removalItemsLabel"_s, this);
    m_items->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keeps = makeTextLabel(u"keepsLabel"_s, this);
    content()->addWidget(m_items);
    content()->addWidget(m_keeps);
    setConfirmation(u"remove"_s, tr("Removes exactly what is listed above, and nothing else. It cannot be "
                                    "undone, but the wizard can set the trust up again."));
    refreshContent();
}

void RemovalDialog::refreshContent()
{
    Session &session = context().session();
    const QList<RemovalItem> items = removalPlan(session, context().runner().endpoints());
    QStringList lines;
    QList<PlanLine> commands;
    for (const RemovalItem &item : items) {
        lines.append(u"• "_s + item.description);
        commands.append(PlanLine{PlanLine::Kind::Note, item.description});
        commands.append(
            PlanLine{item.command.startsWith(u"PATCH"_s) ? PlanLine::Kind::Graph : PlanLine::Kind::PowerShell,
                     item.command});
    }
    m_items->setText(lines.isEmpty()
                         ? tr("Nothing to remove: this session changed nothing that is still there.")
                         : tr("Will be removed or set back, in this order:") + u"\n"_s + lines.join(u'\n'));
    setPlan(commands);
    const QStringList keeps = removalKeeps(session);
    showInStrip(m_keeps, keeps.isEmpty() ? QString() : tr("Stays:") + u"\n• "_s + keeps.join(u"\n• "_s));
    setRefusal(removalRefusal(session));
}

QCoro::Task<Status> RemovalDialog::runOperation()
{
    co_return co_await context().runner().removeTrust();
}

QString RemovalDialog::successText()
{
    return tr("The hybrid trust is removed: everything listed is undone. Validate any step to see the "
              "trust gone; the session can set it up again.");
}

} // namespace s2s
