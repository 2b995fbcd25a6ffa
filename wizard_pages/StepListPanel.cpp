#include "StepListPanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

#include "PageWidgets.h"
#include "StripColours.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {

StepListPanel::StepListPanel(WizardContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"stepListPanel"_s);
    auto *heading = new QLabel(tr("Steps"), this);
    heading->setObjectName(u"stepListHeadingLabel"_s);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"stepListWidget"_s);
    m_list->setAccessibleName(tr("Steps"));
    m_list->setWordWrap(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setIconSize(QSize(14, 14));
    m_list->setSpacing(2);
    for (StepId id : allStepIds()) {
        auto *item = new QListWidgetItem(m_list);
        item->setFlags(Qt::ItemIsEnabled);
        item->setData(Qt::UserRole, int(id));
        updateStep(id);
    }

    m_exportStatus = makeTextLabel(u"exportStatusLabel"_s, this);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_exportStatus);
    setFixedWidth(270);

    connect(&m_context, &WizardContext::sessionOpened, this, [this] {
        for (StepId id : allStepIds())
            updateStep(id);
        connect(&m_context.session(), &Session::stepChanged, this, &StepListPanel::updateStep);
    });
}

void StepListPanel::setCurrentStep(std::optional<StepId> id)
{
    const std::optional<StepId> previous = std::exchange(m_current, id);
    if (previous)
        updateStep(*previous);
    if (id) {
        updateStep(*id);
        m_list->scrollToItem(m_list->item(int(*id)));
    }
}

void StepListPanel::previewStates(const QList<StepState> &states)
{
    m_preview = states;
    for (StepId id : allStepIds())
        updateStep(id);
}

void StepListPanel::showExportResult(const QString &text, bool ok)
{
    const StripColours failed = stripColours(StripKind::Error, palette());
    m_exportStatus->setStyleSheet(
        ok ? u"QLabel { color: %1; }"_s.arg(outcomeTextColour(true, palette()).name())
           : u"QLabel { color: %1; background: %2; padding: 4px; }"_s.arg(failed.text.name(),
                                                                          failed.background.name()));
    showInStrip(m_exportStatus, text);
}

void StepListPanel::updateStep(StepId id)
{
    QListWidgetItem *item = m_list->item(int(id));
    const StepState state = m_context.hasSession()       ? m_context.session().step(id).state
                            : int(id) < m_preview.size() ? m_preview.at(int(id))
                                                         : StepState::Pending;
    const bool current = m_current == id;
    item->setText(u"%1. %2\n%3"_s.arg(QString::number(stepNumber(id)), m_context.steps().step(id).title(),
                                      stepStateText(state)));
    auto icon = m_stateIcons.find(state);
    if (icon == m_stateIcons.end())
        icon = m_stateIcons.insert(state, stepStateIcon(state));
    item->setIcon(*icon);
    item->setToolTip(tr("Step %1: %2").arg(stepNumber(id)).arg(stepStateText(state)));
    QFont font = m_list->font();
    font.setBold(current);
    item->setFont(font);
    item->setBackground(current ? palette().highlight() : QBrush());
    item->setForeground(current ? palette().highlightedText() : palette().text());
}

} // namespace s2s
