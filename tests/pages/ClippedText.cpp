#include "ClippedText.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace s2s::test {
namespace {

// Styles round; a pixel is not a clipped glyph.
constexpr int tolerance = 1;

QString describe(const QWidget *widget, const QString &text, int have, int need)
{
    const QString name = widget->objectName().isEmpty()
                             ? QString::fromLatin1(widget->metaObject()->className())
                             : widget->objectName();
    return u"%1 \"%2\": %3 px of %4"_s.arg(name, text).arg(have).arg(need);
}

int textWidth(const QWidget *widget, const QString &text)
{
    return widget->fontMetrics().size(Qt::TextShowMnemonic, text).width();
}

// The part of the widget that shows, within its window: a widget half outside is cut there.
bool sticksOut(const QWidget *widget, const QWidget *window)
{
    const QRect inWindow(widget->mapTo(window, QPoint(0, 0)), widget->size());
    return !window->rect().adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(inWindow);
}

// The nearest scroll area (a page that scrolls, an item view, a text view) holding `widget`.
const QAbstractScrollArea *scrollAreaOf(const QWidget *widget, const QWidget *window)
{
    for (const QWidget *parent = widget->parentWidget(); parent && parent != window;
         parent = parent->parentWidget()) {
        if (const auto *area = qobject_cast<const QAbstractScrollArea *>(parent))
            return area;
    }
    return nullptr;
}

// Squeezed vertically: a single line of text cut at the top or bottom.
void checkHeight(const QWidget *widget, const QString &text, QStringList &clipped)
{
    const int need = widget->minimumSizeHint().height();
    if (widget->height() + tolerance < need)
        clipped.append(describe(widget, text, widget->height(), need) + u" high"_s);
}

void checkLabel(const QLabel *label, QStringList &clipped)
{
    if (label->text().isEmpty())
        return;
    if (label->wordWrap()) {
        const int need = label->heightForWidth(label->width());
        if (label->height() + tolerance < need)
            clipped.append(describe(label, label->text(), label->height(), need) + u" high"_s);
        return;
    }
    const int need = label->sizeHint().width();
    if (label->width() + tolerance < need)
        clipped.append(describe(label, label->text(), label->width(), need));
    checkHeight(label, label->text(), clipped);
}

void checkButton(const QAbstractButton *button, QStringList &clipped)
{
    if (button->text().isEmpty())
        return;
    int need = button->sizeHint().width();
    if (qobject_cast<const QPushButton *>(button)) {
        // Push buttons hint a minimum width of their own; only the text and its margins count
        // (as QCommonStyle's CT_PushButton adds them: the margin once, the frame on both sides).
        const QStyle *style = button->style();
        need = textWidth(button, button->text()) +
               style->pixelMetric(QStyle::PM_ButtonMargin, nullptr, button) +
               2 * style->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, button);
    }
    if (button->width() + tolerance < need)
        clipped.append(describe(button, button->text(), button->width(), need));
    checkHeight(button, button->text(), clipped);
}

void checkComboBox(const QComboBox *combo, QStringList &clipped)
{
    const int need = combo->sizeHint().width();
    if (combo->width() + tolerance < need)
        clipped.append(describe(combo, combo->currentText(), combo->width(), need));
    checkHeight(combo, combo->currentText(), clipped);
}

void checkLineEdit(const QLineEdit *edit, QStringList &clipped)
{
    // The editors inside spin and combo boxes are sized by their owner, which is checked.
    const QWidget *owner = edit->parentWidget();
    if (qobject_cast<const QAbstractSpinBox *>(owner) || qobject_cast<const QComboBox *>(owner))
        return;
    checkHeight(edit, edit->text(), clipped);
    if (!edit->text().isEmpty() || edit->placeholderText().isEmpty())
        return;
    // The frame and the 2 px text margin QLineEdit keeps on each side.
    const int frame = edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
    const int have = edit->width() - 2 * frame - 4;
    const int need = edit->fontMetrics().horizontalAdvance(edit->placeholderText());
    if (have + tolerance < need)
        clipped.append(describe(edit, edit->placeholderText(), have, need));
}

void checkTabs(const QTabBar *tabs, QStringList &clipped)
{
    for (int i = 0; i < tabs->count(); ++i) {
        const int need = textWidth(tabs, tabs->tabText(i));
        if (tabs->tabRect(i).width() + tolerance < need)
            clipped.append(describe(tabs, tabs->tabText(i), tabs->tabRect(i).width(), need));
    }
}

void checkHeader(const QHeaderView *header, QStringList &clipped)
{
    if (header->orientation() != Qt::Horizontal || !header->model())
        return;
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
        const int need = header->fontMetrics().horizontalAdvance(text) + 2 * margin;
        if (header->sectionSize(section) + tolerance < need)
            clipped.append(describe(header, text, header->sectionSize(section), need));
    }
}

// A page wider than its scroll area: the admin would have to scroll sideways to read it. Names
// the widest widgets (by their minimum width) so the culprit is easy to find.
void checkScrollArea(const QScrollArea *area, QStringList &clipped)
{
    const QWidget *body = area->widget();
    if (!body || !area->horizontalScrollBar()->isVisible())
        return;
    QStringList widest;
    for (const QWidget *child : body->findChildren<QWidget *>()) {
        if (child->isVisible() && child->minimumSizeHint().width() > area->viewport()->width() / 2)
            widest.append(u"%1 %2"_s
                              .arg(child->objectName().isEmpty()
                                       ? QString::fromLatin1(child->metaObject()->className())
                                       : child->objectName())
                              .arg(child->minimumSizeHint().width()));
    }
    clipped.append(describe(area, u"scrolls sideways"_s, area->viewport()->width(),
                            area->horizontalScrollBar()->maximum() + area->viewport()->width()) +
                   u"; widest: "_s + widest.join(u", "_s));
}

} // namespace

QStringList clippedTexts(QWidget *window)
{
    QStringList clipped;
    for (const QScrollArea *area : window->findChildren<QScrollArea *>())
        if (area->isVisible())
            checkScrollArea(area, clipped);
    const auto widgets = window->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!widget->isVisible())
            continue;
        if (qobject_cast<const QHeaderView *>(widget)) {
            checkHeader(static_cast<const QHeaderView *>(widget), clipped);
            continue;
        }
        // Item views and text views lay out their own contents (editors, viewports); a page that
        // scrolls (QScrollArea) is checked like the window, except that it may hide parts.
        const QAbstractScrollArea *area = scrollAreaOf(widget, window);
        if (area && !qobject_cast<const QScrollArea *>(area))
            continue;
        const int before = int(clipped.size());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            checkLabel(label, clipped);
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            checkButton(button, clipped);
        else if (const auto *combo = qobject_cast<const QComboBox *>(widget))
            checkComboBox(combo, clipped);
        else if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
            checkLineEdit(edit, clipped);
        else if (const auto *tabs = qobject_cast<const QTabBar *>(widget))
            checkTabs(tabs, clipped);
        else
            continue;
        if (!area && int(clipped.size()) == before && sticksOut(widget, window))
            clipped.append(describe(widget, QString(), 0, 0) + u" lies partly outside the window"_s);
    }
    return clipped;
}

} // namespace s2s::test
