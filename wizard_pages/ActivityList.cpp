#include "ActivityList.h"

#include <QHeaderView>
#include <QLocale>

#include "PageWidgets.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

enum Column {
    WhereColumn,
    WhatColumn,
    ResultColumn,
    ColumnCount
};

QString where(const Activity &activity)
{
    if (!activity.server.isEmpty())
        return activity.server;
    if (activity.kind == Activity::Kind::HostStarting || activity.kind == Activity::Kind::HostReady)
        return ActivityList::tr("Farm host");
    return activity.source == TranscriptEntry::Kind::Graph ? ActivityList::tr("Microsoft 365")
                                                           : ActivityList::tr("Farm");
}

QString seconds(qint64 ms)
{
    return ActivityList::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

} // namespace

ActivityList::ActivityList(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(u"activityTreeWidget"_s);
    setAccessibleName(tr("Activity"));
    setColumnCount(ColumnCount);
    setHeaderLabels({tr("Where"), tr("Command"), tr("Result")});
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setTextElideMode(Qt::ElideMiddle);
    QHeaderView *columns = header();
    columns->setStretchLastSection(false);
    columns->setSectionResizeMode(WhereColumn, QHeaderView::ResizeToContents);
    columns->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(ResultColumn, QHeaderView::ResizeToContents);
}

void ActivityList::add(const Activity &activity)
{
    switch (activity.kind) {
    case Activity::Kind::HostStarting:
        m_hostStart = addRow(activity, nullptr);
        m_hostStart->setText(ResultColumn, tr("starting…"));
        break;
    case Activity::Kind::HostReady:
        if (m_hostStart) {
            m_hostStart->setText(WhatColumn, activity.text);
            m_hostStart->setText(ResultColumn, tr("ready"));
            m_hostStart->setIcon(ResultColumn, checkStatusIcon(CheckStatus::Pass));
            m_hostStart = nullptr;
        }
        break;
    case Activity::Kind::CommandStarted:
        addRow(activity, nullptr)->setText(ResultColumn, tr("running…"));
        break;
    case Activity::Kind::CommandFinished:
        if (QTreeWidgetItem *row = runningRow(activity)) {
            row->setText(ResultColumn, activity.ok ? seconds(activity.durationMs) : tr("failed"));
            row->setIcon(ResultColumn, checkStatusIcon(activity.ok ? CheckStatus::Pass : CheckStatus::Fail));
        }
        break;
    case Activity::Kind::Verbose:
    case Activity::Kind::Warning:
    case Activity::Kind::Progress: {
        // Records belong to the farm command now running (the host runs one at a time).
        QTreeWidgetItem *row = addRow(activity, lastRunningRow());
        row->setText(WhatColumn, describe({activity.kind, activity.source, {}, activity.text}));
        if (row->parent())
            row->setText(WhereColumn, {});
        if (activity.kind == Activity::Kind::Warning)
            row->setIcon(WhatColumn, checkStatusIcon(CheckStatus::Warn));
        break;
    }
    }
}

QTreeWidgetItem *ActivityList::addRow(const Activity &activity, QTreeWidgetItem *parent)
{
    auto *row = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    row->setText(WhereColumn, where(activity));
    // Multi-line commands show their first line; the tooltip has all of it.
    row->setText(WhatColumn, activity.text.section(u'\n', 0, 0));
    row->setToolTip(WhatColumn, activity.text);
    if (parent)
        parent->setExpanded(true);
    scrollToItem(row);
    return row;
}

// The latest row of that command still without a result (the same command may run per server).
QTreeWidgetItem *ActivityList::runningRow(const Activity &finished) const
{
    for (int i = topLevelItemCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *row = topLevelItem(i);
        if (row->toolTip(WhatColumn) == finished.text && row->text(WhereColumn) == where(finished) &&
            row->icon(ResultColumn).isNull())
            return row;
    }
    return nullptr;
}

QTreeWidgetItem *ActivityList::lastRunningRow() const
{
    for (int i = topLevelItemCount() - 1; i >= 0; --i)
        if (topLevelItem(i)->icon(ResultColumn).isNull() && topLevelItem(i) != m_hostStart)
            return topLevelItem(i);
    return nullptr;
}

} // namespace s2s
