#include "FinalSummary.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include "PageWidgets.h"
#include "StripColours.h"
#include "steps/TrustVerdict.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

StripKind kindOf(TrustVerdict::Outcome outcome)
{
    switch (outcome) {
    case TrustVerdict::Outcome::Works: return StripKind::Success;
    case TrustVerdict::Outcome::Fails: return StripKind::Error;
    case TrustVerdict::Outcome::NotProven: return StripKind::Info;
    }
    return StripKind::Info;
}

QLabel *makeVerdictLabel(const QString &objectName, QWidget *parent)
{
    QLabel *label = makeTextLabel(objectName, parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FinalSummary::FinalSummary(QWidget *parent)
    : QWidget(parent)
    , m_kind(StripKind::Info)
{
    setObjectName(u"finalSummaryWidget"_s);
    auto *exportButton = new QPushButton(tr("Export transcript…"), this);
    exportButton->setObjectName(u"exportFinalButton"_s);
    exportButton->setDefault(false);
    exportButton->setMinimumHeight(exportButton->sizeHint().height() + 8);
    connect(exportButton, &QPushButton::clicked, this, &FinalSummary::exportRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(makeStrip(), 1);
    layout->addWidget(exportButton, 0, Qt::AlignTop);
    showReport(std::nullopt);
}

// The verdict strip: the headline in bold, what was found below it, the way to the step beside.
QFrame *FinalSummary::makeStrip()
{
    m_strip = new QFrame(this);
    m_strip->setObjectName(u"verdictFrame"_s);
    m_headline = makeVerdictLabel(u"verdictHeadlineLabel"_s, m_strip);
    QFont font = m_headline->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_headline->setFont(font);
    m_detail = makeVerdictLabel(u"verdictDetailLabel"_s, m_strip);
    m_revisit = new QPushButton(m_strip);
    m_revisit->setObjectName(u"revisitButton"_s);
    connect(m_revisit, &QPushButton::clicked, this, [this] {
        if (m_revisitStep)
            Q_EMIT revisitRequested(*m_revisitStep);
    });
    auto *texts = new QVBoxLayout;
    texts->addWidget(m_headline);
    texts->addWidget(m_detail);
    auto *layout = new QHBoxLayout(m_strip);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addLayout(texts, 1);
    layout->addWidget(m_revisit, 0, Qt::AlignVCenter);
    return m_strip;
}

void FinalSummary::showReport(const std::optional<ValidationReport> &report)
{
    const TrustVerdict verdict = trustVerdict(report.value_or(ValidationReport()));
    m_headline->setText(verdict.headline);
    m_detail->setText(verdict.detail);
    m_detail->setVisible(!verdict.detail.isEmpty());
    m_revisitStep = verdict.revisit;
    if (verdict.revisit) {
        m_revisit->setText(tr("&Go to step %1").arg(stepNumber(*verdict.revisit)));
        m_revisit->setToolTip(stepTitle(*verdict.revisit));
    }
    m_revisit->setVisible(verdict.revisit.has_value());
    m_kind = kindOf(verdict.outcome);
    restyle();
}

void FinalSummary::setRunning(bool running)
{
    m_revisit->setEnabled(!running);
}

bool FinalSummary::event(QEvent *event)
{
    const auto type = event->type();
    if (type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange)
        restyleLater();
    return QWidget::event(event);
}

// Once the change has reached every widget, as the message strips do (PageWidgets.cpp).
void FinalSummary::restyleLater()
{
    if (m_restylePending)
        return;
    m_restylePending = true;
    QTimer::singleShot(0, this, [this] {
        m_restylePending = false;
        restyle();
    });
}

void FinalSummary::restyle()
{
    const StripColours colours = stripColours(m_kind, palette());
    const QString style =
        u"QFrame#verdictFrame { background: %1; border: 1px solid %3; border-radius: 3px; }"
        "QFrame#verdictFrame QLabel { color: %2; background: transparent; border: none; }"_s.arg(
            colours.background.name(), colours.text.name(), colours.border.name());
    if (style != m_strip->styleSheet())
        m_strip->setStyleSheet(style);
}

} // namespace s2s
