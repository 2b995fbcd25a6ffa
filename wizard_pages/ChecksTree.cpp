#include "ChecksTree.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMap>
#include <QSplitter>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

#include <array>

#include "PageWidgets.h"
#include "steps/CheckCatalog.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct ChecksText {
    Q_DECLARE_TR_FUNCTIONS(ChecksText)
};

// The width the text of `index` wraps in: its column's, less the indentation in the first column;
// a group row spans the whole width.
int textWidth(const QTreeView &tree, const QModelIndex &index)
{
    if (tree.isFirstColumnSpanned(index.row(), index.parent()))
        return tree.viewport()->width();
    const int width = tree.header()->sectionSize(index.column());
    if (index.column() != 0)
        return width;
    int depth = tree.rootIsDecorated() ? 1 : 0;
    for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
        ++depth;
    return width - depth * tree.indentation();
}

enum Column {
    TitleColumn,
    StatusColumn,
    ExpectedColumn,
    ActualColumn,
    ColumnCount
};

enum Role {
    IdRole = Qt::UserRole, // the check's id
    StatusRole,            // its CheckStatus, as an int
    DetailsRole            // what the details pane shows of it, as rich text
};

bool isOneLine(int column)
{
    return column == ExpectedColumn || column == ActualColumn;
}

// Rows as tall as their wrapped title: the view alone sizes rows for one line. Expected and
// Actual stay on one line, elided in the middle: a GUID, a thumbprint or an SPN is never cut
// into pieces on two lines (the tooltip and the details pane show it whole).
class WrappingDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem sized = option;
        if (const auto *tree = qobject_cast<const QTreeView *>(option.widget))
            sized.rect = QRect(0, 0, textWidth(*tree, index), 1);
        return QStyledItemDelegate::sizeHint(sized, index);
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->decorationAlignment = Qt::AlignLeft | Qt::AlignTop;
        if (isOneLine(index.column())) {
            option->features &= ~QStyleOptionViewItem::WrapText;
            option->textElideMode = Qt::ElideMiddle;
        }
    }
};

// One line of a text that may hold several.
QString oneLine(const QString &text)
{
    return text.trimmed().replace(u'\n', u"; "_s);
}

QTreeWidget *makeChecksTree(QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(u"checksTreeWidget"_s);
    tree->setColumnCount(ColumnCount);
    tree->setHeaderLabels({ChecksText::tr("Check"), ChecksText::tr("Status"), ChecksText::tr("Expected"),
                           ChecksText::tr("Actual")});
    tree->setAccessibleName(ChecksText::tr("Checks"));
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
    header->resizeSection(TitleColumn, 220);
    // As wide as the longest status word of the language ("fehlgeschlagen", "avertissement"),
    // beside its icon: a clipped status is the one thing the table must never show.
    const QFontMetrics metrics(tree->font());
    int status = metrics.horizontalAdvance(ChecksText::tr("Status"));
    for (CheckStatus each : {CheckStatus::Pass, CheckStatus::Warn, CheckStatus::Fail, CheckStatus::Unknown})
        status = std::max(status, metrics.horizontalAdvance(checkStatusText(each)) +
                                      tree->style()->pixelMetric(QStyle::PM_SmallIconSize));
    header->resizeSection(StatusColumn, std::max(70, status + 24));
    header->resizeSection(ExpectedColumn, 240);
    // Row heights follow the wrapped text when a column is resized.
    QObject::connect(header, &QHeaderView::sectionResized, tree, [tree] { tree->doItemsLayout(); });
    return tree;
}

// The details of one check as the pane shows them: the title in bold, then one line each.
QString detailsHtml(const QString &plain)
{
    QStringList lines = plain.split(u'\n');
    for (QString &line : lines)
        line = line.toHtmlEscaped();
    if (!lines.isEmpty())
        lines.first() = u"<b>%1</b>"_s.arg(lines.first());
    return lines.join(u"<br>"_s);
}

void fillCheckRow(QTreeWidgetItem *item, const Check &check)
{
    item->setText(TitleColumn, check.title);
    item->setText(StatusColumn, checkStatusText(check.status));
    item->setIcon(StatusColumn, checkStatusIcon(check.status));
    item->setText(ExpectedColumn, oneLine(check.expected));
    item->setText(ActualColumn, oneLine(check.actual));
    item->setData(TitleColumn, IdRole, check.id);
    item->setData(TitleColumn, StatusRole, int(check.status));
    const QString details =
        ChecksText::tr("%1 (%2)\nStatus: %3\nExpected: %4\nActual: %5")
            .arg(check.title, check.id, checkStatusText(check.status), check.expected, check.actual) +
        (check.remedy.isEmpty() ? QString() : ChecksText::tr("\nRemedy: %1").arg(check.remedy));
    item->setData(TitleColumn, DetailsRole, detailsHtml(details));
    for (int column = 0; column < ColumnCount; ++column) {
        item->setToolTip(column, details);
        item->setTextAlignment(column, Qt::AlignLeft | Qt::AlignTop);
    }
    // The cut text whole, where a long one is elided.
    item->setToolTip(ExpectedColumn, check.expected);
    item->setToolTip(ActualColumn, check.actual);
}

