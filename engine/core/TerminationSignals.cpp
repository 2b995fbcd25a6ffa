#include "TerminationSignals.h"

#include <QCoreApplication>

#include <csignal>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <sys/socket.h>
#include <unistd.h>
#else
#include <QMetaObject>
#endif

namespace s2s {
namespace {

std::function<void()> &terminationHandler()
{
    static std::function<void()> handler;
    return handler;
}

} // namespace

#ifdef Q_OS_UNIX
namespace {

int signalPipe[2] = {-1, -1};

// Only async-signal-safe calls here: the event loop reads the pipe and calls the handler.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void installSignalPipe()
{
    if (signalPipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [] {
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        terminationHandler()();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}

} // namespace

void quitOnTerminationSignals()
{
    terminationHandler() = [] { QCoreApplication::quit(); };
    installSignalPipe();
}

void onTerminationSignals(std::function<void()> handler)
{
    terminationHandler() = std::move(handler);
    installSignalPipe();
}
#else
namespace {

// Windows delivers SIGINT/SIGTERM on another thread: post the handler to the main thread.
void onSignal(int signal)
{
    std::signal(signal, onSignal);
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [] { terminationHandler()(); }, Qt::QueuedConnection);
}

} // namespace

void quitOnTerminationSignals()
{
    // quit() is thread-safe.
    const auto quit = [](int) { QCoreApplication::quit(); };
    std::signal(SIGTERM, quit);
    std::signal(SIGINT, quit);
}

void onTerminationSignals(std::function<void()> handler)
{
    terminationHandler() = std::move(handler);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}
#endif

} // namespace s2s
