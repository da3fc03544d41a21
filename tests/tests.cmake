# Tests: every tests/c/test_*.c is a C test program; every tests/spec/*_spec.lua
# a busted spec run inside the lede program (so ASan builds cover the binding).
find_program(LEDE_BUSTED busted REQUIRED)
set(LEDE_TEST_ENV "LEDE_SOURCE_DIR=${PROJECT_SOURCE_DIR};LEDE_BUILD_DIR=${CMAKE_BINARY_DIR};LEDE_BIN=$<TARGET_FILE:lede>")

file(GLOB LEDE_C_TESTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/c/test_*.c)
foreach(src ${LEDE_C_TESTS})
  get_filename_component(name ${src} NAME_WE)
  add_executable(${name} ${src})
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/c ${PROJECT_SOURCE_DIR}/core)
  target_link_libraries(${name} PRIVATE lede_static)
  add_test(NAME c_${name} COMMAND ${name} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(c_${name} PROPERTIES ENVIRONMENT "${LEDE_TEST_ENV}")
endforeach()

file(GLOB LEDE_SPECS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/spec/*_spec.lua)
foreach(spec ${LEDE_SPECS})
  get_filename_component(name ${spec} NAME_WE)
  add_test(NAME ${name} COMMAND lede ${LEDE_BUSTED} --helper=${PROJECT_SOURCE_DIR}/tests/spec/helper.lua
           -o TAP ${spec} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${LEDE_TEST_ENV}")
endforeach()

# Shell test scripts: tests/sh/*.sh get the lede program as $LEDE_BIN.
file(GLOB LEDE_SH_TESTS CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/tests/sh/*.sh)
foreach(sh ${LEDE_SH_TESTS})
  get_filename_component(name ${sh} NAME_WE)
  add_test(NAME sh_${name} COMMAND bash ${sh} WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(sh_${name} PROPERTIES ENVIRONMENT "${LEDE_TEST_ENV}")
endforeach()

# Embedding examples (README): one uses the C API, one its own Lua state.
add_executable(embed_c ${PROJECT_SOURCE_DIR}/tests/embed/embed_c.c)
target_link_libraries(embed_c PRIVATE lede_static)
add_test(NAME embed_c COMMAND embed_c)
add_executable(embed_lua ${PROJECT_SOURCE_DIR}/tests/embed/embed_lua.c $<TARGET_OBJECTS:lede_binding>)
target_include_directories(embed_lua PRIVATE ${PROJECT_SOURCE_DIR}/lua ${CMAKE_BINARY_DIR})
target_link_libraries(embed_lua PRIVATE lede_static PkgConfig::LUA)
add_test(NAME embed_lua COMMAND embed_lua)

# The C module loads in a stock lua5.4 from the build tree.
find_program(LEDE_LUA54 lua5.4 REQUIRED)
if(NOT LEDE_SANITIZE)
  add_test(NAME stock_lua_require COMMAND ${LEDE_LUA54} -e
           "local l = require 'lede'; assert(l._VERSION == '${PROJECT_VERSION}'); assert(l.tally():add('x'):top(1)[1].key == 'x'); print('ok', l._VERSION)")
  set_tests_properties(stock_lua_require PROPERTIES ENVIRONMENT "LUA_CPATH=${CMAKE_BINARY_DIR}/?.so;;"
                       PASS_REGULAR_EXPRESSION "^ok")
endif()