// The first failing check, else the first check: what the admin reads first.
void selectFirstFailing(QTreeWidget *tree)
{
    QTreeWidgetItem *first = nullptr;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QTreeWidgetItem *item = *it;
        if (item->data(TitleColumn, IdRole).toString().isEmpty())
            continue; // a group row
        if (item->data(TitleColumn, StatusRole).toInt() == int(CheckStatus::Fail)) {
            first = item;
            break;
        }
        if (!first)
            first = item;
    }
    tree->setCurrentItem(first);
    if (first)
        tree->scrollToItem(first);
}

// How a group's checks came out, in numbers: "3 of 4 pass, 1 fail".
QString groupSummary(const QList<Check> &checks)
{
    std::array<int, 4> counts{};
    for (const Check &check : checks)
        ++counts[int(check.status)];
    QStringList parts{ChecksText::tr("%1 of %2 pass").arg(counts[int(CheckStatus::Pass)]).arg(checks.size())};
    if (const int failing = counts[int(CheckStatus::Fail)])
        parts.append(ChecksText::tr("%1 fail").arg(failing));
    if (const int warning = counts[int(CheckStatus::Warn)])
        parts.append(ChecksText::tr("%1 with a warning").arg(warning));
    if (const int unknown = counts[int(CheckStatus::Unknown)])
        parts.append(ChecksText::tr("%1 undecided").arg(unknown));
    return parts.join(u", "_s);
}

CheckStatus worstOf(const QList<Check> &checks)
{
    CheckStatus worst = CheckStatus::Pass;
    for (const Check &check : checks) {
        if (check.status == CheckStatus::Fail)
            return CheckStatus::Fail;
        if (check.status == CheckStatus::Warn ||
            (check.status == CheckStatus::Unknown && worst == CheckStatus::Pass))
            worst = check.status;
    }
    return worst;
}

// One top-level row for a group of checks ("6. Upload the certificate: 2 of 3 pass, 1 fail"), its
// checks below it, expanded.
void addGroup(QTreeWidget *tree, const QString &title, const QList<Check> &checks)
{
    auto *group = new QTreeWidgetItem(tree);
    group->setFirstColumnSpanned(true);
    group->setText(TitleColumn, ChecksText::tr("%1: %2").arg(title, groupSummary(checks)));
    group->setIcon(TitleColumn, checkStatusIcon(worstOf(checks)));
    QFont bold = tree->font();
    bold.setBold(true);
    group->setFont(TitleColumn, bold);
    group->setFlags(Qt::ItemIsEnabled);
    for (const Check &check : checks)
        fillCheckRow(new QTreeWidgetItem(group), check);
    group->setExpanded(true);
}

} // namespace

void showChecks(QTreeWidget *tree, const std::optional<ValidationReport> &report)
{
    tree->clear();
    tree->setRootIsDecorated(false);
    if (!report)
        return;
    for (const Check &check : report->checks)
        fillCheckRow(new QTreeWidgetItem(tree), check);
    selectFirstFailing(tree);
}

void showChecksByStep(QTreeWidget *tree, const std::optional<ValidationReport> &report)
{
    tree->clear();
    tree->setRootIsDecorated(true);
    if (!report)
        return;
    QMap<int, QList<Check>> byStep; // by step number; 0: the checks no step of the catalog makes
    for (const Check &check : report->checks) {
        const CheckDefinition *definition = findCheck(check.id);
        byStep[definition ? stepNumber(definition->step) : 0].append(check);
    }
    // The proof first: it is what the verdict above the tree speaks of.
    const int finalStep = stepNumber(StepId::FinalValidation);
    if (byStep.contains(finalStep))
        addGroup(tree, ChecksText::tr("Trust proven end to end"), byStep.take(finalStep));
    for (auto it = byStep.cbegin(); it != byStep.cend(); ++it) {
        const QString title = it.key() == 0
                                  ? ChecksText::tr("Other checks")
                                  : u"%1. %2"_s.arg(it.key()).arg(stepTitle(allStepIds().at(it.key() - 1)));
        addGroup(tree, title, it.value());
    }
    selectFirstFailing(tree);
}

ChecksPane makeChecksPane(QWidget *parent)
{
    ChecksPane pane;
    pane.splitter = new QSplitter(Qt::Vertical, parent);
    pane.splitter->setObjectName(u"checksSplitter"_s);
    pane.splitter->setChildrenCollapsible(false);
    pane.tree = makeChecksTree(pane.splitter);
    pane.details = new QTextBrowser(pane.splitter);
    pane.details->setObjectName(u"checkDetailsText"_s);
    pane.details->setAccessibleName(ChecksText::tr("Details of the selected check"));
    pane.details->setPlaceholderText(ChecksText::tr("Select a check to read its details."));
    pane.details->setReadOnly(true);
    pane.details->setOpenLinks(false);
    pane.details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // Long tokens (a thumbprint, an SPN) wrap only where no word boundary fits.
    pane.details->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    pane.details->setMinimumHeight(4 * pane.details->fontMetrics().height());
    pane.splitter->addWidget(pane.tree);
    pane.splitter->addWidget(pane.details);
    pane.splitter->setStretchFactor(0, 3);
    pane.splitter->setStretchFactor(1, 2);
    QTextBrowser *details = pane.details;
    QObject::connect(pane.tree, &QTreeWidget::currentItemChanged, details, [details](QTreeWidgetItem *item) {
        details->setHtml(item ? item->data(TitleColumn, DetailsRole).toString() : QString());
    });
    return pane;
}

} // namespace s2s
