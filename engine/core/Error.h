#pragma once

#include <QJsonObject>
#include <QString>

#include <utility>
#include <variant>

namespace s2s {

// What kind of failure an error is: decides the headless exit code and whether the transcript
// flags a transport failure. Set where the error is made; the code stays the stable text id.
enum class ErrorKind {
    Failure,      // the operation ran and failed (farm, Graph, crypto, files)
    Input,        // an input the admin gave is invalid (options, answers, files, fields)
    Confirmation, // a change needs the admin's confirmation first
    Backend,      // the farm host or the network failed: the state could not be read or changed
    SignIn,       // the Microsoft 365 sign-in is missing, expired or revoked: sign in again
};

// The kind's stable name ("backend") for the farm host protocol, and back (Failure if unknown).
QString errorKindName(ErrorKind kind);
ErrorKind errorKindFromName(const QString &name);

// The one error type of the engine: what the admin reads, what a technician needs, what to do.
struct Error {
    QString code;    // stable, machine-readable (e.g. "farm.name-in-use")
    QString message; // one sentence for the admin
    QString detail;  // technical detail (error record, HTTP body), may be empty
    QString remedy;  // what to do about it, may be empty
    // Not saved with the error (reports and sessions keep the code): it decides what this run
    // does with the error, never what a saved one says.
    ErrorKind kind = ErrorKind::Failure;

    QString toText() const;
    QJsonObject toJson() const;
    static Error fromJson(const QJsonObject &json);
};

// Result of an operation that can fail: a value or an Error, never an exception.
template <typename T>
class [[nodiscard]] Result {
public:
    // Default: an error, so that an unset result never reads as success (QCoro::waitFor needs it).
    Result()
        : m_data(Error{QStringLiteral("internal.unset"), QStringLiteral("No result."), {}, {}})
    {}
    Result(T value)
        : m_data(std::move(value))
    {}
    Result(Error error)
        : m_data(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

struct Unit {};

// Result of an operation with nothing to return.
using Status = Result<Unit>;
inline Status success()
{
    return Status(Unit{});
}

} // namespace s2s
