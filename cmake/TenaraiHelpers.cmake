# Shared build settings and small helpers that keep each folder's CMakeLists.txt short.

# Every Tenarai target links this: language level, warnings and strict Qt defines.
add_library(tenarai_common_cfg INTERFACE)
target_compile_features(tenarai_common_cfg INTERFACE cxx_std_20)
target_compile_definitions(tenarai_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    TENARAI_VERSION="${PROJECT_VERSION}")
if(MSVC)
    target_compile_options(tenarai_common_cfg INTERFACE /W4 /utf-8 /permissive-)
    if(TENARAI_WERROR)
        target_compile_options(tenarai_common_cfg INTERFACE /WX)
    endif()
else()
    target_compile_options(tenarai_common_cfg INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough)
    if(TENARAI_WERROR)
        target_compile_options(tenarai_common_cfg INTERFACE -Werror)
    endif()
endif()
if(TENARAI_BUILD_FUZZERS)
    # Instrument all project code for coverage, not only the harnesses, so that libFuzzer sees
    # the parsers' branches. Only the fuzz targets link the libFuzzer runtime.
    target_compile_options(tenarai_common_cfg INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(tenarai_common_cfg INTERFACE -fsanitize=address,undefined)
endif()
if(TENARAI_SANITIZE)
    target_compile_options(tenarai_common_cfg INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(tenarai_common_cfg INTERFACE -fsanitize=address,undefined)
endif()

# tenarai_add_test(NAME SOURCES ... LIBS ... [GUI])
# A GoogleTest executable registered with CTest; GUI tests run on the offscreen platform.
function(tenarai_add_test name)
    cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE tenarai_common_cfg ${ARG_LIBS} GTest::gtest GTest::gmock)
    target_compile_definitions(${name} PRIVATE
        TENARAI_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        TENARAI_CORPUS_DIR="${PROJECT_SOURCE_DIR}/tests/data/corpus"
        TENARAI_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    gtest_discover_tests(${name}
        DISCOVERY_TIMEOUT 60
        # One variable only: gtest_discover_tests writes each list item as its own argument, so
        # "A=1;B=2" would make B=2 a property name. (Qt 6 reads file names and the console as
        # UTF-8 on Unix whatever LANG says, so no locale variable is needed.)
        PROPERTIES TIMEOUT 300 ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

# tenarai_add_fuzzer(NAME SOURCES ... LIBS ... SEEDS dir...)
# A libFuzzer target when TENARAI_BUILD_FUZZERS is on (clang). Always also built as a plain
# executable that replays the seed corpus, registered with CTest, so every parser's harness runs
# in every test run.
function(tenarai_add_fuzzer name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;SEEDS" ${ARGN})
    if(TENARAI_BUILD_FUZZERS)
        add_executable(${name} ${ARG_SOURCES})
        target_link_libraries(${name} PRIVATE tenarai_common_cfg ${ARG_LIBS})
        target_compile_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
        target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    endif()
    if(TENARAI_BUILD_TESTS)
        add_executable(${name}_replay ${ARG_SOURCES} ${PROJECT_SOURCE_DIR}/tests/fuzz/ReplayMain.cpp)
        target_link_libraries(${name}_replay PRIVATE tenarai_common_cfg ${ARG_LIBS})
        add_test(NAME ${name}_replay COMMAND ${name}_replay ${ARG_SEEDS})
        set_tests_properties(${name}_replay PROPERTIES TIMEOUT 300
            ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANG=C.UTF-8")
    endif()
endfunction()
