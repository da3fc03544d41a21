/* binding.h -- helpers shared by the lua/bind_*.c files.
 * Each bind_<name>.c defines `int lede_open_<name>(lua_State *L)`, which adds
 * its functions to the lede table at the top of the stack and leaves the stack
 * as it found it. CMake finds those files by name. */
#ifndef LEDE_BINDING_H
#define LEDE_BINDING_H

#include "lede.h"
#include <lauxlib.h>
#include <lua.h>

/* Sets t.text, t.start, t.stop on the table at the top of the stack from the
 * 0-based [start, end) span of s: start+1 .. end in Lua's 1-based inclusive form. */
void lede_push_span_fields(lua_State *L, const char *s, size_t start, size_t end);
/* Same with other field names (e.g. "speaker_start", "speaker_stop"); text_key may be NULL. */
void lede_set_span_named(lua_State *L, const char *s, size_t start, size_t end,
                         const char *text_key, const char *start_key, const char *stop_key);

/* Options tables: raises an error for a key not in known (NULL-terminated),
 * or when the value at idx is neither nil nor a table. */
void lede_check_opts(lua_State *L, int idx, const char *const known[]);
int lede_opt_bool(lua_State *L, int idx, const char *key, int dflt);
const char *lede_opt_string(lua_State *L, int idx, const char *key, const char *dflt);

/* Pushes a problems list as { {file=, line=, offset=, message=}, ... } (offset 0-based bytes). */
void lede_push_problems(lua_State *L, const lede_problems *p);

/* Raises a Lua error for a failed core status (ENOMEM and EINVAL); returns 0 when status is OK. */
int lede_check_status(lua_State *L, int status, const char *what);

/* Pushes a zeroed userdata of size bytes whose metatable meta has gc as __gc:
 * scratch room for a core result list, freed even when building the Lua
 * tables raises (out of memory). Returns its address. */
void *lede_push_scratch(lua_State *L, size_t size, const char *meta, lua_CFunction gc);

/* Sets field k of the table at the top to a string, or leaves it unset for NULL/empty. */
void lede_set_string(lua_State *L, const char *k, const char *v);

/* The binding entry point, also used by host programs. */
int luaopen_lede(lua_State *L);

#endif
