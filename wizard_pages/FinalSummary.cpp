#include "FinalSummary.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

#include "StripColours.h"

using namespace Qt::StringLiterals;

namespace s2s {

FinalSummary::FinalSummary(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"finalSummaryWidget"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setWordWrap(true);
    QFont font = m_summary->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_summary->setFont(font);
    auto *exportButton = new QPushButton(tr("Export transcript…"), this);
    exportButton->setObjectName(u"exportFinalButton"_s);
    exportButton->setDefault(false);
    exportButton->setMinimumHeight(exportButton->sizeHint().height() + 8);
    connect(exportButton, &QPushButton::clicked, this, &FinalSummary::exportRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_summary, 1);
    layout->addWidget(exportButton);
    showReport(std::nullopt);
}

void FinalSummary::showReport(const std::optional<ValidationReport> &report)
{
    if (!report) {
        m_summary->setText(tr("Click Run to check every step once more."));
        m_summary->setStyleSheet({});
        return;
    }
    int failing = 0;
    int warning = 0;
    int unknown = 0;
    for (const Check &check : report->checks) {
        failing += check.status == CheckStatus::Fail ? 1 : 0;
        warning += check.status == CheckStatus::Warn ? 1 : 0;
        unknown += check.status == CheckStatus::Unknown ? 1 : 0;
    }
    QString text;
    if (failing > 0)
        text = tr("%n check(s) fail", nullptr, failing);
    else if (unknown > 0) // they block nothing, but "all pass" would claim more than is known
        text = tr("No check fails; %n check(s) could not be decided", nullptr, unknown) +
               (warning > 0 ? u"; "_s + tr("%n warning(s)", nullptr, warning) : QString());
    else if (warning > 0)
        text = tr("All checks pass, with %n warning(s)", nullptr, warning);
    else
        text = tr("All checks pass");
    m_summary->setText(text);
    m_summary->setStyleSheet(
        u"QLabel { color: %1; }"_s.arg(outcomeTextColour(failing == 0, palette()).name()));
}

} // namespace s2s
