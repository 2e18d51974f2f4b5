# fuzz.cmake - fuzz targets and their replay tests (issue 7; owner: reliability).
#
# Each tests/fuzz/fuzz_<name>.c is one target: it defines LLVMFuzzerTestOneInput
# (and LLVMFuzzerInitialize when it needs setup) and may use the shared oracles
# of tests/fuzz/check_output.c.
#  - LEDE_FUZZ=ON (clang only): a libFuzzer binary fuzz_<name>, built with
#    -fsanitize=fuzzer,address,undefined and linked to lede_core instrumented the
#    same way.  tools/fuzz.sh builds and runs them.
#  - with tests on: fuzz_<name>_replay, the same file with tests/fuzz/replay.c as
#    main, and the ctest "fuzz/<name>" that replays tests/fuzz/corpus/fuzz_<name>/
#    and tests/fuzz/regression/fuzz_<name>/ (every crash ever found).  In the
#    ordinary test build that runs under ASan+UBSan with any compiler.
# Included by CMakeLists.txt when LEDE_FUZZ is on, and by cmake/tests.cmake for
# the replay tests; the guard makes the second inclusion a no-op.
include_guard(GLOBAL)

set(LEDE_FUZZ_DIR ${CMAKE_SOURCE_DIR}/tests/fuzz)
file(GLOB LEDE_FUZZ_TARGETS CONFIGURE_DEPENDS ${LEDE_FUZZ_DIR}/fuzz_*.c)
set(LEDE_FUZZ_SUPPORT ${LEDE_FUZZ_DIR}/check_output.c)

if(LEDE_FUZZ)
  if(NOT CMAKE_C_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "LEDE_FUZZ needs clang (libFuzzer): cmake -DCMAKE_C_COMPILER=clang -DLEDE_FUZZ=ON ...")
  endif()
  set(LEDE_FUZZ_SAN -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  # The core gets coverage instrumentation without libFuzzer's main; everything
  # that links it (CLI, server, tests) then needs the sanitizer runtimes.
  target_compile_options(lede_core PRIVATE -fsanitize=fuzzer-no-link ${LEDE_FUZZ_SAN})
  target_link_options(lede_core INTERFACE -fsanitize=address,undefined)
  foreach(src ${LEDE_FUZZ_TARGETS})
    get_filename_component(name ${src} NAME_WE)
    add_executable(${name} ${src} ${LEDE_FUZZ_SUPPORT})
    target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/core ${LEDE_FUZZ_DIR})
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer ${LEDE_FUZZ_SAN})
    target_link_options(${name} PRIVATE -fsanitize=fuzzer,address,undefined)
    target_link_libraries(${name} PRIVATE lede_core PkgConfig::JANSSON PkgConfig::UTF8PROC)
  endforeach()
endif()

if(LEDE_TESTS)
  foreach(src ${LEDE_FUZZ_TARGETS})
    get_filename_component(name ${src} NAME_WE)
    string(REGEX REPLACE "^fuzz_" "" short ${name})
    add_executable(${name}_replay ${src} ${LEDE_FUZZ_SUPPORT} ${LEDE_FUZZ_DIR}/replay.c)
    target_include_directories(${name}_replay PRIVATE ${CMAKE_SOURCE_DIR}/core ${LEDE_FUZZ_DIR})
    target_link_libraries(${name}_replay PRIVATE lede_core PkgConfig::JANSSON PkgConfig::UTF8PROC)
    add_test(NAME fuzz/${short} COMMAND ${name}_replay ${LEDE_FUZZ_DIR}/corpus/${name}
             ${LEDE_FUZZ_DIR}/regression/${name})
    set_tests_properties(fuzz/${short} PROPERTIES ENVIRONMENT "LEDE_DATA_DIR=${CMAKE_SOURCE_DIR}/data"
                         TIMEOUT 300)
  endforeach()
endif()
