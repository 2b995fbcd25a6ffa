#include "PageWidgets.h"

#include <QDir>
#include <QEvent>
#include <QGuiApplication>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

#include <functional>

#include "StripColours.h"
#include "WizardContext.h"

using namespace Qt::StringLiterals;

namespace s2s {
namespace {

struct PageText {
    Q_DECLARE_TR_FUNCTIONS(PageText)
};

QString stripStyle(StripKind kind, const QPalette &palette)
{
    const StripColours colours = stripColours(kind, palette);
    return u"QLabel { background: %1; color: %2; border: 1px solid %3; border-radius: 3px; padding: 6px; }"_s
        .arg(colours.background.name(), colours.text.name(), colours.border.name());
}

// A label styled by a sheet made from the palette around it, once it shows and again whenever
// that palette changes while it is styled (the desktop switches to a dark or high-contrast theme
// while the wizard runs). Not before it shows: a style sheet costs its widget a polish of its own,
// and most strips stay hidden (the welcome page's six took 3 ms of the first window).
class SheetOnShowLabel : public QLabel {
public:
    SheetOnShowLabel(std::function<QString(const QPalette &)> sheet, QWidget *parent)
        : QLabel(parent)
        , m_sheet(std::move(sheet))
    {}

protected:
    bool event(QEvent *event) override
    {
        const auto type = event->type();
        if (type == QEvent::Show)
            restyle();
        else if ((type == QEvent::PaletteChange || type == QEvent::ApplicationPaletteChange ||
                  type == QEvent::ParentChange) &&
                 !styleSheet().isEmpty())
            restyleLater();
        return QLabel::event(event);
    }

private:
    // Once the change has reached every widget: the parent takes in a new application palette
    // only when its own turn comes, which may be after the label's.
    void restyleLater()
    {
        if (m_restylePending)
            return;
        m_restylePending = true;
        QTimer::singleShot(0, this, [this] {
            m_restylePending = false;
            restyle();
        });
    }

    // From the parent's palette, not the label's own (which its style sheet changes): setting the
    // same sheet again would only loop.
    void restyle()
    {
        const QPalette palette = parentWidget() ? parentWidget()->palette() : QGuiApplication::palette();
        const QString style = m_sheet(palette);
        if (style != styleSheet())
            setStyleSheet(style);
    }

    std::function<QString(const QPalette &)> m_sheet;
    bool m_restylePending = false;
};

QIcon dot(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}

// "Could not be decided": a ring with a question mark, so it reads as neither pass nor fail even
// for an admin who does not tell the colours apart.
QIcon questionDot(const QColor &color)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 1.5));
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    QFont font = painter.font();
    font.setPixelSize(9);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(QRectF(0, 0, 14, 14), Qt::AlignCenter, u"?"_s);
    return QIcon(pixmap);
}

} // namespace

QLabel *makeMessageStrip(StripKind kind, const QString &objectName, QWidget *parent)
{
    auto *strip = new SheetOnShowLabel([kind](const QPalette &palette) { return stripStyle(kind, palette); },
                                       parent);
    strip->setObjectName(objectName);
    strip->setWordWrap(true);
    strip->setTextFormat(Qt::PlainText);
    strip->setTextInteractionFlags(Qt::TextSelectableByMouse);
    strip->hide();
    return strip;
}

void showInStrip(QLabel *strip, const QString &text)
{
    strip->setText(text);
    strip->setVisible(!text.isEmpty());
}

QLabel *makeLabBanner(WizardContext &context, QWidget *parent)
{
    // Lab yellow in every theme: it must not pass for a real farm's page.
    auto *banner = new SheetOnShowLabel(
        [](const QPalette &) {
            return u"QLabel { background: #ffd84a; color: #3a2e00; font-weight: bold;"
                   " border: 1px solid #d9b325; padding: 5px 8px; }"_s;
        },
        parent);
    banner->setObjectName(u"labBannerLabel"_s);
    banner->setWordWrap(true);
    banner->setTextFormat(Qt::PlainText);
    const auto update = [banner, &context] {
        banner->setVisible(context.isLab());
        banner->setText(PageText::tr("LAB MODE — simulated farm and tenant in %1; nothing real is "
                                     "changed")
                            .arg(QDir::toNativeSeparators(context.labDir())));
    };
    update();
    QObject::connect(&context, &WizardContext::backendsChanged, banner, update);
    return banner;
}

QLabel *makeTenantMessageStrip(WizardContext &context, QWidget *parent)
{
    QLabel *strip = makeMessageStrip(StripKind::Info, u"signInMessageLabel"_s, parent);
    QObject::connect(&context, &WizardContext::tenantMessage, strip,
                     [strip](const QString &text) { showInStrip(strip, text); });
    return strip;
}

QLabel *makeSaveErrorStrip(WizardContext &context, QWidget *parent)
{
    QLabel *strip = makeMessageStrip(StripKind::Error, u"saveErrorLabel"_s, parent);
    const auto update = [strip, &context] {
        const std::optional<Error> error = context.saveError();
        showInStrip(strip, error ? errorText(*error) : QString());
    };
    update(); // a page made on its first visit shows a save that failed before it
    QObject::connect(&context, &WizardContext::saveErrorChanged, strip, update);
    return strip;
}

QString errorText(const Error &error)
{
    QStringList lines{error.message};
    if (!error.detail.isEmpty())
        lines.append(error.detail);
    if (!error.remedy.isEmpty())
        lines.append(PageText::tr("What to do: %1").arg(error.remedy));
    return lines.join(u'\n');
}

QLabel *makeTextLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QIcon stepStateIcon(StepState state)
{
    switch (state) {
    case StepState::Pending: return dot(QColor(0xc8, 0xc8, 0xc8));
    case StepState::Applied: return dot(QColor(0x4a, 0x90, 0xd9));
    case StepState::Validated: return dot(QColor(0x3c, 0xa5, 0x5c));
    case StepState::Failed: return dot(QColor(0xd9, 0x3f, 0x35));
    case StepState::NotApplicable: return dot(QColor(0xee, 0xee, 0xee));
    }
    return {};
}

QIcon checkStatusIcon(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass: return dot(QColor(0x3c, 0xa5, 0x5c));
    case CheckStatus::Warn: return dot(QColor(0xf0, 0xa2, 0x1b));
    case CheckStatus::Fail: return dot(QColor(0xd9, 0x3f, 0x35));
    case CheckStatus::Unknown: return questionDot(QColor(0x5b, 0x6b, 0x9a));
    }
    return {};
}

} // namespace s2s
