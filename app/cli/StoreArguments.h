#pragma once

#include "Error.h"
#include "progress/ProgressStore.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace tenarai {

// The options that name a progress store (--db PATH, --central) and the one place where the
// commands open one, so that `report`, `bundle` and `db` treat them alike. Without an option the
// store is this user's local file (StoreLocation::defaultLocal()).
class StoreArguments
{
    Q_DECLARE_TR_FUNCTIONS(tenarai::StoreArguments)

public:
    static QCommandLineOption dbOption();
    static QCommandLineOption centralOption();

    // The location the options name. A usage mistake (both options, --central where it is not
    // offered) is an Error of Kind::InvalidArgument. With mustExist, a --db file that does not
    // exist (nor, without --db, this user's own file) is refused instead of created: a mistyped
    // path must not report an empty store.
    static Result<StoreLocation> location(const QCommandLineParser &parser, bool offerCentral,
                                          bool mustExist);

    // The central store this PC is configured for (CentralConfig); an Error when there is none.
    static Result<StoreLocation> centralLocation();

    // Opens the store at the location; the Error names it.
    static Status open(ProgressStore &store, const StoreLocation &location);

    // The learner a NAME_OR_ID argument means: a profile id, or a display name that exactly one
    // profile has. Two learners with the same name are an Error that lists their ids.
    static Result<Profile> findProfile(const ProgressStore &store, const QString &nameOrId);
};

} // namespace tenarai
