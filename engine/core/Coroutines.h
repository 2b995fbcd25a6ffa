#pragma once

// The coroutine rule, written once: sites that follow it point here ("core/Coroutines.h"), the
// reproducers are tests/engine/tst_coroutines.cpp, and tests/tools/check-co-return.py (ctest
// co_return_rule) enforces the co_return part in engine/, app/ and wizard_pages/.
//
// What breaks (Debian 12's g++ 12.2 with QCoro 0.8, -O0 and -O2 alike; tst_coroutines shows it):
//
// 1. A temporary built inside the operand of co_await is destroyed twice when it is an aggregate
//    (`co_await f(Args{a, b})`, `co_await f(Error{...})`, or `f({})` for an aggregate parameter)
//    or the result of a conditional (`co_await f(ok ? *x : QString())`). With members that own
//    memory (QString, QList) that is a double free: a crash, or a corrupted heap that crashes
//    later. Temporaries of classes with constructors (`f(QString())`, `f({})` for a QString) are
//    destroyed once. GCC 12 only. The copy made for an aggregate passed by value counts too:
//    `co_await adopt(*tokens)` with `adopt(TokenSet)` read the tokens back uninitialized under
//    ASan+UBSan (SignInSession now copies them in a plain function before the co_await).
// 2. `co_return x;` moves from x whatever x is: QCoro's TaskPromise::return_value(U&&) calls
//    std::move, not std::forward. For a local that does not matter; for a member (`co_return m_x;`,
//    `co_return *m_result;`) the object keeps an emptied value. QCoro 0.8 and its upstream as of
//    this writing, any compiler. Unaffected: a const lvalue (copied, so a const member function
//    is safe) and trivially copyable values such as an enum (a move copies them).
//
// What to write instead:
//
// - Build every value in a named local, or in a function that is not a coroutine, then hand that
//   over: `Error busy{...}; co_return busy;`, `const QString realm = ok ? *x : QString();
//   co_await f(realm);`, `co_return tooLong(key);` where tooLong() builds the Error.
// - Copy a member into a local first: `const QString token = m_tokens->accessToken; co_return token;`.
//
// Also banned, though g++ 12.2 did not break it in tst_coroutines: a braced temporary in co_return
// (`co_return Error{...};`, `co_return {...};`, `co_return QList<Check>{...};`). A braced
// temporary there is case 1 as soon as the expression gains a co_await, an earlier crash
// (a8fae7f) was blamed on it, and "never a braced temporary in a co_return" is a rule a script can
// check where "never one next to a co_await" is not. tests/tools/check-co-return.py rejects
// `co_return {` and `co_return Type{` / `co_return Type {` (a capitalised or qualified name,
// template arguments allowed: Error, Result<T>, QList<Check>, std::optional<T>). Not banned, because nothing
// breaks: prvalues from a call (`co_return success();`, `co_return makeReport(checks);`, `co_return
// QStringList();`), `co_return std::nullopt;`, and locals.
