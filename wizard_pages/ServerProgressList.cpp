#include "ServerProgressList.h"

#include <QHeaderView>

#include "PageWidgets.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

enum Column {
    ServerColumn,
    StageColumn,
    DetailColumn
};

QString stageText(ServerProgress::Stage stage)
{
    switch (stage) {
    case ServerProgress::Stage::Waiting: return ServerProgressList::tr("waiting");
    case ServerProgress::Stage::Importing: return ServerProgressList::tr("importing…");
    case ServerProgress::Stage::Imported: return ServerProgressList::tr("imported");
    case ServerProgress::Stage::Resetting: return ServerProgressList::tr("resetting…");
    case ServerProgress::Stage::Verified: return ServerProgressList::tr("done");
    case ServerProgress::Stage::Failed: return ServerProgressList::tr("failed");
    }
    return {};
}

QIcon stageIcon(ServerProgress::Stage stage)
{
    switch (stage) {
    case ServerProgress::Stage::Verified: return checkStatusIcon(CheckStatus::Pass);
    case ServerProgress::Stage::Failed: return checkStatusIcon(CheckStatus::Fail);
    case ServerProgress::Stage::Waiting: return stepStateIcon(StepState::Pending);
    default: return stepStateIcon(StepState::Applied);
    }
}

} // namespace

ServerProgressList::ServerProgressList(StepId step, WizardContext &context, QWidget *parent)
    : QTreeWidget(parent)
    , m_step(step)
    , m_context(context)
{
    setObjectName(u"serverProgressTreeWidget"_s);
    setAccessibleName(tr("Progress on each server"));
    setColumnCount(3);
    setHeaderLabels({tr("Server"), tr("Status"), tr("Detail")});
    setRootIsDecorated(false);
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    header()->setSectionResizeMode(ServerColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(StageColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    hide(); // until the first server reports
    m_context.whenSessionOpen(this, [this] { bindSession(); });
}

void ServerProgressList::bindSession()
{
    SetupRunner &runner = m_context.runner();
    connect(&runner, &SetupRunner::serverProgress, this, &ServerProgressList::showProgress);
    connect(&runner, &SetupRunner::busyChanged, this, [this](bool busy) {
        if (busy)
            m_newRun = true;
    });
}

void ServerProgressList::showProgress(StepId step, const ServerProgress &progress)
{
    if (step != m_step)
        return;
    if (std::exchange(m_newRun, false))
        clear();
    QTreeWidgetItem *item = row(progress.server);
    item->setText(StageColumn, stageText(progress.stage));
    item->setIcon(StageColumn, stageIcon(progress.stage));
    item->setText(DetailColumn, progress.text);
    item->setToolTip(DetailColumn, progress.text);
    // As tall as its rows: the checks below need the rest of the page.
    setFixedHeight(header()->sizeHint().height() + topLevelItemCount() * sizeHintForRow(0) +
                   2 * frameWidth() + 2);
    setVisible(true);
}

QTreeWidgetItem *ServerProgressList::row(const QString &server)
{
    const QList<QTreeWidgetItem *> found = findItems(server, Qt::MatchFixedString, ServerColumn);
    if (!found.isEmpty())
        return found.constFirst();
    auto *item = new QTreeWidgetItem(this);
    item->setText(ServerColumn, server);
    return item;
}

} // namespace s2s
