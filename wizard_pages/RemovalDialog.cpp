#include "RemovalDialog.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
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
    auto *heading = makeTextLabel(u"removesLabel"_s, this);
    heading->setText(tr("Will be removed or set back:"));
    m_items = new QTreeWidget(this);
    m_items->setObjectName(u"removalItemsTreeWidget"_s);
    m_items->setColumnCount(2);
    m_items->setHeaderLabels({tr("What"), tr("How")});
    m_items->setRootIsDecorated(false);
    m_items->setWordWrap(true);
    m_items->setSelectionMode(QAbstractItemView::NoSelection);
    m_items->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_items->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_items->setMinimumHeight(7 * fontMetrics().height());
    m_keeps = makeTextLabel(u"keepsLabel"_s, this);
    content()->addWidget(heading);
    content()->addWidget(m_items);
    content()->addWidget(m_keeps);
    setConfirmation(u"remove"_s, tr("Removes exactly what is listed above, and nothing else. It cannot be "
                                    "undone, but the wizard can set the trust up again."));
    refreshContent();
}

void RemovalDialog::refreshContent()
{
    Session &session = context().session();
    m_items->clear();
    for (const RemovalItem &item : removalPlan(session, context().runner().endpoints())) {
        auto *row = new QTreeWidgetItem(m_items, {item.description, item.command});
        row->setIcon(0, item.done ? checkStatusIcon(CheckStatus::Pass) : stepStateIcon(StepState::Pending));
        row->setToolTip(1, item.command);
    }
    if (m_items->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_items, {tr("Nothing: this session changed nothing that is still there."), {}});
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
