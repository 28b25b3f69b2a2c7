// libFuzzer harness for recipe JSON: recipes are shared between staff and municipalities.
#include "cleaning/Recipe.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    auto recipe = tenarai::Recipe::fromJson(json, QStringLiteral("fuzz.json"));
    if (recipe.ok()) {
        // Whatever loads must save and load again to the same recipe, and run on a small table.
        auto again = tenarai::Recipe::fromJson(recipe->toJson());
        if (!again.ok() || again->toJson() != recipe->toJson())
            __builtin_trap();
        tenarai::Table table;
        table.appendRow({tenarai::Cell::text(QStringLiteral("地区")), tenarai::Cell::text(QStringLiteral("a"))});
        table.appendRow({tenarai::Cell(), tenarai::Cell::number(1)});
        (void)recipe->run(table);
    }
    return 0;
}
