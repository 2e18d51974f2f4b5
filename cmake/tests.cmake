# Test tiers: cmocka unit tests (tests/unit/test_*.c, one per module), golden
# cases (tests/golden/*.json, one file each), CLI and HTTP tests (tests/http).
pkg_check_modules(CMOCKA REQUIRED IMPORTED_TARGET cmocka)
find_package(Python3 REQUIRED COMPONENTS Interpreter)

file(GLOB LEDE_UNIT_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/unit/test_*.c)
foreach(src ${LEDE_UNIT_TESTS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE ${CMAKE_SOURCE_DIR}/core)
  target_link_libraries(${name} PRIVATE lede_core PkgConfig::CMOCKA)
  add_test(NAME unit/${name} COMMAND ${name})
  set_tests_properties(unit/${name} PROPERTIES ENVIRONMENT "LEDE_DATA_DIR=${CMAKE_SOURCE_DIR}/data")
endforeach()
# the server's worker pool has logic of its own worth a unit test
target_sources(test_pool PRIVATE ${CMAKE_SOURCE_DIR}/server/pool.c)
target_include_directories(test_pool PRIVATE ${CMAKE_SOURCE_DIR}/server)

add_test(NAME golden COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/golden/run.py
         $<TARGET_FILE:lede> ${CMAKE_SOURCE_DIR}/tests/golden)

file(GLOB LEDE_PY_TESTS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/http/test_*.py ${CMAKE_SOURCE_DIR}/tests/cli/test_*.py
     ${CMAKE_SOURCE_DIR}/tests/proxy/test_*.py ${CMAKE_SOURCE_DIR}/tests/browser/test_*.py)
foreach(src ${LEDE_PY_TESTS})
  get_filename_component(name ${src} NAME_WE)
  get_filename_component(dir ${src} DIRECTORY)
  get_filename_component(tier ${dir} NAME)
  add_test(NAME ${tier}/${name} COMMAND ${Python3_EXECUTABLE} ${src})
  set_tests_properties(${tier}/${name} PROPERTIES ENVIRONMENT
    "LEDE_SERVER=$<TARGET_FILE:lede-server>;LEDE_CLI=$<TARGET_FILE:lede>;LEDE_DATA_DIR=${CMAKE_SOURCE_DIR}/data;LEDE_SOURCE_DIR=${CMAKE_SOURCE_DIR}"
    TIMEOUT 600)
endforeach()

# Replays of every fuzz seed and every crash ever found (tests/fuzz).
include(${CMAKE_SOURCE_DIR}/cmake/fuzz.cmake)
