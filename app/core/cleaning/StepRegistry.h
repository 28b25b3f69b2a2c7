#pragma once

#include "cleaning/Step.h"

#include <QStringList>

#include <functional>
#include <memory>

namespace tenarai {

// Creates steps by their stored type id; the one list of every step Tenarai knows.
class StepRegistry
{
public:
    static std::unique_ptr<Step> create(const QString &typeId);   // nullptr when unknown
    static QStringList typeIds();
};

} // namespace tenarai
