#include "OpeningIndicator.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {

OpeningIndicator::OpeningIndicator(WizardContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(u"openingIndicator"_s);
    m_text = new QLabel(this);
    m_text->setObjectName(u"openingLabel"_s);
    m_text->setWordWrap(true);
    auto *bar = new QProgressBar(this);
    bar->setObjectName(u"openingProgressBar"_s);
    bar->setRange(0, 0); // busy: how long key generation takes is not known
    bar->setMaximumWidth(160);
    bar->setAccessibleName(tr("Opening the lab"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(bar);
    connect(&m_context, &WizardContext::backendsChanged, this, &OpeningIndicator::refresh);
    refresh();
}

void OpeningIndicator::refresh()
{
    m_text->setText(tr("Opening the lab in %1…").arg(QDir::toNativeSeparators(m_context.openingLabFolder())));
    setVisible(m_context.isOpeningBackends());
}

} // namespace s2s
