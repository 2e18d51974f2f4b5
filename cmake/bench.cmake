# bench.cmake - the benchmark programs of bench/ (issue 8; owner: performance):
#   bench_core   core throughput per stage (links lede_core and the core headers)
#   echo_server  a trivial libmicrohttpd server, the HTTP floor for the ratio
# Include it at the end of CMakeLists.txt so the benchmarks build (and so
# compile with -Werror) in every build.  bench/run.sh also works before that:
# it passes this file as CMAKE_PROJECT_INCLUDE, and the file then defers
# itself to the end of the top-level directory, once lede_core exists.
if(TARGET bench_core)
  return()
endif()
if(NOT TARGET lede_core)
  # deferred arguments are expanded when the call runs: keep the path in a variable
  set(LEDE_BENCH_CMAKE ${CMAKE_CURRENT_LIST_FILE})
  cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL include ${LEDE_BENCH_CMAKE})
  return()
endif()

add_executable(bench_core ${CMAKE_SOURCE_DIR}/bench/bench_core.c)
target_include_directories(bench_core PRIVATE ${CMAKE_SOURCE_DIR}/core)
target_link_libraries(bench_core PRIVATE lede_core)

add_executable(echo_server ${CMAKE_SOURCE_DIR}/bench/echo_server.c)
target_link_libraries(echo_server PRIVATE PkgConfig::MHD Threads::Threads)
