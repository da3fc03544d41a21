/* main.c -- the lede program: a Lua 5.4 host with lede preloaded.
 *   lede                    interactive REPL
 *   lede script.lua [args]  run a script (arg set as in lua5.4)
 *   lede -e 'code'          run code
 *   lede -                  run a script read from standard input
 *   lede COMMAND ...        run a command (report, quotes, ...), see lede --help */
#include "binding.h"
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int msghandler(lua_State *L) {
  const char *msg = lua_tostring(L, 1);
  if (msg == NULL) {
    if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
    msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
  }
  luaL_traceback(L, L, msg, 1);
  return 1;
}

/* Runs the function at the top with nargs below it; reports an error. */
static int docall(lua_State *L, int nargs, int nres) {
  int base = lua_gettop(L) - nargs;
  lua_pushcfunction(L, msghandler);
  lua_insert(L, base);
  int status = lua_pcall(L, nargs, nres, base);
  lua_remove(L, base);
  if (status != LUA_OK) {
    fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
  }
  return status;
}

/* arg = { [0] = script, [1..] = args, [negative] = interpreter and options } */
static void create_arg_table(lua_State *L, char **argv, int argc, int script) {
  lua_createtable(L, argc - script - 1, script + 1);
  for (int i = 0; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - script);
  }
  lua_setglobal(L, "arg");
}

static int push_script_args(lua_State *L) {
  lua_getglobal(L, "arg");
  int n = (int)luaL_len(L, -1);
  luaL_checkstack(L, n + 3, "too many arguments to script");
  for (int i = 1; i <= n; i++) lua_rawgeti(L, -i, i);
  lua_remove(L, -n - 1);
  return n;
}

static int run_script(lua_State *L, const char *fname) {
  if (fname && strcmp(fname, "-") == 0) fname = NULL;  /* stdin */
  int status = luaL_loadfile(L, fname);
  if (status != LUA_OK) {
    fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
    lua_pop(L, 1);
    return status;
  }
  int n = push_script_args(L);
  return docall(L, n, 0);
}

/* Commands and the REPL are written in Lua (lede.cli); exit status comes back. */
static int run_cli(lua_State *L, const char *entry, int argc, char **argv, int first) {
  lua_getglobal(L, "require");
  lua_pushstring(L, "lede.cli");
  if (docall(L, 1, 1) != LUA_OK) return 2;
  lua_getfield(L, -1, entry);
  lua_remove(L, -2);
  lua_createtable(L, argc - first, 0);
  for (int i = first; i < argc; i++) {
    lua_pushstring(L, argv[i]);
    lua_rawseti(L, -2, i - first + 1);
  }
  if (docall(L, 1, 1) != LUA_OK) return 1;
  int code = lua_isinteger(L, -1) ? (int)lua_tointeger(L, -1) : 0;
  lua_pop(L, 1);
  return code;
}

/* True when name is a command that lede.cli knows (a module lede.cmd.<name>). */
static int is_command(lua_State *L, const char *name) {
  if (!*name || strchr(name, '.') || strchr(name, '/')) return 0;
  lua_getfield(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushfstring(L, "lede.cmd.%s", name);
  lua_gettable(L, -2);
  int yes = !lua_isnil(L, -1);
  lua_pop(L, 2);
  return yes;
}


static int pmain(lua_State *L) {
  int argc = (int)lua_tointeger(L, 1);
  char **argv = (char **)lua_touserdata(L, 2);
  luaL_openlibs(L);
  luaL_requiref(L, "lede", luaopen_lede, 1);
  lua_pop(L, 1);
  int code = 0;
  if (argc < 2) {
    create_arg_table(L, argv, argc, 0);
    code = run_cli(L, "repl", argc, argv, 1);
  } else if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-v") == 0) {
    printf("lede %s (%s)\n", LEDE_VERSION, LUA_RELEASE);
  } else if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
             strcmp(argv[1], "help") == 0) {
    code = run_cli(L, "help", argc, argv, 2);
  } else if (strcmp(argv[1], "-e") == 0) {
    if (argc < 3) { fprintf(stderr, "lede: '-e' needs an argument\n"); code = 2; }
    else {
      create_arg_table(L, argv, argc, 2);
      code = (luaL_loadbuffer(L, argv[2], strlen(argv[2]), "=(command line)") == LUA_OK)
                 ? (docall(L, 0, 0) == LUA_OK ? 0 : 1)
                 : (fprintf(stderr, "lede: %s\n", lua_tostring(L, -1)), 1);
    }
  } else if (is_command(L, argv[1])) {
    create_arg_table(L, argv, argc, 1);
    code = run_cli(L, "command", argc, argv, 1);
  } else if (argv[1][0] == '-' && argv[1][1] != '\0') {
    fprintf(stderr, "lede: unknown option '%s' (see lede --help)\n", argv[1]);
    code = 2;
  } else {
    create_arg_table(L, argv, argc, 1);
    code = run_script(L, argv[1]) == LUA_OK ? 0 : 1;
  }
  lua_pushinteger(L, code);
  return 1;
}

int main(int argc, char **argv) {
  lua_State *L = luaL_newstate();
  if (!L) { fprintf(stderr, "lede: cannot create Lua state: not enough memory\n"); return 1; }
  lua_pushcfunction(L, pmain);
  lua_pushinteger(L, argc);
  lua_pushlightuserdata(L, argv);
  int status = lua_pcall(L, 2, 1, 0);
  int code = 1;
  if (status != LUA_OK) fprintf(stderr, "lede: %s\n", lua_tostring(L, -1));
  else code = (int)lua_tointeger(L, -1);
  fflush(stdout);
  lua_close(L);
  return code;
}
