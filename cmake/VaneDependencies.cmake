# Third-party libraries, all from Debian packages (see .ci/install-deps).
# Each becomes an imported target so component CMakeLists stay declarative.

find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(Boost 1.74 REQUIRED COMPONENTS filesystem)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(CLI11 REQUIRED)
find_package(fmt REQUIRED)
find_package(Threads REQUIRED)
# The SQLite output (core/output/sqlite_sink.cpp); Debian's libsqlite3-dev.
find_package(SQLite3 3.25 REQUIRED)
# The PostgreSQL output (core/output/postgres_sink.cpp): libpq from Debian's
# libpq-dev. libpq rather than libpqxx: its C API returns statuses (vane's
# style, no exceptions to catch at the sink's edge) and COPY is three calls.
find_package(PostgreSQL 10 REQUIRED)

# CLD2 and libstemmer ship neither CMake nor pkg-config files in Debian.
find_path(CLD2_INCLUDE_DIR cld2/public/compact_lang_det.h REQUIRED)
# Debian's libcld2_full.so does not link (its C++ symbols do not resolve with
# g++ 12); libcld2 has the standard tables, which cover every language we serve.
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(vane::cld2 UNKNOWN IMPORTED)
set_target_properties(vane::cld2 PROPERTIES
  IMPORTED_LOCATION ${CLD2_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${CLD2_INCLUDE_DIR})

find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
find_library(STEMMER_LIBRARY NAMES stemmer REQUIRED)
add_library(vane::stemmer UNKNOWN IMPORTED)
set_target_properties(vane::stemmer PROPERTIES
  IMPORTED_LOCATION ${STEMMER_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${STEMMER_INCLUDE_DIR})

# Gumbo (HTML5 parser, for HTML input) ships only a pkg-config file.
find_package(PkgConfig REQUIRED)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET GLOBAL gumbo)
add_library(vane::gumbo ALIAS PkgConfig::GUMBO)

# Tests only: `ctest -R report_browser` renders `vane report` pages in headless
# Chromium (Debian package chromium). Without it that test is skipped.
find_program(VANE_CHROMIUM NAMES chromium chromium-browser)

# Tools, not libraries (.ci/install-deps installs them): GNU parallel runs the
# sharding test (tests/cli/sharding_test.sh, skipped without it); GNU time
# measures peak RSS in bench/run.sh.
find_program(VANE_GNU_PARALLEL parallel)
find_program(VANE_GNU_TIME time PATHS /usr/bin NO_DEFAULT_PATH)
# Tests only: tests/output/with_postgres_server.sh starts a throwaway
# PostgreSQL server (Debian's postgresql-15; its programs are not on PATH).
# Not found is not a skip: the test fails and says what to install.
find_program(VANE_PG_CTL pg_ctl PATHS /usr/lib/postgresql/15/bin /usr/lib/postgresql/16/bin NO_DEFAULT_PATH)
find_program(VANE_PG_CTL pg_ctl)
if(NOT VANE_PG_CTL)
  message(STATUS "pg_ctl not found: the PostgreSQL output test will fail (apt-get install postgresql-15)")
endif()
if(NOT VANE_GNU_PARALLEL)
  message(STATUS "GNU parallel not found: the sharding test will be skipped (apt-get install parallel)")
endif()
