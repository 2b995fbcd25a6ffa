#pragma once

#include <QTreeWidget>

#include "core/Activity.h"

namespace s2s {

// Live view of a running step: one row per command with where it ran (farm server, farm or
// Microsoft 365), its result and duration; host start and the records an operation streams
// (verbose, warning, progress) as rows under the command they belong to.
class ActivityList : public QTreeWidget {
    Q_OBJECT
public:
    explicit ActivityList(QWidget *parent = nullptr);

    void add(const Activity &activity);

private:
    QTreeWidgetItem *addRow(const Activity &activity, QTreeWidgetItem *parent);
    QTreeWidgetItem *runningRow(const Activity &finished) const;
    QTreeWidgetItem *lastRunningRow() const;

    QTreeWidgetItem *m_hostStart = nullptr;
};

} // namespace s2s
