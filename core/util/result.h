// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace ksd {

/// A problem reported to the user: a translated message and where it happened (file, row, column, field).
struct Error
{
    QString message; ///< translated, complete sentence
    QString where;   ///< e.g. a file path, "baris 12, kolom prioritas"; may be empty
    int code = 0;    ///< machine-readable reason, meaning defined by the producer

    /// "where: message", or the message alone.
    QString toString() const { return where.isEmpty() ? message : where + QStringLiteral(": ") + message; }
};

/// Either a value or an Error. Core reports problems as values; only the UI shows them.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : mData(std::move(value)) {}
    Result(Error error) : mData(std::move(error)) {}

    bool ok() const { return mData.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(mData); }
    const T &value() const & { return std::get<0>(mData); }
    T &&value() && { return std::get<0>(std::move(mData)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    const Error &error() const { return std::get<1>(mData); }

private:
    std::variant<T, Error> mData;
};

/// A result with no value.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : mError(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !mError.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *mError; }

private:
    std::optional<Error> mError;
};

} // namespace ksd
