#pragma once

#include <QString>
#include <QCoreApplication>

#include <utility>
#include <variant>

namespace tenarai {

// An error that crosses a layer: what went wrong in the user's words (already translated),
// plus where it happened so that a dialog, the CLI or a log can name the place.
struct Error
{
    enum class Kind {
        Io,          // the file could not be opened, read or written
        Format,      // the content is not what it claims to be
        TooLarge,    // a documented limit was exceeded
        Unsupported, // valid, but a feature Tenarai does not read
        Encoding,    // a character cannot be decoded or encoded
        Cancelled,   // the user cancelled
        InvalidArgument,
    };

    Kind kind = Kind::Format;
    QString message;     // translated, one sentence, no trailing newline
    QString file;        // the file the user named, if any
    QString part;        // inside the file: an archive member such as xl/worksheets/sheet1.xml
    qint64 row = -1;     // 0-based; -1 when not applicable
    qint64 column = -1;  // 0-based; -1 when not applicable

    // "file: part: row 3, column 2: message" with the parts that are known.
    QString toString() const;
};

// An Error of Kind::Format with only a message: for parsers of single values, whose callers add
// the file, row and column they know.
inline Error formatError(const QString &message)
{
    Error e;
    e.kind = Error::Kind::Format;
    e.message = message;
    return e;
}

// Either a value or an Error; errors never cross a layer as exceptions.
template<typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that only succeed or fail.
struct Ok
{
};
using Status = Result<Ok>;

} // namespace tenarai
