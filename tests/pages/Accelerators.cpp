#include "Accelerators.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QTabBar>

using namespace Qt::StringLiterals;

namespace s2s::test {
namespace {

void claim(QMap<QString, QStringList> &claims, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        claims[key.toString(QKeySequence::PortableText)].append(text);
}

} // namespace

QStringList sharedAccelerators(QWidget *window)
{
    QMap<QString, QStringList> claims;
    for (const QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            claim(claims, button->text());
        else if (const auto *label = qobject_cast<const QLabel *>(widget); label && label->buddy())
            claim(claims, label->text());
        else if (const auto *tabs = qobject_cast<const QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                claim(claims, tabs->tabText(i));
    }
    QStringList shared;
    for (auto it = claims.cbegin(); it != claims.cend(); ++it)
        if (it.value().size() > 1)
            shared.append(u"%1: %2"_s.arg(it.key(), it.value().join(u" | "_s)));
    return shared;
}

} // namespace s2s::test
