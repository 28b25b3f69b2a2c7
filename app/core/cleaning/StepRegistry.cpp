#include "cleaning/StepRegistry.h"

#include "cleaning/FillDownStep.h"
#include "cleaning/PromoteHeadersStep.h"
#include "cleaning/RemoveBlankRowsStep.h"
#include "cleaning/RemoveColumnsStep.h"
#include "cleaning/RemoveTopRowsStep.h"
#include "cleaning/TrimStep.h"

#include <utility>

namespace tenarai {

namespace {
using Factory = std::unique_ptr<Step> (*)();

template<typename T>
std::unique_ptr<Step> make()
{
    return std::make_unique<T>();
}

// Type ids are stored in recipe files: never change one.
const std::pair<const char16_t *, Factory> Factories[] = {
    {u"promoteHeaders", &make<PromoteHeadersStep>},
    {u"removeTopRows", &make<RemoveTopRowsStep>},
    {u"removeBlankRows", &make<RemoveBlankRowsStep>},
    {u"fillDown", &make<FillDownStep>},
    {u"trim", &make<TrimStep>},
    {u"removeColumns", &make<RemoveColumnsStep>},
};
} // namespace

std::unique_ptr<Step> StepRegistry::create(const QString &typeId)
{
    for (const auto &[id, factory] : Factories) {
        if (typeId == QStringView(id))
            return factory();
    }
    return nullptr;
}

QStringList StepRegistry::typeIds()
{
    QStringList ids;
    for (const auto &entry : Factories)
        ids << QString::fromUtf16(entry.first);
    return ids;
}

} // namespace tenarai
