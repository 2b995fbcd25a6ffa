#include "ChecksTree.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeWidget>

#include "PageWidgets.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct ChecksText {
    Q_DECLARE_TR_FUNCTIONS(ChecksText)
};

// Rows as tall as their wrapped text: the view alone sizes rows for one line.
class WrappingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem sized = option;
        if (const auto *tree = qobject_cast<const QTreeView *>(option.widget))
            sized.rect = QRect(0, 0, tree->header()->sectionSize(index.column()), 1);
        return QStyledItemDelegate::sizeHint(sized, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationAlignment = Qt::AlignLeft | Qt::AlignTop;
    }
};

// Item views wrap only at word boundaries: GUIDs, thumbprints and URLs would be cut off. A
// zero-width space every few characters of a long word lets them wrap; the tooltip keeps the
// exact text.
QString wrappable(const QString &text)
{
    constexpr int chunk = 12;
    QString out;
    int run = 0;
    for (const QChar c : text) {
        out.append(c);
        run = c.isSpace() ? 0 : run + 1;
        if (run >= chunk) {
            out.append(QChar(0x200B));
            run = 0;
        }
    }
    return out;
}

enum Column {
    TitleColumn,
    StatusColumn,
    ExpectedColumn,
    ActualColumn,
    RemedyColumn,
    ColumnCount
};

} // namespace

QTreeWidget *makeChecksTree(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(u"checksTreeWidget"_s);
    tree->setColumnCount(ColumnCount);
    tree->setHeaderLabels({ChecksText::tr("Check"), ChecksText::tr("Status"), ChecksText::tr("Expected"),
                           ChecksText::tr("Actual"), ChecksText::tr("Remedy")});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(false);
    tree->setWordWrap(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    tree->setTextElideMode(Qt::ElideRight);
    tree->setItemDelegate(new WrappingDelegate(tree));
    QHeaderView *header = tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->resizeSection(TitleColumn, 150);
    // As wide as the longest status word of the language ("fehlgeschlagen", "avertissement"),
    // beside its icon: a clipped status is the one thing the table must never show.
    const QFontMetrics metrics(tree->font());
    int status = metrics.horizontalAdvance(ChecksText::tr("Status"));
    for (CheckStatus each : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Unknown})
        status = std::max(status, metrics.horizontalAdvance(checkStatusText(each)) +
                                      tree->style()->pixelMetric(QStyle::PM_SmallIconSize));
    header->resizeSection(StatusColumn, std::max(70, status + 24));
    header->resizeSection(ExpectedColumn, 180);
    header->resizeSection(ActualColumn, 190);
    // Row heights follow the wrapped text when a column is resized.
    QObject::connect(header, &QHeaderView::sectionResized, tree, [tree] { tree->doItemsLayout(); });
    return tree;
}

void showChecks(QTreeWidget *tree, const std::optional<ValidationReport> &report)
{
    tree->clear();
    if (!report)
        return;
    for (const Check &check : report->checks) {
        auto *item = new QTreeWidgetItem(tree);
        item->setText(TitleColumn, check.title);
        item->setText(StatusColumn, checkStatusText(check.status));
        item->setIcon(StatusColumn, checkStatusIcon(check.status));
        item->setText(ExpectedColumn, wrappable(check.expected));
        item->setText(ActualColumn, wrappable(check.actual));
        item->setText(RemedyColumn, check.status == CheckStatus::Pass ? QString() : wrappable(check.remedy));
        item->setData(TitleColumn, Qt::UserRole, check.id);
        const QString details =
            ChecksText::tr("%1 (%2)\nStatus: %3\nExpected: %4\nActual: %5")
                .arg(check.title, check.id, checkStatusText(check.status), check.expected, check.actual) +
            (check.remedy.isEmpty() ? QString() : ChecksText::tr("\nRemedy: %1").arg(check.remedy));
        for (int column = 0; column < ColumnCount; ++column) {
            item->setToolTip(column, details);
            item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
        }
    }
}

} // namespace s2s
