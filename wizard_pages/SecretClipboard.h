#pragma once

#include <QString>

#include <chrono>

namespace s2s {

// How long a secret the admin copied stays on the clipboard.
inline constexpr std::chrono::seconds secretClipboardTime{60};

// Puts `secret` on the clipboard, and takes it off again after `clearAfter` unless the clipboard
// holds something else by then (the admin copied on). Clipboard managers may keep their own copy:
// the page says so next to the button.
void copySecretToClipboard(const QString &secret, std::chrono::milliseconds clearAfter = secretClipboardTime);

} // namespace s2s
