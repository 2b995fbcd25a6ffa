#include "PlanView.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace s2s {

PlanView::PlanView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"planView"_s);
    auto *heading = new QLabel(tr("What this step runs"), this);
    heading->setObjectName(u"planHeadingLabel"_s);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(u"planTextEdit"_s);
    m_text->setAccessibleName(heading->text());
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    auto *copy = new QPushButton(tr("Co&py"), this);
    copy->setObjectName(u"copyButton"_s);
    copy->setToolTip(tr("Copy the commands to the clipboard"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_text->toPlainText()); });

    auto *row = new QHBoxLayout;
    row->addWidget(m_text, 1);
    row->addWidget(copy, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(heading);
    layout->addLayout(row);
}

void PlanView::setPlan(const QList<PlanLine> &lines)
{
    QStringList text;
    for (const PlanLine &line : lines)
        text.append(line.kind == PlanLine::Kind::Note ? u"# "_s + line.text : line.text);
    const QString joined = text.join(u'\n');
    if (joined == m_text->toPlainText())
        return;
    m_text->setPlainText(joined);
    fitHeight();
}

void PlanView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitHeight();
}

// As tall as the wrapped plan, within reason; a longer plan scrolls.
void PlanView::fitHeight()
{
    const QFontMetrics metrics = m_text->fontMetrics();
    const int margin = int(m_text->document()->documentMargin());
    const int width = std::max(1, m_text->viewport()->width() - 2 * margin);
    int lines = 0;
    for (const QString &line : m_text->toPlainText().split(u'\n'))
        lines += std::max(1, (metrics.horizontalAdvance(line) + width - 1) / width);
    lines = std::clamp(lines, 2, 5); // the checks below need the room more; Copy takes it all
    m_text->setFixedHeight(metrics.lineSpacing() * lines + metrics.lineSpacing() / 2 +
                           2 * (m_text->frameWidth() + margin));
}

} // namespace s2s
