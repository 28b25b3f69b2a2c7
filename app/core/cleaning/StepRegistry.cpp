#include "cleaning/StepRegistry.h"

#include "cleaning/ChangeTypeStep.h"
#include "cleaning/ConvertKanaStep.h"
#include "cleaning/FillDownStep.h"
#include "cleaning/FilterRowsStep.h"
#include "cleaning/MapValuesStep.h"
#include "cleaning/MergeColumnsStep.h"
#include "cleaning/NormalizeAmountsStep.h"
#include "cleaning/NormalizeBlockNumbersStep.h"
#include "cleaning/NormalizeDatesStep.h"
#include "cleaning/NormalizePhoneStep.h"
#include "cleaning/NormalizePostalCodeStep.h"
#include "cleaning/NormalizeWidthStep.h"
#include "cleaning/PivotStep.h"
#include "cleaning/PromoteHeadersStep.h"
#include "cleaning/RemoveBlankColumnsStep.h"
#include "cleaning/RemoveBlankRowsStep.h"
#include "cleaning/RemoveColumnsStep.h"
#include "cleaning/RemoveDuplicatesStep.h"
#include "cleaning/RemoveTopRowsStep.h"
#include "cleaning/RenameColumnsStep.h"
#include "cleaning/ReorderColumnsStep.h"
#include "cleaning/ReplaceTextStep.h"
#include "cleaning/SortRowsStep.h"
#include "cleaning/SplitAddressStep.h"
#include "cleaning/SplitColumnStep.h"
#include "cleaning/TrimStep.h"
#include "cleaning/UnpivotStep.h"

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
    {u"normalizeDates", &make<NormalizeDatesStep>},
    {u"normalizeAmounts", &make<NormalizeAmountsStep>},
    {u"normalizePhone", &make<NormalizePhoneStep>},
    {u"normalizePostalCode", &make<NormalizePostalCodeStep>},
    {u"splitAddress", &make<SplitAddressStep>},
    {u"normalizeBlockNumbers", &make<NormalizeBlockNumbersStep>},
    {u"normalizeWidth", &make<NormalizeWidthStep>},
    {u"convertKana", &make<ConvertKanaStep>},
    {u"replaceText", &make<ReplaceTextStep>},
    {u"mapValues", &make<MapValuesStep>},
    {u"changeType", &make<ChangeTypeStep>},
    {u"removeDuplicates", &make<RemoveDuplicatesStep>},
    {u"renameColumns", &make<RenameColumnsStep>},
    {u"reorderColumns", &make<ReorderColumnsStep>},
    {u"removeBlankColumns", &make<RemoveBlankColumnsStep>},
    {u"splitColumn", &make<SplitColumnStep>},
    {u"mergeColumns", &make<MergeColumnsStep>},
    {u"unpivot", &make<UnpivotStep>},
    {u"pivot", &make<PivotStep>},
    {u"sortRows", &make<SortRowsStep>},
    {u"filterRows", &make<FilterRowsStep>},
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
